/** French: messages every element uses. Awaiting review by a native speaker (see the README). */
import type { Params } from '../../internal/localize.js';
import { eventsAndPaths, type SharedMessages } from '../../internal/messages.js';

export const shared: SharedMessages = {
  'state.loading': 'Chargement du dossier de santé…',
  'state.invalid': 'Ces données ne peuvent pas être affichées : {reason}',
  'state.loadFailed': 'Le chargement des données a échoué : {reason}',
  'state.noView': 'Aucune donnée à afficher.',
  'state.loadFailedNoReason': 'Le chargement des données a échoué.',
  'state.stillLoading': 'Le chargement prend plus de temps que d’habitude…',
  'state.retry': 'Réessayer',
  'state.blocked': 'Ce contenu ne peut pas être affiché : les paramètres de sécurité de la page le bloquent. Signalez le problème au gestionnaire du portail.',
  'issues.summary': (p, l) => l.plural(Number(p.count), { one: '# problème dans les données reçues', other: '# problèmes dans les données reçues' }),
  'issues.show': 'Afficher les détails',
  'issues.severity.error': 'Erreur',
  'issues.severity.warning': 'Avertissement',
  'issues.severity.info': 'Remarque',
  'issues.general': 'Une donnée reçue n’est pas valide.',
  'issues.times': '({count} fois)',
  'period.from': 'depuis le',
  'period.until': 'jusqu’au',
  'restriction.no-consent':
    'La personne n’a pas donné son consentement à la consultation de son dossier à des fins de soins : il n’y a rien à afficher.',
  'restriction.inactive-delegation': 'La délégation n’est pas active : il n’y a rien à afficher.',
  'privacy.obscured': 'Masqué : vous seul le voyez',
  'privacy.protected': 'Donnée particulièrement protégée : vous seul la voyez',
  'privacy.hiddenFromParent': 'Non visible par les parents',
  close: 'Fermer',
  documents: (p, l) => l.plural(Number(p.count), { one: '# document', other: '# documents' }),
  'count.events': (p, l) => l.plural(Number(p.count), { one: '# événement', other: '# événements' }),
  'count.carePaths': (p, l) => l.plural(Number(p.count), { one: '# parcours de soins', other: '# parcours de soins' }),
  'count.record': (p, l) => eventsAndPaths(p, l, ' et '),
  'progress.loading': (p, l) =>
    p.total === undefined
      ? `Chargement : ${l.number(Number(p.loaded))} documents…`
      : `Chargement : ${l.number(Number(p.loaded))} documents sur ${p.approximate ? 'environ ' : ''}${l.number(Number(p.total))}`,
  // "né le 3 mars 1958", "né en mars 1958", "né en 1958"
  born: (p: Params) =>
    `${p.sex === 'male' ? 'né' : p.sex === 'female' ? 'née' : 'né(e)'} ${p.precision === 'year' || p.precision === 'month' ? 'en ' : 'le '}${p.date}`,
  'date.unknown': 'date non disponible',
};
