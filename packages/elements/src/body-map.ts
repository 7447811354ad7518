/** Registers `<fse-body-map>`. Import `@percorso/elements/body-map/fse-body-map.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseBodyMap } from './body-map/fse-body-map.js';

export { FseBodyMap } from './body-map/fse-body-map.js';
export type { Anatomy, BodyMapMode, MapRegion, Side } from './body-map/fse-body-map.js';
export { FseRegionSelectEvent, type FseRegionSelectDetail } from './body-map/events.js';
export { countRegions, heatLevel, itemsOf, mapRegionsOfSite, type RegionCount, type RegionIndex } from './body-map/count.js';
export { MAP_REGIONS, PLACELESS } from './body-map/geometry.js';

defineElement('fse-body-map', FseBodyMap);

declare global {
  interface HTMLElementTagNameMap {
    'fse-body-map': FseBodyMap;
  }
}
