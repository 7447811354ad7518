/** Slovenian: the journey's "Novità" (journey/news.ts). Awaiting review by a native speaker. */
import type { NewsMessages } from '../../journey/news-messages.js';

export const news: NewsMessages = {
  'news.title': 'Novosti',
  'news.since': 'Od vašega zadnjega obiska ({date}): {counts}.',
  'news.empty': 'Od vašega zadnjega obiska ({date}) ni novosti.',
  'news.count.document': (p, l) => l.plural(Number(p.count), { one: '# nov dokument', two: '# nova dokumenta', few: '# novi dokumenti', other: '# novih dokumentov' }),
  'news.count.prescription': (p, l) => l.plural(Number(p.count), { one: '# pripravljen recept', two: '# pripravljena recepta', few: '# pripravljeni recepti', other: '# pripravljenih receptov' }),
  'news.count.booking': (p, l) => l.plural(Number(p.count), { one: '# nov termin', two: '# nova termina', few: '# novi termini', other: '# novih terminov' }),
  'news.count.access': (p, l) => l.plural(Number(p.count), { one: '# vpogled nove osebe', two: '# vpogleda novih oseb', few: '# vpogledi novih oseb', other: '# vpogledov novih oseb' }),
  'news.document': 'Nov dokument: {title}',
  'news.prescription': 'Recept pripravljen: {title}',
  'news.booking': 'Nov termin: {title}',
  'news.access': 'Vpogled v vašo kartoteko: {who} (prvič)',
  'news.access.emergency': 'Nujni vpogled v vašo kartoteko: {who} (prvič)',
  'news.access.someone': 'neimenovana oseba',
  'news.entry.when': 'Kdaj',
  'news.entry.who': 'Kdo',
  'news.entry.where': 'Za',
  'news.entry.how': 'Kako',
  'news.entry.emergency': 'V nujnem primeru, brez vaše privolitve (DM 7 settembre 2023, 20. člen)',
  'news.entry.read': 'Pregledani dokumenti:',
  'news.entry.none': 'Noben od dokumentov, ki jih vidite, ni bil pregledan.',
};
