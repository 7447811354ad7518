/**
 * How one code places an item on the body (body-regions.ts), code system by code system: the
 * shapes ICD-9-CM codes come in from Italian catalogues (with and without the dot, diagnoses and
 * procedures told apart by the event's kind), longest-prefix rows over the category table, SNOMED
 * CT body structures with a post-coordinated or separate laterality, HL7 ActSite codes in any case
 * and under their OID. Written where mutation testing (`npm run mutate body-regions`, 64.6 %) found
 * these rules held by no test. Expected regions are read from the clinical meaning of each code
 * (427.31 atrial fibrillation → heart; 89.52 electrocardiogram → heart), not from the tables.
 */
import { expect } from '@open-wc/testing';
import { bodyRegionsOf, bodySiteFromCoding, bodySitesFromCodings, type ClinicalEvent, type Coding } from '@percorso/model';
import { event } from './records.js';

const ICD9 = 'urn:oid:2.16.840.1.113883.6.103';
const ICD9_PROC = 'urn:oid:2.16.840.1.113883.6.104';
const SNOMED = 'http://snomed.info/sct';
const ACT_SITE = 'http://terminology.hl7.org/CodeSystem/v3-ActSite';

const regions = (codes: Coding[], kind: ClinicalEvent['kind'] = 'observation') =>
  bodyRegionsOf(event(`e-${kind}-${codes.map((c) => c?.code).join('-')}`, { kind, codes })).map((s) => s.region);
const icd9 = (code: string, kind: ClinicalEvent['kind'] = 'observation', system = ICD9) => regions([{ system, code }], kind);

describe('ICD-9-CM codes as Italian catalogues write them', () => {
  it('a diagnosis with or without its dot, and a procedure with or without its dot', () => {
    expect(icd9('427.31', 'condition')).to.deep.equal(['heart']); // atrial fibrillation
    expect(icd9('42731', 'condition')).to.deep.equal(['heart']);
    expect(icd9('42731', 'observation')).to.deep.equal(['heart']); // five digits: always a diagnosis
    expect(icd9('89.52', 'procedure')).to.deep.equal(['heart']); // electrocardiogram
    expect(icd9('8952', 'procedure')).to.deep.equal(['heart']);
    expect(icd9('8952', 'observation')).to.deep.equal(['heart']); // four digits, not a condition: a procedure
    expect(icd9('8952', 'procedure', ICD9_PROC)).to.deep.equal(['heart']);
    expect(icd9('89.52', 'observation', ICD9_PROC)).to.deep.equal(['heart']);
  });

  it('the event’s kind tells a four- or three-digit code apart: 4273 is atrial dysrhythmia on a condition, procedure 42.73 otherwise', () => {
    expect(icd9('4273', 'condition')).to.deep.equal(['heart']); // 427.3, category 427
    expect(icd9('4273', 'procedure')).to.deep.equal(['digestive']); // 42.73, oesophagus
    expect(icd9('427', 'observation')).to.deep.equal(['heart']); // three digits: a diagnosis category…
    expect(icd9('427', 'procedure')).to.deep.equal(['digestive']); // …unless the event is a procedure (42.7)
    expect(icd9('3612', 'procedure', ICD9_PROC)).to.deep.equal(['heart']); // coronary bypass 36.12
    expect(icd9('36', 'procedure', ICD9_PROC)).to.deep.equal(['heart']);
  });

  it('the dot decides where there is one: two digits before it, a procedure; three, a diagnosis', () => {
    expect(icd9('427.31', 'procedure')).to.deep.equal(['heart']);
    expect(icd9('45.23', 'condition')).to.deep.equal(['digestive']); // colonoscopy
    expect(icd9('87.44', 'observation')).to.deep.equal(['chest', 'lungs']); // routine chest X-ray
  });

  it('the longest code-level row wins over the category, and a row can say "no one region"', () => {
    expect(icd9('427.319', 'condition')).to.deep.equal(['heart']);
    expect(icd9('726.12', 'condition')).to.deep.equal(['upper-limb']); // rotator cuff (726.1)
    expect(icd9('727.41', 'condition')).to.deep.equal([]); // synovial cyst: any joint
    expect(icd9('87.03', 'procedure')).to.deep.equal(['head']); // head CT
    expect(icd9('87.0', 'procedure')).to.deep.equal(['head']);
  });

  it('V and E codes and malformed codes place nothing; spaces and case do not matter', () => {
    expect(icd9('V58.61', 'condition')).to.deep.equal([]);
    expect(icd9('e849.0', 'condition')).to.deep.equal([]);
    expect(icd9(' 427.31 ', 'condition')).to.deep.equal(['heart']);
    expect(icd9('4a7.31', 'condition')).to.deep.equal([]);
    expect(icd9('427.3.1', 'condition')).to.deep.equal([]);
  });
});

describe('body-site codes', () => {
  it('a SNOMED CT structure, with a post-coordinated laterality however it is spaced', () => {
    expect(bodySiteFromCoding({ system: SNOMED, code: '80891009' })).to.include({ region: 'heart', confidence: 'explicit' });
    expect(bodySiteFromCoding({ system: SNOMED, code: '40983000:272741003=7771000' })).to.include({ region: 'upper-limb', laterality: 'left' });
    expect(bodySiteFromCoding({ system: SNOMED, code: ' 40983000 : 272741003 = 24028007 ' })).to.include({ region: 'upper-limb', laterality: 'right' });
    expect(bodySiteFromCoding({ system: SNOMED, code: '40983000:272741003=999999' })).to.not.have.property('laterality');
    expect(bodySiteFromCoding({ system: SNOMED, code: '40983000:363698007=80891009' })).to.not.have.property('laterality');
    expect(bodySiteFromCoding({ system: SNOMED, code: '368208006' })).to.include({ region: 'upper-limb', laterality: 'left' });
    expect(bodySiteFromCoding({ system: SNOMED, code: '999999999' })).to.equal(undefined);
  });

  it('an HL7 ActSite code in any case, under its URI or its OID; a laterality alone is no site', () => {
    expect(bodySiteFromCoding({ system: ACT_SITE, code: 'la' })).to.include({ region: 'upper-limb', laterality: 'left' });
    expect(bodySiteFromCoding({ system: 'urn:oid:2.16.840.1.113883.5.1052', code: 'RA' })).to.include({ region: 'upper-limb', laterality: 'right' });
    expect(bodySiteFromCoding({ system: '2.16.840.1.113883.5.1052', code: 'RA' })).to.include({ laterality: 'right' });
    expect(bodySiteFromCoding({ system: ACT_SITE, code: 'ZZ' })).to.equal(undefined);
    expect(bodySiteFromCoding({ system: SNOMED, code: '7771000' })).to.equal(undefined);
    expect(bodySiteFromCoding({ system: ICD9, code: '427.31' })).to.equal(undefined);
    expect(bodySiteFromCoding(null as unknown as Coding)).to.equal(undefined);
    expect(bodySiteFromCoding({ system: SNOMED } as Coding)).to.equal(undefined);
  });

  it('a laterality given beside the sites applies to those without one, and one site is listed once', () => {
    const sites = bodySitesFromCodings([
      { system: SNOMED, code: '40983000' },
      { system: SNOMED, code: '7771000' },
      { system: SNOMED, code: '80891009' },
    ]);
    expect(sites.map((s) => [s.region, s.laterality])).to.deep.equal([
      ['upper-limb', 'left'],
      ['heart', 'left'],
    ]);
    const kept = bodySitesFromCodings([{ system: ACT_SITE, code: 'RA' }, { system: SNOMED, code: '7771000' }]);
    expect(kept.map((s) => s.laterality)).to.deep.equal(['right']);
    const twice = bodySitesFromCodings([{ system: ACT_SITE, code: 'LA' }, { system: ACT_SITE, code: 'LUA' }, { system: ACT_SITE, code: 'RA' }, null as unknown as Coding]);
    expect(twice.map((s) => `${s.region}/${s.laterality}`)).to.deep.equal(['upper-limb/left', 'upper-limb/right']);
  });

  it('an event’s own body sites win over what its codes say, once each', () => {
    const arm = bodySiteFromCoding({ system: ACT_SITE, code: 'LA' })!;
    const e = event('inj', { kind: 'vaccination', bodySites: [arm, { ...arm }], codes: [{ system: ICD9, code: '427.31' }] });
    expect(bodyRegionsOf(e).map((s) => `${s.region}/${s.laterality}`)).to.deep.equal(['upper-limb/left']);
  });

  it('an event with a broken code list is placed nowhere (the map counts it under the whole body), without error', () => {
    const e = event('odd', { codes: 'not a list' as unknown as Coding[] });
    expect(bodyRegionsOf(e).map((s) => s.region)).to.deep.equal([]);
    expect(regions([{ system: ICD9 } as Coding, null as unknown as Coding, { system: ICD9, code: '427.31' }], 'condition')).to.deep.equal(['heart']);
  });
});
