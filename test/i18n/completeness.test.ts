/**
 * Every bundled language says everything: for each exported element, the keys of its built-in
 * Italian catalogue (the reference) against those English, German, French and Slovenian register;
 * the shared messages; and each registers the model's texts in its language (issue messages and
 * glossary, `@percorso/model/locales/<lang>`, whose completeness test/model/locales.test.ts checks).
 * A key added to Italian without its translations fails here, naming the key.
 */
import { expect } from '@open-wc/testing';
import * as modelEn from '@percorso/model/locales/en';
import * as modelDe from '@percorso/model/locales/de';
import * as modelFr from '@percorso/model/locales/fr';
import * as modelSl from '@percorso/model/locales/sl';
import '../../packages/elements/src/index.js';
import type { Catalog, Locale } from '../../packages/elements/src/internal/localize.js';
import { sharedMessages } from '../../packages/elements/src/internal/messages.js';
import { en } from '../../packages/elements/src/locales/en.js';
import { de } from '../../packages/elements/src/locales/de.js';
import { fr } from '../../packages/elements/src/locales/fr.js';
import { sl } from '../../packages/elements/src/locales/sl.js';
import { drawingTags } from '../elements/exported-tags.js';

const LOCALES: Record<string, Locale> = { en, de, fr, sl };
const MODEL_TEXTS: Record<string, Pick<Locale, 'issues' | 'glossary'>> = { en: modelEn, de: modelDe, fr: modelFr, sl: modelSl };

/** Keys of `reference` that `other` lacks or leaves empty. */
function missing(reference: object, other: object | undefined): string[] {
  return Object.keys(reference).filter((k) => {
    const v = (other as Record<string, unknown> | undefined)?.[k];
    return v === undefined || v === '' || (typeof v === 'object' && v !== null && !Object.keys(v).length);
  });
}

function italianOf(tag: string): Record<string, unknown> {
  const ctor = customElements.get(tag) as unknown as { messages: Partial<Catalog> } | undefined;
  expect(ctor, tag).to.not.equal(undefined);
  const it = ctor!.messages.it;
  expect(it, `${tag} has a built-in Italian catalogue`).to.be.an('object');
  return it!;
}

describe('every bundled language has every key', () => {
  it('lists the elements it checks (all exported elements that draw)', () => {
    expect(drawingTags().length).to.be.greaterThan(8);
  });

  for (const [lang, locale] of Object.entries(LOCALES)) {
    describe(lang, () => {
      it('has every shared message', () => {
        expect(missing(sharedMessages.it, locale.shared)).to.deep.equal([]);
      });

      it('has every message of every element', () => {
        const gaps: string[] = [];
        for (const tag of drawingTags()) {
          const ctor = customElements.get(tag) as unknown as { messages: Partial<Catalog> };
          const own = locale[tag as `fse-${string}`] ?? ctor.messages[lang];
          for (const key of missing(italianOf(tag), own)) gaps.push(`${tag}: ${key}`);
        }
        expect(gaps).to.deep.equal([]);
      });

      it('says no key Italian does not have (no stale translation)', () => {
        const extra: string[] = [];
        for (const tag of drawingTags()) {
          const own = locale[tag as `fse-${string}`];
          if (!own) continue;
          const it = italianOf(tag);
          for (const key of Object.keys(own)) if (!(key in it)) extra.push(`${tag}: ${key}`);
        }
        expect(extra).to.deep.equal([]);
      });
    });
  }

  for (const [lang, locale] of Object.entries(LOCALES)) {
    it(`${lang}: registers the model's issue messages and glossary in that language (test/model/locales.test.ts checks them)`, () => {
      expect(locale.issues).to.equal(MODEL_TEXTS[lang].issues);
      expect(locale.glossary).to.equal(MODEL_TEXTS[lang].glossary);
    });
  }
});
