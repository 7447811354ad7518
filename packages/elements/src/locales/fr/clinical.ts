/** French: `<fse-journey>` and the critical-medicine words of the summary and medications. Awaiting review by a native speaker. */
import type { Message } from '../../internal/localize.js';
import type { criticalIt } from '../../internal/clinical-messages.js';
import type { JourneyMessages } from '../../journey/messages.js';

export const critical: Record<keyof typeof criticalIt, Message> = {
  'critical.anticoagulant': 'Anticoagulant',
  'critical.anticoagulant.citizen': 'Anticoagulant : rend le sang plus fluide. Dites-le toujours aux médecins et aux dentistes.',
  'critical.antiplatelet': 'Antiagrégant plaquettaire',
  'critical.antiplatelet.citizen': 'Antiagrégant : réduit la coagulation. Dites-le toujours aux médecins et aux dentistes.',
  'critical.insulin': 'Insuline',
  'critical.insulin.citizen': 'Insuline : attention aux baisses de sucre (hypoglycémies).',
  'critical.hypoglycaemic': 'Hypoglycémiant',
  'critical.hypoglycaemic.citizen': 'Fait baisser le sucre dans le sang : attention aux hypoglycémies.',
  'critical.opioid': 'Opioïde',
  'critical.opioid.citizen': 'Antidouleur opioïde : peut provoquer de la somnolence.',
  'critical.antiepileptic': 'Antiépileptique',
  'critical.antiepileptic.citizen': 'Antiépileptique : ne l’arrêtez pas sans l’avis de votre médecin.',
  'critical.immunosuppressant': 'Immunosuppresseur',
  'critical.immunosuppressant.citizen': 'Réduit les défenses immunitaires : attention aux infections.',
  'critical.corticosteroid': 'Corticoïde systémique',
  'critical.corticosteroid.citizen': 'Cortisone : ne l’arrêtez pas brusquement.',
};

export const journey: JourneyMessages = {
  label: 'Le parcours de santé de {name}',
  'patient.birth': 'Date de naissance',
  'patient.age': (p, l) => l.plural(Number(p.years), { one: '# an', other: '# ans' }),
  'patient.cf': 'Code fiscal',
  'patient.gp': 'Médecin traitant',
  'viewer.citizen': 'Votre dossier',
  'viewer.delegate': 'Accès en tant que délégué',
  'viewer.parent': 'Accès en tant que parent',
  'viewer.clinician': 'Consultation à des fins de soins',
  'viewer.emergency': 'Accès en urgence',
  summary: (p, l) => `${l.t('documents', { count: Number(p.documents) })}, ${l.t('count.carePaths', { count: Number(p.paths) })}, ${p.span}`,
  'summary.empty': 'Votre dossier ne contient pas encore de documents.',
  'section.body': 'Où dans le corps',
  'section.paths': 'Parcours de soins',
  'section.timeline': 'Dans le temps',
  'links.label': 'Filtres actifs sur la chronologie',
  'links.region': 'Partie du corps : {name}',
  'links.path': 'Parcours : {name}',
  'links.clear': 'Retirer le filtre {name}',
  'links.announce.region': 'Chronologie filtrée : {name}',
  'links.announce.path': 'Mis en évidence sur la chronologie, les événements de : {name}',
  'links.announce.cleared': 'Filtre retiré',
  'emergency.note':
    'Accès en urgence (DM du 7 septembre 2023, art. 20) : d’abord le Profil de santé synthétique ; les documents masqués ne peuvent pas être consultés.',
  'emergency.open': 'Ouvrir le Profil de santé synthétique',
  'section.document': 'Document ouvert',
  'emergency.opened': 'Sélectionné sur la chronologie : {title}',
  'tab.timeline': 'Chronologie',
  'tab.results': 'Examens et mesures',
  'tab.medications': 'Traitement',
  'links.announce.chosen': (p, l) => `Mis en évidence sur la chronologie : ${l.plural(Number(p.count), { one: '# événement', other: '# événements' })}`,
};
