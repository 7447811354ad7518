/**
 * codes.ts: every document type code of fse-2.0.md §1.2 (gateway CDA2 templates) and §1.3 (other
 * type codes of the affinity domain) gives a national type, and code systems are made canonical.
 */
import { expect } from '@open-wc/testing';
import { canonicalSystem, fromFhir, nationalTypeOf, NATIONAL_TYPE_BY_LOINC, NATIONAL_TYPE_LABEL } from '@percorso/model';

/** fse-2.0.md §1.2, column "LOINC", with the type the table's row names. */
const GATEWAY_TYPES: [string, string][] = [
  ['11502-2', 'LAB'], ['68604-8', 'RAD'], ['11488-4', 'RSA'], ['11526-1', 'RAP'], ['34105-7', 'LDO'], ['59258-4', 'VPS'],
  ['60591-5', 'PSS'], ['57833-6', 'PRESC_FARM'], ['57832-8', 'PRESC_SPEC'], ['60593-1', 'EROG_FARM'], ['29304-3', 'EROG_FARM'],
  ['81223-0', 'EROG_SPEC'], ['87273-9', 'VACC_SINGOLA'], ['82593-5', 'VACC_CERT'], ['100971-1', 'CARTELLA'], ['101881-1', 'TPI'],
  ['108276-7', 'INVITO_SCREENING'], ['111490-9', 'INVITO_VACC'], ['75496-0', 'TELEVISITA'], ['85208-7', 'TELECONSULTO'],
];
/** fse-2.0.md §1.3. */
const OTHER_CODES = [
  '57827-8', '59284-0', '101133-7', '28653-4', '18776-5', '57829-4', '18842-5', '68814-3', '55750-4', '97500-3', '97499-8',
  '101134-5', '101136-0', '102033-8', '103140-0', '53576-5', '103144-2', '103145-9', '103146-7', '103147-5',
];

describe('codes', () => {
  it('maps every gateway document type code (§1.2) to its national type', () => {
    for (const [code, type] of GATEWAY_TYPES) {
      expect(nationalTypeOf([{ system: 'http://loinc.org', code }]), code).to.equal(type);
    }
  });

  it('maps every other type code of the affinity domain (§1.3) and names every type', () => {
    for (const code of OTHER_CODES) expect(NATIONAL_TYPE_BY_LOINC.has(code), code).to.equal(true);
    expect(nationalTypeOf([{ system: 'http://loinc.org', code: '101134-5' }])).to.equal('PROMEMORIA');
    expect(nationalTypeOf([{ system: 'http://loinc.org', code: '103140-0' }])).to.equal('TACCUINO');
    expect(nationalTypeOf([{ system: 'http://loinc.org', code: '57827-8' }])).to.equal('ESENZIONE');
    for (const t of new Set(NATIONAL_TYPE_BY_LOINC.values())) expect(NATIONAL_TYPE_LABEL.get(t), t).to.be.a('string');
  });

  it('tells Teleassistenza from Televisita by the CDA template (same LOINC 75496-0)', () => {
    const loinc = [{ system: 'http://loinc.org', code: '75496-0' }];
    expect(nationalTypeOf(loinc, '2.16.840.1.113883.2.9.10.1.16.4.1')).to.equal('TELEASSISTENZA');
    expect(nationalTypeOf(loinc, 'urn:oid:2.16.840.1.113883.2.9.10.1.16.1.1')).to.equal('TELEVISITA');
    expect(nationalTypeOf(loinc)).to.equal('TELEVISITA');
  });

  it('ignores a type code of another system and unknown codes', () => {
    expect(nationalTypeOf([{ system: 'urn:oid:2.16.840.1.113883.2.9.2.120.4.4', code: '11502-2' }])).to.equal(undefined);
    expect(nationalTypeOf([{ system: 'http://loinc.org', code: 'constructor' }])).to.equal(undefined);
  });

  it('makes OIDs and alternative spellings canonical, keeps what it does not know', () => {
    expect(canonicalSystem('urn:oid:2.16.840.1.113883.6.1')).to.equal('http://loinc.org');
    expect(canonicalSystem('2.16.840.1.113883.6.96')).to.equal('http://snomed.info/sct');
    expect(canonicalSystem('http://hl7.org/fhir/sid/icd-9-cm')).to.equal('urn:oid:2.16.840.1.113883.6.103');
    expect(canonicalSystem('urn:oid:2.16.840.1.113883.6.73')).to.equal('http://www.whocc.no/atc');
    expect(canonicalSystem('2.16.840.1.113883.2.9.6.1.5')).to.equal('urn:oid:2.16.840.1.113883.2.9.6.1.5');
    expect(canonicalSystem('https://example.org/cs')).to.equal('https://example.org/cs');
  });

  it('reads a LOINC type written with its OID as the same national type', () => {
    const { record } = fromFhir([{ resourceType: 'Composition', id: 'c', type: { coding: [{ system: 'urn:oid:2.16.840.1.113883.6.1', code: '59258-4' }] }, date: '2024-01-01' }]);
    expect(record.events[0]!.document!.nationalType).to.equal('VPS');
    expect(record.events[0]!.document!.typeCode).to.deep.equal({ system: 'http://loinc.org', code: '59258-4' });
  });

  it('reads all four medication resources as their kinds', () => {
    const med = { medicationCodeableConcept: { coding: [{ system: 'http://www.whocc.no/atc', code: 'C07AB02', display: 'Metoprololo' }] } };
    const { record } = fromFhir([
      { resourceType: 'MedicationRequest', id: 'rq', authoredOn: '2024-01-01', courseOfTherapyType: { coding: [{ code: 'PUBLICPOL' }] }, dosageInstruction: [{ text: '1 cp al mattino' }], ...med },
      { resourceType: 'MedicationDispense', id: 'dp', whenHandedOver: '2024-01-02T10:00:00+01:00', quantity: { value: 2, unit: 'confezioni' }, ...med },
      { resourceType: 'MedicationStatement', id: 'st', effectivePeriod: { start: '2023-06-01', end: '2024-06-01' }, ...med },
      { resourceType: 'MedicationAdministration', id: 'ad', effectiveDateTime: '2024-01-03T08:00:00+01:00', ...med },
    ]);
    const by = new Map(record.events.map((e) => [e.id, e]));
    expect(by.get('MedicationRequest/rq')!.medication).to.deep.include({ kind: 'prescription', dosage: '1 cp al mattino', ssn: true });
    expect(by.get('MedicationDispense/dp')!.medication).to.deep.include({ kind: 'dispensation', quantity: '2 confezioni' });
    const st = by.get('MedicationStatement/st')!;
    expect(st.medication!.kind).to.equal('statement');
    expect([st.date.iso, st.end?.iso]).to.deep.equal(['2023-06-01', '2024-06-01']);
    expect(by.get('MedicationAdministration/ad')!.medication!.kind).to.equal('administration');
    for (const e of record.events) expect(e.title).to.equal('Metoprololo');
  });
});
