/**
 * `generateFhir`: deterministic synthetic FHIR R4 for a realistic Italian patient, written as
 * `packages/model/FHIR.md` says Percorso reads it. One `collection` Bundle holding a life from
 * birth: vaccinations, laboratory reports, emergency visits, a hospital stay with its discharge
 * letter, radiology and specialist reports linked to their prescriptions by NRE, an
 * atrial-fibrillation PDTA with done, booked, overdue and planned steps, a screening path,
 * obscured and protected documents, consents, delegations, a year of access log, bookings,
 * taccuino entries and exemptions. Same options, same bytes: every draw comes from one seeded
 * generator and "now" defaults to {@link SAMPLE_NOW}, never to the clock.
 *
 * The story is told by folder: patient/ (the person, codice fiscale, exemptions), documents/
 * (reports, visits, vaccinations, the taccuino, the summary, the routine filler), therapies/
 * (prescriptions and dispensations), care-paths/ (the atrial-fibrillation PDTA, screening,
 * bookings), consents/ (consents, delegations, the access log); builder.ts writes resources.
 */
import { Builder, type Ctx, type Sex } from './builder.js';
import { atrialFibrillation, cancelledCheck } from './care-paths/atrial-fibrillation.js';
import { bookings } from './care-paths/bookings.js';
import { screening } from './care-paths/screening.js';
import { accessLog } from './consents/access-log.js';
import { consents } from './consents/consents.js';
import { delegations } from './consents/delegations.js';
import { FEMALE_NAMES, MALE_NAMES, SURNAMES, SYS } from './data.js';
import { condition, secondEmergency } from './documents/encounters.js';
import { filler } from './documents/filler.js';
import { patientSummary, privateDocuments } from './documents/summary.js';
import { taccuino } from './documents/taccuino.js';
import { adultVaccinations, childhoodVaccinations } from './documents/vaccinations.js';
import { delegator, familyBundles, type FamilySeed } from './family.js';
import { exemptions } from './patient/exemptions.js';
import { patient } from './patient/patient.js';
import { Rng } from './random.js';
import { instant, YEAR } from './time.js';

/** "Now" of the sample record: 15 November 2026, 10:00 in Rome (09:00 UTC). */
export const SAMPLE_NOW = Date.UTC(2026, 10, 15, 9, 0, 0);

export interface GenerateFhirOptions {
  /** Seed of the pseudo-random generator: the same options give byte-identical output. */
  seed: number;
  /** Approximate number of clinical events `fromFhir` will read (50 to 100 000; within ±10 %). */
  events: number;
  /** "Now", epoch ms: bookings after it are future, overdue steps are due before it. Default {@link SAMPLE_NOW}. */
  now?: number;
  sex?: 'female' | 'male';
  /** Year of birth; kept between 100 and 25 years before `now`. Default: drawn, 1962–1970. */
  birthYear?: number;
  given?: string;
  family?: string;
}

/** A FHIR resource as plain JSON. */
export interface FhirResource {
  resourceType: string;
  id: string;
  [key: string]: unknown;
}

export interface FhirBundleEntry {
  fullUrl: string;
  resource: FhirResource;
}

/** A FHIR R4 Bundle of type `collection`, plain JSON. */
export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  meta: { lastUpdated: string; tag: { system: string; code: string; display: string }[] };
  type: 'collection';
  timestamp: string;
  entry: FhirBundleEntry[];
}

const MIN_EVENTS = 50;

const MAX_EVENTS = 100_000;

/** Above this size the life is told in full (whole vaccination calendar, every follow-up). */
const FULL_LIFE = 400;

/**
 * Synthetic FHIR R4 for one realistic Italian patient (see the module comment). Deterministic:
 * the same options give byte-identical `JSON.stringify` output.
 */
export function generateFhir(options: GenerateFhirOptions): FhirBundle {
  return story(options).bundle;
}

/**
 * The records of the patient's family that the patient may open, each a bundle of its own with ids
 * of its own (family.ts): the minor child's, whose parent the patient is (when the story has a
 * child: seed 2026 has), and the record of the patient's mother, who delegated the patient. The
 * same options as {@link generateFhir}, whose bundle holds the RelatedPersons that link them; load
 * all of them on one server to open one record from another. Deterministic like it.
 */
export function generateFamilyFhir(options: GenerateFhirOptions): FhirBundle[] {
  return familyBundles(story(options).family);
}

function story(options: GenerateFhirOptions): { bundle: FhirBundle; family: FamilySeed } {
  const seed = Number.isFinite(options.seed) ? Math.trunc(options.seed) : 0;
  const target = Math.round(Math.min(MAX_EVENTS, Math.max(MIN_EVENTS, Number.isFinite(options.events) ? options.events : MIN_EVENTS)));
  const now = options.now !== undefined && Number.isFinite(options.now) ? options.now : SAMPLE_NOW;
  const rng = new Rng(seed);
  const b = new Builder(rng, now);
  const full = target >= FULL_LIFE;

  const { sex, birth, family, mmg } = patient(b, options, now);
  const ctx: Ctx = { b, rng, now, birth, sex, full, mmg };

  // The story, oldest first.
  childhoodVaccinations(ctx);
  const visibleProtected = privateDocuments(ctx);
  if (full) secondEmergency(ctx);
  const afDx = Math.max(birth + 22 * YEAR, now - rng.float(2.6, 3.4) * YEAR);
  const af = atrialFibrillation(ctx, afDx);
  if (full) {
    adultVaccinations(ctx, afDx);
    condition(ctx, { system: SYS.icd9dx, code: '401.9', display: 'Ipertensione essenziale non specificata' }, { system: SYS.snomed, code: '59621000', display: 'Essential hypertension' }, afDx - rng.int(2, 6) * YEAR, 'problem-list-item');
  }
  screening(ctx);
  // Organ donation and advance directives draw from a generator of their own (seeded from the seed),
  // so that whether a record has them does not change the rest of its story.
  const pss = patientSummary(ctx, afDx, new Rng(seed ^ 0x44415400));
  bookings(ctx);
  taccuino(ctx);
  filler(ctx, target - b.events, birth + 18 * YEAR);
  cancelledCheck(ctx, af);

  const spouseSex: Sex = sex === 'female' ? 'male' : 'female';
  const spouse = { given: rng.pick(spouseSex === 'female' ? FEMALE_NAMES : MALE_NAMES), family: rng.pick(SURNAMES.filter((s) => s !== family)), sex: spouseSex };
  consents(ctx, visibleProtected);
  const { delegate, child } = delegations(ctx, spouse);
  accessLog(ctx, target, delegate, pss);
  exemptions(ctx, afDx);
  const mother = delegator(b, seed, birth);

  const bundle: FhirBundle = {
    resourceType: 'Bundle',
    id: `percorso-${seed}-${target}`,
    meta: {
      lastUpdated: instant(now),
      tag: [{ system: 'https://percorso.dev/fhir/CodeSystem/origine', code: 'synthetic', display: 'Dati sintetici generati da generateFhir' }],
    },
    type: 'collection',
    timestamp: instant(now),
    entry: b.entries,
  };
  return { bundle, family: { seed, now, citizen: b.patient, child, delegator: mother } };
}

/** The number of clinical events in a generated bundle, counted as the generator counts them. */
export function countGeneratedEvents(bundle: FhirBundle): number {
  let n = 0;
  for (const { resource } of bundle.entry) {
    switch (resource.resourceType) {
      case 'Composition':
      case 'Encounter':
      case 'Condition':
      case 'AllergyIntolerance':
      case 'MedicationStatement':
      case 'Procedure':
      case 'Observation':
      case 'DiagnosticReport':
      case 'Immunization':
      case 'MedicationRequest':
      case 'MedicationDispense':
      case 'Appointment':
        n++;
        break;
      case 'DocumentReference':
        // A DocumentReference is an event of its own only when no Composition is behind it (taccuino).
        if (!(resource.context as { related?: unknown[] } | undefined)?.related) n++;
        break;
    }
  }
  return n;
}
