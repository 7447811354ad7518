/**
 * fromCda on the national gateway's example CDA2 documents (../shared/fixtures/gateway, fetched
 * as /gateway/<file>): each gives one document event with what its header says; each agrees with
 * fromFhir of its FHIR twin (the same document through the gateway's CDA→FHIR maps) on the
 * document event; the documents of one patient merge into one record and the others are set aside.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { categoryOf, fromCda, fromFhir, viewFor, type ClinicalEvent, type FromFhirResult, type NationalDocType } from '@percorso/model';

const NAMES = ['LAB', 'LDO', 'PSS', 'RAD', 'VPS', 'CERT_VACC'] as const;
type Name = (typeof NAMES)[number];
const TWINS = ['LAB', 'LDO', 'PSS', 'RAD', 'VPS'] as const;

const xml = new Map<string, string>();
async function cda(name: Name): Promise<string> {
  if (!xml.has(name)) {
    const res = await fetch(`/gateway/mds-cda-${name}.xml`);
    expect(res.ok, `fixture ${name}`).to.equal(true);
    xml.set(name, await res.text());
  }
  return xml.get(name)!;
}
async function fhir(name: string): Promise<unknown> {
  const res = await fetch(`/gateway/mds-fhir-${name}.json`);
  expect(res.ok, `fixture ${name}`).to.equal(true);
  return res.json();
}

function docOf(r: FromFhirResult): ClinicalEvent {
  const docs = r.record.events.filter((e) => e.kind === 'document');
  expect(docs, 'one document').to.have.length(1);
  return docs[0]!;
}

interface Expect {
  type: NationalDocType;
  loinc: string;
  format: string;
  title: string;
  /** effectiveTime → creationTime. */
  created: string;
  /** documentationOf/serviceEvent/effectiveTime when present, else effectiveTime: the event's date. */
  date: string;
  author: { cf: string; name: string };
  facility: { name: string; identifier: string };
  cf: string;
  patient: string;
  sections: number;
  someSections: string[];
}

/** Read off the XML files by hand (the header elements named in CDA.md). */
const EXPECTED: Record<Name, Expect> = {
  LAB: {
    type: 'LAB', loinc: '11502-2', format: '2.16.840.1.113883.2.9.10.1.1', title: 'REFERTO DI LABORATORIO',
    created: '2022-03-30T11:24:26+01:00', date: '2022-03-24T11:24:26+01:00',
    author: { cf: 'PROVAX00X00X000Y', name: 'Dr Matteo Test' },
    facility: { name: 'SAN RAFFAELE NOMENTANA', identifier: 'urn:oid:2.16.840.1.113883.2.9.4.1.2|120148' },
    cf: 'GTWGWY82B42G920M', patient: 'Giuseppe Test', sections: 2, someSections: ['Esami delle Urine', 'Albumina nelle Urine'],
  },
  LDO: {
    type: 'LDO', loinc: '34105-7', format: '2.16.840.1.113883.2.9.10.1.5', title: 'Lettera di dimissione ospedaliera',
    created: '2022-04-17T10:00:00+01:00', date: '2022-04-17T10:00:00+01:00',
    author: { cf: 'PROVAX00X00X000Y', name: 'Dott. Matteo Cervone' },
    facility: { name: 'ASL Roma1', identifier: 'urn:oid:2.16.840.1.113883.2.9.4.1.2|130106' },
    cf: 'GTWGWY82B42G920M', patient: 'Guido Rossi', sections: 16, someSections: ['Motivo del ricovero', 'Decorso Ospedaliero', 'Istruzioni di follow-up'],
  },
  PSS: {
    type: 'PSS', loinc: '60591-5', format: '2.16.840.1.113883.2.9.10.1.4.1.1', title: 'Profilo Sanitario Sintetico',
    created: '2022-05-10T12:00:00+01:00', date: '2022-03-10T11:30:23+01:00',
    author: { cf: 'PROVAX00X00X000Y', name: 'Dott. Matteo Prova' },
    facility: { name: 'XXX', identifier: 'urn:oid:2.16.840.1.113883.2.9.4.1.2|XXX' },
    cf: 'RSSMRA22A01A399Z', patient: 'Guido Test', sections: 17, someSections: ['Allergie e Intolleranze', 'Vaccinazioni', 'Parametri Vitali', 'Esenzioni'],
  },
  RAD: {
    type: 'RAD', loinc: '68604-8', format: '2.16.840.1.113883.2.9.10.1.7.1', title: 'REFERTO RADIOLOGICO',
    created: '2022-03-30T11:24:26+01:00', date: '2022-03-30T11:24:26+01:00',
    author: { cf: 'GTWGWY82B42G920M', name: 'Matteo Test' },
    facility: { name: 'SAN RAFFAELE NOMENTANA', identifier: 'urn:oid:2.16.840.1.113883.2.9.4.1.1|120148' },
    cf: 'GTWGWY82B42G920M', patient: 'Giuseppe Test', sections: 11, someSections: ['Quesito Diagnostico', 'Referto', 'Conclusioni'],
  },
  VPS: {
    type: 'VPS', loinc: '59258-4', format: '2.16.840.1.113883.2.9.10.1.6.1', title: 'VERBALE DI PRONTO SOCCORSO',
    created: '2022-04-18T12:30:00+01:00', date: '2022-03-30T11:24:26+01:00',
    author: { cf: 'PROVAX00X00X000Y', name: 'Dott. Matteo Prova' },
    facility: { name: 'XXX', identifier: 'urn:oid:2.16.840.1.113883.2.9.4.1.2|PROVAX00X00X000Y' },
    cf: 'GTWGWY82B42G920M', patient: 'Guido Test', sections: 19, someSections: ['Triage', 'Dimissione', 'Piano di cura'],
  },
  CERT_VACC: {
    type: 'VACC_CERT', loinc: '82593-5', format: '2.16.840.1.113883.2.9.10.1.11.1.2', title: 'Certificato Vaccinale',
    created: '2022-02-10T18:30:23+01:00', date: '2022-02-10T18:30:23+01:00',
    author: { cf: 'PROVAX00X00X000Y', name: 'Matteo Prova' },
    facility: { name: 'SAN RAFFAELE NOMENTANA', identifier: 'urn:oid:2.16.840.1.113883.2.9.4.1.2|120148' },
    cf: 'RSSMRA22A01A399Z', patient: 'Giuseppe Test', sections: 1, someSections: ['Certificato Vaccinazione'],
  },
};

describe('fromCda — gateway CDA2 documents', () => {
  for (const name of NAMES) {
    describe(name, () => {
      let r: FromFhirResult;
      let doc: ClinicalEvent;
      const e = EXPECTED[name];
      before(async () => {
        r = fromCda(await cda(name));
        doc = docOf(r);
      });

      it('reads the national type from the LOINC code and the formatCode from the templateId', () => {
        expect(doc.document!.nationalType).to.equal(e.type);
        expect(doc.document!.typeCode).to.include({ system: 'http://loinc.org', code: e.loinc });
        expect(doc.document!.formatCode).to.equal(e.format);
        expect(doc.title).to.equal(e.title);
      });

      it('keeps the dates with their precision: creation from effectiveTime, the event at the service date', () => {
        expect(doc.document!.creationTime?.iso).to.equal(e.created);
        expect(doc.document!.creationTime?.precision).to.equal('second');
        expect(doc.date.iso).to.equal(e.date);
        expect(doc.date.end - doc.date.start).to.equal(1000);
      });

      it('reads author (CF, name with prefix), custodian as facility, patient CF and name', () => {
        expect(doc.author).to.include(e.author);
        expect(doc.facility).to.include(e.facility);
        expect(r.record.patient.cf).to.equal(e.cf);
        expect(r.record.patient.name).to.equal(e.patient);
        expect(r.record.patient.sex).to.be.oneOf(['male', 'female']);
        expect(r.record.patient.birthDate?.precision).to.equal('day');
        expect(doc.privacy.confidentiality).to.equal('N');
        expect(doc.document!.legalAuthenticator?.cf).to.match(/^[A-Z0-9]{16}$/);
        expect(doc.source[0]).to.include({ kind: 'cda' });
      });

      it('lists the sections with code, title and plain narrative text (never markup)', () => {
        const secs = doc.document!.sections;
        expect(secs).to.have.length(e.sections);
        const titles = secs.map((s) => s.title);
        for (const t of e.someSections) expect(titles).to.include(t);
        for (const s of secs) {
          expect(s.code?.code, s.title).to.be.a('string');
          if (s.text) expect(s.text, s.title).to.not.match(/<\/?[a-zA-Z]/);
        }
        expect(secs.filter((s) => s.text).length).to.be.greaterThan(0);
      });

      it('raises no error-level issue', () => {
        expect(r.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
        for (const i of r.issues) expect(i.path).to.match(/^\$\/ClinicalDocument/);
      });
    });
  }

  it('reads the encompassing encounter as an encounter event of the document', async () => {
    const r = fromCda(await cda('LDO'));
    const doc = docOf(r);
    const enc = r.record.events.find((x) => x.id === doc.encounterId)!;
    expect(enc.kind).to.equal('encounter');
    expect(enc.documentId).to.equal(doc.id);
    expect(enc.date.iso).to.equal('2022-03-17T00:00:00+01:00');
    expect(enc.end?.iso).to.equal('2022-04-17T10:00:00+01:00');
    expect(enc.facility?.name).to.equal('Ospedale Sant\'Eugenio');
    // the encounter and the coded entries (cda-entries.test.ts) are the document's events
    expect(doc.document!.eventIds).to.include(enc.id);
    expect(r.record.events.filter((e) => e.documentId === doc.id).map((e) => e.id).sort()).to.deep.equal([...doc.document!.eventIds].sort());
    // no code on the encounter: the LDO template implies a hospital stay, the VPS an ER visit
    expect(enc.encounter?.class).to.equal('IMP');
    expect(enc.title).to.equal('Ricovero');
    expect(categoryOf(enc)).to.equal('admissions');
    const vps = fromCda(await cda('VPS'));
    const er = vps.record.events.find((x) => x.kind === 'encounter')!;
    expect(er.encounter?.class).to.equal('EMER');
    expect(er.end?.iso).to.equal('2022-04-18T10:10:10+02:00');
  });

  it('reports the [NRE] placeholder of inFulfillmentOf instead of keeping it', async () => {
    const r = fromCda(await cda('LAB'));
    expect(docOf(r).document!.nre).to.deep.equal([]);
    const i = r.issues.find((x) => x.code === 'placeholder-value')!;
    expect(i.path).to.equal('$/ClinicalDocument/inFulfillmentOf/order/id/@extension');
  });
});

describe('fromCda agrees with fromFhir of the FHIR twin', () => {
  /**
   * Where the ministry's two examples are not the same instance, the difference is in the files
   * (checked here against the raw text, so it cannot hide a reader bug): the PSS CDA is about
   * RSSMRA22A01A399Z with custodian "XXX" and legal authenticator PROVAX00X00X000Y, its FHIR twin
   * about GTWGWY82B42G920M with custodian 123 and PROPLA00X00X000Y; the VPS twin titles section 5
   * "Anamnesi generale" where the CDA says "Anamnesi"; the PSS CDA has no componentOf, while the
   * twin's Composition has an Encounter.
   */
  const KNOWN: Record<string, { field: string; cda: string | undefined; fhir: string }[]> = {
    PSS: [
      { field: 'patient.cf', cda: 'RSSMRA22A01A399Z', fhir: 'GTWGWY82B42G920M' },
      { field: 'facility.identifier', cda: 'urn:oid:2.16.840.1.113883.2.9.4.1.2|XXX', fhir: 'urn:oid:2.16.840.1.113883.2.9.4.1.2|123' },
      { field: 'legalAuthenticator.cf', cda: 'PROVAX00X00X000Y', fhir: 'PROPLA00X00X000Y' },
      // the PSS CDA has no componentOf; the twin's Composition.encounter points to an Encounter dated at the document
      { field: 'encounter.date', cda: undefined, fhir: '2022-05-10T12:00:00+01:00' },
    ],
    VPS: [{ field: 'sections[4].title', cda: 'Anamnesi', fhir: 'Anamnesi generale' }],
  };

  for (const name of TWINS) {
    it(name, async () => {
      const text = await cda(name);
      const bundle = await fhir(name);
      const a = fromCda(text);
      const b = fromFhir(bundle);
      const da = docOf(a);
      const db = docOf(b);
      const fields = (r: FromFhirResult, d: ClinicalEvent): Record<string, unknown> => ({
        nationalType: d.document!.nationalType,
        typeCode: d.document!.typeCode?.code,
        title: d.title,
        'creationTime.iso': d.document!.creationTime?.iso,
        'creationTime.precision': d.document!.creationTime?.precision,
        'author.cf': d.author?.cf,
        'author.id': d.author?.id,
        'facility.identifier': d.facility?.identifier,
        confidentiality: d.privacy.confidentiality,
        'patient.cf': r.record.patient.cf,
        'patient.birthDate': r.record.patient.birthDate?.iso,
        'patient.sex': r.record.patient.sex,
        'patient.address': r.record.patient.address,
        'legalAuthenticator.cf': d.document!.legalAuthenticator?.cf,
        'encounter.date': r.record.events.find((x) => x.id === d.encounterId)?.date.iso,
        'encounter.end': r.record.events.find((x) => x.id === d.encounterId)?.end?.iso,
        uniqueId: d.document!.uniqueId,
        sectionCodes: d.document!.sections.map((s) => s.code?.code).join(' '),
        ...Object.fromEntries(d.document!.sections.map((s, i) => [`sections[${i}].title`, s.title])),
      });
      const fa = fields(a, da);
      const fb = fields(b, db);
      expect(Object.keys(fa)).to.deep.equal(Object.keys(fb));
      const known = KNOWN[name] ?? [];
      for (const k of Object.keys(fa)) {
        const kn = known.find((x) => x.field === k);
        if (kn) {
          expect(fa[k], `${name} ${k} (CDA)`).to.equal(kn.cda);
          expect(fb[k], `${name} ${k} (FHIR)`).to.equal(kn.fhir);
          if (kn.cda === undefined) expect(text, 'the CDA file has no such element').to.not.contain('<componentOf');
          else expect(text, 'the difference is in the CDA file').to.contain(kn.cda.includes('|') ? kn.cda.split('|')[1]! : kn.cda);
          if (kn.cda !== undefined) expect(JSON.stringify(bundle), 'and in the FHIR file').to.contain(kn.fhir.includes('|') ? kn.fhir.split('|')[1]! : kn.fhir);
        } else {
          expect(fa[k], `${name} ${k}`).to.deep.equal(fb[k]);
        }
      }
      // the FHIR twin's document date is its creation (no DocumentReference.context.period)
      expect(db.date.iso).to.equal(da.document!.creationTime!.iso);
    });
  }
});

describe('fromCda — several documents', () => {
  it('merges the documents of one patient and sets the other person aside, as fromFhir does', async () => {
    const texts = await Promise.all(NAMES.map((n) => cda(n)));
    const r = fromCda(texts);
    expect(r.record.patient.cf).to.equal('GTWGWY82B42G920M');
    const docs = r.record.events.filter((e) => e.kind === 'document');
    expect(docs.map((d) => d.document!.nationalType).sort()).to.deep.equal(['LAB', 'LDO', 'RAD', 'VPS']);
    expect(r.otherPatients.map((p) => p.cf)).to.deep.equal(['RSSMRA22A01A399Z']);
    const other = r.issues.filter((i) => i.code === 'other-patient');
    expect(other).to.have.length(1);
    expect(other[0]!.path).to.match(/^\$\[(2|5)\]\/ClinicalDocument\/recordTarget$/);
    const left = r.issues.filter((i) => i.code === 'other-patient-resource').map((i) => i.path).sort();
    expect(left).to.deep.equal(['$[2]/ClinicalDocument', '$[5]/ClinicalDocument']);
    // the four documents disagree on the patient's birth date: reported, first kept
    const conflict = r.issues.find((i) => i.code === 'conflicting-patient-data')!;
    expect(conflict.path).to.match(/^\$\[\d\]\/ClinicalDocument\/recordTarget\/patientRole\/patient\/birthTime\/@value$/);
    expect(r.record.patient.birthDate?.iso).to.equal('1993-06-19');
    // LDO and VPS carry the same document id in the examples: both kept, the second reported
    const dup = r.issues.find((i) => i.code === 'duplicate-document-id')!;
    expect(dup.path).to.equal('$[4]/ClinicalDocument/id');
    expect(new Set(r.record.events.map((e) => e.id)).size).to.equal(r.record.events.length);
    // sorted by date
    for (let i = 1; i < r.record.events.length; i++) expect(r.record.events[i]!.date.start).to.be.at.least(r.record.events[i - 1]!.date.start);
  });

  it('feeds the elements the same way as FHIR: viewFor the citizen shows the documents in their categories', async () => {
    const texts = await Promise.all(NAMES.map((n) => cda(n)));
    const r = fromCda(texts);
    const view = viewFor(r, { role: 'citizen' });
    const docsInView = view.events.filter((e) => e.kind === 'document');
    expect(docsInView.map((d) => d.document!.nationalType).sort()).to.deep.equal(['LAB', 'LDO', 'RAD', 'VPS']);
    expect(docsInView.filter((d) => d.document!.nationalType !== 'VPS' && d.document!.nationalType !== 'LDO').map(categoryOf)).to.deep.equal(['reports', 'reports']);
    expect(view.issues.length).to.be.greaterThan(0);
    // a clinician without a consultation consent in the input sees nothing, and is told why
    const clinician = viewFor(r, { role: 'clinician' });
    expect(clinician.events).to.have.length(0);
    expect(clinician.restriction).to.equal('no-consent');
  });

  it('takes the person asked for with options.patient', async () => {
    const r = fromCda([await cda('LAB'), await cda('PSS'), await cda('CERT_VACC')], { patient: 'rssmra22a01a399z' });
    expect(r.record.patient.cf).to.equal('RSSMRA22A01A399Z');
    expect(r.record.events.filter((e) => e.kind === 'document').map((e) => e.document!.nationalType).sort()).to.deep.equal(['PSS', 'VACC_CERT']);
    expect(r.otherPatients.map((p) => p.cf)).to.deep.equal(['GTWGWY82B42G920M']);
  });
});

describe('percorso-check reads CDA2 files through fromCda', () => {
  interface Run {
    code: number | null;
    stdout: string;
    stderr: string;
  }
  const cli = (...args: string[]): Promise<Run> => executeServerCommand<Run, { args: string[] }>('percorso-cli', { args });

  it('prints the document, the patient and the NRE placeholder issue with its XPath, exit 0', async () => {
    const r = await cli('../shared/fixtures/gateway/mds-cda-LAB.xml');
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stdout).to.contain('GTWGWY82B42G920M');
    expect(r.stdout).to.match(/LAB\s+1\s+Referto di laboratorio/);
    expect(r.stdout).to.contain('placeholder-value  mds-cda-LAB.xml $/ClinicalDocument/inFulfillmentOf/order/id/@extension');
    const json = await cli('--json', '../shared/fixtures/gateway/mds-cda-LAB.xml', '../shared/fixtures/gateway/mds-cda-RAD.xml');
    const out = JSON.parse(json.stdout) as FromFhirResult;
    expect(out.record.events.filter((e) => e.kind === 'document').map((e) => e.document!.nationalType).sort()).to.deep.equal(['LAB', 'RAD']);
  });

  it('refuses to mix XML and JSON files in one run (exit 2, one line)', async () => {
    const r = await cli('--lang', 'en', '../shared/fixtures/gateway/mds-cda-LAB.xml', '../shared/fixtures/gateway/mds-fhir-LAB.json');
    expect(r.code).to.equal(2);
    expect(r.stderr.trim().split('\n')).to.have.length(1);
    expect(r.stderr).to.contain('XML (CDA2) and JSON (FHIR)');
  });
});
