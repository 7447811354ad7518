/**
 * The normalised FSE model. One shape for every source (FHIR R4 from the national gateway,
 * CDA2 headers, synthetic records); nothing downstream of `fromFhir` knows FHIR.
 *
 * Conventions:
 * - every object has a stable `id`, unique within its record, and `source` pointers back to
 *   the input (`Bundle/x#entry[3]`, `DocumentReference/123`), for drill-down and for issues;
 * - dates are {@link FuzzyDate}s and keep the precision the source gave them;
 * - codes are kept as {@link Coding}s, with the system as the source spelled it normalised to
 *   a canonical URI where one is known (see `codes.ts`).
 */

// ───────────────────────────── primitives ─────────────────────────────

/** How precise a date is, as the source wrote it. */
export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

/**
 * A date that keeps its precision. `2019` means the whole year 2019 and is drawn and listed as
 * such, never as 1 January.
 *
 * `start`/`end` are epoch milliseconds of the span the value means: for a full instant, `end`
 * is `start` + 1 unit of its precision; for a date without time (`2019`, `2019-03`,
 * `2019-03-30`) the span runs from local midnight to local midnight in the record's time zone
 * (Europe/Rome unless `fromFhir` is told otherwise), so a date-only value never moves to
 * another day across a DST change.
 */
export interface FuzzyDate {
  /** ISO 8601 as given, normalised: `2019`, `2019-03`, `2019-03-30`, `2019-03-30T11:24:26+01:00`. */
  iso: string;
  precision: Precision;
  /** First instant of the span, epoch ms. */
  start: number;
  /** First instant after the span, epoch ms (exclusive). Always > start. */
  end: number;
}

export interface Coding {
  /** Canonical system URI where known (`http://loinc.org`, `urn:oid:2.16.840.1.113883.6.103`…). */
  system: string;
  code: string;
  display?: string;
}

/** Where an object came from in the input. */
export interface SourceRef {
  kind: 'fhir' | 'cda' | 'generated';
  /** `ResourceType/id` where the resource has one, else a JSON path into the input (`$[0].entry[4].resource`). */
  ref: string;
  /** JSON path of the resource in the input as given to `fromFhir` (`$[2].entry[5].resource`). */
  path?: string;
}

/** Roles of the national security context (gateway RoleEnum), plus OTHER. */
export type RoleCode =
  | 'ASS' | 'GEN' | 'TUT' | 'ING' | 'APR' | 'AAS' | 'INF' | 'FAR' | 'PSS' | 'DRS' | 'DSA' | 'DAM'
  | 'MRP' | 'RSA' | 'OAM' | 'OGC' | 'OPI' | 'NOR' | 'OTHER';

/** Purposes of use of the national security context. */
export type Purpose =
  | 'TREATMENT' | 'EMERGENCY' | 'PUBEMERGENCY' | 'PERSONAL' | 'UPDATE' | 'ACCESS_UPDATE' | 'CONSENT'
  | 'SYSADMIN' | 'ADMINISTRATIVE';

export type FacilityType = 'Ospedale' | 'Prevenzione' | 'Territorio' | 'SistemaTS' | 'Cittadino' | 'MdsPN-DGC';

export interface Organization {
  id: string;
  name: string;
  /** OID or other identifier of the facility. */
  identifier?: string;
  facilityType?: FacilityType;
  /** e.g. `ASL Città di Torino`, when known. */
  partOf?: string;
  address?: string;
}

export interface Actor {
  id?: string;
  /** Codice fiscale, when the source gives it. */
  cf?: string;
  /** Display name, as the source gives it ("Dott. Mario Rossi"). */
  name?: string;
  role?: RoleCode;
  /** Free-text role or qualification from the source ("Cardiologo"). */
  roleText?: string;
  specialty?: Coding;
  organization?: Organization;
}

// ───────────────────────────── patient ─────────────────────────────

export interface Identifier {
  system: string;
  value: string;
}

export interface Exemption {
  code: string;
  display?: string;
  kind: 'income' | 'pathology';
  period?: { start?: FuzzyDate; end?: FuzzyDate };
}

export interface Patient {
  id: string;
  /** Codice fiscale (MEF OID or `http://hl7.it/sid/codiceFiscale`), upper case. */
  cf?: string;
  identifiers: Identifier[];
  given: string;
  family: string;
  /** "Given Family", for display. */
  name: string;
  birthDate?: FuzzyDate;
  sex?: 'male' | 'female' | 'other' | 'unknown';
  deceased?: FuzzyDate | boolean;
  address?: string;
  phone?: string;
  email?: string;
  /** MMG / PLS. */
  generalPractitioner?: Actor;
  /** Income exemptions are citizen-only (DM 7/9/2023 art. 3 c.2): viewFor drops them elsewhere. */
  exemptions: Exemption[];
  source: SourceRef[];
}

// ───────────────────────────── privacy ─────────────────────────────

/** Categories of DM 7/9/2023 art. 6 ("maggiore tutela dell'anonimato"). */
export type ProtectedCategory = 'HIV' | 'IVG' | 'SEXUAL_VIOLENCE' | 'SUBSTANCE' | 'ANONYMOUS_BIRTH' | 'CONSULTORIO';

export interface Privacy {
  /** XDS confidentialityCode / Composition.confidentiality. */
  confidentiality: 'N' | 'R' | 'V';
  /** Access rule P99: obscured by the citizen; exists only in the citizen's own view. */
  obscured: boolean;
  /** Access rule P97: hidden from the parent (holder of parental responsibility). */
  hiddenFromParent: boolean;
  /** Access rule P98: hidden from the patient (e.g. until the doctor has explained it). */
  hiddenFromPatient: boolean;
  /** A protected category: citizen-only unless {@link protectedVisible}. */
  protectedCategory?: ProtectedCategory;
  /** The citizen has explicitly made this protected-category item visible to professionals. */
  protectedVisible?: boolean;
}

// ───────────────────────────── body map ─────────────────────────────

export const BODY_REGIONS = [
  'head', 'eyes', 'ent', 'neck', 'chest', 'heart', 'lungs', 'breast', 'abdomen', 'liver', 'digestive',
  'kidneys', 'pelvis', 'reproductive', 'spine', 'upper-limb', 'lower-limb', 'skin', 'blood-immune', 'whole-body',
] as const;
/**
 * Body regions of `<fse-body-map>`: head/brain, eyes, ears-nose-throat, neck/thyroid, chest,
 * heart, lungs, breast, abdomen, liver, stomach/bowel, kidneys, bladder/pelvis, reproductive
 * organs, spine, upper and lower limbs (with laterality), skin, blood/immune, whole body.
 */
export type BodyRegion = (typeof BODY_REGIONS)[number];

export interface BodySite {
  region: BodyRegion;
  laterality?: 'left' | 'right' | 'both';
  /** The code the region was derived from. */
  from: Coding;
  /** explicit: a body-site code in the source; derived: from a diagnosis, procedure, test or specialty. */
  confidence: 'explicit' | 'derived';
  /** Which mapping table gave it (`snomed-body-site`, `icd9cm-chapter`, `loinc-radiology`, `practice-setting`…). */
  mapping: string;
}

// ───────────────────────────── events and documents ─────────────────────────────

/** National document types (tipologie) of FSE 2.0, keyed by their gateway abbreviation. */
export type NationalDocType =
  | 'LAB' | 'RAD' | 'RSA' | 'RAP' | 'LDO' | 'VPS' | 'PSS' | 'PRESC_FARM' | 'PRESC_SPEC' | 'EROG_FARM'
  | 'EROG_SPEC' | 'VACC_SINGOLA' | 'VACC_CERT' | 'CARTELLA' | 'TPI' | 'INVITO_SCREENING' | 'INVITO_VACC'
  | 'TELEVISITA' | 'TELECONSULTO' | 'TELEASSISTENZA' | 'TACCUINO' | 'CONSENSO' | 'ESENZIONE'
  | 'PROMEMORIA' | 'PIANO_TERAPEUTICO' | 'OTHER';

export type EventKind =
  | 'document' | 'encounter' | 'condition' | 'procedure' | 'observation' | 'vaccination' | 'medication'
  | 'imaging' | 'appointment' | 'careplan' | 'taccuino' | 'other';

/**
 * What a citizen would call the event: the default lanes of `<fse-timeline>` and the groups of
 * lists. Decided once, by {@link categoryOf} in `category.ts`.
 */
export type EventCategory =
  | 'reports' // Referti
  | 'admissions' // Ricoveri e Pronto Soccorso
  | 'visits' // Visite
  | 'medications' // Prescrizioni e farmaci
  | 'vaccinations' // Vaccinazioni
  | 'bookings' // Prenotazioni
  | 'taccuino' // Taccuino
  | 'carepaths' // Percorsi di cura
  | 'other'; // Altro

/** The allowed elements of a narrative tree (XHTML names; CDA names are mapped to them). */
/**
 * Narrative kept as data (see `narrative.ts`): allowed tags only, attributes limited to `colspan`,
 * `rowspan` and `lang`; text is always text. Elements render it with templates, never as HTML.
 */
export type NarrativeTag =
  | 'p' | 'div' | 'span' | 'br'
  | 'ul' | 'ol' | 'li'
  | 'table' | 'caption' | 'thead' | 'tbody' | 'tfoot' | 'tr' | 'th' | 'td'
  | 'b' | 'i' | 'em' | 'strong' | 'u' | 'sub' | 'sup'
  | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** One element of a narrative: an allowed tag, its safe attributes and its children. */
export interface NarrativeElement {
  tag: NarrativeTag;
  children: NarrativeNode[];
  /** Table cells only, 1–1000. */
  colspan?: number;
  /** Table cells only, 0–65534 (0: to the end of the section, as in HTML). */
  rowspan?: number;
  /** BCP 47 language of this part of the text. */
  lang?: string;
}

/** Text (as text: never markup) or an allowed element. */
export type NarrativeNode = string | NarrativeElement;

export interface DocumentSection {
  code?: Coding;
  title: string;
  /** Plain text of the section's narrative, when present (markup stripped, never HTML): for search and summaries. */
  text?: string;
  /** The narrative's structure (paragraphs, lists, tables, emphasis), when present: for reading. */
  narrative?: NarrativeNode[];
  /** The section is an organ-donation statement or advance directives (the adapter tells which). */
  declaration?: Declaration;
}

/**
 * A statement of the citizen's will the adapter recognised: about organ and tissue donation
 * (consent or dissent, as the Italian law 91/1999 asks) or advance directives on treatment
 * (Disposizioni anticipate di trattamento, law 219/2017). The HL7 Italia Patient Summary codes
 * its "Assenso / Dissenso Donazione Organi" section with LOINC 42348-3, which LOINC names
 * "Advance healthcare directives": the adapter tells the two apart by what the section and its
 * entries say (title, code, values), never by the code alone.
 */
export interface Declaration {
  kind: 'organ-donation' | 'advance-directive';
  /** For organ donation: the choice, when the source states it unambiguously. */
  choice?: 'consent' | 'dissent';
  /** When the citizen made the statement, when the source says so (else the document's date stands). */
  stated?: FuzzyDate;
  /** What the source says, as plain text (short). */
  text?: string;
}

export interface DocumentMeta {
  nationalType: NationalDocType;
  /** LOINC typeCode (e.g. 34105-7). */
  typeCode?: Coding;
  /** XDS classCode / tipoDocumentoLivAlto (REF, LDO, VRB, PRS…). */
  classCode?: string;
  /** XDS formatCode: the CDA2 templateId root. */
  formatCode?: string;
  /** Document unique id (masterIdentifier / Composition.identifier). */
  uniqueId?: string;
  status: 'current' | 'superseded' | 'entered-in-error';
  version?: string;
  creationTime?: FuzzyDate;
  /** AD_PSCxxx practice setting (assetto organizzativo). */
  practiceSetting?: Coding;
  facilityType?: FacilityType;
  clinicalActivity?: string;
  administrativeRequest?: string[];
  /** NRE / prescription numbers this document fulfils or is (referenceIdList, ServiceRequest ids). */
  nre: string[];
  sections: DocumentSection[];
  legalAuthenticator?: Actor;
  /** When the legal authenticator signed (CDA legalAuthenticator/time, FHIR attester.time). */
  legalAuthenticatedAt?: FuzzyDate;
  /** Id of the document event this one replaces (an older version), when the record holds it. */
  replaces?: string;
  /** Id of the document event that replaces this one (the newer version), when the record holds it. */
  replacedBy?: string;
  mimeType?: string;
  /** Size in bytes of the original (the attachment), when the metadata gives it. */
  size?: number;
  /** Ids of the events read from inside this document. */
  eventIds: string[];
}

export interface MedicationDetail {
  kind: 'prescription' | 'dispensation' | 'statement' | 'administration';
  medication: Coding[];
  dosage?: string;
  quantity?: string;
  nre?: string;
  /** Supplied by the SSN (true), privately (false), unknown (undefined). */
  ssn?: boolean;
}

export interface VaccinationDetail {
  vaccine: Coding[];
  doseNumber?: number;
  targetDiseases: Coding[];
  lot?: string;
  status?: string;
}

export interface BookingDetail {
  status: 'proposed' | 'booked' | 'fulfilled' | 'cancelled' | 'noshow' | 'other';
  service: Coding[];
  priority?: 'U' | 'B' | 'D' | 'P';
  carePathStepId?: string;
}

export interface EncounterDetail {
  /** v3 ActCode: AMB ambulatory, IMP inpatient, EMER emergency, HH home, VR virtual… */
  class?: string;
  /** For the phases of an ER visit or a stay: the encounter this one is part of. */
  partOf?: string;
  /** Triage or acuity code, e.g. ER triage colour. */
  priority?: Coding;
  dischargeDisposition?: Coding;
}

export interface ObservationDetail {
  /** Value as text, e.g. "5,2 mmol/L", "Positivo". */
  value?: string;
  numeric?: { value: number; unit?: string };
  interpretation?: Coding[];
  referenceRange?: string;
  /**
   * The panel the result belongs to: the report or panel that groups it (FHIR `DiagnosticReport.result`,
   * a panel Observation's `hasMember`; CDA: the lab section's `organizer` or `act` with its code).
   * Absent for a result no panel groups ("Altri risultati").
   */
  panel?: LabPanel;
  /** The specimen the result was measured on (FHIR `Specimen.type`; CDA `specimen/specimenRole/specimenPlayingEntity/code`). */
  specimen?: LabSpecimen;
}

/** A group of lab results: a DiagnosticReport, a panel Observation, a CDA organizer. */
export interface LabPanel {
  /** The panel's event id when it is an event of the record (a DiagnosticReport, a panel Observation), else an id of its own. */
  id: string;
  /** In words, as the source names it. */
  title: string;
  codes: Coding[];
}

/** What a result was measured on: urine, serum, whole blood… */
export interface LabSpecimen {
  /** The specimen type (HL7 v3 SpecimenType, SNOMED CT…), when coded. */
  code?: Coding;
  /** In words: the source's, else the model's Italian name of a known HL7 v3 SpecimenType code. */
  name: string;
}

/** A medical device of the patient (FHIR Device): an implant or an aid. Its type is the event's codes (CND, SNOMED CT). */
export interface DeviceDetail {
  /** active (in place), inactive (removed or no longer used), entered-in-error, unknown — as given. */
  status?: string;
  manufacturer?: string;
  /** The UDI as printed (human-readable form), else its device identifier. */
  udi?: string;
  lot?: string;
}

/** What an allergy or intolerance (FHIR AllergyIntolerance) says beyond its code. */
export interface AllergyDetail {
  type?: 'allergy' | 'intolerance';
  criticality?: 'low' | 'high' | 'unable-to-assess';
  /** food, medication, environment, biologic, as given. */
  category: string[];
  /** The reactions (manifestations) in words, as the source gives them. */
  reactions: string[];
}

export interface ClinicalEvent {
  id: string;
  kind: EventKind;
  title: string;
  /**
   * When it happened or started; for a document, the service date if known, else its creation.
   * Not a fact when {@link undated} is set.
   */
  date: FuzzyDate;
  /**
   * The source gives no usable date for this event (nor does its document). It stays in the record
   * (and in counts that are not about time, such as the body map's), but `date` is then only a
   * place in the sorted list — the day the record was read (`options.now`), never a date taken from
   * another event, which could be a hidden document's — and never a fact: elements list undated
   * events apart ("data non disponibile"), never draw them on a time axis, count them in a time
   * bin, or show `date`, `end` or a date derived from them. Reported with an `undated` issue.
   */
  undated?: true;
  /** For periods (hospital stays, ER phases, care-path periods, therapies): when it ended. */
  end?: FuzzyDate;
  /** A period with a start and no end yet (an ongoing stay). */
  ongoing?: boolean;
  /** FHIR status as given (final, completed, active, cancelled…). */
  status?: string;
  codes: Coding[];
  author?: Actor;
  facility?: Organization;
  practiceSetting?: Coding;
  /** The document (event of kind `document`) this event was read from. */
  documentId?: string;
  encounterId?: string;
  carePathIds: string[];
  /** Body sites stated explicitly in the source (FHIR bodySite and the like). */
  bodySites: BodySite[];
  privacy: Privacy;
  source: SourceRef[];
  /** Short plain-text note or conclusion. */
  note?: string;
  document?: DocumentMeta;
  encounter?: EncounterDetail;
  medication?: MedicationDetail;
  vaccination?: VaccinationDetail;
  booking?: BookingDetail;
  observation?: ObservationDetail;
  /** Set on allergies and intolerances (kind `condition`), so they are not taken for problems. */
  allergy?: AllergyDetail;
  /** Set on medical devices (kind `other`): implants and aids. */
  device?: DeviceDetail;
  /** Set on an organ-donation statement or an advance directive (see {@link Declaration}). */
  declaration?: Declaration;
}

/** A document of the FSE. */
export type DocumentEvent = ClinicalEvent & { kind: 'document'; document: DocumentMeta };
/** A prescription, dispensation, administration or statement of a medicine. */
export type MedicationItem = ClinicalEvent & { kind: 'medication'; medication: MedicationDetail };
export type Vaccination = ClinicalEvent & { kind: 'vaccination'; vaccination: VaccinationDetail };
export type Booking = ClinicalEvent & { kind: 'appointment'; booking: BookingDetail };
/** An entry the citizen wrote in the Taccuino personale. */
export type TaccuinoEntry = ClinicalEvent & { kind: 'taccuino' };

// ───────────────────────────── care paths ─────────────────────────────

export type StepStatus = 'done' | 'booked' | 'overdue' | 'planned' | 'cancelled';

export interface CarePathStep {
  id: string;
  title: string;
  code?: Coding;
  /** When the step is due (planned) or happened (done). */
  due?: FuzzyDate;
  /** ISO 8601 duration of a recurring step (`P6M`). */
  recurrence?: string;
  status: StepStatus;
  /** Events that fulfil the step (visits, reports). */
  eventIds: string[];
  /** The booking (appointment event) for the step, if booked. */
  bookingId?: string;
}

export interface CarePathGoal {
  text: string;
  target?: string;
  due?: FuzzyDate;
  status?: string;
}

export interface CarePath {
  id: string;
  kind: 'PDTA' | 'PAI' | 'THERAPEUTIC_PLAN' | 'SCREENING' | 'OTHER';
  title: string;
  /** The condition(s) the path is about, e.g. ICD-9-CM 427.31 and SNOMED 49436004. */
  conditions: Coding[];
  status: 'draft' | 'active' | 'on-hold' | 'completed' | 'revoked' | 'unknown';
  period?: { start?: FuzzyDate; end?: FuzzyDate };
  manager?: Actor;
  team: Actor[];
  goals: CarePathGoal[];
  steps: CarePathStep[];
  /** Ids of medication events that are the path's current therapies. */
  therapyIds: string[];
  /** Ids of all events that belong to the path (visits, reports, prescriptions, bookings). */
  eventIds: string[];
  /** "Note per l'assistito": notes written for the patient. */
  patientNotes: string[];
  /** The document the path was read from, if any (its privacy applies to the path). */
  documentId?: string;
  privacy: Privacy;
  source: SourceRef[];
}

// ───────────────────────────── consent, delegation, access log ─────────────────────────────

/** Purposes of the consultation consent, given separately (DM 7/9/2023 art. 8). */
export type ConsultationPurpose = 'care' | 'prevention' | 'prophylaxis';

/**
 * What a notification is about, as regional portals let the citizen choose (e.g. Lombardia's
 * "Preferenze di notifica"): a new document, a new prescription, an access to the record.
 */
export type NotificationKind = 'document' | 'prescription' | 'access';
export const NOTIFICATION_KINDS: readonly NotificationKind[] = ['document', 'prescription', 'access'];

export interface Consent {
  id: string;
  /**
   * consultation: consent to consult, per purpose; feeding: the historical consent to feed the FSE
   * (abolished by DL 34/2020, shown read-only); pregresso-opposition: opposition to feeding data before
   * 19 May 2020; notifications: the citizen's notification preference; protected-visibility: a
   * protected-category document made visible (documentId).
   */
  scope: 'consultation' | 'feeding' | 'pregresso-opposition' | 'notifications' | 'protected-visibility';
  purpose?: ConsultationPurpose;
  decision: 'permit' | 'deny' | 'not-expressed';
  date?: FuzzyDate;
  /** online, MMG/PLS, sportello, farmacia… */
  channel?: string;
  expressedBy?: Actor;
  /** For protected-visibility. */
  documentId?: string;
  /** For notifications: the kind it is about; absent, every kind (the general preference). */
  notification?: NotificationKind;
  /** Expressed by a parent for a minor: the patient must re-confirm at 18 (art. 8 c.2). */
  needsReconfirmAt18?: boolean;
  source: SourceRef[];
}

export interface Delegation {
  id: string;
  /** outgoing: the patient delegated someone; incoming: someone delegated the patient (or the patient is their parent). */
  direction: 'outgoing' | 'incoming';
  /** The other person: the delegate (outgoing) or the delegator / minor (incoming). */
  person: { name: string; cf?: string; birthDate?: FuzzyDate };
  basis: 'parental' | 'tutor' | 'support-admin' | 'curator' | 'voluntary';
  status: 'pending' | 'active' | 'rejected' | 'revoked' | 'expired';
  validFrom?: FuzzyDate;
  validTo?: FuzzyDate;
  source: SourceRef[];
}

export interface AccessLogEntry {
  id: string;
  at: FuzzyDate;
  actor: Actor;
  action: 'read' | 'search' | 'create' | 'update' | 'delete' | 'other';
  purpose?: Purpose;
  /** Break-the-glass access (EMERGENCY / PUBEMERGENCY, or a BTG code). */
  emergency: boolean;
  /** Ids of the document events accessed. */
  documentIds: string[];
  outcome: 'success' | 'failure';
  source: SourceRef[];
}

// ───────────────────────────── record, issues, view ─────────────────────────────

export interface FseRecord {
  patient: Patient;
  /** Every event, documents included, sorted by `date.start` then `id`. */
  events: ClinicalEvent[];
  carePaths: CarePath[];
  consents: Consent[];
  delegations: Delegation[];
  accessLog: AccessLogEntry[];
  /** The record's time zone (IANA), used for date-only values. */
  timeZone: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the input. Nothing is dropped without one. */
export interface Issue {
  severity: Severity;
  /** Stable machine code, kebab-case (`missing-id`, `dangling-reference`, `invalid-date`…). */
  code: string;
  /** JSON path into the input as given (`$[1].entry[3].resource.effectiveDateTime`). */
  path: string;
  /** For developers: what was found, quoting the input's values. */
  message: { it: string; en: string };
  /**
   * For people: the same in plain words, with no path and no value from the input — what elements
   * show. In Italian: elements say it in another language from that language's locale module
   * (`@percorso/model/locales/en`…, registered by `@percorso/elements/locales/en.js`), which holds every code's plain message; `en` only on a
   * code not yet listed whose developer message quotes no value. Absent on issues made elsewhere
   * (elements then show a general notice).
   */
  plain?: { it: string; en?: string; de?: string };
  /** Ids of the model objects the issue concerns, so that a view can drop issues about what it hides. */
  subjectIds?: string[];
}

export interface FromFhirOptions {
  /** Codice fiscale or Patient id of the record's patient when several are present; default: the one most resources refer to. */
  patient?: string;
  /** IANA time zone for date-only values. Default Europe/Rome. */
  timeZone?: string;
  /** "Now", epoch ms, for overdue steps and expired delegations. Default Date.now(). */
  now?: number;
}

export interface FromFhirResult {
  record: FseRecord;
  issues: Issue[];
  /** Other people found in the input (not merged into the record; each also reported as an issue). */
  otherPatients: Patient[];
}

export type ViewerRole = 'citizen' | 'delegate' | 'parent' | 'clinician' | 'emergency';

export interface Viewer {
  role: ViewerRole;
  /** Purpose of use; clinician defaults to TREATMENT, emergency to EMERGENCY. */
  purpose?: Purpose;
  /** Name of the person viewing, for display. */
  name?: string;
  /** For delegate and parent: the delegation that gives access. */
  delegationId?: string;
  /** "Now", epoch ms, for delegation validity. Default Date.now(). */
  now?: number;
}

/**
 * What one viewer may see of a record. Produced only by `viewFor`; elements receive this and
 * nothing else, so what a viewer may not see cannot reach them.
 */
export interface FseView {
  viewer: Viewer;
  patient: Patient;
  events: ClinicalEvent[];
  carePaths: CarePath[];
  /** Citizen, parent and delegate views only; empty for professionals. */
  consents: Consent[];
  delegations: Delegation[];
  accessLog: AccessLogEntry[];
  /** Issues about what this view shows (none about what it hides). */
  issues: Issue[];
  timeZone: string;
  /**
   * Why the view is reduced, for an honest empty state: `no-consent` when a clinician has no
   * consultation consent, `inactive-delegation` when the delegation is not active. Never says
   * anything about individual hidden items.
   */
  restriction?: 'no-consent' | 'inactive-delegation';
  /**
   * Ids of events that lists show before all others, in this order; `events` stay sorted by date.
   * Set in emergency views: the Patient Summary first (DM 7/9/2023 art. 20).
   */
  firstIds?: string[];
}
