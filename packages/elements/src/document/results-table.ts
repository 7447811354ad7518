/**
 * The results of a lab report as a table: analyte name, value and unit, reference range, flag (a
 * symbol and words, never colour alone) and the previous value of the same test with its date and
 * direction; a "?" beside a name opens the glossary's explanation in the row below.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ClinicalEvent, LabSpecimen } from '@percorso/model';
import { analyteGlossary, type LocalGlossaryEntry } from '../internal/glossary.js';
import type { LocalizeController } from '../internal/localize.js';
import { rangeWithoutUnit, withoutCodes, wordsOf, type Flag, type ResultGroup, type ResultRow } from './derive.js';

const FLAG_SYMBOL: Record<Flag, string> = {
  high: '↑',
  low: '↓',
  'critical-high': '↑↑',
  'critical-low': '↓↓',
  abnormal: '!',
  normal: '',
};
const DIRECTION_SYMBOL = { up: '↗', down: '↘', same: '→', changed: '≠' } as const;

/** What the table needs of the element that shows it. */
export interface ResultsTableHost {
  readonly l: LocalizeController;
  /** Codes beside the words (clinician) or words only (citizen). */
  readonly clinician: boolean;
  /** Result ids whose explanation is open. */
  readonly explained: ReadonlySet<string>;
  toggleExplain(id: string): void;
  /** Rows already rendered by this element, reused while a long table grows (emptied by anything else that changes). */
  readonly rendered: WeakMap<ResultRow, TemplateResult[]>;
}

/** "Fonti: name (url); …", and whether a clinician reviewed the text: under every glossary explanation. */
export function renderSources(l: LocalizeController, entry: LocalGlossaryEntry): TemplateResult {
  return html`<p class="sources">
    ${l.t('sources')}: ${entry.sources.map((s, i) => html`${i ? '; ' : ''}<cite>${s.name}</cite> (<span class="url">${s.url}</span>)`)}${entry.reviewed
      ? nothing
      : html`. <em>${l.t('unreviewed')}</em>`}
  </p>`;
}

const SPECIMEN_TYPE = 'http://terminology.hl7.org/CodeSystem/v3-SpecimenType';

/** A specimen in the reader's language: a known HL7 v3 SpecimenType code in words, else the source's words. */
export function specimenName(l: LocalizeController, s: LabSpecimen): string {
  const key = s.code?.system === SPECIMEN_TYPE ? `specimen.${s.code.code.toUpperCase()}` : '';
  return key && l.has(key) ? l.t(key) : s.name;
}

/** The heading of a group of results: the panel (or "Altri risultati") and the specimen. */
function groupTitle(h: ResultsTableHost, g: ResultGroup): TemplateResult {
  const { l } = h;
  const panel = g.panel ? (h.clinician ? g.panel.title : withoutCodes(g.panel.title)) : l.t('group.other');
  const code = h.clinician ? g.panel?.codes.find((c) => c.system === 'http://loinc.org') : undefined;
  return html`<span class="group-name">${panel}</span>${code ? html` <span class="code">LOINC ${code.code}</span>` : nothing}${g.specimen
      ? html` <span class="specimen">· ${l.t('group.specimen', { name: specimenName(l, g.specimen) })}</span>`
      : nothing}`;
}

/**
 * The results table; grouped by panel and specimen (a `<tbody>` per group, its heading a row header
 * of scope `rowgroup`, so a screen reader names the group with each result) when any result has a
 * panel or a specimen, else one plain body.
 *
 * Only the first `limit` rows, in order (progressive.ts brings the rest in one batch a frame later); the
 * table is `aria-busy` until every row is in.
 */
export function renderResultsTable(h: ResultsTableHost, groups: readonly ResultGroup[], heading: TemplateResult, limit = Number.POSITIVE_INFINITY): TemplateResult {
  const { l } = h;
  const grouped = groups.some((g) => g.panel || g.specimen);
  let left = limit;
  const shown: ResultGroup[] = [];
  for (const g of groups) {
    if (left <= 0) break;
    shown.push(g.rows.length <= left ? g : { ...g, rows: g.rows.slice(0, left) });
    left -= g.rows.length;
  }
  const busy = shown.length < groups.length || left < 0;
  return html`<section class="results" part="results" aria-labelledby="results-title">
    ${heading}
    <div class="table-wrap">
      <table aria-busy=${busy ? 'true' : 'false'}>
        <caption class="visually-hidden">${l.t('results.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">${l.t('col.test')}</th>
            <th scope="col">${l.t('col.value')}</th>
            <th scope="col">${l.t('col.range')}</th>
            <th scope="col">${l.t('col.flag')}</th>
            <th scope="col">${l.t('col.previous')}</th>
          </tr>
        </thead>
        ${grouped
          ? shown.map(
              (g) => html`<tbody class="group" data-group=${g.key}>
                <tr class="group-title">
                  <th scope="rowgroup" colspan="5">${groupTitle(h, g)}</th>
                </tr>
                ${g.rows.map((r) => rowOf(h, r))}
              </tbody>`,
            )
          : html`<tbody>
              ${shown.map((g) => g.rows.map((r) => rowOf(h, r)))}
            </tbody>`}
      </table>
    </div>
  </section>`;
}

function valueText(l: LocalizeController, r: { numeric?: { value: number; unit?: string }; text?: string }): string {
  if (r.numeric) return `${l.number(r.numeric.value, { maximumFractionDigits: 4 })}${r.numeric.unit ? ` ${r.numeric.unit}` : ''}`;
  return r.text ?? '';
}

/** The day of an event, short (a time of day adds nothing to a previous result). */
function shortDay(l: LocalizeController, ev: ClinicalEvent): string {
  const p = ev.date.precision;
  return p === 'minute' || p === 'second' ? l.instant(ev.date.start) : l.date(ev.date, 'short');
}

/** An id usable in `id` / `aria-controls` attributes. */
function cssId(id: string): string {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** A row's template, rendered once while the table grows (the first screenful's rows are reused by the batch after it). */
function rowOf(h: ResultsTableHost, r: ResultRow): TemplateResult[] {
  let t = h.rendered.get(r);
  if (!t) h.rendered.set(r, (t = renderRow(h, r)));
  return t;
}

function renderRow(h: ResultsTableHost, r: ResultRow): TemplateResult[] {
  const { l } = h;
  const ev = r.ev;
  const name = h.clinician ? ev.title : withoutCodes(wordsOf(ev.codes.filter((c) => c.system !== 'http://loinc.org')) ?? ev.title);
  const loinc = h.clinician ? ev.codes.find((c) => c.system === 'http://loinc.org') : undefined;
  const entry = analyteGlossary(ev.codes, l.lang);
  const open = h.explained.has(ev.id);
  const explainId = `explain-${cssId(ev.id)}`;
  const flagged = r.flag && r.flag !== 'normal';
  const prev = r.previous;
  const po = prev?.ev.observation;
  const prevValue = po ? valueText(l, { ...(po.numeric ? { numeric: po.numeric } : {}), ...(po.value !== undefined ? { text: po.value } : {}) }) : '';
  const rows = [
    html`<tr class=${flagged ? 'flagged' : ''} data-id=${ev.id}>
      <th scope="row" class="analyte">
        <span>${name}</span>${loinc ? html` <span class="code">LOINC ${loinc.code}</span>` : nothing}
        ${entry
          ? html`<button
              class="explain"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${explainId}
              aria-label=${l.t('what.result', { name })}
              @click=${() => h.toggleExplain(ev.id)}
            >
              ?
            </button>`
          : nothing}
      </th>
      <td class="value">${valueText(l, r)}</td>
      <td class="range">${r.range ? rangeWithoutUnit(r.range, r.numeric?.unit) : html`<span class="muted">${l.t('range.none')}</span>`}</td>
      <td class="flag flag--${r.flag ?? 'none'}">
        ${r.flag ? html`<span aria-hidden="true" class="symbol">${FLAG_SYMBOL[r.flag]}</span> ${l.t(`flag.${r.flag}`)}` : nothing}
      </td>
      <td class="previous">
        ${prev
          ? html`${l.t('previous', { value: prevValue, date: shortDay(l, prev.ev) })}
              <span class="direction"><span aria-hidden="true">${DIRECTION_SYMBOL[prev.direction]}</span> ${l.t(`direction.${prev.direction}`)}</span>`
          : html`<span class="muted">${l.t('previous.none')}</span>`}
      </td>
    </tr>`,
  ];
  if (entry && open) {
    rows.push(html`<tr class="explanation" id=${explainId}>
      <td colspan="5">
        <p>${entry.text}</p>
        ${renderSources(l, entry)}
      </td>
    </tr>`);
  }
  return rows;
}
