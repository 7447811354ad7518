/**
 * The model's texts in English, German, French and Slovenian (`@percorso/model/locales/<lang>`): the
 * plain message of every issue code and the glossary's document types and analytes, by the keys of
 * the Italian ones, so that nothing is said in one language and missing in another. The model's main
 * entry holds Italian only; each other language is a module a page imports (or not).
 */
import { expect } from '@open-wc/testing';
import { ANALYTE_GLOSSARY, DOCUMENT_TYPE_GLOSSARY, PLAIN_MESSAGES, type GlossaryTexts } from '@percorso/model';
import * as en from '@percorso/model/locales/en';
import * as de from '@percorso/model/locales/de';
import * as fr from '@percorso/model/locales/fr';
import * as sl from '@percorso/model/locales/sl';
import { plainGlossaryText } from './glossary-text.js';

const LANGS: Record<string, { issues: Record<string, string>; glossary: GlossaryTexts }> = { en, de, fr, sl };

describe("the model's texts in other languages (@percorso/model/locales)", () => {
  for (const [lang, { issues, glossary }] of Object.entries(LANGS)) {
    it(`${lang}: has the plain message of every issue code, and no other`, () => {
      expect([...PLAIN_MESSAGES.keys()].filter((code) => !issues[code]?.trim())).to.deep.equal([]);
      expect(Object.keys(issues).filter((code) => !PLAIN_MESSAGES.has(code))).to.deep.equal([]);
    });

    it(`${lang}: has every document type and analyte of the glossary, with a name and a text, and no other`, () => {
      const said = (t?: { name?: string; text?: string }) => !!t?.name?.trim() && !!t.text?.trim();
      expect(Object.keys(DOCUMENT_TYPE_GLOSSARY).filter((k) => !said(glossary.documentTypes?.[k]))).to.deep.equal([]);
      expect([...ANALYTE_GLOSSARY.keys()].filter((k) => !said(glossary.analytes?.[k]))).to.deep.equal([]);
      expect(Object.keys(glossary.documentTypes ?? {}).filter((k) => !(k in DOCUMENT_TYPE_GLOSSARY))).to.deep.equal([]);
      expect(Object.keys(glossary.analytes ?? {}).filter((k) => !ANALYTE_GLOSSARY.has(k))).to.deep.equal([]);
    });

    if (lang === 'en' || lang === 'de') {
      it(`${lang}: says each glossary text in one or two sentences, with no advice`, () => {
        const texts = [...Object.values(glossary.documentTypes ?? {}), ...Object.values(glossary.analytes ?? {})];
        expect(texts.filter((t) => !plainGlossaryText(t.text ?? '')).map((t) => t.name)).to.deep.equal([]);
      });
    }
  }
});
