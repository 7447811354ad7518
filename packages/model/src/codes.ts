/**
 * Code systems and code tables of FSE 2.0, as data: canonical system URIs, national document
 * types from the LOINC type code, access rules, protected categories, roles and purposes.
 * Sources: `shared/domain/fse-2.0.md` §1.2 (gateway document types, it-fse-catalogs schematron),
 * §1.3 (it-fse-gtw-dispatcher DocumentTypeEnum), §2.2 (value sets), §2.3 (security context),
 * §2.5 (code systems); `packages/model/FHIR.md` for the Percorso code systems.
 */
import type { Coding, FacilityType, LabSpecimen, NationalDocType, NotificationKind, ProtectedCategory, Purpose, RoleCode } from './types.js';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const ICD9CM = 'urn:oid:2.16.840.1.113883.6.103';
export const ICD9CM_PROCEDURES = 'urn:oid:2.16.840.1.113883.6.104';
export const ATC = 'http://www.whocc.no/atc';
export const AIC = 'urn:oid:2.16.840.1.113883.2.9.6.1.5';
export const V3_CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
export const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const V3_ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
export const V3_ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const V3_ACT_SITE = 'http://terminology.hl7.org/CodeSystem/v3-ActSite';
/** HL7 v3 SpecimenType (OID 2.16.840.1.113883.5.129): the code of a lab specimen (UR urine, SER serum…). */
export const V3_SPECIMEN_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-SpecimenType';
/** Codice fiscale: MEF OID (gateway, CDA) and HL7 Italia naming system. */
export const CF_SYSTEMS: ReadonlySet<string> = new Set(['urn:oid:2.16.840.1.113883.2.9.4.3.2', 'http://hl7.it/sid/codiceFiscale']);
/** NRE / prescription number systems (ricetta dematerializzata, ricetta rossa). */
export const NRE_SYSTEMS: ReadonlySet<string> = new Set(['urn:oid:2.16.840.1.113883.2.9.4.3.8', 'urn:oid:2.16.840.1.113883.2.9.4.3.9']);
/** XDS eventCodeList of the gateway (attiCliniciRegoleAccesso). */
export const EVENT_CODE_SYSTEM = 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3';
/** XDS practiceSettingCode (assettoOrganizzativo, AD_PSCxxx). */
export const PRACTICE_SETTING_SYSTEM = 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.2';
export const PERCORSO_CS = 'https://percorso.dev/fhir/CodeSystem/';
export const PERCORSO_SD = 'https://percorso.dev/fhir/StructureDefinition/';

/** OIDs and alternative spellings → the canonical URI the model uses. */
const CANONICAL = new Map<string, string>([
  ['urn:oid:2.16.840.1.113883.6.1', LOINC],
  ['2.16.840.1.113883.6.1', LOINC],
  ['http://loinc.org/', LOINC],
  ['urn:oid:2.16.840.1.113883.6.96', SNOMED],
  ['2.16.840.1.113883.6.96', SNOMED],
  ['http://snomed.info/sct/', SNOMED],
  ['2.16.840.1.113883.6.103', ICD9CM],
  ['http://hl7.org/fhir/sid/icd-9-cm', ICD9CM],
  ['http://hl7.org/fhir/sid/icd-9', ICD9CM],
  ['2.16.840.1.113883.6.104', ICD9CM_PROCEDURES],
  ['urn:oid:2.16.840.1.113883.6.73', ATC],
  ['2.16.840.1.113883.6.73', ATC],
  ['http://www.whocc.no/atc/', ATC],
  ['2.16.840.1.113883.2.9.6.1.5', AIC],
  ['urn:oid:2.16.840.1.113883.6.3', 'http://hl7.org/fhir/sid/icd-10'],
  ['urn:oid:2.16.840.1.113883.5.25', V3_CONFIDENTIALITY],
  ['2.16.840.1.113883.5.25', V3_CONFIDENTIALITY],
  ['urn:oid:2.16.840.1.113883.5.4', V3_ACT_CODE],
  ['urn:oid:2.16.840.1.113883.5.8', V3_ACT_REASON],
  ['urn:oid:2.16.840.1.113883.5.111', V3_ROLE_CODE],
  ['urn:oid:2.16.840.1.113883.5.1052', V3_ACT_SITE],
  ['2.16.840.1.113883.5.1052', V3_ACT_SITE],
  ['urn:oid:2.16.840.1.113883.5.83', 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation'],
  ['2.16.840.1.113883.5.83', 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation'],
  ['urn:oid:2.16.840.1.113883.5.129', V3_SPECIMEN_TYPE],
  ['2.16.840.1.113883.5.129', V3_SPECIMEN_TYPE],
  ['urn:oid:2.16.840.1.113883.2.9.4.3.2', 'urn:oid:2.16.840.1.113883.2.9.4.3.2'],
]);

/** The canonical URI of a code system as a source spelled it (OIDs with or without `urn:oid:`). */
export function canonicalSystem(system: string): string {
  const known = CANONICAL.get(system);
  if (known !== undefined) return known;
  // a bare OID: give it its URN form
  const c = system.charCodeAt(0);
  if (c >= 48 && c <= 57 && system.indexOf(':') < 0 && system.indexOf('.') > 0) return `urn:oid:${system}`;
  return system;
}

/** Whether a system looks like a URI (absolute URL, URN); others are reported as unknown spellings. */
export function isUriSystem(system: string): boolean {
  return system.indexOf(':') > 0;
}

// ───────────── lab specimens ─────────────

/**
 * Italian names of the HL7 v3 SpecimenType codes labs use most (code system
 * http://terminology.hl7.org/CodeSystem/v3-SpecimenType, OID 2.16.840.1.113883.5.129; codes and
 * English names from HL7 Terminology, THO: BLD "Whole blood", BLDA "Blood arterial", BLDC "Blood
 * capillary", BLDV "Blood venous", SER "Serum", PLAS "Plasma", UR "Urine", STL "Stool = Fecal",
 * CSF "Cerebral spinal fluid", SPT "Sputum", SAL "Saliva", SMN "Seminal fluid"). A code outside
 * this table with no words of its own is reported (`specimen-not-understood`).
 */
export const SPECIMEN_TYPE_NAMES: ReadonlyMap<string, string> = new Map([
  ['BLD', 'Sangue intero'],
  ['BLDA', 'Sangue arterioso'],
  ['BLDC', 'Sangue capillare'],
  ['BLDV', 'Sangue venoso'],
  ['SER', 'Siero'],
  ['PLAS', 'Plasma'],
  ['UR', 'Urine'],
  ['STL', 'Feci'],
  ['CSF', 'Liquido cerebrospinale'],
  ['SPT', 'Espettorato'],
  ['SAL', 'Saliva'],
  ['SMN', 'Liquido seminale'],
]);

/**
 * A specimen from its codes and words, as both adapters read it: the Italian name of a known HL7 v3
 * SpecimenType code first (a citizen reads "Urine", not a display in English), else the source's
 * words, else a coding's display. Undefined when nothing says what the specimen is: the caller reports it.
 */
export function labSpecimen(codes: readonly Coding[], words: string | undefined): LabSpecimen | undefined {
  const v3 = codes.find((c) => c.system === V3_SPECIMEN_TYPE && SPECIMEN_TYPE_NAMES.has(c.code.toUpperCase()));
  const code = v3 ?? codes[0];
  const name = (v3 && SPECIMEN_TYPE_NAMES.get(v3.code.toUpperCase())) ?? words?.trim() ?? codes.find((c) => c.display?.trim())?.display?.trim();
  if (!name) return undefined;
  return code ? { code, name } : { name };
}

// ───────────── national document types ─────────────

/** LOINC type code → national type, every code of fse-2.0.md §1.2 and §1.3. */
export const NATIONAL_TYPE_BY_LOINC: ReadonlyMap<string, NationalDocType> = new Map<string, NationalDocType>([
  // §1.2 — the gateway's CDA2 templates
  ['11502-2', 'LAB'], // Referto di Medicina di Laboratorio
  ['68604-8', 'RAD'], // Referto di Radiologia
  ['11488-4', 'RSA'], // Referto di Specialistica Ambulatoriale
  ['11526-1', 'RAP'], // Referto di Anatomia Patologica
  ['34105-7', 'LDO'], // Lettera di Dimissione Ospedaliera
  ['59258-4', 'VPS'], // Verbale di Pronto Soccorso
  ['60591-5', 'PSS'], // Profilo Sanitario Sintetico
  ['57833-6', 'PRESC_FARM'], // Prescrizione farmaceutica (SSN / NoSSN)
  ['57832-8', 'PRESC_SPEC'], // Prescrizione specialistica
  ['60593-1', 'EROG_FARM'], // Erogazione farmaceutica (schematron)
  ['29304-3', 'EROG_FARM'], // Erogazione farmaceutica (DocumentTypeEnum)
  ['81223-0', 'EROG_SPEC'], // Erogazione specialistica
  ['87273-9', 'VACC_SINGOLA'], // Scheda della singola vaccinazione
  ['82593-5', 'VACC_CERT'], // Certificato vaccinale
  ['100971-1', 'CARTELLA'], // Cartella clinica
  ['101881-1', 'TPI'], // Tessera portatore di impianto
  ['108276-7', 'INVITO_SCREENING'], // Lettera di invito per screening
  ['111490-9', 'INVITO_VACC'], // Lettera di invito per vaccinazione
  ['75496-0', 'TELEVISITA'], // Referto di Televisita (also Teleassistenza: same header code, told apart by formatCode)
  ['85208-7', 'TELECONSULTO'], // Relazione collaborativa di Teleconsulto
  // §1.3 — other type codes of the affinity domain
  ['57827-8', 'ESENZIONE'], // Documento di esenzione
  ['59284-0', 'CONSENSO'], // Documento dei consensi
  ['101133-7', 'CONSENSO'], // Consenso alla donazione di organo e/o tessuto
  ['28653-4', 'OTHER'], // Certificato di malattia
  ['18776-5', 'PIANO_TERAPEUTICO'], // Piano terapeutico
  ['57829-4', 'PRESC_SPEC'], // Prescrizione per prodotto o apparecchiature mediche
  ['18842-5', 'OTHER'], // Lettera di dimissione non ospedaliera
  ['68814-3', 'OTHER'], // Bilanci di salute pediatrici
  ['55750-4', 'OTHER'], // Resoconto sicurezza paziente
  ['97500-3', 'VACC_CERT'], // Certificazione verde Covid-19 (DGC)
  ['97499-8', 'VACC_CERT'], // Certificato di guarigione Covid-19
  ['101134-5', 'PROMEMORIA'], // Promemoria di appuntamento
  ['101136-0', 'OTHER'], // Lettera di fine trattamento
  ['102033-8', 'OTHER'], // Pathology network list (reti di patologia)
  ['103140-0', 'TACCUINO'], // Personal health attachment (taccuino)
  ['53576-5', 'TACCUINO'], // Dati Taccuino, Bundle collection
  ['103144-2', 'EROG_SPEC'], // Medical equipment dispensed brief
  ['103145-9', 'EROG_SPEC'], // Medical equipment dispensed extended
  ['103146-7', 'EROG_SPEC'], // Specialist care dispensed brief
  ['103147-5', 'EROG_SPEC'], // Specialist care dispensed extended
]);

/** Teleassistenza shares LOINC 75496-0 with Televisita; the CDA template (formatCode) tells them apart. */
export const NATIONAL_TYPE_BY_FORMAT: ReadonlyMap<string, NationalDocType> = new Map<string, NationalDocType>([
  ['2.16.840.1.113883.2.9.10.1.16.4.1', 'TELEASSISTENZA'],
  ['2.16.840.1.113883.2.9.10.1.16.1.1', 'TELEVISITA'],
  ['2.16.840.1.113883.2.9.10.1.16.2.1', 'TELECONSULTO'],
]);

/** Italian names of the national types, for titles when a document has none. */
export const NATIONAL_TYPE_LABEL: ReadonlyMap<NationalDocType, string> = new Map<NationalDocType, string>([
  ['LAB', 'Referto di laboratorio'],
  ['RAD', 'Referto di radiologia'],
  ['RSA', 'Referto di specialistica ambulatoriale'],
  ['RAP', 'Referto di anatomia patologica'],
  ['LDO', 'Lettera di dimissione ospedaliera'],
  ['VPS', 'Verbale di pronto soccorso'],
  ['PSS', 'Profilo sanitario sintetico'],
  ['PRESC_FARM', 'Prescrizione farmaceutica'],
  ['PRESC_SPEC', 'Prescrizione specialistica'],
  ['EROG_FARM', 'Erogazione farmaceutica'],
  ['EROG_SPEC', 'Erogazione specialistica'],
  ['VACC_SINGOLA', 'Scheda della singola vaccinazione'],
  ['VACC_CERT', 'Certificato vaccinale'],
  ['CARTELLA', 'Cartella clinica'],
  ['TPI', 'Tessera portatore di impianto'],
  ['INVITO_SCREENING', 'Lettera di invito per screening'],
  ['INVITO_VACC', 'Lettera di invito per vaccinazione'],
  ['TELEVISITA', 'Referto di televisita'],
  ['TELECONSULTO', 'Relazione di teleconsulto'],
  ['TELEASSISTENZA', 'Relazione di teleassistenza'],
  ['TACCUINO', 'Taccuino personale'],
  ['CONSENSO', 'Documento dei consensi'],
  ['ESENZIONE', 'Documento di esenzione'],
  ['PROMEMORIA', 'Promemoria di appuntamento'],
  ['PIANO_TERAPEUTICO', 'Piano terapeutico'],
  ['OTHER', 'Documento'],
]);

/** The national type of a document from its type codings (LOINC) and format code. */
export function nationalTypeOf(codings: readonly Coding[], formatCode?: string): NationalDocType | undefined {
  if (formatCode) {
    const byFormat = NATIONAL_TYPE_BY_FORMAT.get(formatCode.startsWith('urn:oid:') ? formatCode.slice(8) : formatCode);
    if (byFormat) return byFormat;
  }
  for (const c of codings) {
    if (c.system === LOINC || c.system === '') {
      const t = NATIONAL_TYPE_BY_LOINC.get(c.code);
      if (t) return t;
    }
  }
  return undefined;
}

/** Taccuino type codes (fse-2.0.md §1.3) and class. */
export const TACCUINO_TYPE_CODES: ReadonlySet<string> = new Set(['103140-0', '53576-5']);

// ───────────── facility, practice setting ─────────────

export const FACILITY_TYPES: ReadonlySet<FacilityType> = new Set<FacilityType>(['Ospedale', 'Prevenzione', 'Territorio', 'SistemaTS', 'Cittadino', 'MdsPN-DGC']);

// ───────────── privacy ─────────────

/** Access rules of eventCodeList (fse-2.0.md §2.2, §3.2). */
export const ACCESS_RULES = { OBSCURED: 'P99', HIDDEN_FROM_PARENT: 'P97', HIDDEN_FROM_PATIENT: 'P98', DEOBSCURED: 'P00' } as const;

export const CONFIDENTIALITY_RANK = new Map<string, number>([['N', 0], ['R', 1], ['V', 2]]);

/** v3-ActCode sensitivity codes → protected categories of DM 7/9/2023 art. 6. */
export const PROTECTED_BY_V3 = new Map<string, ProtectedCategory>([
  ['HIV', 'HIV'],
  ['SDV', 'SEXUAL_VIOLENCE'],
  ['ETH', 'SUBSTANCE'],
  ['SEX', 'IVG'],
]);
export const PROTECTED_CATEGORIES: ReadonlySet<ProtectedCategory> = new Set<ProtectedCategory>([
  'HIV', 'IVG', 'SEXUAL_VIOLENCE', 'SUBSTANCE', 'ANONYMOUS_BIRTH', 'CONSULTORIO',
]);
/**
 * The kind of a notification preference (a `Consent` `notifiche`'s `provision.code`): what the
 * citizen wants to be told about. Absent, the preference is about every kind.
 */
export const NOTIFICATION_SYSTEM = `${PERCORSO_CS}tipo-notifica`;
export const NOTIFICATION_CODE: Readonly<Record<NotificationKind, string>> = { document: 'nuovo-documento', prescription: 'nuova-ricetta', access: 'accesso' };

export const PROTECTED_SYSTEM = `${PERCORSO_CS}categoria-protetta`;

// ───────────── security context ─────────────

export const ROLE_CODES: ReadonlySet<RoleCode> = new Set<RoleCode>([
  'ASS', 'GEN', 'TUT', 'ING', 'APR', 'AAS', 'INF', 'FAR', 'PSS', 'DRS', 'DSA', 'DAM', 'MRP', 'RSA', 'OAM', 'OGC', 'OPI', 'NOR',
]);

export const PURPOSES: ReadonlySet<Purpose> = new Set<Purpose>([
  'TREATMENT', 'EMERGENCY', 'PUBEMERGENCY', 'PERSONAL', 'UPDATE', 'ACCESS_UPDATE', 'CONSENT', 'SYSADMIN', 'ADMINISTRATIVE',
]);

/** v3-ActReason purposes of use → gateway purposes. */
export const PURPOSE_BY_V3 = new Map<string, Purpose>([
  ['TREAT', 'TREATMENT'],
  ['ETREAT', 'EMERGENCY'],
  ['BTG', 'EMERGENCY'],
  ['PUBHLTH', 'PUBEMERGENCY'],
  ['HPAYMT', 'ADMINISTRATIVE'],
  ['PATRQT', 'PERSONAL'],
]);

/** Exemption codes (fse-2.0.md §2.2): LP267463-0 income, LP199190-2 pathology. */
export const EXEMPTION_KIND = new Map<string, 'income' | 'pathology'>([
  ['LP267463-0', 'income'],
  ['LP199190-2', 'pathology'],
]);

/** v3-RoleCode relationships of a delegation (FHIR.md). */
export const DELEGATION_BASIS_BY_V3 = new Map<string, 'parental' | 'tutor' | 'voluntary'>([
  ['MTH', 'parental'],
  ['FTH', 'parental'],
  ['PRN', 'parental'],
  ['PRNINLAW', 'parental'],
  ['NMTH', 'parental'],
  ['NFTH', 'parental'],
  ['GUARD', 'tutor'],
  ['POWATT', 'voluntary'],
  ['DPOWATT', 'voluntary'],
]);
