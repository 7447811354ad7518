/** Slovenian: messages every element uses. Awaiting review by a native speaker (see the README). */
import type { Params } from '../../internal/localize.js';
import { eventsAndPaths, type SharedMessages } from '../../internal/messages.js';

export const shared: SharedMessages = {
  'state.loading': 'Nalaganje zdravstvene kartoteke…',
  'state.invalid': 'Teh podatkov ni mogoče prikazati: {reason}',
  'state.loadFailed': 'Nalaganje podatkov ni uspelo: {reason}',
  'state.noView': 'Ni podatkov za prikaz.',
  'state.loadFailedNoReason': 'Nalaganje podatkov ni uspelo.',
  'state.stillLoading': 'Nalaganje traja dlje kot običajno…',
  'state.retry': 'Poskusi znova',
  'state.blocked': 'Te vsebine ni mogoče prikazati: varnostne nastavitve strani jo blokirajo. Težavo sporočite upravljavcu portala.',
  'issues.summary': (p, l) =>
    l.plural(Number(p.count), { one: '# težava v prejetih podatkih', two: '# težavi v prejetih podatkih', few: '# težave v prejetih podatkih', other: '# težav v prejetih podatkih' }),
  'issues.show': 'Prikaži podrobnosti',
  'issues.severity.error': 'Napaka',
  'issues.severity.warning': 'Opozorilo',
  'issues.severity.info': 'Opomba',
  'issues.general': 'Eden od prejetih podatkov ni veljaven.',
  'issues.times': '({count}-krat)',
  'period.from': 'od',
  'period.until': 'do',
  'restriction.no-consent': 'Oseba ni dala soglasja za vpogled v kartoteko za namene zdravljenja: ni česa prikazati.',
  'restriction.inactive-delegation': 'Pooblastilo ni aktivno: ni česa prikazati.',
  'privacy.obscured': 'Skrito: vidite ga samo vi',
  'privacy.protected': 'Posebej varovan podatek: vidite ga samo vi',
  'privacy.hiddenFromParent': 'Staršem ni vidno',
  close: 'Zapri',
  documents: (p, l) => l.plural(Number(p.count), { one: '# dokument', two: '# dokumenta', few: '# dokumenti', other: '# dokumentov' }),
  'count.events': (p, l) => l.plural(Number(p.count), { one: '# dogodek', two: '# dogodka', few: '# dogodki', other: '# dogodkov' }),
  'count.carePaths': (p, l) => l.plural(Number(p.count), { one: '# pot oskrbe', two: '# poti oskrbe', few: '# poti oskrbe', other: '# poti oskrbe' }),
  'count.record': (p, l) => eventsAndPaths(p, l, ' in '),
  'progress.loading': (p, l) =>
    p.total === undefined
      ? `Nalaganje: ${l.number(Number(p.loaded))} zapisov…`
      : `Nalaganje: ${l.number(Number(p.loaded))} od ${p.approximate ? 'približno ' : ''}${l.number(Number(p.total))} zapisov`,
  // "rojena 3. marca 1958", "rojena marca 1958", "rojen leta 1958": Intl gives the date in the nominative
  born: (p: Params) =>
    `${p.sex === 'male' ? 'rojen' : p.sex === 'female' ? 'rojena' : 'rojen/a'} ${p.precision === 'year' ? 'leta ' : ''}${p.date}`,
  'date.unknown': 'datum ni na voljo',
};
