/**
 * Messages of `<fse-consent-panel>`: documents in protected categories, hidden from professionals
 * unless the citizen makes them visible. Italian is the reference; English and German say the
 * same; the panel merges every section's messages (`../messages.ts`).
 */
import type { Catalog, Messages } from '../../internal/localize.js';

export const it: Messages = {
  'protected.title': 'Documenti a maggior tutela',
  'protected.intro':
    'Per legge alcuni documenti (ad esempio su HIV, interruzione di gravidanza, violenza subita, dipendenze, parto in anonimato, consultori) li vedi solo tu, a meno che tu non scelga di renderli visibili a chi ti cura (DM 7 settembre 2023, art. 6).',
  'protected.visible': 'Reso visibile a chi ti cura',
  'protected.show': 'Rendi visibile a chi ti cura',
  'protected.hide': 'Nascondi di nuovo',
  'protected.ask.title': 'Rendere visibile «{title}»?',
  'protected.ask.confirm': 'Sì, rendilo visibile',
  'protected.ask.effect':
    'I medici e gli operatori a cui hai dato il consenso alla consultazione potranno vedere questo documento. Gli altri documenti a maggior tutela restano visibili solo a te.',
  'protected.ask.revocable': 'Puoi nasconderlo di nuovo in qualsiasi momento.',
  'category.HIV': 'HIV',
  'category.IVG': 'interruzione volontaria di gravidanza',
  'category.SEXUAL_VIOLENCE': 'violenza sessuale',
  'category.SUBSTANCE': 'dipendenze',
  'category.ANONYMOUS_BIRTH': 'parto in anonimato',
  'category.CONSULTORIO': 'consultorio familiare',
};

export const en: Messages = {
  'protected.title': 'Specially protected documents',
  'protected.intro':
    'By law some documents (for example about HIV, termination of pregnancy, violence suffered, addiction, anonymous birth, family counselling centres) are seen only by you, unless you choose to make them visible to those treating you (DM 7 September 2023, art. 6).',
  'protected.visible': 'Made visible to those treating you',
  'protected.show': 'Make visible to those treating you',
  'protected.hide': 'Hide again',
  'protected.ask.title': 'Make “{title}” visible?',
  'protected.ask.confirm': 'Yes, make it visible',
  'protected.ask.effect':
    'The doctors and health workers you gave consultation consent to will be able to see this document. Your other specially protected documents stay visible only to you.',
  'protected.ask.revocable': 'You can hide it again at any time.',
  'category.HIV': 'HIV',
  'category.IVG': 'termination of pregnancy',
  'category.SEXUAL_VIOLENCE': 'sexual violence',
  'category.SUBSTANCE': 'addiction',
  'category.ANONYMOUS_BIRTH': 'anonymous birth',
  'category.CONSULTORIO': 'family counselling centre',
};

export const de: Messages = {
  'protected.title': 'Besonders geschützte Dokumente',
  'protected.intro':
    'Von Gesetzes wegen sehen nur Sie bestimmte Dokumente (etwa zu HIV, Schwangerschaftsabbruch, erlittener Gewalt, Abhängigkeit, anonymer Geburt, Familienberatungsstellen), es sei denn, Sie machen sie für Ihre Behandelnden sichtbar (DM vom 7. September 2023, Art. 6).',
  'protected.visible': 'Für Ihre Behandelnden sichtbar gemacht',
  'protected.show': 'Für Behandelnde sichtbar machen',
  'protected.hide': 'Wieder verbergen',
  'protected.ask.title': '„{title}“ sichtbar machen?',
  'protected.ask.confirm': 'Ja, sichtbar machen',
  'protected.ask.effect':
    'Die Ärztinnen, Ärzte und Fachkräfte, denen Sie die Einsicht erlaubt haben, können dieses Dokument sehen. Ihre anderen besonders geschützten Dokumente bleiben nur für Sie sichtbar.',
  'protected.ask.revocable': 'Sie können es jederzeit wieder verbergen.',
  'category.HIV': 'HIV',
  'category.IVG': 'Schwangerschaftsabbruch',
  'category.SEXUAL_VIOLENCE': 'sexuelle Gewalt',
  'category.SUBSTANCE': 'Abhängigkeit',
  'category.ANONYMOUS_BIRTH': 'anonyme Geburt',
  'category.CONSULTORIO': 'Familienberatungsstelle',
};

export const protectedMessages: Catalog = { it };
