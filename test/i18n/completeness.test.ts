/**
 * Every bundled language says everything: for each exported element, the keys of its built-in
 * Italian catalogue (the reference) against those English, German, French and Slovenian register;
 * the shared messages; the plain message of every model issue code; the glossary's document types
 * and analytes (the model writes them in Italian only: every other language is its locale module's).
 * A key added to Italian without its translations fails here, naming the key.
 */
import { expect } from '@open-wc/testing';
import { ANALYTE_GLOSSARY, DOCUMENT_TYPE_GLOSSARY, PLAIN_MESSAGES } from '@percorso/model';
import '../../packages/elements/src/index.js';
import type { Catalog, Locale } from '../../packages/elements/src/internal/localize.js';
import { sharedMessages } from '../../packages/elements/src/internal/messages.js';
import { en } from '../../packages/elements/src/locales/en.js';
import { de } from '../../packages/elements/src/locales/de.js';
import { fr } from '../../packages/elements/src/locales/fr.js';
import { sl } from '../../packages/elements/src/locales/sl.js';
import { drawingTags } from '../elements/exported-tags.js';
import { plainGlossaryText } from '../model/glossary-text.js';

const LOCALES: Record<string, Locale> = { en, de, fr, sl };

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
    it(`${lang}: has the plain message of every model issue code, and no other`, () => {
      expect(missing(Object.fromEntries(PLAIN_MESSAGES), locale.issues)).to.deep.equal([]);
      expect(Object.keys(locale.issues!).filter((code) => !PLAIN_MESSAGES.has(code))).to.deep.equal([]);
    });

    it(`${lang}: has every document type and analyte of the glossary, with a name and a text`, () => {
      const docTypes = Object.keys(DOCUMENT_TYPE_GLOSSARY).filter((k) => !locale.glossary?.documentTypes?.[k]?.name || !locale.glossary.documentTypes[k].text);
      const analytes = [...ANALYTE_GLOSSARY.keys()].filter((k) => !locale.glossary?.analytes?.[k]?.name || !locale.glossary.analytes[k].text);
      expect(docTypes).to.deep.equal([]);
      expect(analytes).to.deep.equal([]);
      // same codes as the model's, so an entry is never said in one language and missing in another
      expect(Object.keys(locale.glossary!.analytes!).filter((k) => !ANALYTE_GLOSSARY.has(k))).to.deep.equal([]);
    });

    if (lang === 'en' || lang === 'de') {
      it(`${lang}: says each glossary text in one or two sentences, with no advice`, () => {
        const texts = [...Object.values(locale.glossary!.documentTypes!), ...Object.values(locale.glossary!.analytes!)];
        expect(texts.filter((t) => !t.name?.trim() || !plainGlossaryText(t.text ?? '')).map((t) => t.name)).to.deep.equal([]);
      });
    }
  }
});
