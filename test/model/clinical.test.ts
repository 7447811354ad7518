/**
 * The clinical picture (clinical.ts) and the result series (results.ts): what <fse-summary>,
 * <fse-medications> and <fse-results> stand on, read from FHIR through fromFhir + viewFor.
 */
import { expect } from '@open-wc/testing';
import {
  allergiesOf,
  clinicalPicture,
  criticalClassOf,
  fromFhir,
  medicinesOf,
  mergePeriods,
  parseRange,
  parseTarget,
  resultFlagOf,
  resultSeriesOf,
  therapyListsOf,
  trendOf,
  unitsPerDay,
  viewFor,
  type FseView,
} from '@percorso/model';
import { generateFhir, SAMPLE_NOW } from '@percorso/model/generator';
import { fhirInput, fixtureView, manyDoses, NOW, SECRET_ALLERGY, SECRET_ANALYTE, SECRET_MEDICINE, SECRET_PANEL } from '../clinical/fixtures.js';

const DAY = 86_400_000;

function generatedView(sex: 'male' | 'female', role: 'citizen' | 'clinician' = 'citizen', events = 600): FseView {
  const { record, issues } = fromFhir(generateFhir({ seed: 7, events, sex, now: SAMPLE_NOW }), { now: SAMPLE_NOW });
  return viewFor(record, { role, now: SAMPLE_NOW }, issues);
}

describe('clinical picture', () => {
  describe('critical medicines (WHO ATC groups)', () => {
    it('flags anticoagulants, antiplatelets, insulins, hypoglycaemics, opioids, antiepileptics, immunosuppressants and systemic corticosteroids', () => {
      expect(criticalClassOf('B01AF01')).to.equal('anticoagulant'); // rivaroxaban
      expect(criticalClassOf('B01AA03')).to.equal('anticoagulant'); // warfarin
      expect(criticalClassOf('B01AE07')).to.equal('anticoagulant'); // dabigatran
      expect(criticalClassOf('B01AB05')).to.equal('anticoagulant'); // enoxaparin
      expect(criticalClassOf('B01AX05')).to.equal('anticoagulant'); // fondaparinux (Arixtra in the gateway's LDO)
      expect(criticalClassOf('B01AC06')).to.equal('antiplatelet');
      expect(criticalClassOf('A10AE04')).to.equal('insulin');
      expect(criticalClassOf('A10BA02')).to.equal('hypoglycaemic');
      expect(criticalClassOf('N02AA01')).to.equal('opioid');
      expect(criticalClassOf('N03AX14')).to.equal('antiepileptic');
      expect(criticalClassOf('L04AD01')).to.equal('immunosuppressant');
      expect(criticalClassOf('H02AB07')).to.equal('corticosteroid');
    });
    it('does not flag other medicines, other B01AX agents, nor malformed codes', () => {
      for (const c of ['C07AB07', 'C03CA01', 'B01AX01', 'N02BE01', 'H03AA01', 'x', '', 'B0']) expect(criticalClassOf(c), c).to.equal(undefined);
    });
  });

  describe('allergies', () => {
    it('tells "nessuna allergia nota" (stated) from "non registrate" (nothing recorded) from a list', () => {
      expect(allergiesOf(fixtureView('clinician')).state).to.equal('stated-none');
      expect(allergiesOf(fixtureView('clinician', { noPss: true })).state).to.equal('not-recorded');
      const listed = allergiesOf(fixtureView('clinician', { allergies: true }));
      expect(listed.state).to.equal('listed');
      expect(listed.items.map((a) => a.substance)).to.deep.equal(['Amoxicillina']);
      expect(listed.items[0]!.criticality).to.equal('high');
      expect(listed.items[0]!.reactions).to.deep.equal(['Orticaria diffusa']);
      expect(listed.items[0]!.documentType).to.equal('LDO');
      // The older statement of none is kept beside the list, with its own source.
      expect(listed.statedNone?.documentType).to.equal('PSS');
    });
    it('reads the generator’s PSS: a stated none for men, an intolerance for women', () => {
      const m = allergiesOf(generatedView('male'));
      expect(m.state).to.equal('stated-none');
      expect(m.statedNone?.documentType).to.equal('PSS');
      const f = allergiesOf(generatedView('female'));
      expect(f.state).to.equal('listed');
      expect(f.items[0]!.substance).to.equal('Acido acetilsalicilico');
      expect(f.items[0]!.type).to.equal('intolerance');
    });
    it('reads the gateway’s AllergyIntolerance whose substance is only in reaction.substance', async () => {
      const json = await (await fetch('/gateway/mds-fhir-PSS.json')).json();
      const { record } = fromFhir(json);
      const a = allergiesOf(viewFor(record, { role: 'citizen' }));
      expect(a.state).to.equal('listed');
      expect(a.items.map((i) => i.substance)).to.include('Peli di gatto');
      expect(a.items[0]!.documentType).to.equal('PSS');
    });
  });

  describe('devices (FHIR Device)', () => {
    it('reads the gateway PSS’s CND-coded pacemaker as an implant, dated by the Procedure that used it, from the PSS', async () => {
      const json = await (await fetch('/gateway/mds-fhir-PSS.json')).json();
      const { record, issues } = fromFhir(json);
      const pic = clinicalPicture(viewFor(record, { role: 'citizen' }));
      const pm = pic.implants.find((i) => i.title === 'PACE MAKER IMPIANTABILI BICAMERALI');
      expect(pm, 'the pacemaker is an implant').to.exist;
      expect(pm!.codes[0]).to.deep.include({ system: 'urn:oid:2.16.840.1.113883.2.9.6.1.48', code: 'J010103' });
      expect(pm!.when.iso.slice(0, 10)).to.equal('2019-05-10');
      expect(pm!.undated).to.equal(undefined);
      expect(pm!.documentType).to.equal('PSS');
      // Read, not set aside: no issue concerns the Device.
      expect(issues.filter((i) => i.subjectIds?.some((id) => id.startsWith('Device/')))).to.have.length(0);
    });

    it('reports a device without type or name, an unknown status and an undated device, keeps them, and leaves out one entered in error', () => {
      const device = (id: string, extra: Record<string, unknown>) => ({ resourceType: 'Device', id, patient: { reference: 'Patient/p1' }, ...extra });
      const pump = { coding: [{ system: 'http://snomed.info/sct', code: '69805005', display: 'Pompa per insulina' }] };
      const { record, issues } = fromFhir(
        fhirInput({
          extra: [
            device('dev-blank', {}),
            device('dev-odd', { type: pump, status: 'rotto' }),
            device('dev-gone', { type: { text: 'Protesi d’anca' }, status: 'inactive', manufacturer: 'Ortho Srl' }),
            device('dev-error', { type: { text: 'Stent sbagliato' }, status: 'entered-in-error' }),
            { resourceType: 'Procedure', id: 'proc-hip', status: 'completed', subject: { reference: 'Patient/p1' }, performedDateTime: '2015-03-02', focalDevice: [{ manipulated: { reference: 'Device/dev-gone' } }] },
          ],
        }),
        { now: NOW },
      );
      const of = (code: string) => issues.filter((i) => i.code === code).flatMap((i) => i.subjectIds ?? []);
      expect(of('device-not-understood')).to.include('Device/dev-blank');
      expect(of('unknown-status')).to.include('Device/dev-odd');
      expect(of('undated')).to.include.members(['Device/dev-blank', 'Device/dev-odd']);
      const pic = clinicalPicture(viewFor(record, { role: 'clinician', now: NOW }), NOW);
      const byTitle = new Map(pic.implants.map((i) => [i.title, i]));
      expect([...byTitle.keys()]).to.include.members(['Dispositivo medico', 'Pompa per insulina', 'Protesi d’anca']).and.not.include('Stent sbagliato');
      expect(byTitle.get('Pompa per insulina')!.undated).to.equal(true);
      const hip = byTitle.get('Protesi d’anca')!;
      expect(hip.when.iso).to.equal('2015-03-02');
      expect(hip.device).to.deep.equal({ status: 'inactive', manufacturer: 'Ortho Srl' });
    });
  });

  describe('problems and history', () => {
    it('lists active problems, not resolved ones nor allergies, with their source and date', () => {
      const pic = clinicalPicture(fixtureView('clinician', { allergies: true }), NOW);
      expect(pic.problems.map((p) => p.title)).to.deep.equal(['Fibrillazione atriale']);
      expect(pic.problems[0]!.documentType).to.equal('PSS');
      expect(pic.lastStay?.title).to.equal('Fibrillazione atriale ad alta risposta');
      expect(pic.lastStay?.documentType).to.equal('LDO');
      // Surgery: ICD-9-CM procedures 01–86, not the ECG (89.52).
      expect(pic.surgery.map((s) => s.title)).to.deep.equal(['Ablazione transcatetere']);
      expect(pic.exemptions.map((e) => e.code)).to.deep.equal(['0A02']);
      expect(pic.patientSummary?.title).to.equal('Profilo sanitario sintetico');
    });
  });

  describe('therapy', () => {
    it('groups prescriptions, dispensations and statements of one substance and strength into one medicine, current first', () => {
      const meds = medicinesOf(fixtureView('clinician'), NOW);
      const riva = meds[0]!;
      expect(riva.substance).to.equal('Rivaroxaban');
      expect(riva.strength).to.equal('20 mg');
      expect(riva.critical).to.equal('anticoagulant');
      expect(riva.current).to.equal(true);
      expect(riva.brands).to.deep.equal(['Xarelto 20 mg 28 compresse rivestite con film']);
      expect(riva.counts).to.deep.equal({ prescription: 2, dispensation: 1, statement: 1, administration: 0 });
      // Warfarin is in the old PSS only: not current, still listed.
      const warfarin = meds.find((m) => m.substance === 'Warfarin')!;
      expect(warfarin.current).to.equal(false);
      expect(meds.indexOf(warfarin)).to.be.greaterThan(meds.findIndex((m) => m.substance === 'Furosemide'));
    });
    it('says each prescription’s NRE and state: dispensed (with its dispensation), to be collected, expired', () => {
      const meds = medicinesOf(fixtureView('clinician'), NOW);
      const riva = meds.find((m) => m.substance === 'Rivaroxaban')!;
      const [waiting, dispensed] = riva.prescriptions;
      expect(waiting!.nre).to.equal('010A00000002');
      expect(waiting!.state).to.equal('to-collect');
      expect(dispensed!.state).to.equal('dispensed');
      expect(dispensed!.dispensation?.eventId).to.equal('MedicationDispense/disp1');
      expect(dispensed!.dispensation?.documentId).to.equal('Composition/comp-disp1');
      const lasix = meds.find((m) => m.substance === 'Furosemide')!;
      expect(lasix.prescriptions[0]!.state).to.equal('expired');
      // The same prescription, read a week after it was written, waits to be collected.
      const early = medicinesOf(fixtureView('clinician'), Date.UTC(2025, 11, 8));
      expect(early.find((m) => m.substance === 'Furosemide')!.prescriptions[0]!.state).to.equal('to-collect');
    });
    it('estimates how long a dispensation lasts from its quantity and dosage (2 packs × 28 tablets, 1 a day = 56 days), and says it is an estimate', () => {
      const riva = medicinesOf(fixtureView('clinician'), NOW).find((m) => m.substance === 'Rivaroxaban')!;
      expect(riva.estimated).to.equal(true);
      const p = riva.periods[riva.periods.length - 1]!;
      expect(p.basis).to.equal('quantity');
      expect(Math.round((p.end - Date.parse('2026-02-23T17:20:00+01:00')) / DAY)).to.equal(56);
    });
    it('merges touching periods and leaves gaps visible', () => {
      const { periods, gaps } = mergePeriods([
        { start: 0, end: 10 * DAY, basis: 'quantity', eventIds: ['a'] },
        { start: 12 * DAY, end: 20 * DAY, basis: 'stated', eventIds: ['b'] },
        { start: 60 * DAY, end: 70 * DAY, basis: 'assumed', eventIds: ['c'] },
      ]);
      expect(periods.map((p) => [p.start / DAY, p.end / DAY, p.basis])).to.deep.equal([
        [0, 20, 'quantity'],
        [60, 70, 'assumed'],
      ]);
      expect(gaps).to.deep.equal([{ start: 20 * DAY, end: 60 * DAY }]);
    });
    it('reads doses per day from words', () => {
      expect(unitsPerDay('1 compressa al giorno, a cena')).to.equal(1);
      expect(unitsPerDay('1 compressa ogni 12 ore per 6 giorni')).to.equal(2);
      expect(unitsPerDay('mezza compressa due volte al giorno')).to.equal(1);
      expect(unitsPerDay('1 compressa al bisogno')).to.equal(undefined);
      expect(unitsPerDay(undefined)).to.equal(undefined);
    });
    it('keeps an older PSS and a later discharge therapy apart, newest first, and names what they disagree on', () => {
      const { lists, disagreements } = therapyListsOf(fixtureView('clinician'));
      expect(lists.map((l) => l.documentType)).to.deep.equal(['LDO', 'PSS']);
      expect(lists[0]!.items.map((i) => i.substance).sort()).to.deep.equal(['Furosemide', 'Rivaroxaban']);
      expect(lists[1]!.items.map((i) => i.substance).sort()).to.deep.equal(['Furosemide', 'Warfarin']);
      const by = new Map(disagreements.map((d) => [d.substance, d.kind]));
      expect(by.get('Furosemide')).to.equal('dosage');
      expect(by.get('Rivaroxaban')).to.equal('missing');
      expect(by.get('Warfarin')).to.equal('missing');
    });
    it('reads the generated record: rivaroxaban current and critical, with NRE prescriptions dispensed at a pharmacy', () => {
      const meds = medicinesOf(generatedView('male', 'citizen', 1000), SAMPLE_NOW);
      const riva = meds.find((m) => m.atc === 'B01AF01')!;
      expect(riva.current).to.equal(true);
      expect(riva.critical).to.equal('anticoagulant');
      expect(riva.prescriptions.length).to.be.greaterThan(3);
      expect(riva.prescriptions.every((p) => /^010A\d{11}$/.test(p.nre ?? ''))).to.equal(true);
      expect(riva.prescriptions.filter((p) => p.state === 'dispensed').length).to.be.greaterThan(2);
      expect(riva.periods.some((p) => p.basis === 'quantity')).to.equal(true);
      expect(meds.indexOf(riva)).to.be.lessThan(meds.findIndex((m) => !m.current));
      const lists = therapyListsOf(generatedView('male', 'citizen', 1000));
      expect(lists.lists.map((l) => l.documentType)).to.deep.equal(['PSS', 'LDO']);
      expect(lists.disagreements.map((d) => `${d.substance} ${d.kind}`)).to.deep.equal(['Bisoprololo dosage']);
    });
    it('keeps 10 000 doses of one medicine as one medicine whose count says so', () => {
      const { record } = fromFhir([...(fhirInput() as unknown[]), ...manyDoses(10_000)], { now: NOW });
      const meds = medicinesOf(viewFor(record, { role: 'citizen', now: NOW }), NOW);
      const enox = meds.filter((m) => m.atc === 'B01AB05');
      expect(enox).to.have.length(1);
      expect(enox[0]!.counts.administration).to.equal(10_000);
      expect(enox[0]!.eventIds).to.have.length(10_000);
      expect(enox[0]!.periods.length).to.be.below(5);
    });
  });

  describe('privacy', () => {
    it('nothing of an obscured document reaches a clinician’s lines, medicines, counts or series; the citizen sees it all', () => {
      const clinician = fixtureView('clinician', { obscured: true, allergies: true });
      const pic = clinicalPicture(clinician, NOW);
      const dump = JSON.stringify([pic, resultSeriesOf(clinician)]);
      for (const secret of [SECRET_MEDICINE, SECRET_ALLERGY, SECRET_ANALYTE, 'rx-secret', 'comp-secret', '010A00000099']) expect(dump).not.to.contain(secret);
      expect(pic.medicines).to.have.length(clinicalPicture(fixtureView('clinician', { allergies: true }), NOW).medicines.length);
      const citizen = fixtureView('citizen', { obscured: true, allergies: true });
      const all = JSON.stringify([clinicalPicture(citizen, NOW), resultSeriesOf(citizen)]);
      for (const secret of [SECRET_MEDICINE, SECRET_ALLERGY, SECRET_ANALYTE]) expect(all).to.contain(secret);
    });
  });

  describe('result series', () => {
    it('groups values by LOINC, oldest first, with the reference range, flags and the trend', () => {
      const series = resultSeriesOf(fixtureView('citizen'));
      const creat = series.find((s) => s.loinc === '2160-0')!;
      expect(creat.points.map((p) => p.value)).to.deep.equal([1.6, 1.4, 1.2]);
      expect(creat.range).to.deep.equal({ low: 0.5, high: 1.1 });
      expect(creat.points.map((p) => p.flag)).to.deep.equal(['high', 'high', 'high']);
      expect(creat.trend).to.deep.equal({ direction: 'down', count: 3 });
      // No report groups these values into a panel (a document's title is not a panel).
      expect(creat.panels).to.deep.equal([]);
      expect(creat.carePathIds).to.deep.equal(['CarePlan/cp-af']);
      expect(creat.points[0]!.documentId).to.equal('Composition/comp-lab1');
    });
    it('names the lab panels each analyte’s values belong to, and no panel whose values the viewer cannot see', () => {
      const panelsOf = (v: ReturnType<typeof fixtureView>) => Object.fromEntries(resultSeriesOf(v).map((s) => [s.name, s.panels]));
      const citizen = panelsOf(fixtureView('citizen', { panels: true, obscured: true }));
      expect(citizen['Creatinina']).to.deep.equal(['Funzionalità renale']);
      expect(citizen['INR']).to.deep.equal(['Coagulazione']);
      expect(citizen['Emoglobina']).to.deep.equal(['Emocromo']);
      expect(citizen['Glucosio']).to.deep.equal([]);
      expect(citizen[SECRET_ANALYTE]).to.deep.equal([SECRET_PANEL]);
      const clinician = JSON.stringify(resultSeriesOf(fixtureView('clinician', { panels: true, obscured: true })));
      expect(clinician).to.contain('Funzionalità renale');
      expect(clinician).not.to.contain(SECRET_PANEL);
    });
    it('converts units only when the conversion is known (g/dL → g/L), and says a value was converted', () => {
      const hb = resultSeriesOf(fixtureView('citizen')).filter((s) => s.loinc === '718-7');
      expect(hb).to.have.length(1);
      expect(hb[0]!.unit).to.equal('g/L');
      expect(hb[0]!.points.map((p) => p.value)).to.deep.equal([131, 125]);
      expect(hb[0]!.points[0]!.problems).to.deep.equal(['converted']);
    });
    it('flags one value as its series’ point does (resultFlagOf), converted units included', () => {
      for (const view of [fixtureView('citizen'), generatedView('female', 'citizen', 1000)]) {
        const byId = new Map(view.events.map((e) => [e.id, e] as const));
        const points = resultSeriesOf(view).flatMap((s) => s.points);
        expect(points.some((p) => p.flag === 'high' || p.flag === 'low'), 'some values out of range').to.equal(true);
        for (const p of points) expect(resultFlagOf(byId.get(p.eventId)!), p.eventId).to.equal(p.flag);
        const measured = new Set(points.map((p) => p.eventId));
        for (const e of view.events) if (!measured.has(e.id)) expect(resultFlagOf(e), e.id).to.equal(undefined);
      }
    });
    it('keeps values in units it cannot convert as separate series, and says so', () => {
      const extra = [
        { resourceType: 'Observation', id: 'g1', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '2345-7' }], text: 'Glucosio' }, subject: { reference: 'Patient/p1' }, effectiveDateTime: '2026-01-01', valueQuantity: { value: 5.5, unit: 'mmol/L' } },
      ];
      const glu = resultSeriesOf(fixtureView('citizen', { extra })).filter((s) => s.loinc === '2345-7');
      expect(glu.map((s) => s.unit).sort()).to.deep.equal(['mg/dL', 'mmol/L']);
      expect(glu.every((s) => s.unitSplit)).to.equal(true);
    });
    it('reports bad values instead of dropping them: no unit, range only in words, impossible numbers', () => {
      const series = resultSeriesOf(fixtureView('citizen'));
      const k = series.find((s) => s.loinc === '2823-3')!;
      expect(k.points[0]!.problems).to.deep.equal(['no-unit']);
      expect(k.range).to.equal(undefined);
      expect(k.rangeText).to.equal('vedi referto cartaceo');
      const inr = series.find((s) => s.loinc === '6301-6')!;
      expect(inr.rangeText).to.equal('range terapeutico 2-3');
      const glu = series.find((s) => s.loinc === '2345-7')!;
      expect(glu.points[0]!.value).to.equal(-40);
      expect(glu.points[0]!.problems).to.include('implausible');
    });
    it('puts taccuino values against the care path’s goal', () => {
      const hr = resultSeriesOf(fixtureView('citizen')).find((s) => s.loinc === '8867-4')!;
      expect(hr.points.every((p) => p.taccuino)).to.equal(true);
      expect(hr.goals).to.have.length(1);
      expect(hr.goals[0]!.range).to.deep.equal({ high: 110 });
    });
    it('reads ranges and targets in words, and trends', () => {
      expect(parseRange('3,5–5,0 mmol/L')).to.deep.equal({ low: 3.5, high: 5 });
      expect(parseRange('≥ 60')).to.deep.equal({ low: 60 });
      expect(parseRange('< 200 mg/dL')).to.deep.equal({ high: 200 });
      expect(parseRange('negativo')).to.equal(undefined);
      expect(parseRange('5 - 2')).to.equal(undefined);
      expect(parseTarget('meno di 110 battiti al minuto')).to.deep.equal({ high: 110 });
      expect(parseTarget('tra 2 e 3')).to.deep.equal({ low: 2, high: 3 });
      expect(trendOf([5, 4, 3, 2])).to.deep.equal({ direction: 'down', count: 4 });
      expect(trendOf([1, 3, 2])).to.deep.equal({ direction: 'down', count: 2 });
      expect(trendOf([2, 2])).to.deep.equal({ direction: 'steady', count: 2 });
      expect(trendOf([1])).to.deep.equal({ direction: 'none', count: 1 });
    });
    it('gives the generated record lab series with history', () => {
      const series = resultSeriesOf(generatedView('female', 'citizen', 1000));
      const creat = series.find((s) => s.loinc === '2160-0')!;
      expect(creat.points.length).to.be.greaterThan(3);
      expect(creat.range?.high).to.be.a('number');
    });
  });
});
