/**
 * The plain-language glossary: every national document type and at least 60 laboratory analytes
 * (by LOINC), in Italian, each with its public sources and a `reviewed` flag. The model carries no
 * other language (the locale modules do: test/i18n/completeness.test.ts checks each has every entry).
 */
import { expect } from '@open-wc/testing';
import { plainGlossaryText } from './glossary-text.js';
import { ANALYTE_COUNT, ANALYTE_GLOSSARY, analyteEntry, DOCUMENT_TYPE_GLOSSARY, documentTypeEntry, NATIONAL_TYPE_LABEL, type GlossaryEntry } from '@percorso/model';

function check(e: GlossaryEntry, what: string): void {
  expect(e.name.it.trim(), `${what} name`).not.to.equal('');
  expect(Object.keys(e.name), `${what}: Italian only`).to.deep.equal(['it']);
  expect(Object.keys(e.text), `${what}: Italian only`).to.deep.equal(['it']);
  expect(plainGlossaryText(e.text.it), what).to.equal(true);
  expect(e.sources.length, `${what} sources`).to.be.greaterThan(0);
  for (const s of e.sources) {
    expect(s.name.trim(), `${what} source name`).not.to.equal('');
    expect(s.url, `${what} source url`).to.match(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
  }
  expect(e.reviewed, `${what} reviewed flag`).to.be.a('boolean');
}

describe('glossary', () => {
  it('explains every national document type', () => {
    for (const type of NATIONAL_TYPE_LABEL.keys()) {
      const e = DOCUMENT_TYPE_GLOSSARY[type];
      expect(e, type).to.exist;
      check(e, type);
    }
    expect(documentTypeEntry('LAB').name.it).to.equal('Referto di laboratorio');
  });

  it('explains at least 60 laboratory analytes by LOINC, none yet reviewed by a clinician', () => {
    expect(ANALYTE_COUNT).to.be.at.least(60);
    const distinct = new Set(ANALYTE_GLOSSARY.values());
    expect(distinct.size).to.equal(ANALYTE_COUNT);
    for (const [code, e] of ANALYTE_GLOSSARY) {
      expect(code).to.match(/^\d{1,6}-\d$/);
      check(e, code);
      expect(e.reviewed).to.equal(false);
    }
  });

  it('finds an analyte from a result’s codings, by its LOINC code only', () => {
    expect(analyteEntry([{ system: 'urn:oid:x', code: '2345-7' }])).to.equal(undefined);
    expect(analyteEntry([{ system: 'urn:oid:x', code: 'GLU' }, { system: 'http://loinc.org', code: '2345-7' }])!.name.it).to.match(/Glucosio/);
    // the analytes of the generator and of the gateway's LAB example are all explained
    for (const code of ['2345-7', '2160-0', '2093-3', '2085-9', '2571-8', '2823-3', '2951-2', '3016-3', '33914-3', '4548-4', '6690-2', '718-7', '777-3', '1742-6', '1920-8', '14957-5']) {
      expect(ANALYTE_GLOSSARY.has(code), code).to.equal(true);
    }
  });
});
