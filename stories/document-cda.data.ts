/**
 * CDA2 documents for `<fse-document>`'s CDA stories: a discharge letter, a vaccination and a
 * Patient Summary of one synthetic patient (Giovanna Bianchi, not a real person; her fiscal code is
 * made up with a valid check character), written here as the XML a regional repository sends —
 * HL7 Italia templates, the same elements the national gateway's examples use (coded entries,
 * encompassingEncounter, approachSiteCode) — and read by the model's own `fromCda` + `viewFor`, the
 * path a portal's CDA takes. Nothing here is a model object written by hand.
 */
import { fromCda, viewFor, type Consent, type FromFhirResult, type FseRecord, type FseView, type ViewerRole } from '@percorso/model';
import { SAMPLE_NOW } from '@percorso/model/generator';

const LOINC = '2.16.840.1.113883.6.1';
const ICD9 = '2.16.840.1.113883.6.103';
const AIC = '2.16.840.1.113883.2.9.6.1.5';
const ATC = '2.16.840.1.113883.6.73';
const CF = '2.16.840.1.113883.2.9.4.3.2';
const ASL = '2.16.840.1.113883.2.9.4.1.2';
const DOC_IDS = '2.16.840.1.113883.2.9.2.10.4.4';

/** Which story document: the discharge letter, the single vaccination, the Patient Summary. */
export type CdaStoryDoc = 'LDO' | 'VACC' | 'PSS';

interface Header {
  template: string;
  code: string;
  title: string;
  id: string;
  /** HL7 TS with offset. */
  time: string;
  author: [given: string, family: string, prefix: string];
  organisation: string;
  /** componentOf, when the document is about a stay or visit. */
  encounter?: string;
}

const person = ([given, family, prefix]: [string, string, string]) =>
  `<assignedPerson><name><prefix>${prefix}</prefix><given>${given}</given><family>${family}</family></name></assignedPerson>`;

function document(h: Header, sections: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <realmCode code="IT"/>
  <typeId root="2.16.840.1.113883.1.3" extension="POCD_MT000040UV02"/>
  <templateId root="${h.template}"/>
  <id root="${DOC_IDS}" extension="${h.id}"/>
  <code code="${h.code}" codeSystem="${LOINC}" codeSystemName="LOINC" displayName="${h.title}"/>
  <title>${h.title}</title>
  <effectiveTime value="${h.time}"/>
  <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
  <languageCode code="it-IT"/>
  <versionNumber value="1"/>
  <recordTarget><patientRole>
    <id root="${CF}" extension="BNCGNN58C54L219F"/>
    <patient>
      <name><given>Giovanna</given><family>Bianchi</family></name>
      <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
      <birthTime value="19580314"/>
    </patient>
  </patientRole></recordTarget>
  <author><time value="${h.time}"/><assignedAuthor><id root="${CF}" extension="RSSMRA70A01L219X"/>${person(h.author)}</assignedAuthor></author>
  <custodian><assignedCustodian><representedCustodianOrganization><id root="${ASL}" extension="010204"/><name>${h.organisation}</name></representedCustodianOrganization></assignedCustodian></custodian>
  <legalAuthenticator><time value="${h.time}"/><signatureCode code="S"/><assignedEntity><id root="${CF}" extension="RSSMRA70A01L219X"/>${person(h.author)}</assignedEntity></legalAuthenticator>
  ${h.encounter ?? ''}
  <component><structuredBody>
${sections.join('\n')}
  </structuredBody></component>
</ClinicalDocument>`;
}

function section(code: string, title: string, text: string, entries: string[] = []): string {
  return `    <component><section>
      <code code="${code}" codeSystem="${LOINC}" codeSystemName="LOINC"/>
      <title>${title}</title>
      <text>${text}</text>
      ${entries.map((e) => `<entry>${e}</entry>`).join('\n      ')}
    </section></component>`;
}

const diagnosis = (loinc: string, icd9: string, words: string, from: string) => `<observation classCode="OBS" moodCode="EVN">
        <code code="${loinc}" codeSystem="${LOINC}"/>
        <statusCode code="completed"/>
        <effectiveTime><low value="${from}"/></effectiveTime>
        <value xsi:type="CD" code="${icd9}" codeSystem="${ICD9}" codeSystemName="ICD-9-CM" displayName="${words}"/>
      </observation>`;

const medicine = (mood: 'INT' | 'EVN', aic: string, name: string, atc: string, atcWords: string, dose: string, unit: string, from: string) => `<substanceAdministration classCode="SBADM" moodCode="${mood}">
        <statusCode code="${mood === 'INT' ? 'active' : 'completed'}"/>
        <effectiveTime xsi:type="IVL_TS"><low value="${from}"/></effectiveTime>
        <routeCode code="PO" codeSystem="2.16.840.1.113883.5.112" displayName="Per bocca"/>
        <doseQuantity value="${dose}" unit="${unit}"/>
        <consumable><manufacturedProduct><manufacturedMaterial>
          <code code="${aic}" codeSystem="${AIC}" codeSystemName="AIC" displayName="${name}"><translation code="${atc}" codeSystem="${ATC}" codeSystemName="ATC" displayName="${atcWords}"/></code>
        </manufacturedMaterial></manufacturedProduct></consumable>
      </substanceAdministration>`;

/** A vaccine dose (Scheda della singola vaccinazione, HL7 Italia): dose number, lot, disease, and where it was given. */
const dose = (o: { when: string; aic: string; name: string; atc: string; lot: string; n: number; site: [code: string, words: string]; disease: [code: string, words: string] }) =>
  `<substanceAdministration classCode="SBADM" moodCode="EVN">
        <statusCode code="completed"/>
        <effectiveTime value="${o.when}"/>
        <routeCode code="IM" codeSystem="2.16.840.1.113883.5.112" codeSystemName="HL7 RouteOfAdministration" displayName="Iniezione intramuscolare"/>
        <approachSiteCode code="${o.site[0]}" codeSystem="2.16.840.1.113883.5.1052" codeSystemName="ActSite" displayName="${o.site[1]}"/>
        <consumable><manufacturedProduct><manufacturedMaterial>
          <code code="${o.aic}" codeSystem="${AIC}" codeSystemName="AIC" displayName="${o.name}"><translation code="${o.atc}" codeSystem="${ATC}" codeSystemName="ATC"/></code>
          <lotNumberText>${o.lot}</lotNumberText>
        </manufacturedMaterial></manufacturedProduct></consumable>
        <entryRelationship typeCode="SUBJ" inversionInd="true"><observation classCode="OBS" moodCode="EVN">
          <code code="30973-2" codeSystem="${LOINC}" displayName="Numero di dose"/>
          <statusCode code="completed"/>
          <value xsi:type="INT" value="${o.n}"/>
        </observation></entryRelationship>
        <entryRelationship typeCode="RSON"><observation classCode="OBS" moodCode="EVN">
          <code code="75323-6" codeSystem="${LOINC}" displayName="Condizione"/>
          <statusCode code="completed"/>
          <value xsi:type="CD" code="${o.disease[0]}" codeSystem="2.16.840.1.113883.6.96" codeSystemName="SNOMED CT" displayName="${o.disease[1]}"/>
        </observation></entryRelationship>
      </substanceAdministration>`;

const allergy = `<act classCode="ACT" moodCode="EVN">
        <code nullFlavor="NA"/>
        <statusCode code="active"/>
        <effectiveTime><low value="20190301000000+0100"/></effectiveTime>
        <entryRelationship typeCode="SUBJ"><observation classCode="OBS" moodCode="EVN">
          <code code="52473-6" codeSystem="${LOINC}" displayName="Allergia o causa della reazione"/>
          <statusCode code="completed"/>
          <effectiveTime><low value="20190301000000+0100"/></effectiveTime>
          <value xsi:type="CD" code="DALG" codeSystem="2.16.840.1.113883.5.4" displayName="Allergia a farmaco"/>
          <participant typeCode="CSM"><participantRole classCode="MANU"><playingEntity classCode="MMAT">
            <code code="J01CA04" codeSystem="${ATC}" codeSystemName="ATC" displayName="Amoxicillina"/>
          </playingEntity></participantRole></participant>
          <entryRelationship typeCode="MFST"><observation classCode="OBS" moodCode="EVN">
            <code code="75321-0" codeSystem="${LOINC}" displayName="Obiettività Clinica"/>
            <statusCode code="completed"/>
            <value xsi:type="CD" code="708.9" codeSystem="${ICD9}" displayName="Orticaria"/>
          </observation></entryRelationship>
        </observation></entryRelationship>
      </act>`;

/** Her two problems, as discharge diagnoses (8651-2) or on the Patient Summary's list (75326-9). */
const problems = (loinc: string) => [
  diagnosis(loinc, '428.0', 'Scompenso cardiaco congestizio', '20261014160000+0200'),
  diagnosis(loinc, '401.9', 'Ipertensione essenziale', '20180101000000+0100'),
];
/** Her therapy: prescribed at discharge (INT), then taken (EVN, the Patient Summary's current therapy). */
const therapy = (mood: 'INT' | 'EVN') => [
  medicine(mood, '023203028', 'LASIX*30CPR 25MG', 'C03CA01', 'Furosemide', '25', 'mg', '20261020000000+0200'),
  medicine(mood, '027208034', 'TRIATEC*28CPR 5MG', 'C09AA05', 'Ramipril', '5', 'mg', '20261020000000+0200'),
];
/** This autumn's flu shot, in the left deltoid. */
const FLU_DOSE = dose({ when: '20261021101000+0200', aic: '049243018', name: 'Vaccino antinfluenzale quadrivalente', atc: 'J07BB02', lot: 'AB1234', n: 1, site: ['LD', 'deltoide sinistro'], disease: ['6142004', 'Influenza'] });

const LDO = document(
  {
    template: '2.16.840.1.113883.2.9.10.1.5',
    code: '34105-7',
    title: 'Lettera di dimissione ospedaliera',
    id: 'LDO.2026.000731',
    time: '20261020113000+0200',
    author: ['Luca', 'Ferraris', 'Dott.'],
    organisation: 'Ospedale Maria Vittoria — Medicina interna',
    encounter: `<componentOf><encompassingEncounter>
    <id root="${DOC_IDS}.6" extension="RIC.2026.004512"/>
    <code code="IMP" codeSystem="2.16.840.1.113883.5.4" displayName="Ricovero ordinario"/>
    <effectiveTime><low value="20261014160000+0200"/><high value="20261020110000+0200"/></effectiveTime>
    <location><healthCareFacility><serviceProviderOrganization><id root="${ASL}" extension="010204"/><name>Ospedale Maria Vittoria</name></serviceProviderOrganization></healthCareFacility></location>
  </encompassingEncounter></componentOf>`,
  },
  [
    section('46241-6', 'Motivo del ricovero', '<paragraph>Affanno da tre giorni e gonfiore alle caviglie.</paragraph>'),
    section(
      '11535-2',
      'Diagnosi di dimissione',
      '<list><item><content styleCode="Bold">Scompenso cardiaco</content> (428.0)</item><item>Ipertensione essenziale (401.9)</item></list>',
      problems('8651-2'),
    ),
    section('8648-8', 'Decorso ospedaliero', '<paragraph>Ricoverata per scompenso cardiaco. Terapia diuretica endovena con buona risposta: peso calato di 3 kg in sei giorni.<br/>Dimessa in buon compenso.</paragraph>'),
    section(
      '10183-2',
      'Terapia farmacologica alla dimissione',
      '<table><thead><tr><th>Farmaco</th><th>Dose</th><th>Quando</th></tr></thead><tbody><tr><td>Furosemide 25 mg</td><td>1 compressa</td><td>al mattino</td></tr><tr><td>Ramipril 5 mg</td><td>1 compressa</td><td>alla sera</td></tr></tbody></table>',
      therapy('INT'),
    ),
    section('48765-2', 'Allergie', '<paragraph>Allergia ad amoxicillina (orticaria).</paragraph>', [allergy]),
    section(
      '18776-5',
      'Istruzioni di follow-up',
      '<list><item>Pesarsi ogni mattina; chiamare il medico se il peso sale di 2 kg in tre giorni.</item><item>Visita cardiologica di controllo tra 30 giorni.</item><item>Esami del sangue (creatinina, potassio) tra 7 giorni.</item></list>',
    ),
  ],
);

const VACC = document(
  {
    template: '2.16.840.1.113883.2.9.10.1.11.1.1',
    code: '87273-9',
    title: 'Scheda della singola vaccinazione',
    id: 'VAC.2026.118204',
    time: '20261021101500+0200',
    author: ['Anna', 'Conti', 'Dott.ssa'],
    organisation: 'ASL Città di Torino — Centro vaccinale',
  },
  [
    section(
      '11369-6',
      'Vaccinazione',
      '<paragraph>Vaccino antinfluenzale, dose 1, lotto AB1234, deltoide sinistro, intramuscolo.</paragraph>',
      [FLU_DOSE],
    ),
  ],
);

const PSS = document(
  {
    template: '2.16.840.1.113883.2.9.10.1.4.1.1',
    code: '60591-5',
    title: 'Profilo sanitario sintetico',
    id: 'PSS.2026.000212',
    time: '20261105090000+0100',
    author: ['Marco', 'Gallo', 'Dott.'],
    organisation: 'Medicina generale — ASL Città di Torino',
  },
  [
    section('48765-2', 'Allergie e intolleranze', '<paragraph>Allergia ad amoxicillina (orticaria).</paragraph>', [allergy]),
    section(
      '11450-4',
      'Lista dei problemi',
      '<list><item>Scompenso cardiaco, dall’ottobre 2026</item><item>Ipertensione essenziale, dal 2018</item></list>',
      problems('75326-9'),
    ),
    section(
      '10160-0',
      'Terapia farmacologica in atto',
      '<list><item>Furosemide 25 mg, 1 compressa al mattino</item><item>Ramipril 5 mg, 1 compressa alla sera</item></list>',
      therapy('EVN'),
    ),
    section(
      '11369-6',
      'Vaccinazioni',
      '<paragraph>Antinfluenzale 2026, dose 1 (deltoide sinistro).</paragraph>',
      [FLU_DOSE],
    ),
    section('29762-2', 'Stile di vita', '<paragraph>Non fuma. Cammina 30 minuti al giorno.</paragraph>'),
  ],
);

/** The XML of each story document, as a repository would send it. */
export const CDA_XML: Readonly<Record<CdaStoryDoc, string>> = { LDO, VACC, PSS };

let read: FromFhirResult | undefined;
/** The three documents read together by `fromCda`, once. */
export function cdaRecord(): FromFhirResult {
  return (read ??= fromCda([LDO, VACC, PSS], { now: SAMPLE_NOW }));
}

/**
 * The citizen's consent to consultation for care (DM 7/9/2023 art. 8), without which a clinician's
 * view is empty. It is kept by the national consent registry, never inside a CDA document, so the
 * host adds it to what it read — as a portal does with the registry's answer.
 */
const CARE_CONSENT: Consent = { id: 'consenso-consultazione-cura', scope: 'consultation', purpose: 'care', decision: 'permit', channel: 'online', source: [] };

/** What `role` sees of the CDA record (with the consent to consultation a clinician needs). */
export function cdaView(role: ViewerRole = 'citizen'): FseView {
  const { record, issues } = cdaRecord();
  const withConsent: FseRecord = { ...record, consents: [...record.consents, CARE_CONSENT] };
  return viewFor(withConsent, { role, now: SAMPLE_NOW }, issues);
}

/** The id of the story document `doc` (the model's id, read from the view). */
export function cdaDocId(view: FseView, doc: CdaStoryDoc): string | undefined {
  const type = doc === 'VACC' ? 'VACC_SINGOLA' : doc;
  return view.events.find((e) => e.document?.nationalType === type)?.id;
}
