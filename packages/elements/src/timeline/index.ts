/**
 * The timeline's index: from a view to lanes of marks, built once per view (and per filter or
 * grouping), so that every frame only bisects sorted typed arrays.
 *
 * What is drawn: every document, every event that was not read from inside a document of
 * the view (encounters, vaccinations, prescriptions, bookings, Taccuino entries that stand alone),
 * and every care path of the view (a bar over its period, in "Percorsi di cura"). Events read from inside a document (the 30 results of a lab report, the
 * diagnoses of a discharge letter) are not marks of their own: they are reachable from their
 * document (tooltip, table, `fse-event-select` detail) and they make it match the text filter.
 * A citizen thinks in documents ("il referto del 12 marzo"), a clinician opens the report to read
 * its values; one mark per observation would only multiply marks at the same instant.
 *
 * A document takes the period of the stay inside it (an LDO spans admission → discharge).
 * Date-only values keep the span they mean: a mark sits in the middle of `2019` (drawn with a
 * band over the whole year), never on 1 January.
 */
import { categoryOf, EVENT_CATEGORIES, isDocumentItem, type ClinicalEvent, type EventCategory, type FseView } from '@percorso/model';

export type GroupBy = 'category' | 'type' | 'facility' | 'carepath';

/** What the host can filter on; every field is optional and they combine with AND. */
export interface TimelineFilter {
  /** Event kinds (`document`, `encounter`…) or categories (`reports`, `admissions`…) to keep. */
  kinds?: readonly string[];
  categories?: readonly EventCategory[];
  /** Words that must all appear in the title, facility, author, codes or inner events (case- and accent-insensitive). */
  text?: string;
  /**
   * Keep events with a body region, by `regionsOf` (see {@link IndexOptions}); without one, nothing is
   * kept (the timeline does not carry the body-region code tables: `bodyRegionsOf` from the model).
   */
  bodyRegion?: string;
  /** Keep the events of this care path. */
  carePathId?: string;
  /** Epoch ms: keep marks that end after `from` and start before `to`. */
  from?: number;
  to?: number;
}

export interface TimelineItem {
  id: string;
  event: ClinicalEvent;
  category: EventCategory;
  lane: number;
  /** Index of this item in its lane's `items` (sorted by anchor). */
  index: number;
  /** The span the mark means (epoch ms, end exclusive). */
  start: number;
  end: number;
  /** Where the mark sits: the start of an instant or a period, the middle of a date-only value. */
  anchor: number;
  /** An explicit period (stay, ER phase, care path, therapy): drawn as a bar. */
  period: boolean;
  /** A date-only value coarser than a day (`2019`, `2019-03`): drawn as a faint band, never as a precise day. */
  fuzzy: boolean;
  /** Events read from inside this document. */
  inner: ClinicalEvent[];
  /** How many of `inner` are the document's items ("Contiene N voci": the model's isDocumentItem, as countsFor counts them; a lab panel is a heading, not an item). */
  voices: number;
  /** For bars: the sub-row (0–2) that keeps overlapping periods of a lane apart. */
  row: number;
}

export interface Lane {
  key: string;
  /** Message key for category lanes (`lane.reports`), or undefined when `label` is data. */
  labelKey?: string;
  /** Label from the data (facility, care path, type code) when there is no message. */
  label: string;
  /** The category that gives the lane its shape and colour (the most common one for non-category lanes). */
  category: EventCategory;
  /** Items sorted by anchor, then id. */
  items: TimelineItem[];
  anchors: Float64Array;
  /**
   * Items drawn as bands or bars (periods and date-only spans longer than a day), in classes by
   * length (≤ 32 days, ≤ 400 days, longer), each sorted by start with its longest span, so a frame
   * skips a class whose spans would be narrower than a pixel and bisects the others.
   */
  spans: SpanClass[];
  /** Sub-rows of bars (1–3). */
  rows: number;
}

export interface SpanClass {
  items: TimelineItem[];
  starts: Float64Array;
  maxSpan: number;
}

export interface TimelineIndex {
  lanes: Lane[];
  /**
   * Events the source gives no date for (`ClinicalEvent.undated`), that pass the filter (a date
   * range leaves them out): listed apart, never on the axis, never in a bin or in `count`, `min`,
   * `max`. Their `lane` is -1 and their `start`/`end`/`anchor` are NaN.
   */
  undated: TimelineItem[];
  readonly byId: Map<string, TimelineItem>;
  /** Id of an inner event → the item of its document. */
  readonly innerToItem: Map<string, TimelineItem>;
  count: number;
  /** A filter chose what the index holds. */
  filtered: boolean;
  /** Earliest start and latest end of the marks (NaN when there are none). */
  min: number;
  max: number;
}

export interface IndexOptions {
  groupBy?: GroupBy;
  filter?: TimelineFilter;
  /** Regions of an event, for the body-region filter (`bodyRegionsOf` from the model). */
  regionsOf?: (e: ClinicalEvent) => readonly { region: string }[];
  /** Label of a care path id (its title), for care-path lanes. */
  carePathTitle?: (id: string) => string | undefined;
  /** "Now" (epoch ms) where ongoing periods end. Default: the viewer's `now`, else the current time. */
  now?: number;
}

const DAY = 86_400_000;

export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function searchText(e: ClinicalEvent, inner: readonly ClinicalEvent[]): string {
  const parts: string[] = [e.title, e.facility?.name ?? '', e.author?.name ?? '', e.note ?? ''];
  for (const c of e.codes) parts.push(c.code, c.display ?? '');
  if (e.document) parts.push(e.document.nationalType);
  for (const i of inner) {
    parts.push(i.title);
    for (const c of i.codes) parts.push(c.display ?? '');
  }
  return fold(parts.join(' '));
}

/** The span a mark covers: its own date, its end, or the stay inside a document. */
function spanOf(e: ClinicalEvent, inner: readonly ClinicalEvent[], now: number): { start: number; end: number; period: boolean } {
  let start = e.date.start;
  let end = e.date.end;
  let period = false;
  if (e.end && e.end.end > start) {
    end = e.end.end;
    period = true;
  } else if (e.ongoing && now > start) {
    end = now;
    period = true;
  }
  if (e.kind === 'document') {
    for (const i of inner) {
      if (i.kind === 'encounter' && i.end && i.end.end > i.date.start) {
        start = Math.min(start, i.date.start);
        end = Math.max(end, i.end.end);
        period = true;
      }
    }
  }
  return { start, end: Math.max(end, start + 1), period };
}

function laneKeyOf(
  e: ClinicalEvent,
  category: EventCategory,
  groupBy: GroupBy,
  carePathTitle: IndexOptions['carePathTitle'],
): { key: string; labelKey?: string; label: string } {
  switch (groupBy) {
    case 'type': {
      if (e.document) return { key: `type:${e.document.nationalType}`, labelKey: `type.${e.document.nationalType}`, label: e.document.nationalType };
      return { key: `kind:${e.kind}`, labelKey: `kind.${e.kind}`, label: e.kind };
    }
    case 'facility': {
      const name = e.facility?.name?.trim();
      return name ? { key: `facility:${name}`, label: name } : { key: 'facility:', labelKey: 'lane.noFacility', label: '' };
    }
    case 'carepath': {
      const id = e.carePathIds[0];
      if (!id) return { key: 'carepath:', labelKey: 'lane.noCarePath', label: '' };
      return { key: `carepath:${id}`, label: carePathTitle?.(id) ?? id };
    }
    default:
      return { key: `category:${category}`, labelKey: `lane.${category}`, label: category };
  }
}

function matches(
  item: { event: ClinicalEvent; category: EventCategory; start: number; end: number; inner: ClinicalEvent[] },
  f: TimelineFilter,
  words: string[],
  regionsOf: IndexOptions['regionsOf'],
): boolean {
  const e = item.event;
  if (f.kinds?.length && !f.kinds.includes(e.kind) && !f.kinds.includes(item.category)) return false;
  if (f.categories?.length && !f.categories.includes(item.category)) return false;
  if (f.carePathId && !e.carePathIds.includes(f.carePathId) && !item.inner.some((i) => i.carePathIds.includes(f.carePathId!)))
    return false;
  if (f.from !== undefined && Number.isFinite(f.from) && item.end <= f.from) return false;
  if (f.to !== undefined && Number.isFinite(f.to) && item.start >= f.to) return false;
  if (f.bodyRegion) {
    if (!regionsOf) return false;
    // As on the body map, an event that maps to no region counts under `whole-body`.
    const region = f.bodyRegion;
    const hit = [e, ...item.inner].some((x) => {
      const rs = regionsOf(x);
      return rs.length ? rs.some((r) => r.region === region) : region === 'whole-body';
    });
    if (!hit) return false;
  }
  if (words.length) {
    const text = searchText(e, item.inner);
    for (const w of words) if (!text.includes(w)) return false;
  }
  return true;
}

/**
 * Care paths as marks of the "Percorsi di cura" lane: a bar from the start of the path to its end
 * (or to today while it is active). The model keeps care paths apart from events; here each
 * becomes an event of kind `careplan` with the path's id, title, conditions, manager and privacy.
 */
export function carePathEvents(view: FseView): ClinicalEvent[] {
  const out: ClinicalEvent[] = [];
  for (const cp of view.carePaths ?? []) {
    let start = cp.period?.start;
    if (!start) {
      for (const st of cp.steps ?? []) if (st.due && (!start || st.due.start < start.start)) start = st.due;
    }
    if (!start) continue;
    const end = cp.period?.end;
    out.push({
      id: cp.id,
      kind: 'careplan',
      title: cp.title,
      date: start,
      end,
      ongoing: !end && (cp.status === 'active' || cp.status === 'on-hold'),
      status: cp.status,
      codes: cp.conditions ?? [],
      author: cp.manager,
      documentId: cp.documentId,
      carePathIds: [cp.id],
      bodySites: [],
      privacy: cp.privacy,
      source: cp.source ?? [],
    });
  }
  return out;
}

/** A booking the source says was cancelled (`booking.status`): drawn hollow and struck, and said "annullata". */
export function isCancelledBooking(e: ClinicalEvent): boolean {
  return e.booking?.status === 'cancelled';
}

function byAnchor(a: TimelineItem, b: TimelineItem): number {
  return a.anchor - b.anchor || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Builds the lanes of a view. Pure; O(n log n). */
export function buildIndex(view: FseView, options: IndexOptions = {}): TimelineIndex {
  const groupBy = options.groupBy ?? 'category';
  const filter = options.filter ?? {};
  const words = filter.text ? fold(filter.text).split(/\s+/).filter(Boolean) : [];
  const events = view.events;
  const now = options.now ?? view.viewer.now ?? Date.now();
  const hasFilter = words.length > 0 || Object.values(filter).some((v) => v !== undefined && v !== null && v !== '');
  // Documents, and the events read from inside them, in one pass.
  const docIds = new Set<string>();
  const innerOf = new Map<string, ClinicalEvent[]>();
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.kind === 'document') docIds.add(e.id);
    else if (e.documentId) {
      const list = innerOf.get(e.documentId);
      if (list) list.push(e);
      else innerOf.set(e.documentId, [e]);
    }
  }
  const NO_INNER: ClinicalEvent[] = [];

  const laneMap = new Map<string, { lane: Lane; cats: Map<EventCategory, number> }>();
  const byCategory = new Map<EventCategory, { lane: Lane; cats: Map<EventCategory, number> }>();
  let min = Infinity;
  let max = -Infinity;
  let count = 0;
  const undated: TimelineItem[] = [];
  const datedOnly = filter.from !== undefined || filter.to !== undefined;

  const marks: readonly ClinicalEvent[] = events;
  const carePathMarks = carePathEvents(view);
  for (const e of carePathMarks.length ? [...marks, ...carePathMarks] : marks) {
    if (e.kind !== 'document' && e.kind !== 'careplan' && e.documentId && docIds.has(e.documentId)) continue; // reachable from its document
    const inner = e.kind === 'document' && innerOf.size ? (innerOf.get(e.id) ?? NO_INNER) : NO_INNER;
    const category = categoryOf(e);
    if (e.undated) {
      // its `date` is only a place in the record's order, not a fact: listed apart, off the axis
      if (datedOnly || (hasFilter && !matches({ event: e, category, start: NaN, end: NaN, inner }, filter, words, options.regionsOf))) continue;
      undated.push({ id: e.id, event: e, category, lane: -1, index: undated.length, start: NaN, end: NaN, anchor: NaN, period: false, fuzzy: false, inner, voices: inner.filter(isDocumentItem).length, row: 0 });
      continue;
    }
    const { start, end, period } = spanOf(e, inner, now);
    if (!Number.isFinite(start) || !Number.isFinite(end)) continue;
    const precision = e.date.precision;
    const fuzzy = !period && (precision === 'year' || precision === 'month');
    const dateOnly = !period && (fuzzy || precision === 'day');
    const anchor = dateOnly ? start + (end - start) / 2 : start;
    if (hasFilter && !matches({ event: e, category, start, end, inner }, filter, words, options.regionsOf)) continue;
    let entry = groupBy === 'category' ? byCategory.get(category) : undefined;
    if (!entry) {
      const lk = laneKeyOf(e, category, groupBy, options.carePathTitle);
      entry = laneMap.get(lk.key);
      if (!entry) {
        entry = {
          lane: { key: lk.key, labelKey: lk.labelKey, label: lk.label, category, items: [], anchors: new Float64Array(0), spans: [], rows: 1 },
          cats: new Map(),
        };
        laneMap.set(lk.key, entry);
      }
      if (groupBy === 'category') byCategory.set(category, entry);
    }
    if (groupBy !== 'category') entry.cats.set(category, (entry.cats.get(category) ?? 0) + 1);
    entry.lane.items.push({ id: e.id, event: e, category, lane: 0, index: 0, start, end, anchor, period, fuzzy, inner, voices: inner.filter(isDocumentItem).length, row: 0 });
    if (start < min) min = start;
    if (end > max) max = end;
    count++;
  }

  const entries = [...laneMap.values()];
  const catOrder = (c: EventCategory) => EVENT_CATEGORIES.indexOf(c);
  for (const en of groupBy === 'category' ? [] : entries) {
    let best: EventCategory = en.lane.category;
    let bestN = -1;
    for (const [c, n] of en.cats)
      if (n > bestN) {
        best = c;
        bestN = n;
      }
    en.lane.category = best;
  }
  if (groupBy === 'category') entries.sort((a, b) => catOrder(a.lane.category) - catOrder(b.lane.category));
  else
    entries.sort((a, b) => {
      const ea = a.lane.key.endsWith(':') ? 1 : 0;
      const eb = b.lane.key.endsWith(':') ? 1 : 0;
      return ea - eb || catOrder(a.lane.category) - catOrder(b.lane.category) || (a.lane.label < b.lane.label ? -1 : 1);
    });

  const lanes = entries.map((en, li) => {
    const lane = en.lane;
    const items = lane.items;
    let sorted = true;
    for (let i = 1; i < items.length && sorted; i++) if (byAnchor(items[i - 1], items[i]) > 0) sorted = false;
    if (!sorted) items.sort(byAnchor);
    const anchors = (lane.anchors = new Float64Array(items.length));
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      it.lane = li;
      it.index = i;
      anchors[i] = it.anchor;
    }
    // Bands and bars: periods, and date-only spans longer than a day.
    const spans = items.filter((it) => it.period || it.end - it.start > DAY + 3_600_000).sort((a, b) => a.start - b.start);
    const classes: TimelineItem[][] = [[], [], []];
    for (const it of spans) {
      const len = it.end - it.start;
      classes[len <= 32 * DAY ? 0 : len <= 400 * DAY ? 1 : 2].push(it);
    }
    // Overlapping bars (two care paths, a stay during a therapy) go on separate sub-rows.
    const rowEnds: number[] = [];
    for (const it of spans) {
      if (!it.period) continue;
      let r = rowEnds.findIndex((e) => e <= it.start);
      if (r < 0) r = rowEnds.length < 3 ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
      rowEnds[r] = it.end;
      it.row = r;
    }
    lane.rows = Math.max(1, rowEnds.length);
    lane.spans = classes
      .filter((c) => c.length)
      .map((c) => ({ items: c, starts: Float64Array.from(c, (s) => s.start), maxSpan: c.reduce((m, s) => Math.max(m, s.end - s.start), 0) }));
    return lane;
  });

  // Lookups by id, built on first use (selection, highlight, keyboard), not on the first frame.
  let byId: Map<string, TimelineItem> | undefined;
  let innerToItem: Map<string, TimelineItem> | undefined;
  const build = () => {
    byId = new Map();
    innerToItem = new Map();
    for (const lane of lanes)
      for (const it of lane.items) {
        byId.set(it.id, it);
        for (const i of it.inner) innerToItem.set(i.id, it);
      }
  };
  return {
    lanes,
    undated,
    get byId() {
      if (!byId) build();
      return byId!;
    },
    get innerToItem() {
      if (!innerToItem) build();
      return innerToItem!;
    },
    count,
    filtered: hasFilter,
    min: count ? min : NaN,
    max: count ? max : NaN,
  };
}

/** First index whose value is ≥ x (a.length when none). */
export function lowerBound(a: Float64Array, x: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items of a lane whose anchor is in [t0, t1). */
export function visibleRange(lane: Lane, t0: number, t1: number): [number, number] {
  return [lowerBound(lane.anchors, t0), lowerBound(lane.anchors, t1)];
}
