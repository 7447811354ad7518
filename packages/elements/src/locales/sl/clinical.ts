/** Slovenian: `<fse-journey>` and the critical-medicine words of the summary and medications. Awaiting review by a native speaker. */
import type { Message } from '../../internal/localize.js';
import type { criticalIt } from '../../internal/clinical-messages.js';
import type { JourneyMessages } from '../../journey/messages.js';

export const critical: Record<keyof typeof criticalIt, Message> = {
  'critical.anticoagulant': 'Antikoagulant',
  'critical.anticoagulant.citizen': 'Antikoagulant: redči kri. Vedno povejte zdravnikom in zobozdravnikom.',
  'critical.antiplatelet': 'Antiagregacijsko zdravilo',
  'critical.antiplatelet.citizen': 'Antiagregacijsko zdravilo: zmanjšuje strjevanje krvi. Vedno povejte zdravnikom in zobozdravnikom.',
  'critical.insulin': 'Insulin',
  'critical.insulin.citizen': 'Insulin: pazite na padec krvnega sladkorja.',
  'critical.hypoglycaemic': 'Zdravilo za zniževanje krvnega sladkorja',
  'critical.hypoglycaemic.citizen': 'Znižuje krvni sladkor: pazite na padec krvnega sladkorja.',
  'critical.opioid': 'Opioid',
  'critical.opioid.citizen': 'Opioidno zdravilo proti bolečinam: lahko povzroča zaspanost.',
  'critical.antiepileptic': 'Antiepileptik',
  'critical.antiepileptic.citizen': 'Antiepileptik: ne prenehajte ga jemati brez posveta z zdravnikom.',
  'critical.immunosuppressant': 'Imunosupresiv',
  'critical.immunosuppressant.citizen': 'Zmanjšuje imunsko odpornost: pazite na okužbe.',
  'critical.corticosteroid': 'Sistemski kortikosteroid',
  'critical.corticosteroid.citizen': 'Kortizon: ne prenehajte ga jemati nenadoma.',
};

export const journey: JourneyMessages = {
  label: 'Zdravstvena pot osebe {name}',
  'patient.birth': 'Datum rojstva',
  'patient.age': (p, l) => l.plural(Number(p.years), { one: '# leto', two: '# leti', few: '# leta', other: '# let' }),
  'patient.cf': 'Davčna številka',
  'patient.gp': 'Osebni zdravnik',
  'viewer.citizen': 'Vaša kartoteka',
  'viewer.delegate': 'Dostop kot pooblaščenec',
  'viewer.parent': 'Dostop kot starš',
  'viewer.clinician': 'Vpogled za namene zdravljenja',
  'viewer.emergency': 'Nujni dostop',
  summary: (p, l) => `${l.t('documents', { count: Number(p.documents) })}, ${l.t('count.carePaths', { count: Number(p.paths) })}, ${p.span}`,
  'summary.empty': 'V kartoteki še ni dokumentov.',
  'section.body': 'Kje v telesu',
  'section.paths': 'Poti oskrbe',
  'section.timeline': 'V času',
  'links.label': 'Aktivni filtri na časovnici',
  'links.region': 'Del telesa: {name}',
  'links.path': 'Pot oskrbe: {name}',
  'links.clear': 'Odstrani filter {name}',
  'links.announce.region': 'Časovnica filtrirana: {name}',
  'links.announce.path': 'Na časovnici so poudarjeni dogodki: {name}',
  'links.announce.cleared': 'Filter odstranjen',
  'emergency.note':
    'Nujni dostop (ministrski odlok z dne 7. septembra 2023, 20. člen): najprej povzetek zdravstvenih podatkov; skriti dokumenti niso dostopni.',
  'emergency.open': 'Odpri povzetek zdravstvenih podatkov',
  'section.document': 'Odprt dokument',
  'emergency.opened': 'Izbrano na časovnici: {title}',
  'tab.timeline': 'Časovnica',
  'tab.results': 'Preiskave in meritve',
  'tab.medications': 'Zdravljenje',
  'links.announce.chosen': (p, l) =>
    `Poudarjeno na časovnici: ${l.plural(Number(p.count), { one: '# dogodek', two: '# dogodka', few: '# dogodki', other: '# dogodkov' })}`,
};
