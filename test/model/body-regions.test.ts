/**
 * bodyRegionsOf: each mapping table, laterality, the order of the fallback, and [] when nothing
 * maps. Codes are spelled as the sources spell them (canonical URIs and OIDs).
 */
import { expect } from '@open-wc/testing';
import {
  ATC_GROUPS,
  BODY_REGIONS,
  bodyRegionsOf,
  bodySiteFromCoding,
  bodySitesFromCodings,
  carePathSites,
  countsFor,
  isDocumentItem,
  itemSitesOf,
  itemsOf,
  type BodySite,
  type CarePath,
  type ClinicalEvent,
  type Coding,
  type FseView,
} from '@percorso/model';
import { carePath, day, doc, event } from './records.js';

const SNOMED = 'http://snomed.info/sct';
const SNOMED_OID = 'urn:oid:2.16.840.1.113883.6.96';
const LOINC = 'http://loinc.org';
const LOINC_OID = 'urn:oid:2.16.840.1.113883.6.1';
const ICD9 = 'urn:oid:2.16.840.1.113883.6.103';
const ACTSITE = 'http://terminology.hl7.org/CodeSystem/v3-ActSite';
const ACTSITE_OID = 'urn:oid:2.16.840.1.113883.5.1052';
const AD_PSC = 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.2';

const c = (system: string, code: string, display?: string): Coding => (display ? { system, code, display } : { system, code });
const regions = (sites: BodySite[]): string[] => sites.map((s) => (s.laterality ? `${s.region}:${s.laterality}` : s.region));
const of = (codes: Coding[], p: Partial<ClinicalEvent> = {}): string[] => regions(bodyRegionsOf(event('e', { codes, ...p })));

describe('bodyRegionsOf', () => {
  describe('explicit body sites come first', () => {
    it('returns event.bodySites as given, ahead of any code', () => {
      const explicit = bodySiteFromCoding(c(ACTSITE, 'LD'))!;
      const e = event('e', { bodySites: [explicit], codes: [c(ICD9, '427.31')], practiceSetting: c(AD_PSC, 'AD_PSC008') });
      expect(bodyRegionsOf(e)).to.deep.equal([explicit]);
      expect(explicit).to.deep.include({ region: 'upper-limb', laterality: 'left', confidence: 'explicit', mapping: 'hl7-actsite' });
    });

    it('a body-site code among the event codes is used before diagnoses', () => {
      expect(of([c(ICD9, '427.31'), c(SNOMED, '39607008')], { kind: 'condition' })).to.deep.equal(['lungs']);
    });
  });

  describe('SNOMED CT body structures (snomed-body-site)', () => {
    const cases: [string, string][] = [
      ['80891009', 'heart'],
      ['39607008', 'lungs'],
      ['12738006', 'head'],
      ['10200004', 'liver'],
      ['64033007', 'kidneys'],
      ['71854001', 'digestive'],
      ['89837001', 'pelvis'],
      ['41216001', 'reproductive'],
      ['76752008', 'breast'],
      ['69748006', 'neck'],
      ['81745001', 'eyes'],
      ['117590005', 'ent'],
      ['51185008', 'chest'],
      ['113345001', 'abdomen'],
      ['421060004', 'spine'],
      ['53120007', 'upper-limb'],
      ['72696002', 'lower-limb'],
      ['39937001', 'skin'],
      ['4870002', 'head'], // the gateway RAP example's midbrain nuclei
    ];
    for (const [code, region] of cases) {
      it(`${code} → ${region}`, () => {
        const s = bodySiteFromCoding(c(SNOMED, code))!;
        expect(s.region).to.equal(region);
        expect(s.mapping).to.equal('snomed-body-site');
        expect(s.confidence).to.equal('explicit');
      });
    }

    it('accepts the SNOMED OID spelling', () => {
      expect(bodySiteFromCoding(c(SNOMED_OID, '80891009'))!.region).to.equal('heart');
    });

    it('lateralised concepts carry their side', () => {
      expect(regions([bodySiteFromCoding(c(SNOMED, '8966001'))!])).to.deep.equal(['eyes:left']);
      expect(regions([bodySiteFromCoding(c(SNOMED, '11207009'))!])).to.deep.equal(['lower-limb:right']);
      expect(regions([bodySiteFromCoding(c(SNOMED, '40638003'))!])).to.deep.equal(['eyes:both']);
    });

    it('a laterality qualifier (7771000 left, 24028007 right, 51440002 bilateral) applies to the site beside it', () => {
      expect(regions(bodySitesFromCodings([c(SNOMED, '7771000', 'Left'), c(SNOMED, '76752008')]))).to.deep.equal(['breast:left']);
      expect(regions(bodySitesFromCodings([c(SNOMED, '64033007'), c(SNOMED, '24028007')]))).to.deep.equal(['kidneys:right']);
      expect(regions(bodySitesFromCodings([c(SNOMED, '51440002'), c(SNOMED, '61685007')]))).to.deep.equal(['lower-limb:both']);
      // a laterality alone is no site
      expect(bodySiteFromCoding(c(SNOMED, '7771000'))).to.equal(undefined);
      expect(bodySitesFromCodings([c(SNOMED, '7771000')])).to.deep.equal([]);
    });

    it('reads a post-coordinated laterality (focus:272741003=side)', () => {
      expect(regions([bodySiteFromCoding(c(SNOMED, '76752008:272741003=24028007'))!])).to.deep.equal(['breast:right']);
    });

    it('an unknown SNOMED concept is no site', () => {
      expect(bodySiteFromCoding(c(SNOMED, '22298006'))).to.equal(undefined); // myocardial infarction: a disorder, not a structure
    });
  });

  describe('HL7 ActSite (hl7-actsite)', () => {
    const cases: [string, string][] = [
      ['LA', 'upper-limb:left'],
      ['RA', 'upper-limb:right'],
      ['LD', 'upper-limb:left'],
      ['RD', 'upper-limb:right'],
      ['LT', 'lower-limb:left'],
      ['RT', 'lower-limb:right'],
      ['OD', 'eyes:right'],
      ['OS', 'eyes:left'],
      ['OU', 'eyes:both'],
      ['LE', 'ent:left'],
      ['RE', 'ent:right'],
      ['BE', 'ent:both'],
      ['LUAQ', 'abdomen:left'],
    ];
    for (const [code, expected] of cases) {
      it(`${code} → ${expected}`, () => {
        const s = bodySiteFromCoding(c(ACTSITE, code))!;
        expect(regions([s])).to.deep.equal([expected]);
        expect(s.mapping).to.equal('hl7-actsite');
      });
    }

    it('accepts the OID spelling (as in the gateway CDA targetSiteCode)', () => {
      expect(regions([bodySiteFromCoding(c(ACTSITE_OID, 'RA'))!])).to.deep.equal(['upper-limb:right']);
      expect(regions([bodySiteFromCoding(c('2.16.840.1.113883.5.1052', 'OS'))!])).to.deep.equal(['eyes:left']);
    });
  });

  describe('ICD-9-CM procedures (icd9cm-procedure)', () => {
    const cases: [string, string[]][] = [
      ['87.44', ['chest', 'lungs']], // radiografia del torace di routine
      ['88.72', ['heart']], // ecografia del cuore
      ['89.52', ['heart']], // elettrocardiogramma
      ['8952', ['heart']], // the same, written without the dot
      ['89.50', ['heart']], // Holter, by the 89.5 row
      ['45.23', ['digestive']], // colonscopia
      ['13.41', ['eyes']], // cataract: chapter 08–16
      ['37.22', ['heart']], // chapter 35–37
      ['55.01', ['kidneys']],
      ['85.21', ['breast']],
      ['81.54', ['lower-limb']], // knee replacement
    ];
    for (const [code, expected] of cases) {
      it(`${code} → ${expected.join(', ')}`, () => {
        const sites = bodyRegionsOf(event('e', { kind: 'procedure', codes: [c(ICD9, code)] }));
        expect(regions(sites)).to.deep.equal(expected);
        for (const s of sites) expect(s).to.deep.include({ mapping: 'icd9cm-procedure', confidence: 'derived' });
      });
    }

    it('a code without a dot is read by the kind of event, each time (897: amputation of leg, or 89.7 visit)', () => {
      const code = c(ICD9, '897');
      expect(of([code], { kind: 'condition' })).to.deep.equal(['lower-limb']);
      expect(of([code], { kind: 'procedure' })).to.deep.equal([]);
      expect(of([code], { kind: 'condition' })).to.deep.equal(['lower-limb']);
    });

    it('a general visit (89.7) names no region', () => {
      expect(of([c(ICD9, '89.7')], { kind: 'procedure' })).to.deep.equal([]);
    });
  });

  describe('ICD-9-CM diagnoses (icd9cm-diagnosis)', () => {
    const cases: [string, string[]][] = [
      ['427.31', ['heart']], // fibrillazione atriale
      ['42731', ['heart']],
      ['153.3', ['digestive']], // colon
      ['162.9', ['lungs']],
      ['174.9', ['breast']],
      ['185', ['reproductive']], // prostate
      ['250.00', []], // diabetes: systemic, no region
      ['493.90', ['lungs']], // asthma
      ['401.9', ['heart']], // hypertension
      ['366.9', ['eyes']], // cataract
      ['722.10', ['spine']],
      ['813.42', ['upper-limb']],
      ['V42.0', []],
    ];
    for (const [code, expected] of cases) {
      it(`${code} → ${expected.join(', ') || 'nothing'}`, () => {
        const sites = bodyRegionsOf(event('e', { kind: 'condition', codes: [c(ICD9, code)] }));
        expect(regions(sites)).to.deep.equal(expected);
        for (const s of sites) expect(s).to.deep.include({ mapping: 'icd9cm-diagnosis', confidence: 'derived' });
      });
    }

    it('keeps the code it derived from', () => {
      const code = c(ICD9, '427.31', 'Fibrillazione atriale');
      expect(bodyRegionsOf(event('e', { kind: 'condition', codes: [code] }))[0]!.from).to.deep.equal(code);
    });
  });

  describe('LOINC (loinc)', () => {
    it('36554-4 chest radiograph → chest, lungs', () => {
      expect(of([c(LOINC, '36554-4')])).to.deep.equal(['chest', 'lungs']);
      expect(of([c(LOINC_OID, '36554-4')])).to.deep.equal(['chest', 'lungs']);
    });

    it('11524-6 EKG → heart; urine tests → kidneys, pelvis; blood chemistry → blood-immune', () => {
      expect(of([c(LOINC, '11524-6')])).to.deep.equal(['heart']);
      expect(of([c(LOINC, '5811-5')])).to.deep.equal(['kidneys', 'pelvis']);
      expect(of([c(LOINC, '2160-0')])).to.deep.equal(['blood-immune']);
      expect(of([c(LOINC, '6301-6')])).to.deep.equal(['blood-immune']);
    });

    it('reads the System axis of an English long name for codes not in the table', () => {
      expect(of([c(LOINC, '1754-1', 'Albumin [Mass/volume] in Urine')])).to.deep.equal(['kidneys', 'pelvis']);
      expect(of([c(LOINC, '2947-0', 'Sodium [Moles/volume] in Blood')])).to.deep.equal(['blood-immune']);
    });

    it('one code with different long names is read each by its own name', () => {
      expect(of([c(LOINC, '12345-6', 'Something [Mass/volume] in Urine')])).to.deep.equal(['kidneys', 'pelvis']);
      expect(of([c(LOINC, '12345-6', 'Something [Mass/volume] in Blood')])).to.deep.equal(['blood-immune']);
      expect(of([c(LOINC, '12345-6')])).to.deep.equal([]);
    });

    it('a document type code carries no site', () => {
      expect(of([c(LOINC, '11502-2')])).to.deep.equal([]);
    });
  });

  describe('ATC anatomical groups (atc)', () => {
    const ATC = 'http://www.whocc.no/atc';
    const ATC_OID = 'urn:oid:2.16.840.1.113883.6.73';
    const med = (code: string, system = ATC): Partial<ClinicalEvent> => ({
      kind: 'medication',
      medication: { kind: 'prescription', medication: [c(system, code)] },
    });

    it('places a medicine by the organ system of its ATC main group, read from the medication codings', () => {
      expect(of([], med('B01AF01'))).to.deep.equal(['blood-immune']); // rivaroxaban
      expect(of([], med('C07AB07', ATC_OID))).to.deep.equal(['heart']); // bisoprolol
      expect(of([], med('R03AC02'))).to.deep.equal(['lungs']); // salbutamol
      expect(of([], med('S01ED01'))).to.deep.equal(['eyes']); // timolol eye drops
      expect(of([], med('H03AA01'))).to.deep.equal(['neck']); // levothyroxine
      const [site] = bodyRegionsOf(event('e', { codes: [], ...med('C07AB07') }));
      expect(site).to.deep.include({ confidence: 'derived', mapping: 'atc' });
    });

    it('gives no region for medicines that act on the whole body, and the fallback goes on', () => {
      expect(of([], med('N02BE01'))).to.deep.equal([]); // paracetamol
      expect(of([], med('J01CA04'))).to.deep.equal([]); // amoxicillin
      expect(of([], { ...med('N02BE01'), practiceSetting: c(AD_PSC, 'AD_PSC068') })).to.deep.equal(['lungs']);
    });

    it('comes after diagnoses and LOINC: a code that names a site wins over the medicine', () => {
      expect(of([c(ICD9, '427.31')], { ...med('B01AF01'), kind: 'medication' })).to.deep.equal(['heart']);
    });
  });

  describe('practice setting (practice-setting)', () => {
    const cases: [string, string[]][] = [
      ['AD_PSC008', ['heart']],
      ['AD_PSC050', ['heart']],
      ['AD_PSC068', ['lungs']],
      ['AD_PSC032', ['head']],
      ['AD_PSC034', ['eyes']],
      ['AD_PSC038', ['ent']],
      ['AD_PSC058', ['digestive']],
      ['AD_PSC029', ['kidneys']],
      ['AD_PSC043', ['pelvis']],
      ['AD_PSC037', ['reproductive']],
      ['AD_PSC052', ['skin']],
      ['AD_PSC019', ['neck']],
      ['AD_PSC036', []], // orthopaedics: limbs and spine alike, no single region
      ['AD_PSC026', []], // general medicine
    ];
    for (const [code, expected] of cases) {
      it(`${code} → ${expected.join(', ') || 'nothing'}`, () => {
        const sites = bodyRegionsOf(event('e', { practiceSetting: c(AD_PSC, code) }));
        expect(regions(sites)).to.deep.equal(expected);
        for (const s of sites) expect(s).to.deep.include({ mapping: 'practice-setting', confidence: 'derived' });
      });
    }

    it('a document uses its own practice setting, and never the events inside it', () => {
      const d = doc('d', 'RSA', { eventIds: ['ecg'] });
      d.document!.practiceSetting = c(AD_PSC, 'AD_PSC008');
      expect(regions(bodyRegionsOf(d))).to.deep.equal(['heart']);
      const lab = doc('lab', 'LAB', { codes: [c(LOINC, '11502-2')], eventIds: ['hb'] });
      expect(bodyRegionsOf(lab)).to.deep.equal([]);
    });
  });

  describe('fallback order', () => {
    it('procedure before diagnosis before LOINC before practice setting', () => {
      const all = [c(LOINC, '2160-0'), c(ICD9, '162.9'), c(ICD9, '88.72')];
      expect(of(all, { practiceSetting: c(AD_PSC, 'AD_PSC052') })).to.deep.equal(['heart']);
      expect(of(all.slice(0, 2), { kind: 'condition', practiceSetting: c(AD_PSC, 'AD_PSC052') })).to.deep.equal(['lungs']);
      expect(of(all.slice(0, 1), { practiceSetting: c(AD_PSC, 'AD_PSC052') })).to.deep.equal(['blood-immune']);
      expect(of([], { practiceSetting: c(AD_PSC, 'AD_PSC052') })).to.deep.equal(['skin']);
    });

    it('a code known to name no region does not stop the fallback (cardiology visit 89.7 → heart)', () => {
      expect(of([c(ICD9, '89.7')], { kind: 'procedure', practiceSetting: c(AD_PSC, 'AD_PSC008') })).to.deep.equal(['heart']);
    });

    it('several codes of one tier give their union, without duplicates', () => {
      expect(of([c(ICD9, '87.44'), c(ICD9, '87.41'), c(ICD9, '88.72')], { kind: 'procedure' })).to.deep.equal(['chest', 'lungs', 'heart']);
    });
  });

  describe('nothing maps', () => {
    it('returns [] for no codes, unknown systems and unknown codes', () => {
      expect(of([])).to.deep.equal([]);
      expect(of([c('http://example.org/cs', '427.31')])).to.deep.equal([]);
      expect(of([c(LOINC, '99999-9')])).to.deep.equal([]);
      expect(of([c(ICD9, 'not a code')])).to.deep.equal([]);
      expect(of([c('urn:oid:2.16.840.1.113883.6.73', 'Z99ZZ99')])).to.deep.equal([]); // not an ATC group
    });

    it('survives malformed codings', () => {
      const bad = [null, {}, { system: 1, code: 2 }, { system: SNOMED }] as unknown as Coding[];
      expect(of(bad)).to.deep.equal([]);
      expect(bodySitesFromCodings(bad)).to.deep.equal([]);
    });
  });

  it('every region any table can give is a BODY_REGIONS member', () => {
    const codes: Coding[] = [];
    for (let n = 0; n < 1000; n++) codes.push(c(ICD9, String(n).padStart(3, '0')));
    for (let n = 0; n < 100; n++) codes.push(c(ICD9, `${String(n).padStart(2, '0')}.0`));
    const seen = new Set<string>();
    for (const code of codes) {
      for (const s of bodyRegionsOf(event('e', { kind: code.code.includes('.') ? 'procedure' : 'condition', codes: [code] }))) seen.add(s.region);
    }
    for (const regions of Object.values(ATC_GROUPS)) for (const r of regions) seen.add(r);
    for (const r of seen) expect(BODY_REGIONS as readonly string[]).to.include(r);
    expect(seen.size).to.be.greaterThan(15);
  });
});

describe('itemSitesOf: an item counts where it is, where its care path is, and a prescription where what fulfils it is', () => {
  const ATC = 'http://www.whocc.no/atc';
  const AF = [c(ICD9, '427.31', 'Fibrillazione atriale')];
  const RIVAROXABAN = c(ATC, 'B01AF01', 'Rivaroxaban');
  const AD_PSC_CARDIO = c(AD_PSC, 'AD_PSC008'); // cardiologia → heart
  const med = (id: string, kind: 'prescription' | 'dispensation', days: number, atc = RIVAROXABAN, p: Partial<ClinicalEvent> = {}) =>
    event(id, { kind: 'medication', date: day(days), medication: { kind, medication: [atc], nre: p.medication?.nre }, ...p });
  const view = (events: ClinicalEvent[], carePaths: CarePath[] = []): Pick<FseView, 'events' | 'carePaths'> => ({ events, carePaths });
  const at = (sites: Map<string, BodySite[]>, id: string) => (sites.get(id) ?? []).map((s) => `${s.region}:${s.mapping}`);

  it('a path whose condition sits on the heart puts its events, therapies and the same medicine from its start on the heart too', () => {
    const path = carePath('pdta', { conditions: AF, eventIds: ['visit'], therapyIds: ['rx-now'], period: { start: day(100) } });
    const events = [
      event('visit', { kind: 'appointment', date: day(300) }), // listed by the path, nothing of its own
      med('rx-now', 'prescription', 400),
      med('rx-earlier', 'prescription', 150), // same ATC as the therapy, after the start
      med('rx-before', 'prescription', 50), // same ATC, before the path began
      med('other', 'prescription', 200, c(ATC, 'M01AE01', 'Ibuprofene')),
      event('named', { kind: 'observation', date: day(200), carePathIds: ['pdta'] }),
    ];
    const sites = itemSitesOf(view(events, [path]));
    expect(at(sites, 'visit')).to.deep.equal(['heart:care-path']);
    expect(at(sites, 'rx-now')).to.deep.equal(['blood-immune:atc', 'heart:care-path']);
    expect(at(sites, 'rx-earlier')).to.deep.equal(['blood-immune:atc', 'heart:care-path']);
    expect(at(sites, 'rx-before')).to.deep.equal(['blood-immune:atc']);
    expect(at(sites, 'other')).not.to.include('heart:care-path');
    expect(at(sites, 'named')).to.deep.equal(['heart:care-path']);
    expect(sites.get('visit')![0]).to.deep.include({ confidence: 'derived', from: AF[0] });
  });

  it('a path without conditions that map adds nothing; a path not in the view links nothing', () => {
    const screening = carePath('scr', { conditions: [], eventIds: ['fobt'] });
    const unknown = carePath('unk', { conditions: [c('http://example.org', 'x')], eventIds: ['fobt'] });
    const sites = itemSitesOf(view([event('fobt', { carePathIds: ['scr', 'unk', 'gone'] })], [screening, unknown]));
    expect(at(sites, 'fobt')).to.deep.equal([]);
    expect(carePathSites(screening)).to.deep.equal([]);
    expect(carePathSites(carePath('af', { conditions: AF })).map((s) => s.region)).to.deep.equal(['heart']);
  });

  it('an event inside a document links the document to its path; the places of what is inside come first', () => {
    const path = carePath('pdta', { conditions: AF });
    const letter = doc('ldo', 'LDO', { eventIds: ['dx'] });
    const dx = event('dx', { kind: 'observation', documentId: 'ldo', carePathIds: ['pdta'], codes: [c(SNOMED, '39607008')] });
    const sites = itemSitesOf(view([letter, dx], [path]));
    expect([...sites.keys()]).to.deep.equal(['ldo']);
    expect(at(sites, 'ldo')).to.deep.equal(['lungs:snomed-body-site', 'heart:care-path']);
  });

  it('a prescription counts where the visit or exam with its NRE does, never the other way round', () => {
    const path = carePath('pdta', { conditions: AF, eventIds: ['lab'] });
    const events = [
      doc('presc', 'PRESC_SPEC', { nre: ['080A1 23456789'], date: day(10), codes: [c(ICD9, '95.02')] }), // eye exam: eyes
      doc('visit', 'RSA', { nre: ['080a123456789'], date: day(20), practiceSetting: AD_PSC_CARDIO }),
      doc('presc-lab', 'PRESC_SPEC', { nre: ['NRE-LAB'], date: day(10) }),
      doc('lab', 'LAB', { nre: ['NRE-LAB'], date: day(20) }), // nothing of its own, on the path
      doc('presc-none', 'PRESC_SPEC', { nre: ['NRE-NONE'], date: day(10) }),
      doc('report-none', 'RSA', { nre: ['NRE-NONE'], date: day(20) }), // fulfils, but is nowhere
      med('rx', 'prescription', 30, RIVAROXABAN, { medication: { kind: 'prescription', medication: [RIVAROXABAN], nre: 'NRE-FARM' } }),
      med('disp', 'dispensation', 31, c(ATC, 'C07AB07', 'Bisoprololo'), { medication: { kind: 'dispensation', medication: [c(ATC, 'C07AB07')], nre: 'NRE-FARM' } }),
    ];
    const sites = itemSitesOf(view(events, [path]));
    expect(at(sites, 'presc')).to.deep.equal(['eyes:icd9cm-procedure', 'heart:prescription']);
    expect(at(sites, 'visit')).to.deep.equal(['heart:practice-setting']);
    expect(at(sites, 'presc-lab')).to.deep.equal(['heart:prescription']);
    expect(at(sites, 'presc-none')).to.deep.equal([]);
    expect(at(sites, 'rx')).to.deep.equal(['blood-immune:atc', 'heart:prescription']);
    expect(at(sites, 'disp')).to.deep.equal(['heart:atc']);
  });

  it('takes a host’s own regionsOf, and one that throws places nothing', () => {
    const events = [event('a', { codes: [c(ICD9, '427.31')] }), event('b')];
    const mine = itemSitesOf(view(events), (e) => (e.id === 'b' ? [{ region: 'skin', from: c('x', 'y'), confidence: 'explicit', mapping: 'mine' }] : []));
    expect(at(mine, 'a')).to.deep.equal([]);
    expect(at(mine, 'b')).to.deep.equal(['skin:mine']);
    const thrown = itemSitesOf(view(events), () => {
      throw new Error('boom');
    });
    expect([...thrown.values()]).to.deep.equal([[], []]);
  });
});

describe('countsFor: one number for one thing', () => {
  it('counts documents, events (documents and what stands alone), voices inside documents, care paths and undated events', () => {
    const events = [
      doc('lab', 'LAB', { eventIds: ['o1', 'o2'] }),
      event('o1', { documentId: 'lab', observation: { value: '5,2 mmol/L' } }),
      event('o2', { documentId: 'lab', observation: { value: 'Positivo' } }),
      event('o3', { documentId: 'missing' }), // its document is not in the view: it stands alone
      event('visit', { kind: 'encounter', undated: true }),
      doc('rx', 'PRESC_FARM'),
    ];
    const v = { events, carePaths: [carePath('p1'), carePath('p2')] };
    const counts = countsFor(v);
    expect(counts).to.deep.equal({ documents: 2, events: 4, inside: 2, carePaths: 2, undated: 1 });
    expect(countsFor(v)).to.equal(counts); // once per view
    expect(countsFor({ events: [], carePaths: [] })).to.deep.equal({ documents: 0, events: 0, inside: 0, carePaths: 0, undated: 0 });
    expect([...itemsOf(v).keys()]).to.deep.equal(['lab', 'o3', 'visit', 'rx']);
    expect(itemsOf(v).get('lab')!.members.map((e) => e.id)).to.deep.equal(['o1', 'o2']);
  });

  it('a lab panel inside a lab document is a heading, not a voice: "Contiene 2 voci" promises the two results', () => {
    const panel = { id: 'dr', title: 'Emocromo', codes: [] };
    const v = {
      events: [
        doc('lab', 'LAB', { eventIds: ['dr', 'hb', 'wbc', 'dx'] }),
        event('dr', { documentId: 'lab', title: 'Emocromo' }), // the panel's DiagnosticReport: no value of its own
        event('hb', { documentId: 'lab', observation: { numeric: { value: 14, unit: 'g/dL' }, panel } }),
        event('wbc', { documentId: 'lab', observation: { value: '6,1', panel } }),
        event('dx', { documentId: 'lab', kind: 'condition' }),
      ],
      carePaths: [],
    };
    expect(countsFor(v)).to.deep.include({ documents: 1, events: 1, inside: 3 });
    expect(isDocumentItem(v.events[1]!)).to.equal(false);
    // still a member of its document (it is reached by opening it), only not counted as a voice
    expect(itemsOf(v).get('lab')!.members.map((e) => e.id)).to.deep.equal(['dr', 'hb', 'wbc', 'dx']);
  });

  it('a document listed by another (it should not be) is still a document, not a voice inside', () => {
    const v = { events: [doc('a', 'LDO', { eventIds: ['b'] }), doc('b', 'LAB')], carePaths: [] };
    expect(countsFor(v)).to.deep.include({ documents: 2, events: 1, inside: 0 });
  });
});
