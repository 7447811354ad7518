/**
 * fromFhir on the national gateway's example bundles (../shared/fixtures/gateway, fetched as
 * /gateway/<file>): each reads into the right document with its events linked to it, and the seven
 * bundles of GTWGWY82B42G920M merge into one patient while the RAP bundle (another person) is
 * reported and left out.
 */
import { expect } from '@open-wc/testing';
import { categoryOf, fromFhir, type ClinicalEvent, type FromFhirResult, type NationalDocType } from '@percorso/model';

const FILES = ['LAB', 'LDO', 'PSS', 'RAD', 'RAP', 'RSA', 'SING_VACC', 'VPS'] as const;
type Name = (typeof FILES)[number];
const CF = 'GTWGWY82B42G920M';

const cache = new Map<Name, unknown>();
async function load(name: Name): Promise<unknown> {
  if (!cache.has(name)) {
    const res = await fetch(`/gateway/mds-fhir-${name}.json`);
    expect(res.ok, `fixture ${name}`).to.equal(true);
    cache.set(name, await res.json());
  }
  return structuredClone(cache.get(name));
}

function docOf(r: FromFhirResult): ClinicalEvent {
  const docs = r.record.events.filter((e) => e.kind === 'document');
  expect(docs, 'one document').to.have.length(1);
  return docs[0]!;
}

interface Expect {
  type: NationalDocType;
  loinc: string;
  title: string;
  date: string;
  sections: string[];
  kinds: string[];
  cf: string;
}

/** What each bundle says, read off the files (Composition.type/title/date/section, entries). */
const EXPECTED: Record<Name, Expect> = {
  LAB: { type: 'LAB', loinc: '11502-2', title: 'REFERTO DI LABORATORIO', date: '2022-03-30T11:24:26+01:00', sections: ['Esami delle Urine', 'Albumina nelle Urine'], kinds: ['observation', 'encounter'], cf: CF },
  LDO: { type: 'LDO', loinc: '34105-7', title: 'Lettera di dimissione ospedaliera', date: '2022-04-17T10:00:00+01:00', sections: ['Motivo del ricovero', 'Decorso Ospedaliero', 'Istruzioni di follow-up'], kinds: ['condition', 'procedure', 'observation', 'medication', 'encounter'], cf: CF },
  PSS: { type: 'PSS', loinc: '60591-5', title: 'Profilo Sanitario Sintetico', date: '2022-05-10T12:00:00+01:00', sections: ['Allergie e Intolleranze', 'Vaccinazioni', 'Parametri Vitali', 'Esenzioni'], kinds: ['vaccination', 'condition', 'procedure', 'observation', 'medication', 'encounter'], cf: CF },
  RAD: { type: 'RAD', loinc: '68604-8', title: 'REFERTO RADIOLOGICO', date: '2022-03-30T11:24:26+01:00', sections: ['Quesito Diagnostico', 'Referto', 'Conclusioni'], kinds: ['imaging'], cf: CF },
  RAP: { type: 'RAP', loinc: '11526-1', title: 'Referto di anatomia patologica', date: '2023-03-30T11:24:26+01:00', sections: ['Notizie Cliniche', 'Diagnosi'], kinds: ['observation', 'procedure'], cf: 'PROVAX00X00X000Y' },
  RSA: { type: 'RSA', loinc: '11488-4', title: 'Referto di Specialistica Ambulatoriale', date: '2022-05-09T10:30:00+01:00', sections: ['Quesito diagnostico', 'Esame Obiettivo', 'Diagnosi'], kinds: ['encounter', 'procedure', 'observation'], cf: CF },
  SING_VACC: { type: 'VACC_SINGOLA', loinc: '87273-9', title: 'Scheda della singola Vaccinazione', date: '2022-02-10T18:30:23+01:00', sections: ['Scheda della singola Vaccinazione'], kinds: ['vaccination', 'observation', 'encounter'], cf: CF },
  VPS: { type: 'VPS', loinc: '59258-4', title: 'VERBALE DI PRONTO SOCCORSO', date: '2022-04-18T12:30:00+01:00', sections: ['Triage', 'Dimissione', 'Piano di cura'], kinds: ['encounter', 'observation', 'medication', 'condition'], cf: CF },
};

const CATEGORY: Record<Name, string> = { LAB: 'reports', LDO: 'admissions', PSS: 'other', RAD: 'reports', RAP: 'reports', RSA: 'visits', SING_VACC: 'vaccinations', VPS: 'admissions' };

/** Entries of a bundle by resource type, straight from the JSON. */
function entriesOf(bundle: unknown, type: string): Record<string, unknown>[] {
  return ((bundle as { entry: { resource: Record<string, unknown> }[] }).entry ?? []).map((e) => e.resource).filter((r) => r.resourceType === type);
}

describe('fromFhir — gateway bundles', () => {
  for (const name of FILES) {
    describe(name, () => {
      let r: FromFhirResult;
      let bundle: unknown;
      before(async () => {
        bundle = await load(name);
        r = fromFhir(structuredClone(bundle));
      });

      it('is one document of the right national type, title and LOINC code', () => {
        const d = docOf(r);
        const x = EXPECTED[name];
        expect(d.document!.nationalType).to.equal(x.type);
        expect(d.document!.typeCode).to.deep.include({ system: 'http://loinc.org', code: x.loinc });
        expect(d.title).to.equal(x.title);
        expect(categoryOf(d), 'the lane a citizen finds it in').to.equal(CATEGORY[name]);
      });

      it('is dated by the Composition with second precision and its offset', () => {
        const d = docOf(r);
        const x = EXPECTED[name];
        expect(d.date.iso).to.equal(x.date);
        expect(d.date.precision).to.equal('second');
        expect(d.date.start).to.equal(Date.parse(x.date));
        expect(d.date.end - d.date.start).to.equal(1000);
        expect(d.document!.creationTime?.iso).to.equal(x.date);
      });

      it('names the author by fiscal code and the custodian as facility', () => {
        const d = docOf(r);
        const comp = entriesOf(bundle, 'Composition')[0] as { custodian: { reference: string } };
        const orgId = comp.custodian.reference.split('/').pop()!;
        expect(d.author?.cf, 'author CF from Composition.author → PractitionerRole → Practitioner').to.match(/^[A-Z0-9]{16}$/);
        expect(d.facility?.id).to.equal(`Organization/${orgId}`);
        expect(d.facility?.identifier).to.match(/^urn:oid:2\.16\.840\.1\.113883\.2\.9\.4\.1\.\d\|/);
        // The gateway bundles carry no DocumentReference.context: no practice setting, no facility type, no access rule.
        expect(d.document!.practiceSetting).to.equal(undefined);
        expect(d.document!.facilityType).to.equal(undefined);
        expect(d.privacy).to.deep.equal({ confidentiality: 'N', obscured: false, hiddenFromParent: false, hiddenFromPatient: false });
      });

      it('keeps the sections with plain-text narrative, never markup', () => {
        const d = docOf(r);
        const titles = d.document!.sections.map((s) => s.title);
        for (const t of EXPECTED[name].sections) expect(titles).to.include(t);
        const withText = d.document!.sections.filter((s) => s.text);
        expect(withText.length, 'some sections have narrative').to.be.greaterThan(0);
        for (const s of withText) {
          expect(s.text).not.to.match(/<\/?[a-z][^>]*>/i);
          expect(s.text).not.to.contain('&lt;').and.not.to.contain('&amp;');
        }
      });

      it('links every clinical event to the document and the document to them', () => {
        const d = docOf(r);
        const others = r.record.events.filter((e) => e !== d);
        const x = EXPECTED[name];
        for (const k of x.kinds) expect(others.map((e) => e.kind), `a ${k} event`).to.include(k);
        for (const e of others) expect(e.documentId, e.id).to.equal(d.id);
        expect([...d.document!.eventIds].sort()).to.deep.equal(others.map((e) => e.id).sort());
        for (const e of others) expect(Number.isFinite(e.date.start) && e.date.end > e.date.start, e.id).to.equal(true);
      });

      it('reads the patient by fiscal code and reports nothing as an error', () => {
        expect(r.record.patient.cf).to.equal(EXPECTED[name].cf);
        expect(r.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
        expect(r.otherPatients).to.deep.equal([]);
        const sorted = [...r.record.events].sort((a, b) => a.date.start - b.date.start || (a.id < b.id ? -1 : 1));
        expect(r.record.events.map((e) => e.id)).to.deep.equal(sorted.map((e) => e.id));
      });
    });
  }

  describe('specific readings', () => {
    it('LAB: the urine albumin result with its value, unit, range and interpretation', async () => {
      const r = fromFhir(await load('LAB'));
      const obs = r.record.events.find((e) => e.kind === 'observation' && e.codes.some((c) => c.code === '14957-5' && e.observation?.numeric));
      expect(obs?.observation).to.deep.include({ value: '16 mg/L', numeric: { value: 16, unit: 'mg/L' }, referenceRange: '0–20 mg/L' });
      expect(obs?.observation?.interpretation?.[0]?.code).to.equal('N');
      expect(obs?.date.iso).to.equal('2022-03-30T11:24:26+01:00');
      const nre = r.issues.find((i) => i.code === 'placeholder-value');
      expect(nre?.path).to.match(/^\$\.entry\[\d+\]\.resource\.identifier$/);
    });

    it('VPS: the ER visit and its phases as encounters part of it, with discharge disposition', async () => {
      const r = fromFhir(await load('VPS'));
      const encs = r.record.events.filter((e) => e.kind === 'encounter');
      expect(encs.length).to.equal(5);
      const main = encs.find((e) => e.id === 'Encounter/c42462c6-8bbb-4cf0-a602-55f640640a0d')!;
      const phases = encs.filter((e) => e.encounter?.partOf);
      expect(phases.length, 'every encounter but the ER visit is one of its phases').to.equal(4);
      expect(main.encounter?.partOf).to.equal(undefined);
      expect(main.encounter?.priority, 'triage colour from the acuity Observation').to.deep.include({ code: 'R', display: 'Rosso' });
      const discharge = encs.find((e) => e.encounter?.dischargeDisposition)!;
      expect(discharge.encounter!.dischargeDisposition).to.deep.include({ code: '1', display: 'Dimissione a domicilio' });
      expect(discharge.encounter!.partOf).to.equal(main.id);
      expect(phases.some((p) => p.encounter!.partOf === discharge.id)).to.equal(true);
      const stay = encs.find((e) => e.end);
      expect(stay!.end!.start).to.be.greaterThan(stay!.date.start);
    });

    it('LDO: the stay is a period (date = admission, end = discharge) and the care plan is a care path of the document', async () => {
      const r = fromFhir(await load('LDO'));
      const stay = r.record.events.find((e) => e.id === 'Encounter/eade8124-870b-4c54-b419-f228dbf4dc73')!;
      expect(stay.date.iso).to.equal('2022-03-17T00:00:00+01:00');
      expect(stay.end?.iso).to.equal('2022-04-17T10:00:00+01:00');
      expect(r.record.carePaths).to.have.length(1);
      expect(r.record.carePaths[0]!.documentId).to.equal(docOf(r).id);
      const rx = r.record.events.filter((e) => e.kind === 'medication');
      expect(rx.map((e) => e.medication!.kind)).to.include.members(['prescription', 'statement', 'administration']);
    });

    it('RAP: SNOMED body sites become explicit body sites', async () => {
      const r = fromFhir(await load('RAP'));
      const sited = r.record.events.filter((e) => e.bodySites.some((b) => b.confidence === 'explicit'));
      expect(sited.length).to.be.greaterThan(0);
      for (const e of sited) for (const b of e.bodySites) expect(b.from.system).to.equal('http://snomed.info/sct');
    });

    it('SING_VACC: the immunisation with its vaccine code and the document date when it has none of its own', async () => {
      const b = await load('SING_VACC');
      const imm = entriesOf(b, 'Immunization')[0] as { occurrenceDateTime?: string };
      const r = fromFhir(b);
      const v = r.record.events.find((e) => e.kind === 'vaccination')!;
      expect(v.vaccination!.vaccine.length).to.be.greaterThan(0);
      if (imm.occurrenceDateTime) expect(v.date.start).to.equal(Date.parse(imm.occurrenceDateTime));
      else expect(v.date).to.deep.equal(docOf(r).date);
    });
  });

  describe('merging the bundles of one person', () => {
    let r: FromFhirResult;
    let bundles: unknown[];
    before(async () => {
      bundles = [];
      for (const n of FILES) bundles.push(await load(n));
    });
    beforeEach(() => {
      r = fromFhir(structuredClone(bundles));
    });

    it('finds GTWGWY82B42G920M in seven files and another person in the RAP file', () => {
      const cfs = bundles.map((b) => (entriesOf(b, 'Patient')[0] as { identifier: { value: string }[] }).identifier[0]!.value);
      expect(cfs.filter((c) => c === CF)).to.have.length(7);
      expect(cfs[FILES.indexOf('RAP')]).to.equal('PROVAX00X00X000Y');
    });

    it('gives one patient with seven documents', () => {
      expect(r.record.patient.cf).to.equal(CF);
      expect(r.record.patient.source).to.have.length(7);
      const docs = r.record.events.filter((e) => e.kind === 'document');
      expect(docs.map((d) => d.document!.nationalType).sort()).to.deep.equal(['LAB', 'LDO', 'PSS', 'RAD', 'RSA', 'VACC_SINGOLA', 'VPS']);
    });

    it('reports the conflicting birth dates once (and the conflicting sex once)', () => {
      const conflicts = r.issues.filter((i) => i.code === 'conflicting-patient-data');
      const birth = conflicts.filter((i) => i.path.endsWith('.birthDate'));
      expect(birth).to.have.length(1);
      for (const d of ['1993-06-19', '1980-03-29', '1990-06-19', '1960-06-19']) expect(birth[0]!.message.en).to.contain(d);
      expect(birth[0]!.message.it).to.contain('1960-06-19');
      expect(r.record.patient.birthDate?.iso).to.equal('1993-06-19');
      // The PSS bundle says female, the six others male: a second issue of the same code, for sex.
      const sex = conflicts.filter((i) => i.path.endsWith('.gender'));
      expect(sex).to.have.length(1);
      expect(sex[0]!.path).to.equal(`$[${FILES.indexOf('PSS')}].entry[8].resource.gender`);
      expect(conflicts).to.have.length(2);
    });

    it('reports the RAP person, returns them apart and leaves out their resources, each reported', () => {
      expect(r.otherPatients.map((p) => p.cf)).to.deep.equal(['PROVAX00X00X000Y']);
      const other = r.issues.filter((i) => i.code === 'other-patient');
      expect(other).to.have.length(1);
      expect(other[0]!.path.startsWith(`$[${FILES.indexOf('RAP')}].entry[`)).to.equal(true);
      const leftOut = r.issues.filter((i) => i.code === 'other-patient-resource');
      expect(leftOut.length).to.be.greaterThan(30);
      for (const i of leftOut) expect(i.path.startsWith(`$[${FILES.indexOf('RAP')}]`), i.path).to.equal(true);
      expect(r.record.events.some((e) => e.document?.nationalType === 'RAP')).to.equal(false);
      const rapIds = new Set(entriesOf(bundles[FILES.indexOf('RAP')], 'Observation').map((o) => `Observation/${o.id as string}`));
      expect(r.record.events.some((e) => rapIds.has(e.id))).to.equal(false);
    });

    it('keeps every event of the seven documents, each linked to its own document', () => {
      let expected = 0;
      for (const n of FILES) if (n !== 'RAP') expected += fromFhir(cache.get(n)).record.events.length;
      expect(r.record.events).to.have.length(expected);
      const docIds = new Set(r.record.events.filter((e) => e.kind === 'document').map((d) => d.id));
      for (const e of r.record.events) if (e.kind !== 'document') expect(docIds.has(e.documentId!), e.id).to.equal(true);
    });

    it('repeated practitioners and organisations across bundles are not reported as duplicates', () => {
      expect(r.issues.filter((i) => i.code === 'duplicate-resource')).to.deep.equal([]);
    });

    it('picks the person asked for with options.patient', () => {
      const other = fromFhir(structuredClone(bundles), { patient: 'PROVAX00X00X000Y' });
      expect(other.record.patient.cf).to.equal('PROVAX00X00X000Y');
      expect(other.record.events.filter((e) => e.kind === 'document').map((d) => d.document!.nationalType)).to.deep.equal(['RAP']);
      expect(other.otherPatients.map((p) => p.cf)).to.deep.equal([CF]);
    });
  });
});
