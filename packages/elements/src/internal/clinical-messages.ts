/**
 * The critical-medicine words the summary and the medications share, with no Lit in the module, so
 * the locale modules that import them load even where lit-html cannot (Trusted Types 'none', where
 * the elements must still say why they are blank).
 */
import type { CriticalClass } from '@percorso/model';
import type { Catalog, Message } from './localize.js';

type CriticalKey = `critical.${CriticalClass}` | `critical.${CriticalClass}.citizen`;

type CriticalMessages = Record<CriticalKey, Message>;

/**
 * The critical classes in words: the clinician's term, and what it means for a citizen. Italian
 * built in; English and German exported for their locale modules (src/locales/).
 */
export const criticalIt: CriticalMessages = {
    'critical.anticoagulant': 'Anticoagulante',
    'critical.anticoagulant.citizen': 'Anticoagulante: rende il sangue più fluido. Dillo sempre a medici e dentisti.',
    'critical.antiplatelet': 'Antiaggregante piastrinico',
    'critical.antiplatelet.citizen': 'Antiaggregante: riduce la coagulazione. Dillo sempre a medici e dentisti.',
    'critical.insulin': 'Insulina',
    'critical.insulin.citizen': 'Insulina: attenzione ai cali di zucchero.',
    'critical.hypoglycaemic': 'Ipoglicemizzante',
    'critical.hypoglycaemic.citizen': 'Abbassa lo zucchero nel sangue: attenzione ai cali di zucchero.',
    'critical.opioid': 'Oppioide',
    'critical.opioid.citizen': 'Antidolorifico oppioide: può dare sonnolenza.',
    'critical.antiepileptic': 'Antiepilettico',
    'critical.antiepileptic.citizen': 'Antiepilettico: non interromperlo senza il parere del medico.',
    'critical.immunosuppressant': 'Immunosoppressore',
    'critical.immunosuppressant.citizen': 'Riduce le difese immunitarie: attenzione alle infezioni.',
    'critical.corticosteroid': 'Corticosteroide sistemico',
    'critical.corticosteroid.citizen': 'Cortisone: non interromperlo all’improvviso.',
};

export const criticalEn: CriticalMessages = {
    'critical.anticoagulant': 'Anticoagulant',
    'critical.anticoagulant.citizen': 'Anticoagulant: thins the blood. Always tell doctors and dentists.',
    'critical.antiplatelet': 'Antiplatelet',
    'critical.antiplatelet.citizen': 'Antiplatelet: slows clotting. Always tell doctors and dentists.',
    'critical.insulin': 'Insulin',
    'critical.insulin.citizen': 'Insulin: watch out for low blood sugar.',
    'critical.hypoglycaemic': 'Blood-glucose lowering',
    'critical.hypoglycaemic.citizen': 'Lowers blood sugar: watch out for low blood sugar.',
    'critical.opioid': 'Opioid',
    'critical.opioid.citizen': 'Opioid painkiller: may make you drowsy.',
    'critical.antiepileptic': 'Antiepileptic',
    'critical.antiepileptic.citizen': 'Antiepileptic: do not stop it without your doctor.',
    'critical.immunosuppressant': 'Immunosuppressant',
    'critical.immunosuppressant.citizen': 'Lowers your immune defences: watch out for infections.',
    'critical.corticosteroid': 'Systemic corticosteroid',
    'critical.corticosteroid.citizen': 'Cortisone: do not stop it suddenly.',
};

export const criticalDe: CriticalMessages = {
    'critical.anticoagulant': 'Antikoagulans',
    'critical.anticoagulant.citizen': 'Gerinnungshemmer: macht das Blut flüssiger. Sagen Sie es immer Ärzten und Zahnärzten.',
    'critical.antiplatelet': 'Thrombozytenaggregationshemmer',
    'critical.antiplatelet.citizen': 'Hemmt die Blutgerinnung. Sagen Sie es immer Ärzten und Zahnärzten.',
    'critical.insulin': 'Insulin',
    'critical.insulin.citizen': 'Insulin: Achtung vor Unterzuckerung.',
    'critical.hypoglycaemic': 'Blutzuckersenker',
    'critical.hypoglycaemic.citizen': 'Senkt den Blutzucker: Achtung vor Unterzuckerung.',
    'critical.opioid': 'Opioid',
    'critical.opioid.citizen': 'Opioid-Schmerzmittel: kann müde machen.',
    'critical.antiepileptic': 'Antiepileptikum',
    'critical.antiepileptic.citizen': 'Antiepileptikum: nicht ohne Ihren Arzt absetzen.',
    'critical.immunosuppressant': 'Immunsuppressivum',
    'critical.immunosuppressant.citizen': 'Schwächt die Abwehr: Achtung vor Infektionen.',
    'critical.corticosteroid': 'Systemisches Kortikosteroid',
    'critical.corticosteroid.citizen': 'Kortison: nicht plötzlich absetzen.',
};

export const criticalMessages: Catalog<CriticalKey> = { it: criticalIt };

/** Merges catalogues language by language (an element's own messages over shared clinical ones). */
export function mergeCatalogs<A extends string, B extends string>(a: Catalog<A>, b: Catalog<B>): Catalog<A | B> {
  const out: Partial<Record<string, Record<string, Message>>> = {};
  for (const lang of new Set([...Object.keys(a), ...Object.keys(b)])) out[lang] = { ...a[lang], ...b[lang] };
  return out as Catalog<A | B>;
}
