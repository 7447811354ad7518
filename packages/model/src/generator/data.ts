/**
 * Tables the synthetic records are drawn from: Italian names, comuni with their Belfiore codes,
 * Turin-area streets and facilities, laboratory tests (LOINC, UCUM units, adult reference
 * ranges), vaccines (ATC, SNOMED target diseases, HL7 ActSite), medicines (ATC) and specialist
 * settings (AD_PSC, ICD-9-CM procedure codes of the Nomenclatore). The names and facilities are
 * real Italian names and real public bodies of Piedmont; every person is synthetic.
 */

export const SYS = {
  cf: 'urn:oid:2.16.840.1.113883.2.9.4.3.2',
  nre: 'urn:oid:2.16.840.1.113883.2.9.4.3.8',
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  icd9dx: 'urn:oid:2.16.840.1.113883.6.103',
  icd9proc: 'urn:oid:2.16.840.1.113883.6.104',
  atc: 'http://www.whocc.no/atc',
  ucum: 'http://unitsofmeasure.org',
  actSite: 'http://terminology.hl7.org/CodeSystem/v3-ActSite',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  specimenType: 'http://terminology.hl7.org/CodeSystem/v3-SpecimenType',
  obsCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  dischargeDisposition: 'http://terminology.hl7.org/CodeSystem/discharge-disposition',
  facilityType: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.1',
  practiceSetting: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.2',
  eventCode: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.3',
  classCode: 'urn:oid:2.16.840.1.113883.2.9.3.3.6.1.5',
  triage: 'urn:oid:2.16.840.1.113883.2.9.6.1.54.4',
  erOutcome: 'urn:oid:2.16.840.1.113883.2.9.6.1.54.5',
  erArrival: 'urn:oid:2.16.840.1.113883.2.9.6.1.54.6',
  /** Document unique ids of the Piedmont region (2.16.840.1.113883.2.9.2.<region 010>.4.4). */
  docId: 'urn:oid:2.16.840.1.113883.2.9.2.10.4.4',
  /** Facility codes (HSP.11 / STS.11). */
  facility: 'urn:oid:2.16.840.1.113883.2.9.4.1.2',
  tipoPercorso: 'https://percorso.dev/fhir/CodeSystem/tipo-percorso',
  finalita: 'https://percorso.dev/fhir/CodeSystem/finalita-consultazione',
  tipoConsenso: 'https://percorso.dev/fhir/CodeSystem/tipo-consenso',
  canale: 'https://percorso.dev/fhir/StructureDefinition/canale',
  statoDelega: 'https://percorso.dev/fhir/StructureDefinition/stato-delega',
  ruolo: 'https://percorso.dev/fhir/CodeSystem/ruolo',
  categoriaProtetta: 'https://percorso.dev/fhir/CodeSystem/categoria-protetta',
  dicom: 'http://dicom.nema.org/resources/ontology/DCM',
} as const;

export const MALE_NAMES = [
  'Marco', 'Giuseppe', 'Giovanni', 'Antonio', 'Francesco', 'Luca', 'Alessandro', 'Andrea', 'Stefano', 'Roberto',
  'Paolo', 'Massimo', 'Davide', 'Claudio', 'Fabrizio', 'Riccardo', 'Gianluca', 'Maurizio', 'Sergio', 'Enrico',
  'Nicolò', 'Pietro', 'Salvatore', 'Carlo', 'Vincenzo', 'Domenico', 'Emanuele', 'Alberto', 'Lorenzo', 'Matteo',
];
export const FEMALE_NAMES = [
  'Maria', 'Giulia', 'Francesca', 'Anna', 'Laura', 'Paola', 'Elena', 'Chiara', 'Silvia', 'Valentina',
  'Cristina', 'Daniela', 'Roberta', 'Federica', 'Simona', 'Alessandra', 'Barbara', 'Monica', 'Elisabetta', 'Sara',
  'Luisa', 'Manuela', 'Patrizia', 'Antonella', 'Raffaella', 'Lucia', 'Marta', 'Ilaria', 'Beatrice', 'Caterina',
];
export const SURNAMES = [
  'Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco',
  'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti',
  'Barbieri', 'Fontana', 'Santoro', 'Mariani', 'Rinaldi', 'Caruso', 'Ferrara', 'Galli', 'Martini', 'Leone',
  'Gatti', 'Bertolino', 'Cravero', 'Bosio', 'Gribaudo', 'Ferrero', 'Bonino', 'Giraudo', 'Chiesa', 'Perotti',
  "D'Amico", 'Cavallo', 'Vitale', 'Serra', 'Testa',
];

/** Comuni of birth with their Belfiore codes and province. */
export const COMUNI: readonly { name: string; belfiore: string; province: string }[] = [
  { name: 'Torino', belfiore: 'L219', province: 'TO' },
  { name: 'Torino', belfiore: 'L219', province: 'TO' },
  { name: 'Moncalieri', belfiore: 'F335', province: 'TO' },
  { name: 'Collegno', belfiore: 'C860', province: 'TO' },
  { name: 'Asti', belfiore: 'A479', province: 'AT' },
  { name: 'Cuneo', belfiore: 'D205', province: 'CN' },
  { name: 'Napoli', belfiore: 'F839', province: 'NA' },
  { name: 'Palermo', belfiore: 'G273', province: 'PA' },
  { name: 'Bari', belfiore: 'A662', province: 'BA' },
  { name: 'Roma', belfiore: 'H501', province: 'RM' },
];

/** Streets of Turin with a postcode (CAP) each. */
export const STREETS: readonly { street: string; cap: string }[] = [
  { street: 'Via Nizza', cap: '10126' },
  { street: 'Corso Francia', cap: '10143' },
  { street: 'Via Madama Cristina', cap: '10125' },
  { street: 'Corso Vittorio Emanuele II', cap: '10128' },
  { street: 'Via Cibrario', cap: '10143' },
  { street: 'Corso Giulio Cesare', cap: '10152' },
  { street: 'Via Po', cap: '10124' },
  { street: 'Corso Racconigi', cap: '10139' },
  { street: 'Via Filadelfia', cap: '10134' },
  { street: 'Corso Belgio', cap: '10153' },
];

export type FacilityTypeCode = 'Ospedale' | 'Prevenzione' | 'Territorio' | 'SistemaTS' | 'Cittadino';

export interface FacilityDef {
  key: string;
  name: string;
  code: string;
  type: FacilityTypeCode;
  /** Key of the body it belongs to. */
  partOf?: string;
  address: string;
}

export const FACILITIES: readonly FacilityDef[] = [
  { key: 'asl', name: 'ASL Città di Torino', code: '010301', type: 'Territorio', address: 'Via San Secondo 29, 10128 Torino TO' },
  { key: 'aou', name: 'AOU Città della Salute e della Scienza di Torino', code: '010908', type: 'Ospedale', address: 'Corso Bramante 88, 10126 Torino TO' },
  { key: 'molinette', name: 'Ospedale Molinette', code: '010908-01', type: 'Ospedale', partOf: 'aou', address: 'Corso Bramante 88, 10126 Torino TO' },
  { key: 'regina', name: 'Ospedale Infantile Regina Margherita', code: '010908-03', type: 'Ospedale', partOf: 'aou', address: 'Piazza Polonia 94, 10126 Torino TO' },
  { key: 'mauriziano', name: 'AO Ordine Mauriziano di Torino', code: '010907', type: 'Ospedale', address: 'Largo Filippo Turati 62, 10128 Torino TO' },
  { key: 'mariavittoria', name: 'Ospedale Maria Vittoria', code: '010301-02', type: 'Ospedale', partOf: 'asl', address: 'Via Luigi Cibrario 72, 10144 Torino TO' },
  { key: 'sgb', name: 'Ospedale San Giovanni Bosco', code: '010301-01', type: 'Ospedale', partOf: 'asl', address: 'Piazza del Donatore di Sangue 3, 10154 Torino TO' },
  { key: 'poliambulatorio', name: 'Poliambulatorio Via del Ridotto', code: '010301-11', type: 'Territorio', partOf: 'asl', address: 'Via del Ridotto 1, 10147 Torino TO' },
  { key: 'vaccini', name: 'Centro vaccinale ASL Città di Torino', code: '010301-21', type: 'Prevenzione', partOf: 'asl', address: 'Via Silvio Pellico 28, 10125 Torino TO' },
  { key: 'screening', name: 'Prevenzione Serena — Centro screening di Torino', code: '010301-31', type: 'Prevenzione', partOf: 'asl', address: 'Via Cavour 31, 10123 Torino TO' },
  { key: 'amedeo', name: 'Ospedale Amedeo di Savoia', code: '010301-03', type: 'Ospedale', partOf: 'asl', address: 'Corso Svizzera 164, 10149 Torino TO' },
  { key: 'consultorio', name: 'Consultorio familiare ASL Città di Torino', code: '010301-41', type: 'Territorio', partOf: 'asl', address: 'Via Monginevro 130, 10141 Torino TO' },
  { key: 'farmacia', name: 'Farmacia Comunale 12', code: '010001-012', type: 'Territorio', address: 'Corso Sebastopoli 272, 10136 Torino TO' },
  { key: 'regione', name: 'Regione Piemonte — Fascicolo Sanitario Elettronico', code: '010', type: 'Territorio', address: 'Piazza Castello 165, 10122 Torino TO' },
  { key: 'sistemats', name: 'Sistema Tessera Sanitaria (MEF)', code: '970', type: 'SistemaTS', address: 'Via XX Settembre 97, 00187 Roma RM' },
];

/** Practice settings (assetto organizzativo, AD_PSC…) used below. */
export const PSC = {
  cardiologia: { code: 'AD_PSC008', display: 'Cardiologia' },
  chirurgia: { code: 'AD_PSC009', display: 'Chirurgia Generale' },
  endocrinologia: { code: 'AD_PSC019', display: 'Malattie Endocrine, del Ricambio e della Nutrizione' },
  medicinaGenerale: { code: 'AD_PSC026', display: 'Medicina Generale' },
  oculistica: { code: 'AD_PSC034', display: 'Oculistica' },
  ortopedia: { code: 'AD_PSC036', display: 'Ortopedia e Traumatologia' },
  ginecologia: { code: 'AD_PSC037', display: 'Ostetricia e Ginecologia' },
  pediatria: { code: 'AD_PSC039', display: 'Pediatria' },
  psichiatria: { code: 'AD_PSC040', display: 'Psichiatria' },
  urologia: { code: 'AD_PSC043', display: 'Urologia' },
  dermatologia: { code: 'AD_PSC052', display: 'Dermatologia' },
  pneumologia: { code: 'AD_PSC068', display: 'Pneumologia' },
  prontoSoccorso: { code: 'AD_PSC004', display: 'OBI e Pronto Soccorso' },
  radiologia: { code: 'AD_PSC069', display: 'Radiologia' },
  laboratorio: { code: 'AD_PSC100', display: 'Laboratorio Analisi' },
  medicinaBase: { code: 'AD_PSC130', display: 'Medicina di Base' },
  territoriale: { code: 'AD_PSC131', display: 'Assistenza Territoriale' },
  malattieInfettive: { code: 'AD_PSC024', display: 'Malattie Infettive e Tropicali' },
  altro: { code: 'AD_PSC999', display: 'Altro' },
} as const;
export type PscKey = keyof typeof PSC;

/** National document types: LOINC type code, title, class (tipoDocumentoLivAlto). */
export const DOC_TYPES = {
  LAB: { loinc: '11502-2', display: 'Referto di laboratorio', cls: 'REF' },
  RAD: { loinc: '68604-8', display: 'Referto di radiologia', cls: 'REF' },
  RSA: { loinc: '11488-4', display: 'Referto di specialistica ambulatoriale', cls: 'REF' },
  LDO: { loinc: '34105-7', display: 'Lettera di dimissione ospedaliera', cls: 'LDO' },
  VPS: { loinc: '59258-4', display: 'Verbale di pronto soccorso', cls: 'VRB' },
  PRESC_FARM: { loinc: '57833-6', display: 'Prescrizione farmaceutica', cls: 'PRS' },
  PRESC_SPEC: { loinc: '57832-8', display: 'Prescrizione specialistica', cls: 'PRS' },
  EROG_FARM: { loinc: '60593-1', display: 'Erogazione farmaceutica', cls: 'PRE' },
  VACC_SINGOLA: { loinc: '87273-9', display: 'Scheda della singola vaccinazione', cls: 'VAC' },
  PSS: { loinc: '60591-5', display: 'Profilo sanitario sintetico', cls: 'SUM' },
  INVITO_SCREENING: { loinc: '108276-7', display: 'Lettera di invito per screening', cls: 'WOR' },
  TACCUINO: { loinc: '103140-0', display: 'Taccuino personale', cls: 'TAC' },
} as const;
export type DocTypeKey = keyof typeof DOC_TYPES;

export interface LabTest {
  loinc: string;
  display: string;
  unit: string;
  ucum: string;
  low?: number;
  high?: number;
  /** Typical value and spread for this patient population. */
  mean: number;
  sd: number;
  decimals: number;
  /** The panel the laboratory reports it in (a DiagnosticReport of its own); none: reported alone. */
  panel?: LabPanelKey;
}

/**
 * Panels the generated labs group results in, each with its specimen (HL7 v3 SpecimenType). LOINC
 * 58410-2 "CBC panel - Blood by Automated count" and 24331-1 "Lipid 1996 panel - Serum or Plasma";
 * clinical chemistry has no single LOINC panel here, so a local code of the laboratory.
 */
export const LAB_PANELS = {
  cbc: { system: 'http://loinc.org', code: '58410-2', display: 'Emocromo', specimen: ['BLD', 'Sangue intero'] },
  lipid: { system: 'http://loinc.org', code: '24331-1', display: 'Profilo lipidico', specimen: ['SER', 'Siero'] },
  chem: { system: 'urn:oid:2.16.840.1.113883.2.9.2.10.6.11', code: 'CHIM', display: 'Chimica clinica', specimen: ['SER', 'Siero'] },
} as const;
export type LabPanelKey = keyof typeof LAB_PANELS;

export const LAB_TESTS: readonly LabTest[] = [
  { loinc: '2345-7', display: 'Glucosio [Massa/Volume] in Siero o Plasma', unit: 'mg/dL', ucum: 'mg/dL', low: 70, high: 99, mean: 96, sd: 12, decimals: 0, panel: 'chem' },
  { loinc: '2160-0', display: 'Creatinina [Massa/Volume] in Siero o Plasma', unit: 'mg/dL', ucum: 'mg/dL', low: 0.6, high: 1.2, mean: 0.98, sd: 0.15, decimals: 2, panel: 'chem' },
  { loinc: '2093-3', display: 'Colesterolo [Massa/Volume] in Siero o Plasma', unit: 'mg/dL', ucum: 'mg/dL', high: 200, mean: 205, sd: 25, decimals: 0, panel: 'lipid' },
  { loinc: '2085-9', display: 'Colesterolo HDL [Massa/Volume] in Siero o Plasma', unit: 'mg/dL', ucum: 'mg/dL', low: 40, mean: 52, sd: 8, decimals: 0, panel: 'lipid' },
  { loinc: '2571-8', display: 'Trigliceridi [Massa/Volume] in Siero o Plasma', unit: 'mg/dL', ucum: 'mg/dL', high: 150, mean: 135, sd: 35, decimals: 0, panel: 'lipid' },
  { loinc: '718-7', display: 'Emoglobina [Massa/Volume] nel Sangue', unit: 'g/dL', ucum: 'g/dL', low: 12, high: 16, mean: 14, sd: 1, decimals: 1, panel: 'cbc' },
  { loinc: '6690-2', display: 'Leucociti [#/Volume] nel Sangue', unit: '10^3/µL', ucum: '10*3/uL', low: 4, high: 10, mean: 6.8, sd: 1.4, decimals: 1, panel: 'cbc' },
  { loinc: '777-3', display: 'Piastrine [#/Volume] nel Sangue', unit: '10^3/µL', ucum: '10*3/uL', low: 150, high: 400, mean: 240, sd: 45, decimals: 0, panel: 'cbc' },
  { loinc: '4548-4', display: 'Emoglobina A1c/Emoglobina totale nel Sangue', unit: '%', ucum: '%', low: 4, high: 6, mean: 5.6, sd: 0.4, decimals: 1 },
  { loinc: '1742-6', display: 'Alanina aminotransferasi (ALT) [Attività enzimatica/Volume] in Siero o Plasma', unit: 'U/L', ucum: 'U/L', high: 41, mean: 26, sd: 8, decimals: 0, panel: 'chem' },
  { loinc: '1920-8', display: 'Aspartato aminotransferasi (AST) [Attività enzimatica/Volume] in Siero o Plasma', unit: 'U/L', ucum: 'U/L', high: 40, mean: 24, sd: 6, decimals: 0, panel: 'chem' },
  { loinc: '2823-3', display: 'Potassio [Moli/Volume] in Siero o Plasma', unit: 'mmol/L', ucum: 'mmol/L', low: 3.5, high: 5.1, mean: 4.3, sd: 0.35, decimals: 1, panel: 'chem' },
  { loinc: '2951-2', display: 'Sodio [Moli/Volume] in Siero o Plasma', unit: 'mmol/L', ucum: 'mmol/L', low: 136, high: 145, mean: 140, sd: 2, decimals: 0, panel: 'chem' },
  { loinc: '3016-3', display: 'Tireotropina (TSH) [Unità/Volume] in Siero o Plasma', unit: 'mUI/L', ucum: 'm[IU]/L', low: 0.4, high: 4, mean: 1.9, sd: 0.8, decimals: 2, panel: 'chem' },
  { loinc: '33914-3', display: 'Velocità di filtrazione glomerulare stimata (eGFR)', unit: 'mL/min/1,73 m²', ucum: 'mL/min/{1.73_m2}', low: 60, mean: 82, sd: 12, decimals: 0, panel: 'chem' },
];
export const CREATININE = LAB_TESTS[1];

export interface VaccineDef {
  atc: string;
  display: string;
  /** SNOMED CT disorders the vaccine protects against. */
  targets: readonly [string, string][];
}

const DIPHTHERIA: [string, string] = ['397430003', 'Difterite'];
const TETANUS: [string, string] = ['76902006', 'Tetano'];
const PERTUSSIS: [string, string] = ['27836007', 'Pertosse'];
const POLIO: [string, string] = ['398102009', 'Poliomielite'];
const HIB: [string, string] = ['709410003', 'Infezione da Haemophilus influenzae di tipo b'];
const HEPB: [string, string] = ['66071002', 'Epatite B'];
const MEASLES: [string, string] = ['14189004', 'Morbillo'];
const MUMPS: [string, string] = ['36989005', 'Parotite'];
const RUBELLA: [string, string] = ['36653000', 'Rosolia'];
const VARICELLA: [string, string] = ['38907003', 'Varicella'];
const PNEUMO: [string, string] = ['16814004', 'Infezione pneumococcica'];
const FLU: [string, string] = ['6142004', 'Influenza'];
const COVID: [string, string] = ['840539006', 'COVID-19'];

export const VACCINES = {
  esavalente: { atc: 'J07CA09', display: 'Vaccino esavalente (DTPa-IPV-Hib-HBV)', targets: [DIPHTHERIA, TETANUS, PERTUSSIS, POLIO, HIB, HEPB] },
  pneumococco: { atc: 'J07AL02', display: 'Vaccino pneumococcico coniugato', targets: [PNEUMO] },
  mpr: { atc: 'J07BD52', display: 'Vaccino morbillo-parotite-rosolia (MPR)', targets: [MEASLES, MUMPS, RUBELLA] },
  mprv: { atc: 'J07BD54', display: 'Vaccino morbillo-parotite-rosolia-varicella (MPRV)', targets: [MEASLES, MUMPS, RUBELLA, VARICELLA] },
  dt: { atc: 'J07AM51', display: 'Vaccino difterite-tetano (DT)', targets: [DIPHTHERIA, TETANUS] },
  polioSalk: { atc: 'J07BF03', display: 'Vaccino antipoliomielitico inattivato (Salk)', targets: [POLIO] },
  vaiolo: { atc: 'J07BX01', display: 'Vaccino antivaioloso', targets: [['67924001', 'Vaiolo']] },
  polioOrale: { atc: 'J07BF02', display: 'Vaccino antipoliomielitico orale (Sabin)', targets: [POLIO] },
  dtpaIpv: { atc: 'J07CA02', display: 'Vaccino difterite-tetano-pertosse acellulare-polio (dTpa-IPV)', targets: [DIPHTHERIA, TETANUS, PERTUSSIS, POLIO] },
  influenza: { atc: 'J07BB02', display: 'Vaccino antinfluenzale inattivato', targets: [FLU] },
  covid: { atc: 'J07BN01', display: 'Vaccino anti COVID-19 a mRNA', targets: [COVID] },
  epatiteB: { atc: 'J07BC01', display: 'Vaccino epatite B', targets: [HEPB] },
} as const satisfies Record<string, VaccineDef>;
export type VaccineKey = keyof typeof VACCINES;

/** HL7 ActSite sites of injection. */
export const ACT_SITES = {
  LT: 'coscia sinistra',
  RT: 'coscia destra',
  LD: 'deltoide sinistro',
  RD: 'deltoide destro',
  LA: 'braccio sinistro',
} as const;

export interface DrugDef {
  atc: string;
  display: string;
  product: string;
  dosage: string;
}

export const DRUGS = {
  rivaroxaban: { atc: 'B01AF01', display: 'Rivaroxaban', product: 'Xarelto 20 mg 28 compresse rivestite con film', dosage: '1 compressa da 20 mg al giorno, a cena' },
  bisoprolol: { atc: 'C07AB07', display: 'Bisoprololo', product: 'Congescor 2,5 mg 28 compresse', dosage: '1 compressa al mattino' },
  ramipril: { atc: 'C09AA05', display: 'Ramipril', product: 'Triatec 5 mg 28 compresse', dosage: '1 compressa al giorno' },
  atorvastatin: { atc: 'C10AA05', display: 'Atorvastatina', product: 'Torvast 20 mg 30 compresse', dosage: '1 compressa la sera' },
  pantoprazole: { atc: 'A02BC02', display: 'Pantoprazolo', product: 'Pantorc 20 mg 28 compresse gastroresistenti', dosage: '1 compressa a digiuno' },
  amoxiclav: { atc: 'J01CR02', display: 'Amoxicillina e acido clavulanico', product: 'Augmentin 875 mg + 125 mg 12 compresse', dosage: '1 compressa ogni 12 ore per 6 giorni' },
  ibuprofen: { atc: 'M01AE01', display: 'Ibuprofene', product: 'Brufen 600 mg 30 compresse', dosage: '1 compressa al bisogno, massimo 2 al giorno, a stomaco pieno' },
  levothyroxine: { atc: 'H03AA01', display: 'Levotiroxina sodica', product: 'Eutirox 50 microgrammi 50 compresse', dosage: '1 compressa a digiuno' },
} as const satisfies Record<string, DrugDef>;
export type DrugKey = keyof typeof DRUGS;

/** Specialist visits of the filler: practice setting, ICD-9-CM procedure, text. */
export interface VisitDef {
  psc: PscKey;
  title: string;
  specialist: string;
  /** Prestazione (Nomenclatore / ICD-9-CM vol. 3). */
  procedure?: { code: string; display: string };
  findings: readonly string[];
}

export const VISITS: readonly VisitDef[] = [
  { psc: 'cardiologia', title: 'Visita cardiologica di controllo', specialist: 'Cardiologo', procedure: { code: '89.52', display: 'Elettrocardiogramma' },
    findings: ['Ritmo di fibrillazione atriale a frequenza ventricolare controllata.', 'Paziente asintomatico, buona tolleranza alla terapia anticoagulante.', 'Non segni di scompenso. Pressione arteriosa 130/80 mmHg.'] },
  { psc: 'oculistica', title: 'Visita oculistica', specialist: 'Oculista', procedure: { code: '95.02', display: 'Esame complessivo dell’occhio' },
    findings: ['Visus naturale 8/10 in entrambi gli occhi. Tono oculare nella norma.', 'Lieve presbiopia: si consigliano lenti per vicino.'] },
  { psc: 'dermatologia', title: 'Visita dermatologica', specialist: 'Dermatologo',
    findings: ['Nevi melanocitari regolari per forma e colore, nessuna lesione sospetta.', 'Cheratosi seborroiche al dorso, benigne.'] },
  { psc: 'endocrinologia', title: 'Visita endocrinologica', specialist: 'Endocrinologo',
    findings: ['Tiroide nei limiti all’ecografia, TSH nella norma.', 'Compenso metabolico buono, proseguire dieta ipoglucidica.'] },
  { psc: 'pneumologia', title: 'Visita pneumologica', specialist: 'Pneumologo', procedure: { code: '89.37', display: 'Determinazione della capacità vitale' },
    findings: ['Spirometria nei limiti. Nessuna ostruzione bronchiale.', 'Tosse secca post-infettiva in risoluzione.'] },
  { psc: 'ortopedia', title: 'Visita ortopedica', specialist: 'Ortopedico',
    findings: ['Gonalgia destra da artrosi iniziale. Si consiglia fisioterapia.', 'Lombalgia meccanica, nessun deficit neurologico.'] },
];

/** Radiology exams: ICD-9-CM procedure, LOINC, SNOMED body site. */
export interface RadDef {
  title: string;
  icd9: { code: string; display: string };
  loinc: { code: string; display: string };
  site: { code: string; display: string };
  laterality?: { code: string; display: string };
  findings: string;
  conclusion: string;
}

export const CHEST_XRAY: RadDef = {
  title: 'RX torace',
  icd9: { code: '87.44', display: 'Radiografia del torace di routine, NAS' },
  loinc: { code: '36554-4', display: 'RX Torace' },
  site: { code: '51185008', display: 'Torace' },
  findings: 'Non addensamenti parenchimali in atto. Seni costofrenici liberi. Ombra cardiaca ai limiti superiori della norma.',
  conclusion: 'Quadro radiografico del torace nei limiti, lieve cardiomegalia.',
};

export const RAD_EXAMS: readonly RadDef[] = [
  CHEST_XRAY,
  {
    title: 'RX polso destro',
    icd9: { code: '88.23', display: 'Radiografia di polso e mano' },
    loinc: { code: '37637-6', display: 'RX Polso' },
    site: { code: '53120007', display: 'Arto superiore' },
    laterality: { code: '24028007', display: 'Destro' },
    findings: 'Frattura composta dell’epifisi distale del radio destro, senza interessamento articolare.',
    conclusion: 'Frattura composta del radio distale destro.',
  },
  {
    title: 'Ecografia addome completo',
    icd9: { code: '88.76.1', display: 'Ecografia addome completo' },
    loinc: { code: '24558-9', display: 'US Addome' },
    site: { code: '113345001', display: 'Addome' },
    findings: 'Fegato di dimensioni regolari, ecostruttura lievemente iperecogena (steatosi lieve). Colecisti alitiasica. Reni nei limiti.',
    conclusion: 'Steatosi epatica lieve.',
  },
];

export const MMG_ROLE = { code: 'APR', display: 'Medico di medicina generale / Pediatra di libera scelta' } as const;
