/**
 * fromCda reads the coded entries of the documents other than lab reports (the national gateway's
 * CDA2 examples, fetched as /gateway/<file>): diagnoses and problems, allergies, medicines (therapy
 * at discharge, current therapy), vaccine doses and procedures become the same events fromFhir
 * makes of the FHIR twin; what is not read (family history, triage, vital signs, placeholders, a
 * problem without a code) is reported, each issue tied to its document.
 */
import { expect } from '@open-wc/testing';
import { fromCda, fromFhir, viewFor, type ClinicalEvent, type FromFhirResult } from '@percorso/model';

const xml = new Map<string, string>();
async function read(name: string): Promise<FromFhirResult> {
  if (!xml.has(name)) {
    const res = await fetch(`/gateway/mds-cda-${name}.xml`);
    expect(res.ok, `fixture ${name}`).to.equal(true);
    xml.set(name, await res.text());
  }
  return fromCda(xml.get(name)!);
}
async function twin(name: string): Promise<FromFhirResult> {
  const res = await fetch(`/gateway/mds-fhir-${name}.json`);
  expect(res.ok, `fixture ${name}`).to.equal(true);
  return fromFhir(await res.json());
}

const docOf = (r: FromFhirResult) => r.record.events.find((e) => e.kind === 'document')!;
const inside = (r: FromFhirResult, kind: ClinicalEvent['kind']) => r.record.events.filter((e) => e.kind === kind && e.documentId === docOf(r).id);
const titles = (evs: ClinicalEvent[]) => evs.map((e) => e.title);
const ICD9 = 'urn:oid:2.16.840.1.113883.6.103';
const ATC = 'http://www.whocc.no/atc';

describe('fromCda — coded entries of documents other than lab reports', () => {
  it('LDO: admission and discharge diagnoses, history, complications as conditions coded in ICD-9-CM; the allergy with its agent and reaction', async () => {
    const r = await read('LDO');
    const conditions = inside(r, 'condition');
    const problems = conditions.filter((c) => !c.allergy);
    expect(titles(problems)).to.have.members(['Disturbo di panico', "Tumori dell'appendice", 'CORDOTOMIA PERCUTANEA', 'Medical complication', 'Insufficienza cardiaca']);
    const hf = problems.find((c) => c.title === 'Insufficienza cardiaca')!;
    expect(hf.codes).to.deep.equal([{ system: ICD9, code: '428.0', display: 'Insufficienza cardiaca' }]);
    expect(problems.find((c) => c.title === 'CORDOTOMIA PERCUTANEA')!.status).to.equal('inactive');
    expect(problems.find((c) => c.title === "Tumori dell'appendice")!.status).to.equal('active');
    const allergy = conditions.find((c) => c.allergy)!;
    expect(allergy.title).to.equal('Peli di gatto');
    expect(allergy.allergy!.type).to.equal('intolerance');
    expect(allergy.allergy!.reactions).to.deep.equal(['RINITE ALLERGICA DA PELI O FORFORA ANIMALE (GATTO)(CANE)']);
  });

  it('LDO: therapy at discharge is a prescription (AIC and ATC codes, dose), therapy during the stay an administration; the procedure is read', async () => {
    const r = await read('LDO');
    const meds = inside(r, 'medication');
    const norvasc = meds.find((m) => m.title === 'NORVASC*5MG 28 CPR')!;
    expect(norvasc.medication!.kind).to.equal('prescription');
    expect(norvasc.medication!.medication.map((c) => c.code)).to.deep.equal(['043348022', 'C08CA01']);
    expect(norvasc.medication!.medication[1]!.system).to.equal(ATC);
    expect(norvasc.medication!.dosage).to.equal('5–10 mg');
    expect(meds.find((m) => m.title.startsWith('ARIXTRA'))!.medication!.kind).to.equal('administration');
    expect(titles(inside(r, 'procedure'))).to.deep.equal(['Glucose in Blood by Automated test strip']);
  });

  it('every entry is an event of its document: listed in eventIds, with the document’s privacy, and its source path', async () => {
    const r = await read('LDO');
    const doc = docOf(r);
    const entries = r.record.events.filter((e) => e.documentId === doc.id && e.kind !== 'encounter');
    expect(entries.length).to.be.greaterThan(8);
    for (const e of entries) {
      expect(doc.document!.eventIds).to.include(e.id);
      expect(e.privacy).to.deep.equal(doc.privacy);
      expect(e.source[0]!.path).to.match(/^\$\/ClinicalDocument\/component\/structuredBody\//);
    }
  });

  it('agrees with fromFhir of the FHIR twin on the conditions and the allergy (code, words, status, type, reactions) and on the discharge therapy', async () => {
    for (const name of ['LDO', 'VPS', 'PSS', 'RAD']) {
      const a = await read(name);
      const b = await twin(name);
      const key = (c: ClinicalEvent) => JSON.stringify([c.codes[0]?.code, c.title, c.status, c.allergy?.type, c.allergy?.reactions.filter((x) => x !== 'Obiettività Clinica')]);
      const cda = new Set(inside(a, 'condition').map(key));
      // the twin's conditions coded as such (the gateway also makes a Condition of a section's heading, "Problem list Reported", with no code of a problem)
      const fhir = inside(b, 'condition').filter((c) => c.codes[0]?.system !== 'http://loinc.org');
      expect(fhir.length, name).to.be.greaterThan(0);
      for (const c of fhir) expect([...cda], `${name}: ${c.title}`).to.include(key(c));
    }
    const norvasc = (r: FromFhirResult) => inside(r, 'medication').find((m) => m.title.startsWith('NORVASC'))!;
    const [a, b] = [await read('LDO'), await twin('LDO')];
    expect(norvasc(a).medication!.kind).to.equal(norvasc(b).medication!.kind);
    expect(norvasc(a).codes).to.deep.equal(norvasc(b).codes);
  });

  it('VPS: the diagnosis at discharge from the ER, the history and the allergy; triage and transport are reported, not invented', async () => {
    const r = await read('VPS');
    expect(titles(inside(r, 'condition'))).to.include.members(['Tumore del solco polmonare', "TUMORI MALIGNI DELL'APPENDICE", 'Ipertensione Arteriosa', 'Peli di gatto']);
    expect(inside(r, 'condition').find((c) => c.title === 'Tumore del solco polmonare')!.codes[0]!.code).to.equal('162.3');
    const notRead = r.issues.filter((i) => i.code === 'entries-not-read').map((i) => i.message.it);
    expect(notRead.some((m) => m.includes('«Triage»'))).to.equal(true);
    expect(notRead.some((m) => m.includes('«Modalità di Trasporto»'))).to.equal(true);
    // the family history's diagnosis is not the patient's
    expect(titles(inside(r, 'condition'))).to.not.include('COLESTEROLOSI DELLA COLECISTI');
  });

  it('PSS: allergies, problems, current therapy (statements) and vaccine doses; the family history stays in the text and is reported', async () => {
    const r = await read('PSS');
    const conditions = inside(r, 'condition');
    const allergy = conditions.find((c) => c.allergy)!;
    expect(allergy.title).to.equal('Peli di gatto');
    expect(allergy.allergy).to.include({ type: 'allergy' });
    expect(allergy.allergy!.reactions).to.deep.equal(['ASMA,TIPO NON SPECIFICATO']);
    const iris = conditions.find((c) => c.title === "Assenza dell'iride")!;
    expect(iris.status).to.equal('inactive');
    expect(iris.codes[0]!.code).to.equal('Q13.1');
    const therapy = inside(r, 'medication').filter((m) => m.medication!.kind === 'statement');
    expect(titles(therapy)).to.deep.equal(['ARIXTRA*2,5MG/0,5MLSC 10SIR.']);
    const [vacc] = inside(r, 'vaccination');
    expect(vacc!.vaccination!.doseNumber).to.equal(3);
    // "[LOTTO_VACCINO]" is a placeholder of the example: reported, not shown as a lot
    expect(vacc!.vaccination!.lot).to.equal(undefined);
    const placeholder = r.issues.find((i) => i.code === 'placeholder-value' && i.message.it.includes('[LOTTO_VACCINO]'))!;
    expect(placeholder.path).to.match(/lotNumberText$/);
    expect(titles(conditions)).to.not.include.members(['IMA DELLA PARETE ANTEROLATERALE', 'Deficit Visivi']);
    const family = r.issues.find((i) => i.code === 'entries-not-read' && i.message.it.includes('«Anamnesi Familiare»'))!;
    expect(family.path).to.equal('$/ClinicalDocument/component/structuredBody/component[5]/section');
    expect(family.subjectIds).to.include(docOf(r).id);
  });

  it('vaccination certificate: each dose with its number, lot and the disease it is for; a placeholder name is reported and not shown', async () => {
    const r = await read('CERT_VACC');
    const doses = inside(r, 'vaccination');
    expect(doses).to.have.length(2);
    expect(doses[0]!.vaccination).to.include({ doseNumber: 3, lot: '20' });
    expect(doses[0]!.vaccination!.targetDiseases.map((d) => d.display)).to.deep.equal(['Morbillo']);
    expect(doses[1]!.title).to.equal('Vaccinazione');
    expect(doses[1]!.vaccination!.vaccine.every((c) => c.display === undefined)).to.equal(true);
    expect(r.issues.filter((i) => i.code === 'placeholder-value').map((i) => i.message.it).join(' ')).to.contain('[DESC_AIC_VACC]');
  });

  it('vaccination: the site (approachSiteCode, HL7 ActSite) is the explicit body site fromFhir makes of Immunization.site', async () => {
    const [dose] = inside(await read('CERT_VACC'), 'vaccination');
    const [twinDose] = inside(await twin('SING_VACC'), 'vaccination');
    expect(twinDose!.bodySites, 'the FHIR twin has a site').to.have.length(1);
    expect(dose!.bodySites).to.deep.equal(twinDose!.bodySites);
    expect(dose!.bodySites[0]).to.include({ region: 'upper-limb', laterality: 'left', confidence: 'explicit' });
    expect(dose!.bodySites[0]!.from).to.deep.equal({ system: 'http://terminology.hl7.org/CodeSystem/v3-ActSite', code: 'LA', display: 'left arm' });
    // the site is not a code of the vaccine
    expect(dose!.vaccination!.vaccine.map((c) => c.code)).to.deep.equal(['035606033', 'B01AX05']);
  });

  it('vaccination: a site code the body map does not know stays a code of the event (as fromFhir keeps it), not a vaccine code', async () => {
    const text = (await (await fetch('/gateway/mds-cda-CERT_VACC.xml')).text()).replace('<approachSiteCode code="LA"', '<approachSiteCode code="ZZ9"');
    const [dose] = inside(fromCda(text), 'vaccination');
    expect(dose!.bodySites).to.deep.equal([]);
    expect(dose!.codes.map((c) => c.code)).to.include('ZZ9');
    expect(dose!.vaccination!.vaccine.map((c) => c.code)).to.not.include('ZZ9');
  });

  it('LDO and LAB: every coded entry carries the encounter made of encompassingEncounter, as the FHIR twin’s carry theirs', async () => {
    for (const name of ['LDO', 'LAB', 'VPS']) {
      const linked = (r: FromFhirResult) => {
        const doc = docOf(r);
        const enc = r.record.events.find((e) => e.id === doc.encounterId);
        expect(enc?.kind, `${name}: the document's encounter`).to.equal('encounter');
        const entries = r.record.events.filter((e) => e.documentId === doc.id && e.kind !== 'encounter');
        expect(entries.length, name).to.be.greaterThan(0);
        return entries.map((e) => [e.kind, e.encounterId === enc!.id ? 'linked' : e.encounterId ?? 'none']);
      };
      // every CDA entry; the FHIR twin's resources link theirs too (a few have none, or, in the VPS, an ER phase)
      const cda = linked(await read(name));
      for (const [kind, link] of cda) expect(link, `${name}: ${kind}`).to.equal('linked');
      const fhir = linked(await twin(name));
      expect(fhir.filter(([, link]) => link === 'linked').length, name).to.be.greaterThan(0);
    }
    // two letters of the same stay: each entry points at its own letter's encounter, ids stay unique
    const ldo = xml.get('LDO')!;
    const second = ldo.replace(/(<ClinicalDocument[\s\S]*?<id\s+root="[^"]*"\s+extension=")([^"]*)"/, '$1$2-bis"');
    const both = fromCda([ldo, second]);
    const docs = both.record.events.filter((e) => e.kind === 'document');
    expect(docs).to.have.length(2);
    expect(new Set(docs.map((d) => d.encounterId)).size).to.equal(2);
    for (const d of docs) {
      for (const e of both.record.events.filter((x) => x.documentId === d.id && x.kind !== 'encounter')) expect(e.encounterId).to.equal(d.encounterId);
    }
    expect(new Set(both.record.events.map((e) => e.id)).size).to.equal(both.record.events.length);
  });

  it('privacy: an encounter hidden by viewFor is not named by the entries a viewer still sees; a hidden letter takes its entries and encounter with it', async () => {
    const r = await read('LDO');
    const doc = docOf(r);
    const encId = doc.encounterId!;
    const entryIds = r.record.events.filter((e) => e.documentId === doc.id && e.kind !== 'encounter').map((e) => e.id);
    // the encounter alone obscured (its privacy, not the letter's)
    const events = r.record.events.map((e) => (e.id === encId ? { ...e, privacy: { ...e.privacy, obscured: true } } : e));
    const emergency = viewFor({ ...r.record, events }, { role: 'emergency' });
    expect(emergency.events.some((e) => e.id === encId)).to.equal(false);
    const seen = emergency.events.filter((e) => entryIds.includes(e.id));
    expect(seen.length).to.equal(entryIds.length);
    for (const e of seen) expect(e).to.not.have.property('encounterId');
    expect(JSON.stringify(emergency)).to.not.contain(encId);
    // the citizen sees it, and the link
    const own = viewFor({ ...r.record, events }, { role: 'citizen' });
    for (const e of own.events.filter((x) => entryIds.includes(x.id))) expect(e.encounterId).to.equal(encId);
    // the letter obscured: neither its entries nor its encounter reach the emergency view
    const obscured = r.record.events.map((e) => (e.id === doc.id ? { ...e, privacy: { ...e.privacy, obscured: true } } : e));
    const none = viewFor({ ...r.record, events: obscured }, { role: 'emergency' });
    expect(none.events.filter((e) => e.id === encId || entryIds.includes(e.id))).to.deep.equal([]);
    expect(JSON.stringify(none)).to.not.contain(encId);
  });

  it('RAD: the suspected diagnosis of the request is not taken for a diagnosis; a problem without a code is reported', async () => {
    const r = await read('RAD');
    expect(titles(inside(r, 'condition'))).to.not.include('Polmonite congenita');
    expect(r.issues.some((i) => i.code === 'entries-not-read' && i.message.it.includes('«Quesito Diagnostico»'))).to.equal(true);
    const noCode = r.issues.find((i) => i.code === 'entry-without-code')!;
    expect(noCode.path).to.equal('$/ClinicalDocument/component/structuredBody/component[9]/section/entry/observation');
    expect(noCode.plain?.it).to.be.a('string');
  });
});
