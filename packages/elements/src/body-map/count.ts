/**
 * How `<fse-body-map>` counts, decided once and exported so that a timeline filtered by a region
 * shows the same items.
 *
 * The rule ("Torace, 12 documenti" means twelve things in the record that concern the chest):
 * - The unit is an ITEM of the view: a document, or an event that was not read from a document
 *   present in the view (a visit, a booking, a prescription sent on its own). An event read from
 *   inside a document (a finding of a radiology report) is not counted on its own: it lends its
 *   body regions to its document, so a chest X-ray report with three chest findings counts once
 *   under "Torace", and a report about the heart and the lungs counts once under each.
 * - An item's regions are the model's `itemSitesOf`: the union of `bodyRegionsOf` of the item and
 *   of its events in the view, of the conditions of the care paths it is linked to, and, for a
 *   prescription, of what fulfils it (the visit or exam with its NRE). Within one region an item
 *   counts at most once; across regions it counts in each of its regions, so the sum over regions
 *   can exceed the number of items.
 * - Limbs: a side (`left` / `right`) puts the item on that limb; `both` or no side stated puts it
 *   on both limbs of the pair (the data do not say which one).
 * - An item with no region (nothing in its codes maps to a place) counts under `whole-body`
 *   ("Tutto il corpo o non localizzato"): never lost.
 * Everything counted comes from the given view only: what the viewer may not see is not in it.
 */
import { carePathSites, itemSitesOf, itemsOf, type BodyRegion, type BodySite, type ClinicalEvent, type FseView } from '@percorso/model';
import { MAP_REGIONS, type MapRegion } from './geometry.js';

export type RegionsOf = (event: ClinicalEvent) => BodySite[];

/** The items of a view, from the model (kept here for the body map's existing importers). */
export { itemsOf } from '@percorso/model';

export interface RegionCount {
  region: MapRegion;
  /** Number of items placed in the region. */
  count: number;
  /** Ids of those items, latest first. */
  itemIds: string[];
  /** The items' ids plus the ids of the events read from inside them (for a timeline that draws both). */
  relatedIds: string[];
  /** The latest item up to "now" (by date, then id). */
  latest?: ClinicalEvent;
  /** The soonest item after "now" (a booking), when there is one. */
  next?: ClinicalEvent;
  /** An item the source gives no date for, when the region has no dated one (told without a date). */
  undated?: ClinicalEvent;
}

export interface RegionIndex {
  /** Every map region, including those with a count of zero. */
  regions: Map<MapRegion, RegionCount>;
  /** Number of items in the view. */
  items: number;
  /** Items placed under whole-body because nothing in them maps to a place. */
  unplaced: number;
  /** The largest count of a region that is a place or a system (whole body excluded): the top of the heat scale. */
  max: number;
}

/** The map regions of one body site (limbs by side; both or unstated: both limbs). */
export function mapRegionsOfSite(site: BodySite): MapRegion[] {
  const r: BodyRegion = site.region;
  if (r === 'upper-limb' || r === 'lower-limb') {
    if (site.laterality === 'left') return [`${r}-left`];
    if (site.laterality === 'right') return [`${r}-right`];
    return [`${r}-right`, `${r}-left`];
  }
  return [r];
}

const later = (a: ClinicalEvent, b: ClinicalEvent): number => b.date.start - a.date.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Counts the view's items per map region by the rule above. `now` (epoch ms; default the viewer's
 * `now`, else the current time) separates the latest item from the next (future bookings).
 */
export function countRegions(view: FseView, regionsOf: RegionsOf, now = view.viewer?.now ?? Date.now()): RegionIndex {
  const regions = new Map<MapRegion, RegionCount>();
  for (const r of MAP_REGIONS) regions.set(r, { region: r, count: 0, itemIds: [], relatedIds: [] });
  const buckets = new Map<MapRegion, ClinicalEvent[]>();
  const related = new Map<MapRegion, string[]>();
  let unplaced = 0;
  const items = itemsOf(view);
  const sitesOf = itemSitesOf(view, regionsOf);
  for (const { item, members } of items.values()) {
    const placed = new Set<MapRegion>();
    for (const s of sitesOf.get(item.id) ?? []) for (const m of mapRegionsOfSite(s)) if (regions.has(m)) placed.add(m);
    if (!placed.size) {
      placed.add('whole-body');
      unplaced++;
    }
    for (const m of placed) {
      (buckets.get(m) ?? buckets.set(m, []).get(m)!).push(item);
      const rel = related.get(m) ?? related.set(m, []).get(m)!;
      rel.push(item.id, ...members.map((x) => x.id));
    }
  }
  let max = 0;
  for (const [m, list] of buckets) {
    list.sort(later);
    const rc = regions.get(m)!;
    rc.count = list.length;
    rc.itemIds = list.map((e) => e.id);
    rc.relatedIds = related.get(m) ?? [];
    // an undated event counts in its region, but is never "the latest" or "the next": it has no date
    rc.latest = list.find((e) => !e.undated && e.date.start <= now);
    const future = list.filter((e) => !e.undated && e.date.start > now);
    if (!rc.latest && !future.length) rc.undated = list.find((e) => e.undated);
    rc.next = future[future.length - 1];
    if (m !== 'whole-body') max = Math.max(max, rc.count);
  }
  return { regions, items: items.size, unplaced, max };
}

/**
 * The heat step of a count, 0 (none) to 4, on a square-root scale of the largest count, so that
 * one busy region does not flatten the others: with 16 at most, 1 is step 1, 2–4 step 2, 5–9
 * step 3, 10–16 step 4. Counts above the maximum (the whole body) are step 4.
 */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0) return 0;
  if (max <= 0 || count >= max) return 4;
  return Math.min(4, Math.max(1, Math.ceil(4 * Math.sqrt(count / max)))) as 1 | 2 | 3 | 4;
}

/**
 * The map regions of every item of a view, of every event read from inside one (its item's), and
 * of every care path (where its conditions sit), by the rule above: what a filter by region keeps,
 * so that a timeline filtered by "Cuore" shows what "Cuore" counts, and the heart's care path too.
 */
export function regionsById(view: FseView, regionsOf: RegionsOf): Map<string, MapRegion[]> {
  const out = new Map<string, MapRegion[]>();
  for (const count of countRegions(view, regionsOf).regions.values()) {
    for (const id of count.relatedIds) (out.get(id) ?? out.set(id, []).get(id)!).push(count.region);
  }
  for (const path of Array.isArray(view.carePaths) ? view.carePaths : []) {
    const placed = new Set<MapRegion>();
    for (const s of carePathSites(path, regionsOf)) for (const m of mapRegionsOfSite(s)) placed.add(m);
    if (placed.size) out.set(path.id, [...placed]);
  }
  return out;
}
