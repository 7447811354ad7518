/**
 * Critical medicines: the ATC groups whose presence a clinician must see in the first seconds
 * (bleeding risk, hypoglycaemia, respiratory depression, seizures on withdrawal, infection risk,
 * adrenal crisis on withdrawal). `<fse-summary>` and `<fse-medications>` flag them in words and
 * with an icon.
 *
 * Source of the codes: WHO Collaborating Centre for Drug Statistics Methodology, ATC/DDD Index
 * (https://atcddd.fhi.no/atc_ddd_index/) and "Structure and principles"
 * (https://atcddd.fhi.no/atc/structure_and_principles/):
 * - B01AA vitamin K antagonists (warfarin, acenocoumarol), B01AB heparin group, B01AE direct
 *   thrombin inhibitors (dabigatran), B01AF direct factor Xa inhibitors (rivaroxaban, apixaban,
 *   edoxaban), and B01AX05 fondaparinux (an anticoagulant the WHO index files under B01AX "other
 *   antithrombotic agents"; the gateway's example LDO and PSS prescribe it as Arixtra);
 * - B01AC platelet aggregation inhibitors excl. heparin;
 * - A10A insulins and analogues; A10B blood glucose lowering drugs, excl. insulins;
 * - N02A opioids; N03 antiepileptics; L04 immunosuppressants; H02 corticosteroids for systemic use.
 *
 * Longest prefix wins, so a 7-character code listed here overrides its group.
 */

export type CriticalClass =
  | 'anticoagulant'
  | 'antiplatelet'
  | 'insulin'
  | 'hypoglycaemic'
  | 'opioid'
  | 'antiepileptic'
  | 'immunosuppressant'
  | 'corticosteroid';

export const CRITICAL_ATC: Readonly<Record<string, CriticalClass>> = {
  B01AA: 'anticoagulant',
  B01AB: 'anticoagulant',
  B01AE: 'anticoagulant',
  B01AF: 'anticoagulant',
  B01AX05: 'anticoagulant',
  B01AC: 'antiplatelet',
  A10A: 'insulin',
  A10B: 'hypoglycaemic',
  N02A: 'opioid',
  N03: 'antiepileptic',
  L04: 'immunosuppressant',
  H02: 'corticosteroid',
};

/** The critical class of an ATC code (any level), by longest listed prefix; undefined if none. */
export function criticalClassOf(atc: string): CriticalClass | undefined {
  const c = atc.trim().toUpperCase();
  if (!/^[A-Z][0-9]{2}/.test(c)) return undefined;
  for (let n = Math.min(7, c.length); n >= 3; n--) {
    const hit = CRITICAL_ATC[c.slice(0, n)];
    if (hit) return hit;
  }
  return undefined;
}
