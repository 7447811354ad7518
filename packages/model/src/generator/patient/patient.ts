/** The patient: name, sex, birth date and place, codice fiscale, address, contacts and family doctor (MMG). */
import type { Builder, Person, Sex } from '../builder.js';
import { COMUNI, FEMALE_NAMES, MALE_NAMES, STREETS, SURNAMES, SYS } from '../data.js';
import type { GenerateFhirOptions } from '../generate.js';
import { romeFields, romeTime } from '../time.js';
import { codiceFiscale } from './cf.js';

/** The logical id of a person's Patient: from their codice fiscale, so that another record can point at it. */
export const patientIdOf = (cf: string): string => `pat-${cf.toLowerCase()}`;

/** Writes the Patient (and their MMG) and returns what the rest of the story needs. */
export function patient(b: Builder, options: GenerateFhirOptions, now: number): { sex: Sex; birth: number; family: string; mmg: Person } {
  const rng = b.rng;
  const sex: Sex = options.sex ?? (rng.chance(0.5) ? 'female' : 'male');
  const nowYear = romeFields(now).year;
  const birthYear = Math.min(nowYear - 25, Math.max(nowYear - 100, Math.trunc(options.birthYear ?? rng.int(1962, 1970))));
  const birthMonth = rng.int(1, 12);
  const birthDay = rng.int(1, 28);
  const birth = romeTime(birthYear, birthMonth, birthDay, rng.int(0, 23), rng.int(0, 59));
  const given = options.given ?? rng.pick(sex === 'female' ? FEMALE_NAMES : MALE_NAMES);
  const family = options.family ?? rng.pick(SURNAMES);
  const comune = rng.pick(COMUNI);
  const cf = codiceFiscale({ family, given, sex, year: birthYear, month: birthMonth, day: birthDay, belfiore: comune.belfiore });
  const street = rng.pick(STREETS);
  const houseNumber = rng.int(1, 180);

  const mmg = b.practitioner(rng.chance(0.5) ? 'female' : 'male', 'Medico di medicina generale');
  const patientId = patientIdOf(cf);
  b.patientRef = { reference: `Patient/${patientId}` };
  b.patient = { ref: b.patientRef, name: `${given} ${family}`, given, family, sex, cf };
  const mail = `${given}.${family}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z.]/g, '').toLowerCase();
  b.add(
    {
      resourceType: 'Patient',
      id: patientId,
      identifier: [{ system: SYS.cf, value: cf }],
      active: true,
      name: [{ use: 'official', family, given: [given] }],
      telecom: [
        { system: 'phone', value: `+39 3${rng.int(20, 49)} ${rng.digits(3)} ${rng.digits(4)}`, use: 'mobile' },
        { system: 'email', value: `${mail}@posta.example.it` },
      ],
      gender: sex,
      birthDate: `${birthYear}-${String(birthMonth).padStart(2, '0')}-${String(birthDay).padStart(2, '0')}`,
      address: [{ use: 'home', line: [`${street.street} ${houseNumber}`], city: 'Torino', district: 'TO', postalCode: street.cap, country: 'IT' }],
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/patient-birthPlace', valueAddress: { city: comune.name, district: comune.province, country: 'IT' } }],
      generalPractitioner: [mmg.ref],
      managingOrganization: b.org('asl'),
    },
    false,
  );
  return { sex, birth, family, mmg };
}
