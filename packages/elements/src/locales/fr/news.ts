/** French: the journey's "Novità" (journey/news.ts). Awaiting review by a native speaker. */
import type { NewsMessages } from '../../journey/news-messages.js';

export const news: NewsMessages = {
  'news.title': 'Nouveautés',
  'news.since': 'Depuis votre dernière visite ({date}) : {counts}.',
  'news.empty': 'Rien de nouveau depuis votre dernière visite ({date}).',
  'news.count.document': (p, l) => l.plural(Number(p.count), { one: '# nouveau document', other: '# nouveaux documents' }),
  'news.count.prescription': (p, l) => l.plural(Number(p.count), { one: '# ordonnance prête', other: '# ordonnances prêtes' }),
  'news.count.booking': (p, l) => l.plural(Number(p.count), { one: '# nouveau rendez-vous', other: '# nouveaux rendez-vous' }),
  'news.count.access': (p, l) => l.plural(Number(p.count), { one: '# accès par une nouvelle personne', other: '# accès par de nouvelles personnes' }),
  'news.document': 'Nouveau document : {title}',
  'news.prescription': 'Ordonnance prête : {title}',
  'news.booking': 'Nouveau rendez-vous : {title}',
  'news.access': 'Accès à votre dossier par {who} (première fois)',
  'news.access.emergency': 'Accès d’urgence à votre dossier par {who} (première fois)',
  'news.access.someone': 'une personne non indiquée',
  'news.entry.when': 'Quand',
  'news.entry.who': 'Qui',
  'news.entry.where': 'Pour',
  'news.entry.how': 'Comment',
  'news.entry.emergency': 'En urgence, sans votre consentement (DM 7 settembre 2023, art. 20)',
  'news.entry.read': 'Documents consultés :',
  'news.entry.none': 'Aucun des documents que vous voyez n’a été consulté.',
};
