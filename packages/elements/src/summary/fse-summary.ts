import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  clinicalPicture,
  type ClinicalEvent,
  type ClinicalPicture, type DeclarationLine, type HistoryLine,
  type FseView,
  type Medicine,
  type SourcedLine,
  type TherapyList,
} from '@percorso/model';
import { FseElement } from '../internal/base-element.js';
import type { RecordState } from '../internal/record.js';
import { criticalIcon, criticalMessages, FseSelectEvent, mergeCatalogs } from '../internal/clinical.js';
import { FseOpenEvent } from '../document/events.js';
import { systemLabel, wordingFor, type Wording } from '../care-paths/derive.js';
import { messages } from './messages.js';
import { summaryStyles } from './styles.js';

export type { Wording } from '../care-paths/derive.js';

/**
 * What a clinician must know in the first ten seconds — and, for the citizen, "La mia salute in
 * breve" in plain words: allergies ("nessuna allergia nota" stated, "non registrate" when nothing
 * says, or the list), the current therapy with critical medicines flagged in words and with an
 * icon, active problems, implants, the last hospital stay and surgery, pathology exemptions,
 * organ donation and advance directives. Every line names the document it came from and how old
 * that is; the source opens the document. Therapy lists of different documents that disagree are
 * shown apart, newest first, and say so.
 *
 * Shows only what its `.view` holds (derived by `clinicalPicture` from the model), so nothing
 * hidden from the viewer reaches a line or a count.
 *
 * @tagname fse-summary
 * @summary The clinical picture at a glance: allergies, critical medicines, therapy, problems, history.
 *
 * @fires fse-select - {@link FseSelectEvent}: a line's source was followed; carries the line's `eventIds` (for the timeline and care paths). Cancellable.
 * @fires fse-open - {@link FseOpenEvent}: open the document a line came from (`source: 'summary'`). Cancellable.
 * @fires fse-error - The view cannot be shown, or came with error-level issues.
 *
 * @csspart summary - The whole summary.
 * @csspart alert - The critical-medicine alert at the top.
 * @csspart section - One section (allergies, therapy, problems…). Also `section-allergies`, `section-therapy`, `section-problems`, `section-history`.
 * @csspart line - One line. Also `line-selected` on the selected one.
 * @csspart critical - The critical-medicine badge (icon and words).
 * @csspart source - The line's source (a button when it opens a document).
 * @csspart conflict - The notice and separate lists when sources disagree.
 * @csspart state - Loading and error states.
 *
 * @cssprop [--fse-summary-column-min=18rem] - Narrowest column before sections stack.
 * @cssprop --fse-color-danger - Critical medicines and allergies.
 * @cssprop --fse-color-warning - Disagreeing sources.
 */
export class FseSummary extends FseElement {
  static override styles = [...FseElement.styles, summaryStyles];
  static override messages = mergeCatalogs(messages, criticalMessages);

  /** `citizen` or `clinician` words. Unset: from the view's viewer. */
  @property({ reflect: true }) wording?: Wording;

  /** Key of the selected line (set by the host or by the user). */
  @property({ reflect: true }) selected?: string;

  /** Inside `<fse-record>` (or the journey): selected while the record's choice is this element's; cleared by a choice made elsewhere. */
  protected override recordChanged(record: RecordState): void {
    this.selected = record.chosen?.source === 'summary' ? record.chosen.key : undefined;
  }

  /** ARIA level of the summary's title (2–5, default 2); sections are one level deeper. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** "Now" (epoch ms) for what is current and how old each line is. Default: the viewer's `now`, else the clock. */
  @property({ attribute: false }) now?: number;

  private picture?: ClinicalPicture;
  private docs = new Map<string, ClinicalEvent>();
  private pictureNow = 0;

  protected override viewChanged(view: FseView | undefined): void {
    this.picture = undefined;
    this.docs = new Map();
    if (!view) return;
    for (const e of view.events) if (e.kind === 'document') this.docs.set(e.id, e);
  }

  /** The wording in use. */
  get effectiveWording(): Wording {
    if (this.wording === 'citizen' || this.wording === 'clinician') return this.wording;
    return wordingFor(this.data?.viewer.role);
  }

  private get nowMs(): number {
    return this.now ?? this.data?.viewer.now ?? Date.now();
  }

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(5, Math.max(2, n)) : 2;
  }

  private w(key: string, params?: Record<string, string | number>): string {
    return this.l.t(`${key}.${this.effectiveWording}`, params);
  }

  private heading(level: number, text: string, id?: string): TemplateResult {
    return html`<div role="heading" aria-level=${level} class="h h${Math.min(level, 6)}" id=${id ?? nothing}>${text}</div>`;
  }

  protected renderView(view: FseView): unknown {
    const now = this.nowMs;
    if (!this.picture || this.pictureNow !== now) {
      this.picture = clinicalPicture(view, now);
      this.pictureNow = now;
    }
    const pic = this.picture;
    const emergency = view.viewer.role === 'emergency';
    const title = emergency ? this.l.t('title.emergency') : this.w('title');
    const critical = pic.medicines.filter((m) => m.current && m.critical);
    return html`<section class="summary" part="summary" aria-labelledby="summary-title">
      ${this.heading(this.level, title, 'summary-title')}
      ${emergency ? html`<p class="note">${this.l.t('emergency.note')}</p>` : nothing}
      ${view.restriction ? html`<p class="state" part="state" role="status">${this.l.t(`restriction.${view.restriction}`)}</p>` : nothing}
      ${critical.length
        ? html`<div class="alert" part="alert" role="note" aria-label=${this.l.t('critical.count', { count: critical.length })}>
            <ul>
              ${critical.map(
                (m) => html`<li>${criticalIcon(18)}<strong>${this.criticalWords(m)}</strong>: ${m.substance}${m.strength ? ` ${m.strength}` : ''}${m.brands[0] ? html` <span class="muted">(${m.brands[0]})</span>` : nothing}</li>`,
              )}
            </ul>
          </div>`
        : nothing}
      <div class="sections">
        ${this.renderAllergies(pic)} ${this.renderTherapy(pic)} ${this.renderProblems(pic)} ${this.renderHistory(pic)}
        ${this.renderOther(pic)}
      </div>
      ${this.renderIssues(view)}
    </section>`;
  }

  private criticalWords(m: { critical?: string }): string {
    return this.l.t(`critical.${m.critical}`);
  }

  private section(key: string, title: string, body: unknown): TemplateResult {
    return html`<section class="section" part="section section-${key}" aria-labelledby="h-${key}">
      ${this.heading(this.level + 1, title, `h-${key}`)} ${body}
    </section>`;
  }

  private line(key: string, content: unknown, src: SourcedLine | undefined, extraClass = ''): TemplateResult {
    const selected = this.selected === key;
    return html`<li class="line ${extraClass} ${selected ? 'selected' : ''}" part="line${selected ? ' line-selected' : ''}" data-key=${key}>
      <div class="what">${content}</div>
      ${src ? this.source(key, src) : nothing}
    </li>`;
  }

  private source(key: string, src: SourcedLine): TemplateResult {
    const doc = src.documentId ? this.docs.get(src.documentId) : undefined;
    const date = this.l.date({ ...src.recorded, precision: src.recorded.precision === 'year' || src.recorded.precision === 'month' ? src.recorded.precision : 'day' });
    const age = this.l.age(src.recorded.start, this.nowMs);
    if (!doc) return html`<span class="source" part="source">${date} (${age})</span>`;
    const text = this.l.t('source', { title: doc.title, date, age });
    return html`<button type="button" class="source link" part="source" @click=${() => this.follow(key, src)}>${text}</button>`;
  }

  private follow(key: string, src: SourcedLine): void {
    const sel = new FseSelectEvent(src.eventIds, 'summary', key);
    if (this.emit(sel)) this.selected = key;
    if (src.documentId) this.emit(new FseOpenEvent(src.documentId, 'summary'));
  }

  private renderAllergies(pic: ClinicalPicture): TemplateResult {
    const a = pic.allergies;
    let body: TemplateResult;
    if (a.state === 'listed') {
      body = html`<ul class="lines">
        ${a.items.map((it) =>
          this.line(
            it.id,
            html`<strong class="allergy">${it.substance}</strong>${it.type === 'intolerance' ? html` <span class="muted">(${this.l.t('allergy.intolerance')})</span>` : nothing}${it.criticality === 'high'
                ? html` <span class="badge danger">${this.l.t('allergy.high')}</span>`
                : nothing}${it.reactions.length ? html`<span class="detail">${it.reactions.join(', ')}</span>` : nothing}`,
            it,
            'danger',
          ),
        )}
        ${a.statedNone ? this.line(a.statedNone.id, html`<span class="muted">${this.l.t('allergies.olderNone')}</span>`, a.statedNone) : nothing}
      </ul>`;
    } else if (a.state === 'stated-none') {
      body = html`<ul class="lines">${this.line(a.statedNone!.id, html`<strong>${this.l.t('allergies.none')}</strong>`, a.statedNone)}</ul>`;
    } else {
      body = html`<ul class="lines">${this.line('allergies:not-recorded', html`<strong class="warning">${this.w('allergies.notRecorded')}</strong>`, undefined)}</ul>`;
    }
    return this.section('allergies', this.w('allergies'), body);
  }

  private medicineLine(m: Medicine): TemplateResult {
    const since = m.periods[0]?.start;
    const waiting = m.prescriptions.some((p) => p.state === 'to-collect');
    const citizen = this.effectiveWording === 'citizen';
    return this.line(
      m.source.id,
      html`${m.critical
          ? html`<span class="critical" part="critical">${criticalIcon()}<strong>${citizen ? this.l.t(`critical.${m.critical}.citizen`) : this.l.t(`critical.${m.critical}`)}</strong></span>`
          : nothing}
        <strong>${m.substance}${m.strength ? ` ${m.strength}` : ''}</strong>${m.brands[0] ? html` — <span class="brand">${m.brands[0]}</span>` : nothing}
        <span class="detail"
          >${[m.dosage, since !== undefined ? this.l.t('therapy.since', { date: this.l.instant(since) }) + (m.estimated ? ` (${this.l.t('therapy.estimate')})` : '') : undefined, waiting ? this.l.t('therapy.toCollect') : undefined]
            .filter(Boolean)
            .join(' · ')}</span
        >`,
      m.source,
      m.critical ? 'is-critical' : '',
    );
  }

  private renderTherapy(pic: ClinicalPicture): TemplateResult {
    const current = pic.medicines.filter((m) => m.current);
    const { lists, disagreements } = pic.therapyLists;
    const body = html`${current.length
        ? html`<ul class="lines">${current.map((m) => this.medicineLine(m))}</ul>`
        : html`<p class="empty">${this.l.t('therapy.none')}</p>`}
      ${disagreements.length && lists.length > 1
        ? html`<div class="conflict" part="conflict" role="note">
            <p><strong>${this.l.t('conflict.title')}</strong>. ${this.l.t('conflict.intro')}</p>
            <ul class="disagreements">
              ${disagreements.map((d) => html`<li>${this.l.t(`conflict.${d.kind}`, { name: d.substance })}</li>`)}
            </ul>
            ${lists.map((l) => this.renderList(l))}
          </div>`
        : nothing}`;
    return this.section('therapy', this.w('therapy'), body);
  }

  private renderList(list: TherapyList): TemplateResult {
    return html`<div class="therapy-list">
      ${this.heading(this.level + 2, this.l.t('list.from', { title: list.title, date: this.l.date(list.recorded) }))}
      <ul class="lines">
        ${list.items.map((i) =>
          this.line(
            `${list.id}|${i.eventId}`,
            html`${i.critical ? html`<span class="critical" part="critical">${criticalIcon()}<strong>${this.l.t(`critical.${i.critical}`)}</strong></span>` : nothing}
              <strong>${i.substance}${i.strength ? ` ${i.strength}` : ''}</strong>${i.brand ? html` — <span class="brand">${i.brand}</span>` : nothing}${i.dosage
                ? html`<span class="detail">${i.dosage}</span>`
                : nothing}`,
            { ...list, id: `${list.id}|${i.eventId}`, eventIds: [i.eventId] },
          ),
        )}
      </ul>
    </div>`;
  }

  private renderProblems(pic: ClinicalPicture): TemplateResult {
    const clinician = this.effectiveWording === 'clinician';
    const body = pic.problems.length
      ? html`<ul class="lines">
          ${pic.problems.map((p) =>
            this.line(
              p.id,
              html`<strong>${p.title}</strong>${clinician && p.codes[0] ? html` <span class="code">${systemLabel(p.codes[0].system)} ${p.codes[0].code}</span>` : nothing}
                <span class="detail">${this.l.t('problems.since', { date: this.l.date(p.since) })}</span>`,
              p,
            ),
          )}
        </ul>`
      : html`<p class="empty">${this.l.t('problems.none')}</p>`;
    return this.section('problems', this.w('problems'), body);
  }

  private renderHistory(pic: ClinicalPicture): TemplateResult | typeof nothing {
    if (!pic.lastStay && !pic.surgery.length) return nothing;
    const stay = pic.lastStay;
    return this.section(
      'history',
      this.w('history'),
      html`<ul class="lines">
        ${stay
          ? this.line(
              stay.id,
              html`<strong>${this.l.t('history.stay')}</strong>: ${stay.title}
                <span class="detail">${[this.l.period(stay.when, stay.end), stay.where].filter(Boolean).join(' · ')}</span>`,
              stay,
            )
          : nothing}
        ${pic.surgery.map((s) => this.line(s.id, html`<strong>${this.l.t('history.surgery')}</strong>: ${s.title} <span class="detail">${this.l.date(s.when)}</span>`, s))}
      </ul>`,
    );
  }

  /** An implant or device: what it is, since when (when a procedure or statement says so), whether it is still in place; the maker for a clinician. */
  private implant(i: HistoryLine): TemplateResult {
    const d = i.device;
    const details = [
      !i.undated && d ? this.l.t('implant.since', { date: this.l.date(i.when) }) : '',
      d?.status === 'inactive' ? this.l.t('implant.inactive') : '',
      d?.manufacturer && this.effectiveWording === 'clinician' ? this.l.t('implant.maker', { name: d.manufacturer }) : '',
    ].filter(Boolean);
    return html`<strong>${i.title}</strong>${details.map((t) => html` <span class="detail">${t}</span>`)}`;
  }

  /** An organ-donation statement or advance directives: what was declared, in words, and when (when the source says). */
  private declaration(what: string, d: DeclarationLine): TemplateResult {
    const stated = d.declaration.stated;
    return html`<strong>${what}</strong>${stated ? html` <span class="detail">${this.l.t('declared', { date: this.l.date(stated) })}</span>` : nothing}`;
  }

  private renderOther(pic: ClinicalPicture): unknown {
    const parts: TemplateResult[] = [];
    if (pic.implants.length)
      parts.push(this.section('implants', this.l.t('implants'), html`<ul class="lines">${pic.implants.map((i) => this.line(i.id, this.implant(i), i))}</ul>`));
    if (pic.exemptions.length)
      parts.push(
        this.section(
          'exemptions',
          this.l.t('exemptions'),
          html`<ul class="lines">
            ${pic.exemptions.map((e) =>
              this.line(
                `exemption:${e.code}`,
                html`<strong>${e.code}</strong> ${e.display ?? ''}${e.period?.start ? html` <span class="detail">${this.l.t('exemption.since', { date: this.l.date(e.period.start) })}</span>` : nothing}`,
                undefined,
              ),
            )}
          </ul>`,
        ),
      );
    const don = pic.organDonation;
    if (don) parts.push(this.section('donation', this.l.t('donation'), html`<ul class="lines">${this.line(don.id, this.declaration(this.l.t(`donation.${don.declaration.choice ?? 'unstated'}`), don), don)}</ul>`));
    if (pic.advanceDirectives.length)
      parts.push(this.section('directives', this.l.t('directives'), html`<ul class="lines">${pic.advanceDirectives.map((d) => this.line(d.id, this.declaration(d.declaration.text ?? d.title, d), d))}</ul>`));
    return parts;
  }
}
