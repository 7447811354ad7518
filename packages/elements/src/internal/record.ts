/**
 * One record, one selection: the context every Percorso element reads when it is placed inside
 * `<fse-record>` (or inside `<fse-journey>`, which is one), with `@lit/context`.
 *
 * - {@link RecordState} is what the record shares: the view, the selected event, care path and
 *   region, the highlighted event ids and the timeline's filter.
 * - {@link RecordSelection} is the one selection model: it listens for the `fse-*-select` events
 *   that bubble up from the elements inside, and turns them into that state (a region filters
 *   the timeline, a care path or a step highlights its events, an event selects its care path, a
 *   line, medicine or value chosen in the summary, therapy or results — `fse-select` — highlights
 *   the events it stands for).
 * - Elements join through the base class: every {@link FseElement} consumes the record, shows its
 *   view when it has no `.view` of its own, and gets {@link FseElement.recordChanged} with the
 *   new state. A new element overrides that hook and emits its selections as the usual events.
 *
 * @example A new element joining the record (e.g. `<fse-results>`):
 * ```ts
 * class FseResults extends FseElement {
 *   @property({ reflect: true }) selected?: string;
 *   // Inside <fse-record>: follow the record's selected event (the view comes by itself).
 *   protected override recordChanged(record: RecordState): void {
 *     this.selected = record.selectedEvent;
 *   }
 *   // A choice of the user is an ordinary event; the record hears it and tells every element.
 *   private pick(e: ClinicalEvent) {
 *     this.emit(new FseEventSelectEvent(e.id, e, []));
 *   }
 * }
 * ```
 */
import { ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bodyRegionsOf, type ClinicalEvent, type FseView } from '@percorso/model';
import type { FseRegionSelectEvent } from '../body-map/events.js';
import { regionsById } from '../body-map/count.js';
import type { MapRegion } from '../body-map/geometry.js';
import type { FseCarePathSelectEvent, FseStepSelectEvent } from '../care-paths/events.js';
import type { FseEventSelectEvent } from '../timeline/events.js';
import type { FseSelectEvent, FseSelectSource } from './clinical.js';
import type { TimelineFilter } from '../timeline/index.js';

/** What a record shares with the elements inside it. Treat it as read-only: a new object comes with each change. */
export interface RecordState {
  /** The record's view (or a promise of it): elements without a `.view` of their own show it. */
  readonly view?: FseView | PromiseLike<FseView>;
  /** The selected event (an id of `view.events`). */
  readonly selectedEvent?: string;
  /** The selected care path (an id of `view.carePaths`). */
  readonly selectedPath?: string;
  /** The body region that filters the other views. */
  readonly selectedRegion?: MapRegion;
  /**
   * What was chosen in `<fse-summary>`, `<fse-medications>` or `<fse-results>` (a line, a
   * medicine, a measured value): which element, its key there, and the events it stands for. The
   * other elements leave their own choice when it comes from elsewhere.
   */
  readonly chosen?: { readonly source: FseSelectSource; readonly key: string; readonly eventIds: readonly string[] };
  /** Events to highlight: the chosen line's, medicine's or value's, else the selected step's, else the selected care path's. */
  readonly highlighted: readonly string[];
  /** The timeline's filter (the selected region). */
  readonly filter: TimelineFilter;
  /** The map regions of an event by the body map's own counting rule (so filter and counts agree). */
  readonly regionsOf: (e: ClinicalEvent) => readonly { region: string }[];
}

/** The context key. Consumers: `new ContextConsumer(this, { context: recordContext, subscribe: true })` (the base class does it). */
export const recordContext = createContext<RecordState | undefined>('fse-record');

/** What changed in a selection, for a host that announces it or reflects it. */
export type SelectionChange =
  | { kind: 'region'; region?: MapRegion }
  | { kind: 'path'; path?: string; step?: readonly string[] }
  | { kind: 'event'; event?: string }
  | { kind: 'chosen'; source: FseSelectSource; key?: string; eventIds: readonly string[] };

/** The selection as a host element's reflected properties. */
export interface SelectionProperties {
  selectedRegion?: MapRegion;
  selectedPath?: string;
  selectedEvent?: string;
}

const EMPTY: readonly string[] = Object.freeze([]);

/**
 * The selection of one record, provided to the elements inside its host (`<fse-record>`,
 * `<fse-journey>`). It listens on the host for the elements' `fse-region-select`,
 * `fse-carepath-select`, `fse-step-select`, `fse-event-select` and `fse-select`, keeps one selection, and
 * publishes a {@link RecordState} through the context. The host may set the selection too
 * (`select…`), e.g. from its own reflected attributes.
 */
export class RecordSelection implements ReactiveController {
  private readonly provider: ContextProvider<typeof recordContext>;
  private view?: FseView;
  private viewInput?: FseView | PromiseLike<FseView>;
  private byId = new Map<string, ClinicalEvent>();
  private regionsById = new Map<string, { region: MapRegion }[]>();
  private region?: MapRegion;
  private path?: string;
  private stepIds?: readonly string[];
  private event?: string;
  private chosen?: { source: FseSelectSource; key: string; eventIds: readonly string[] };
  private viewToken = 0;
  /** True while the host's own properties are being adopted: no change is reported back. */
  private quiet = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** Called after each change made by the user (the events) or by `select…`. */
    private readonly onChange: (change: SelectionChange) => void = () => {},
  ) {
    this.provider = new ContextProvider(host, { context: recordContext, initialValue: this.state() });
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('fse-region-select', this.onRegion as EventListener);
    this.host.addEventListener('fse-carepath-select', this.onPath as EventListener);
    this.host.addEventListener('fse-step-select', this.onStep as EventListener);
    this.host.addEventListener('fse-event-select', this.onEvent as EventListener);
    this.host.addEventListener('fse-select', this.onChosen as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('fse-region-select', this.onRegion as EventListener);
    this.host.removeEventListener('fse-carepath-select', this.onPath as EventListener);
    this.host.removeEventListener('fse-step-select', this.onStep as EventListener);
    this.host.removeEventListener('fse-event-select', this.onEvent as EventListener);
    this.host.removeEventListener('fse-select', this.onChosen as EventListener);
  }

  /** The current state (the value the context holds). */
  get value(): RecordState {
    return this.provider.value as RecordState;
  }

  get selectedRegion(): MapRegion | undefined {
    return this.region;
  }
  get selectedPath(): string | undefined {
    return this.path;
  }
  get selectedEvent(): string | undefined {
    return this.event;
  }

  /** The record's view: a view, a promise of one (indexed when it settles), or nothing. */
  setView(input: FseView | PromiseLike<FseView> | null | undefined): void {
    if (input === this.viewInput) return;
    this.viewInput = input ?? undefined;
    const token = ++this.viewToken;
    if (input && typeof (input as PromiseLike<FseView>).then === 'function') {
      this.index(undefined);
      (input as PromiseLike<FseView>).then(
        (v) => token === this.viewToken && this.index(v),
        () => {},
      );
    } else this.index((input as FseView | null | undefined) ?? undefined);
  }

  /** Indexes a ready view (the journey calls it with the view it validated); drops links to what it does not have. */
  index(view: FseView | undefined): void {
    this.view = view;
    this.byId = new Map((view?.events ?? []).map((e) => [e.id, e]));
    this.regionsById = new Map();
    if (view) {
      for (const [id, regions] of regionsById(view, bodyRegionsOf)) this.regionsById.set(id, regions.map((region) => ({ region })));
      if (this.path && !(view.carePaths ?? []).some((p) => p.id === this.path)) this.path = undefined;
      if (this.event && !this.byId.has(this.event)) this.event = undefined;
    }
    this.stepIds = undefined;
    this.chosen = undefined;
    this.publish();
  }

  selectRegion(region: MapRegion | undefined): void {
    if (region === this.region) return;
    this.region = region;
    this.publish();
    if (!this.quiet) this.onChange({ kind: 'region', region });
  }

  /** Selects a care path (its events are highlighted), or one of its steps (`step`: that step's events). */
  selectPath(path: string | undefined, step?: readonly string[]): void {
    const stepIds = step?.filter((id) => this.byId.has(id));
    if (path === this.path && stepIds === undefined && this.stepIds === undefined && !this.chosen) return;
    this.path = path;
    this.stepIds = stepIds;
    this.chosen = undefined;
    this.publish();
    if (!this.quiet) this.onChange({ kind: 'path', path, step: stepIds });
  }

  /** Selects an event; its care path (if the view has one) becomes the selected path. */
  selectEvent(id: string | undefined): void {
    const event = id ? this.byId.get(id) : undefined;
    const path = event?.carePathIds.find((p) => this.view?.carePaths?.some((c) => c.id === p));
    if (id === this.event && (!path || path === this.path) && !this.chosen) return;
    this.event = id;
    // An event chosen on the timeline is the selection now, unless it is one the chosen line stands for.
    if (this.chosen && !(id && this.chosen.eventIds.includes(id))) this.chosen = undefined;
    if (path && path !== this.path) {
      this.path = path;
      this.stepIds = undefined;
    }
    this.publish();
    if (!this.quiet) this.onChange({ kind: 'event', event: id });
  }

  /**
   * Selects what a line of the summary, a medicine or a measured value stands for (`fse-select`):
   * its events are highlighted, the newest of them is the selected event, and its care path (if
   * any) the selected path. `key` null (or no events) clears it.
   */
  selectChosen(source: FseSelectSource, key: string | null, eventIds: readonly string[]): void {
    const ids = eventIds.filter((id) => this.byId.has(id));
    if (key === null || !ids.length) {
      if (!this.chosen) return;
      this.chosen = undefined;
      this.stepIds = undefined;
      this.publish();
      if (!this.quiet) this.onChange({ kind: 'chosen', source, eventIds: [] });
      return;
    }
    this.chosen = { source, key, eventIds: ids };
    this.stepIds = undefined;
    let newest: ClinicalEvent | undefined;
    for (const id of ids) {
      const e = this.byId.get(id)!;
      if (!newest || (!e.undated && (newest.undated || e.date.start > newest.date.start))) newest = e;
    }
    this.event = newest?.id;
    const path = ids
      .flatMap((id) => this.byId.get(id)?.carePathIds ?? [])
      .find((p) => this.view?.carePaths?.some((c) => c.id === p));
    if (path) this.path = path;
    this.publish();
    if (!this.quiet) this.onChange({ kind: 'chosen', source, key, eventIds: ids });
  }

  /** Clears the whole selection (another viewer, another record): nothing chosen before carries over. */
  clear(): void {
    const had = this.region || this.path || this.event || this.chosen || this.stepIds;
    this.region = undefined;
    this.path = undefined;
    this.event = undefined;
    this.stepIds = undefined;
    this.chosen = undefined;
    if (had) this.publish();
  }

  /**
   * For hosts that expose the selection as reflected properties (`selected-region`,
   * `selected-path`, `selected-event`): takes what the page set (call it in `willUpdate`).
   */
  adoptFrom(host: SelectionProperties, changed: ReadonlyMap<PropertyKey, unknown>): void {
    this.quiet = true;
    try {
      if (changed.has('selectedRegion') && host.selectedRegion !== this.region) this.selectRegion(host.selectedRegion || undefined);
      if (changed.has('selectedPath') && host.selectedPath !== this.path) this.selectPath(host.selectedPath || undefined);
      if (changed.has('selectedEvent') && host.selectedEvent !== this.event) this.selectEvent(host.selectedEvent || undefined);
    } finally {
      this.quiet = false;
    }
  }

  /** Writes the selection back to such a host's properties (call it from `onChange`). */
  reflectTo(host: SelectionProperties): void {
    host.selectedRegion = this.region;
    host.selectedPath = this.path;
    host.selectedEvent = this.event;
  }

  private readonly onRegion = (e: FseRegionSelectEvent): void => this.selectRegion(e.selected ? e.region : undefined);
  private readonly onPath = (e: FseCarePathSelectEvent): void => this.selectPath(e.carePathId ?? undefined);
  private readonly onStep = (e: FseStepSelectEvent): void => this.selectPath(e.carePathId, e.eventIds);
  private readonly onEvent = (e: FseEventSelectEvent): void => this.selectEvent(e.eventId ?? undefined);
  private readonly onChosen = (e: FseSelectEvent): void => this.selectChosen(e.source, e.key, e.eventIds);

  private readonly regionsOf = (e: ClinicalEvent): readonly { region: string }[] => this.regionsById.get(e.id) ?? [];

  private highlighted(): readonly string[] {
    if (this.chosen) return this.chosen.eventIds;
    if (this.stepIds) return this.stepIds;
    const path = this.path ? this.view?.carePaths?.find((p) => p.id === this.path) : undefined;
    return path ? path.eventIds.filter((id) => this.byId.has(id)) : EMPTY;
  }

  private state(): RecordState {
    const filter: TimelineFilter = this.region ? { bodyRegion: this.region } : {};
    return {
      view: this.viewInput,
      selectedEvent: this.event,
      selectedPath: this.path,
      selectedRegion: this.region,
      chosen: this.chosen,
      highlighted: this.highlighted(),
      filter,
      regionsOf: this.regionsOf,
    };
  }

  private publish(): void {
    const prev = this.provider?.value;
    const next = this.state();
    // Keep the identity of what did not change, so elements do not redo work for nothing.
    if (prev) {
      if (prev.selectedRegion === next.selectedRegion) (next as { filter: TimelineFilter }).filter = prev.filter;
      if (sameIds(prev.highlighted, next.highlighted)) (next as { highlighted: readonly string[] }).highlighted = prev.highlighted;
    }
    this.provider?.setValue(next);
    this.host.requestUpdate();
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
