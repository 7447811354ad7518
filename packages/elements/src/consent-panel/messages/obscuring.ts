/**
 * Messages of `<fse-consent-panel>`: the documents list: searching, reading and obscuring a
 * document (with the Patient Summary warning and the cascade). Italian is the reference; English
 * and German say the same; the panel merges every section's messages (`../messages.ts`).
 */
import type { Catalog, Messages } from '../../internal/localize.js';
import { n } from './shared.js';

export const it: Messages = {
  'docs.title': 'I tuoi documenti: oscurare un documento',
  'docs.intro':
    'Puoi oscurare un documento: da quel momento lo vedrai solo tu (e chi lo ha prodotto). Nessun altro saprà che esiste, né che lo hai oscurato. Puoi renderlo di nuovo visibile quando vuoi.',
  'docs.search': 'Cerca tra i documenti',
  'docs.count': (p, l) =>
    `${n(p, 'shown') === n(p, 'listed') ? l.t('documents', { count: n(p, 'total') }) : `${l.plural(n(p, 'shown'), { one: '# trovato', other: '# trovati' })} su ${l.t('documents', { count: n(p, 'total') })}`}${n(p, 'protected') ? `, ${l.plural(n(p, 'protected'), { one: '# a maggior tutela', other: '# a maggior tutela' })}` : ''}, ${l.plural(n(p, 'obscured'), { one: '# oscurato', other: '# oscurati' })}`,
  'docs.listLabel': 'Documenti del fascicolo',
  'docs.more': (p, l) => l.plural(n(p), { one: 'Mostra ancora # documento', other: 'Mostra altri # documenti' }),
  'docs.empty': 'Nel fascicolo non ci sono ancora documenti.',
  'docs.cascadeHidden': 'Nascosto insieme al documento oscurato «{title}»',
  'docs.visible': 'Visibile a chi ti cura (se hai dato il consenso)',
  'docs.obscure': 'Oscura',
  'docs.open': 'Leggi',
  'docs.unobscure': 'Rendi di nuovo visibile',
  'obscure.this': 'Oscura questo documento',
  'docs.keys': 'Nell’elenco passa da un documento all’altro con le frecce ↑ ↓, e tra le sue azioni con ← →.',
  'obscure.title': 'Oscurare «{title}»?',
  'obscure.confirm': 'Oscura il documento',
  'obscure.confirm.cascade': (p, l) => l.plural(n(p), { one: 'Oscura # documento', other: 'Oscura # documenti' }),
  'obscure.effect':
    'Dopo l’oscuramento solo tu (e chi ha prodotto il documento) potrai vederlo. I medici e gli operatori non sapranno che esiste, nemmeno in emergenza.',
  'obscure.cascade': (p, l) =>
    l.plural(n(p), {
      one: 'È una prescrizione: insieme a essa verrà oscurato anche # documento collegato:',
      other: 'È una prescrizione: insieme a essa verranno oscurati anche # documenti collegati:',
    }),
  'obscure.pss.title': 'Attenzione:',
  'obscure.pss':
    'le informazioni di questo documento potrebbero essere già riportate in altri documenti, come il Profilo Sanitario Sintetico scritto dal tuo medico di famiglia. Quei documenti non vengono oscurati automaticamente: se vuoi, oscurali separatamente (DM 7 settembre 2023, art. 9, comma 3).',
  'obscure.emergency.title': 'Questo documento può servire in un’emergenza',
  'obscure.emergency.pss': 'È il tuo Profilo Sanitario Sintetico: in un’emergenza il medico lo legge per primo, per conoscere subito le tue malattie, allergie e terapie.',
  'obscure.emergency.critical': (p, l) =>
    l.plural(n(p), { one: 'Contiene un farmaco che un medico deve conoscere subito in un’emergenza: {medicines}.', other: 'Contiene farmaci che un medico deve conoscere subito in un’emergenza: {medicines}.' }).replace('{medicines}', String(p.medicines)),
  'obscure.emergency.law':
    'Se lo oscuri, in un’emergenza nessun medico potrà vederlo: l’accesso in emergenza non mostra mai i documenti oscurati (DM 7 settembre 2023, art. 20).',
  'obscure.revocable': 'Puoi annullare l’oscuramento in qualsiasi momento.',
};

export const en: Messages = {
  'docs.title': 'Your documents: obscuring a document',
  'docs.intro':
    'You can obscure a document: from then on only you (and whoever produced it) will see it. Nobody else will know it exists, nor that you obscured it. You can make it visible again whenever you like.',
  'docs.search': 'Search your documents',
  'docs.count': (p, l) =>
    `${n(p, 'shown') === n(p, 'listed') ? l.t('documents', { count: n(p, 'total') }) : `${l.number(n(p, 'shown'))} found of ${l.t('documents', { count: n(p, 'total') })}`}${n(p, 'protected') ? `, ${l.number(n(p, 'protected'))} specially protected` : ''}, ${l.number(n(p, 'obscured'))} obscured`,
  'docs.listLabel': 'Documents in the record',
  'docs.more': (p, l) => l.plural(n(p), { one: 'Show # more document', other: 'Show # more documents' }),
  'docs.empty': 'There are no documents in the record yet.',
  'docs.cascadeHidden': 'Hidden together with the obscured document “{title}”',
  'docs.visible': 'Visible to those treating you (if you consented)',
  'docs.obscure': 'Obscure',
  'docs.open': 'Read',
  'docs.unobscure': 'Make visible again',
  'obscure.this': 'Obscure this document',
  'docs.keys': 'In the list, move between documents with the ↑ ↓ arrow keys, and between a document’s actions with ← →.',
  'obscure.title': 'Obscure “{title}”?',
  'obscure.confirm': 'Obscure the document',
  'obscure.confirm.cascade': (p, l) => l.plural(n(p), { one: 'Obscure # document', other: 'Obscure # documents' }),
  'obscure.effect':
    'Once obscured, only you (and whoever produced the document) will be able to see it. Doctors and health workers will not know it exists, not even in an emergency.',
  'obscure.cascade': (p, l) =>
    l.plural(n(p), {
      one: 'It is a prescription: # linked document will be obscured with it:',
      other: 'It is a prescription: # linked documents will be obscured with it:',
    }),
  'obscure.pss.title': 'Please note:',
  'obscure.pss':
    'the information in this document may already be reported in other documents, such as the Patient Summary written by your family doctor. Those documents are not obscured automatically: obscure them separately if you wish (DM 7 September 2023, art. 9(3)).',
  'obscure.emergency.title': 'This document may be needed in an emergency',
  'obscure.emergency.pss': 'It is your Patient Summary: in an emergency the doctor reads it first, to know your illnesses, allergies and treatments at once.',
  'obscure.emergency.critical': (p, l) =>
    l.plural(n(p), { one: 'It holds a medicine a doctor must know about at once in an emergency: {medicines}.', other: 'It holds medicines a doctor must know about at once in an emergency: {medicines}.' }).replace('{medicines}', String(p.medicines)),
  'obscure.emergency.law':
    'If you obscure it, no doctor will see it in an emergency: emergency access never shows obscured documents (DM 7 September 2023, art. 20).',
  'obscure.revocable': 'You can undo the obscuring at any time.',
};

export const de: Messages = {
  'docs.title': 'Ihre Dokumente: ein Dokument verbergen',
  'docs.intro':
    'Sie können ein Dokument verbergen: Danach sehen es nur Sie (und wer es erstellt hat). Niemand sonst erfährt, dass es existiert oder dass Sie es verborgen haben. Sie können es jederzeit wieder sichtbar machen.',
  'docs.search': 'Dokumente durchsuchen',
  'docs.count': (p, l) =>
    `${n(p, 'shown') === n(p, 'listed') ? l.t('documents', { count: n(p, 'total') }) : `${l.number(n(p, 'shown'))} gefunden von ${l.t('documents', { count: n(p, 'total') })}`}${n(p, 'protected') ? `, ${l.number(n(p, 'protected'))} besonders geschützt` : ''}, ${l.number(n(p, 'obscured'))} verborgen`,
  'docs.listLabel': 'Dokumente der Akte',
  'docs.more': (p, l) => l.plural(n(p), { one: '# weiteres Dokument anzeigen', other: '# weitere Dokumente anzeigen' }),
  'docs.empty': 'In der Akte gibt es noch keine Dokumente.',
  'docs.cascadeHidden': 'Zusammen mit dem verborgenen Dokument „{title}“ ausgeblendet',
  'docs.visible': 'Sichtbar für Ihre Behandelnden (wenn Sie eingewilligt haben)',
  'docs.obscure': 'Verbergen',
  'docs.open': 'Lesen',
  'docs.unobscure': 'Wieder sichtbar machen',
  'obscure.this': 'Dieses Dokument verbergen',
  'docs.keys': 'In der Liste wechseln Sie mit den Pfeiltasten ↑ ↓ zwischen den Dokumenten und mit ← → zwischen den Aktionen eines Dokuments.',
  'obscure.title': '„{title}“ verbergen?',
  'obscure.confirm': 'Dokument verbergen',
  'obscure.confirm.cascade': (p, l) => l.plural(n(p), { one: '# Dokument verbergen', other: '# Dokumente verbergen' }),
  'obscure.effect':
    'Danach sehen es nur Sie (und wer das Dokument erstellt hat). Ärztinnen, Ärzte und Fachkräfte erfahren nicht, dass es existiert, auch nicht im Notfall.',
  'obscure.cascade': (p, l) =>
    l.plural(n(p), {
      one: 'Es ist eine Verordnung: # verknüpftes Dokument wird mit ihr verborgen:',
      other: 'Es ist eine Verordnung: # verknüpfte Dokumente werden mit ihr verborgen:',
    }),
  'obscure.pss.title': 'Achtung:',
  'obscure.pss':
    'Die Angaben dieses Dokuments können bereits in anderen Dokumenten stehen, etwa in der Patientenkurzakte Ihres Hausarztes. Diese Dokumente werden nicht automatisch verborgen: Verbergen Sie sie bei Bedarf einzeln (DM vom 7. September 2023, Art. 9 Abs. 3).',
  'obscure.emergency.title': 'Dieses Dokument kann in einem Notfall gebraucht werden',
  'obscure.emergency.pss': 'Es ist Ihre Patientenkurzakte: In einem Notfall liest der Arzt sie zuerst, um Ihre Krankheiten, Allergien und Therapien sofort zu kennen.',
  'obscure.emergency.critical': (p, l) =>
    l.plural(n(p), { one: 'Es enthält ein Arzneimittel, das ein Arzt im Notfall sofort kennen muss: {medicines}.', other: 'Es enthält Arzneimittel, die ein Arzt im Notfall sofort kennen muss: {medicines}.' }).replace('{medicines}', String(p.medicines)),
  'obscure.emergency.law':
    'Wenn Sie es verbergen, sieht es im Notfall kein Arzt: Der Notfallzugriff zeigt nie verborgene Dokumente (DM vom 7. September 2023, Art. 20).',
  'obscure.revocable': 'Sie können das Verbergen jederzeit rückgängig machen.',
};

export const obscuringMessages: Catalog = { it };
