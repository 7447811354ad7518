/**
 * What an element tells a person about problems in the data (issue 8 §1): the plain message of
 * each issue, localised, with no JSON path and no value from the input — a raw value can name a
 * doctor (`Practitioner/dr-infettivologo-…`) or a date of a visit. Developers keep both on
 * `view.issues` and in `fse-error`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CDA_ISSUE_CODES, fromFhir, ISSUE_CODES, PLAIN_MESSAGES, viewFor, type FseView } from '@percorso/model';
import { SOURCE_ISSUE_CODES } from '@percorso/model/fhir-source';
import '../../packages/elements/src/timeline.js';
import { en } from '../../packages/elements/src/locales/en.js';
import { de } from '../../packages/elements/src/locales/de.js';
import type { FseTimeline } from '../../packages/elements/src/timeline.js';

const NOW = Date.UTC(2026, 2, 15, 10);
const patientRef = { reference: 'Patient/p1' };

function view(): FseView {
  const r = fromFhir(
    [
      { resourceType: 'Patient', id: 'p1', identifier: [{ system: 'urn:oid:2.16.840.1.113883.2.9.4.3.2', value: 'BNCLRA70C45L219Y' }], name: [{ family: 'Bianchi', given: ['Laura'] }], birthDate: '1970-03-05' },
      { resourceType: 'Observation', id: 'hb', status: 'final', subject: patientRef, code: { text: 'Emoglobina' }, effectiveDateTime: '2025-01-10', performer: [{ reference: 'Practitioner/dr-infettivologo-5f2c' }] },
      { resourceType: 'Observation', id: 'glu', status: 'final', subject: patientRef, code: { text: 'Glicemia' }, effectiveDateTime: '2025-01-11', issued: '2025-02-30T10:00:00+01:00' },
      { resourceType: 'Procedure', id: 'ecg', status: 'completed', subject: patientRef, code: { text: 'ECG' }, performedDateTime: '12/02/2025' },
    ],
    { now: NOW },
  );
  return viewFor(r, { role: 'citizen', now: NOW });
}

const text = (el: FseTimeline) => el.shadowRoot!.querySelector('.issues')!.textContent!.replace(/\s+/g, ' ');

describe('issues shown to people', () => {
  it('every issue code the model raises has a plain message in Italian (the model), English and German (their locale modules), quoting nothing', () => {
    const codes = [...ISSUE_CODES.keys(), ...CDA_ISSUE_CODES.keys(), ...SOURCE_ISSUE_CODES.keys()];
    expect(codes.length).to.be.greaterThan(50);
    for (const code of codes) {
      for (const text of [PLAIN_MESSAGES.get(code), en.issues?.[code], de.issues?.[code]]) expect(text, code).to.match(/^[A-ZÈ][^"$<>{}]+\.$/);
    }
    // and issueOf attaches the Italian to the issues it makes: the model's main entry carries no other language
    const made = fromFhir([{ resourceType: 'Bundle', type: 'collection', entry: [] }]).issues.find((i) => i.code === 'empty-bundle')!;
    expect(made.plain).to.deep.equal({ it: PLAIN_MESSAGES.get('empty-bundle') });
  });

  it('the view keeps paths and raw values for developers', () => {
    const v = view();
    const all = v.issues.map((i) => `${i.path} ${i.message.it}`).join('\n');
    expect(all).to.contain('dr-infettivologo').and.contain('$[1]');
  });

  for (const [lang, expected] of [
    ['it', ['Un dato rimanda a informazioni che non sono state ricevute.', 'Una data scritta in un formato non riconosciuto è stata ignorata.']],
    ['en', ['An item refers to information that was not received.', 'A date written in an unrecognised format was ignored.']],
    ['de', ['Ein Datensatz verweist auf Informationen, die nicht empfangen wurden.', 'Ein Datum in einem unbekannten Format wurde ignoriert.']],
  ] as const) {
    it(`<fse-timeline lang="${lang}"> shows plain messages, no path, no raw value`, async () => {
      const el = await fixture<FseTimeline>(html`<fse-timeline lang=${lang}></fse-timeline>`);
      el.view = view();
      await el.updateComplete;
      const shown = text(el);
      for (const m of expected) expect(shown).to.contain(m);
      expect(shown).to.not.contain('dr-infettivologo');
      expect(shown).to.not.contain('Practitioner');
      expect(shown).to.not.contain('12/02/2025');
      expect(shown).to.not.contain('2025-02-30');
      expect(shown).to.not.match(/\$[[.]/);
    });
  }
});
