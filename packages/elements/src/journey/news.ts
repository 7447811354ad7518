/**
 * The journey's "Novità": what reached the record since the citizen's last visit — new documents,
 * prescriptions ready, new bookings, accesses by someone new — computed by the model's
 * `newsSince` from the view only, so nothing hidden from the viewer can appear. The host passes
 * the date of the last visit (`since`); without one, or with one that is not a date or lies after
 * today, there is no list (never "everything is new").
 *
 * Each item opens what it is about: a document or a prescription in `<fse-document>` (the
 * journey's open path), a booking on the timeline, an access as its log entry, in place, with the
 * documents that were read (each opens too).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { newsSince, parseFuzzyDate, type AccessLogEntry, type FseView, type FuzzyDate, type NewsItem } from '@percorso/model';
import type { LocalizeController } from '../internal/localize.js';

/** What the news list needs of the journey. */
export interface NewsHost {
  readonly l: LocalizeController;
  requestUpdate(): void;
  /** Opens a document through the journey's open path (a cancellable `fse-open`, source `news`). */
  openDocument(id: string): void;
  /** Selects an event on the timeline and shows its month. */
  showOnTimeline(id: string): void;
}

/** Roles that have a "last visit" of their own record (or of the record they act on). */
const VISITORS = new Set(['citizen', 'parent', 'delegate']);

/**
 * The last visit as a date, or undefined when there is none that makes sense: absent, not a date,
 * or after `now` (a visit cannot be in the future). Accepts an ISO date or date-time, epoch ms or a Date.
 */
export function lastVisit(since: unknown, now: number, timeZone: string): FuzzyDate | undefined {
  let d: FuzzyDate | undefined;
  if (since instanceof Date || typeof since === 'number') {
    // an instant: a Date, or epoch ms (out of the Date range, or NaN, is no date)
    const at = new Date(since instanceof Date ? since.getTime() : since);
    d = Number.isFinite(at.getTime()) ? parseFuzzyDate(at.toISOString(), timeZone) : undefined;
  } else if (typeof since === 'string' && since.trim()) d = parseFuzzyDate(since.trim(), timeZone);
  return d && d.start <= now ? d : undefined;
}

export class NewsSection {
  /** The access whose log entry is shown. */
  private expanded?: string;

  constructor(private readonly host: NewsHost) {}

  /** Forget what was unfolded (another viewer, another record). */
  reset(): void {
    this.expanded = undefined;
  }

  /** The list (its title at ARIA `level`), or nothing without a sensible last visit. */
  render(view: FseView, since: unknown, level: number): TemplateResult | typeof nothing {
    if (!VISITORS.has(view.viewer.role) || view.restriction) return nothing;
    const now = view.viewer.now ?? Date.now();
    const visit = lastVisit(since, now, this.host.l.timeZone);
    if (!visit) return nothing;
    const l = this.host.l;
    const news = newsSince(view, visit.start);
    // the day of the visit, as precise as the host gave it (never a time: "since 17 August")
    const day = visit.precision === 'day' || visit.precision === 'month' || visit.precision === 'year' ? l.date(visit) : l.instant(visit.start, false, 'long');
    const title = html`<div class="heading" role="heading" aria-level=${level} id="h-news">${l.t('news.title')}</div>`;
    if (!news.items.length)
      return html`<section class="panel news" part="news" aria-labelledby="h-news">
        ${title}
        <p class="news-empty">${l.t('news.empty', { date: day })}</p>
      </section>`;
    const counts = (['document', 'prescription', 'booking', 'access'] as const)
      .filter((k) => news.count[k])
      .map((k) => l.t(`news.count.${k}`, { count: news.count[k] }))
      .join(', ');
    const byId = new Map((view.accessLog ?? []).map((a) => [a.id, a]));
    return html`<section class="panel news" part="news" aria-labelledby="h-news">
      ${title}
      <p class="news-since" id="news-since">${l.t('news.since', { date: day, counts })}</p>
      <ul class="news-list" role="list" aria-labelledby="h-news">
        ${news.items.map((item) => this.renderItem(view, item, byId.get(item.id)))}
      </ul>
    </section>`;
  }

  private when(item: NewsItem): string {
    return this.host.l.instant(item.at, item.kind === 'booking' || item.kind === 'access', 'long');
  }

  private renderItem(view: FseView, item: NewsItem, access: AccessLogEntry | undefined): TemplateResult {
    const l = this.host.l;
    const what =
      item.kind === 'access'
        ? l.t(item.emergency ? 'news.access.emergency' : 'news.access', { who: item.title || l.t('news.access.someone') })
        : l.t(`news.${item.kind}`, { title: item.title });
    const label = html`<span class="news-kind news-kind--${item.kind}" aria-hidden="true"></span>
      <span class="news-what">${what},</span> <span class="news-when">${this.when(item)}</span>`;
    if (item.kind !== 'access' || !access)
      return html`<li class="news-item">
        <button type="button" class="news-open" part="news-item" data-kind=${item.kind} @click=${() => this.open(item)}>${label}</button>
      </li>`;
    const open = this.expanded === item.id;
    const panelId = `news-entry-${item.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    return html`<li class="news-item">
      <button
        type="button"
        class="news-open"
        part="news-item"
        data-kind="access"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => this.toggle(item.id)}
      >${label}</button>
      <div class="news-entry" id=${panelId} ?hidden=${!open}>${open ? this.renderAccess(view, access, item) : nothing}</div>
    </li>`;
  }

  /** The access log entry: when, who, in what role, from where, and the documents read (each opens). */
  private renderAccess(view: FseView, a: AccessLogEntry, item: NewsItem): TemplateResult {
    const l = this.host.l;
    const docs = (item.documentIds ?? []).map((id) => view.events.find((e) => e.id === id)).filter((e) => !!e?.document);
    const row = (term: string, value: unknown) => html`<div><dt>${l.t(term)}</dt><dd>${value}</dd></div>`;
    return html`<dl class="news-facts">
        ${row('news.entry.when', l.instant(a.at.start, true, 'long'))}
        ${row('news.entry.who', [a.actor.name, a.actor.roleText].filter(Boolean).join(', ') || l.t('news.access.someone'))}
        ${a.actor.organization?.name ? row('news.entry.where', a.actor.organization.name) : nothing}
        ${a.emergency ? row('news.entry.how', l.t('news.entry.emergency')) : nothing}
      </dl>
      ${docs.length
        ? html`<p class="news-read">${l.t('news.entry.read')}</p>
            <ul class="news-docs" role="list">
              ${docs.map((d) => html`<li><button type="button" class="fse-button link" @click=${() => this.host.openDocument(d!.id)}>${d!.title}</button></li>`)}
            </ul>`
        : html`<p class="news-read">${l.t('news.entry.none')}</p>`}`;
  }

  private toggle(id: string): void {
    this.expanded = this.expanded === id ? undefined : id;
    this.host.requestUpdate();
  }

  private open(item: NewsItem): void {
    if (item.kind === 'booking') this.host.showOnTimeline(item.id);
    else this.host.openDocument(item.id);
  }
}
