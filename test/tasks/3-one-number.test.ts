/**
 * Task 3, "One number for one thing" (issue 11), on the citizen's demo page at a desktop and a phone
 * width: every element that states a count of the record — the journey's header, the body map, the
 * consent panel, the timeline — states the same number for the same thing, in the same words, in
 * every language, and that number is the model's (`countsFor` over the page's view); a count under
 * an active filter says it is filtered.
 *
 * Actions: reading takes none. On the main before this work the page said 155 documents (header),
 * "169 documenti" (body map: its events, called documents), 153 documents (consent panel: the list
 * without the protected ones) and "172 eventi" (timeline: its events and the care paths together).
 * Filtering: a search in the consent panel (1 click, 1 typing), plus the sections a phone folds;
 * the timeline filtered from the body map (1 click on the heart, 1 to show the table the rows are
 * counted in), plus the body map's fold on a phone.
 */
import { expect } from '@open-wc/testing';
import { countsFor, type FseView, type ViewCounts } from '@percorso/model';
import { openDemo, TASK_TIMEOUT, WIDTHS, type Demo } from './demo.js';
import { tableNewestFirst } from './timeline-table.js';

type Thing = Exclude<keyof ViewCounts, 'undated'>;

/** The words each language says each count with ("155 documenti", "169 eventi", "3 percorsi di cura", "altre 431 voci"). */
const WORDS: Record<string, { option: string; words: Record<Thing, RegExp> }> = {
  it: { option: 'Italiano', words: { documents: /(\d[\d.]*) documenti\b/g, events: /(\d[\d.]*) eventi\b/g, carePaths: /(\d[\d.]*) percorsi di cura\b/g, inside: /altre (\d[\d.]*) voci\b/g } },
  en: { option: 'English', words: { documents: /(\d[\d,]*) documents\b/g, events: /(\d[\d,]*) events\b/g, carePaths: /(\d[\d,]*) care paths\b/g, inside: /(\d[\d,]*) more items\b/g } },
  de: { option: 'Deutsch', words: { documents: /(\d[\d.]*) Dokumente\b/g, events: /(\d[\d.]*) Ereignisse\b/g, carePaths: /(\d[\d.]*) Behandlungspfade\b/g, inside: /(\d[\d.]*) weitere Einträge\b/g } },
  fr: { option: 'Français', words: { documents: /(\d[\d\s]*) documents\b/g, events: /(\d[\d\s]*) événements/g, carePaths: /(\d[\d\s]*) parcours de soins\b/g, inside: /(\d[\d\s]*) autres éléments/g } },
  sl: { option: 'Slovenščina', words: { documents: /(\d[\d.]*) dokumentov\b/g, events: /(\d[\d.]*) dogodkov\b/g, carePaths: /(\d[\d.]*) poti oskrbe\b/g, inside: /še (\d[\d.]*) vnosov\b/g } },
};

const num = (s: string) => Number(s.replace(/[^\d]/g, ''));

/**
 * The events the timeline's table lists, read as a person reads it: scrolled from top to bottom
 * (it draws only the rows in view), care paths left out (they are counted apart from events).
 */
async function eventsInTable(demo: Demo, timeline: Element): Promise<number> {
  const wrap = timeline.shadowRoot!.querySelector<HTMLElement>('[part~="table"]')!;
  const seen = new Map<string, string>();
  wrap.scrollTop = 0;
  for (;;) {
    await demo.frameDone();
    await (timeline as Element & { updateComplete: Promise<unknown> }).updateComplete;
    await demo.frameDone();
    for (const tr of wrap.querySelectorAll<HTMLTableRowElement>('tbody tr.data')) seen.set(tr.dataset.id!, demo.text(tr.cells[1]));
    if (wrap.scrollTop + wrap.clientHeight >= wrap.scrollHeight - 1) break;
    wrap.scrollTop += Math.max(1, Math.floor(wrap.clientHeight / 2));
  }
  return [...seen.values()].filter((lane) => lane !== 'Percorsi di cura').length;
}

/** The statements of the record's counts, element by element: the text a person reads there. */
function statements(demo: Demo): Record<string, string> {
  const journey = demo.$('fse-journey')!;
  const inShadow = (host: Element | undefined, sel: string) => host?.shadowRoot?.querySelector(sel) ?? undefined;
  const found: Record<string, Element | undefined> = {
    'the journey’s header': inShadow(journey, '[part="summary"]'),
    'the body map': inShadow(demo.$('fse-body-map'), '.summary'),
    'the consent panel': inShadow(demo.$('fse-consent-panel'), '#doc-count'),
    'the timeline': inShadow(demo.$('fse-timeline'), '#summary'),
  };
  const out: Record<string, string> = {};
  for (const [where, el] of Object.entries(found)) {
    expect(el && demo.visible(el), `${where} states its count`).to.equal(true);
    out[where] = demo.text(el);
  }
  return out;
}

/** Every number each element states, by the thing its words say it counts. */
function numbersStated(texts: Record<string, string>, words: Record<Thing, RegExp>): { where: string; thing: Thing; n: number; text: string }[] {
  const out: { where: string; thing: Thing; n: number; text: string }[] = [];
  for (const [where, text] of Object.entries(texts))
    for (const [thing, re] of Object.entries(words) as [Thing, RegExp][]) for (const m of text.matchAll(re)) out.push({ where, thing, n: num(m[1]!), text });
  return out;
}

for (const width of Object.values(WIDTHS)) {
  describe(`task 3, one number for one thing, at ${width} px`, function () {
    this.timeout(TASK_TIMEOUT * 2);

    it('the header, the body map, the consent panel and the timeline state the model’s counts, in the same words, in every language', async () => {
      const demo = await openDemo('index', { width });
      let actions = Number(await demo.unfold('Dove nel corpo')) + Number(await demo.unfold('Privacy e consensi'));
      const view = (demo.$('fse-journey') as unknown as { view: FseView }).view;
      const counts = countsFor(view);
      expect(counts.documents, 'the demo record has documents').to.be.above(0);
      for (const [lang, { option, words }] of Object.entries(WORDS)) {
        if (lang !== 'it') {
          await demo.choose('Lingua', option);
          actions += 2;
          await demo.until(() => demo.doc.documentElement.lang === lang, `the page speaks ${lang}`);
          await demo.settled();
        }
        const texts = statements(demo);
        const stated = numbersStated(texts, words);
        for (const s of stated) expect(s.n, `${lang}: ${s.where} says “${s.text}”: ${s.thing} of the record`).to.equal(counts[s.thing]);
        // each thing is stated where a person looks for it
        const says = (where: string, thing: Thing) => stated.some((s) => s.where === where && s.thing === thing);
        expect(says('the journey’s header', 'documents'), `${lang}: the header says the documents: ${texts['the journey’s header']}`).to.equal(true);
        expect(says('the journey’s header', 'carePaths'), `${lang}: the header says the care paths`).to.equal(true);
        expect(says('the body map', 'events'), `${lang}: the body map says the events: ${texts['the body map']}`).to.equal(true);
        expect(says('the consent panel', 'documents'), `${lang}: the consent panel says the documents: ${texts['the consent panel']}`).to.equal(true);
        expect(says('the timeline', 'events'), `${lang}: the timeline says the events: ${texts['the timeline']}`).to.equal(true);
        expect(says('the timeline', 'carePaths'), `${lang}: the timeline says the care paths`).to.equal(true);
        expect(says('the timeline', 'inside'), `${lang}: the timeline says what is inside the documents`).to.equal(true);
      }
      expect(demo.actions).to.equal(actions);
    });

    it('under a filter a count says it is filtered, out of the record’s number', async () => {
      const demo = await openDemo('index', { width });
      const unfolded = Number(await demo.unfold('Privacy e consensi'));
      const counts = countsFor((demo.$('fse-journey') as unknown as { view: FseView }).view);
      // The consent panel's documents, searched: "N trovati su 155 documenti"
      await demo.click(demo.byText(/^Cerca tra i documenti$/));
      await demo.type('Rivaroxaban');
      const count = () => demo.text(demo.$('fse-consent-panel')!.shadowRoot!.querySelector('#doc-count')!);
      await demo.until(() => /trovat/.test(count()), 'the search says what it found');
      const [, found, total] = /(\d+) trovati su (\d+) documenti/.exec(count()) ?? [];
      expect(Number(total), count()).to.equal(counts.documents);
      expect(Number(found), count()).to.be.above(0).and.below(counts.documents);
      expect(demo.actions).to.equal(unfolded + 2);
    });

    it('the timeline filtered from the body map says “Con il filtro attivo: X di N eventi”: N the record’s, X the rows it keeps', async () => {
      const demo = await openDemo('index', { width });
      const unfolded = Number(await demo.unfold('Dove nel corpo')); // folded on a phone
      const map = demo.$('fse-body-map')!;
      const timeline = demo.$('fse-timeline')!;
      const summary = () => demo.text(timeline.shadowRoot!.querySelector('#summary')!);
      // Unfiltered, the body map and the timeline state the record's events
      const [, onMap] = /(\d[\d.]*) eventi nel fascicolo/.exec(demo.text(map.shadowRoot!.querySelector('.summary')!)) ?? [];
      expect(onMap, 'the body map states the record’s events').to.exist;
      const record = num(onMap!);
      expect(summary()).not.to.contain('filtro');
      expect(num(/(\d[\d.]*) eventi\b/.exec(summary())![1]!), summary()).to.equal(record);
      // The heart, on the figure or on its list where the column is too narrow for the figure
      const heart = [...demo.$$('.layout [data-region="heart"]'), ...demo.$$('.list [data-list-region="heart"]')].find((e) => demo.visible(e))!;
      await demo.click(heart);
      await demo.settled();
      await demo.until(() => /Con il filtro attivo/.test(summary()), 'the timeline says it is filtered');
      const [, kept, of] = /Con il filtro attivo: (\d[\d.]*) di (\d[\d.]*) eventi\./.exec(summary()) ?? [];
      expect(Number(of && num(of)), summary()).to.equal(record);
      expect(num(kept!), summary()).to.be.above(0).and.below(record);
      // X is what the filter leaves: the events the table lists, one by one
      const actions = await tableNewestFirst(demo);
      expect(await eventsInTable(demo, timeline), `the table lists what “${summary()}” says`).to.equal(num(kept!));
      expect(demo.actions).to.equal(unfolded + 1 + actions);
      console.log(`task 3, the timeline filtered from the body map at ${width} px: ${demo.actions} actions`);
    });
  });
}
