/** Events of `<fse-body-map>`. */
import type { BodyRegion } from '@percorso/model';
import type { MapRegion } from './geometry.js';

/** What `fse-region-select` carries. */
export interface FseRegionSelectDetail {
  /** The map region the user acted on (limbs by side: `upper-limb-left`…). */
  region: MapRegion;
  /** True when the region became selected, false when the selection was cleared. */
  selected: boolean;
  /**
   * Ids of the items counted in the region (documents and stand-alone events, latest first): as
   * many as the region's count. Empty when `selected` is false.
   */
  eventIds: readonly string[];
  /** The same items plus the events read from inside them, for a timeline that draws both. */
  relatedIds: readonly string[];
  /** The model's body region (`upper-limb` for `upper-limb-left`). */
  bodyRegion: BodyRegion;
  /** For limbs: the side. */
  laterality?: 'left' | 'right';
}

/**
 * `fse-region-select`: the user selected a region (click, Enter or Space) or cleared the selection
 * (the same region again, or Esc). Bubbles, crosses shadow roots, can be cancelled (a cancelled
 * event leaves `selected` as it was).
 */
export class FseRegionSelectEvent extends Event {
  static readonly type = 'fse-region-select';
  readonly detail: FseRegionSelectDetail;
  constructor(detail: FseRegionSelectDetail) {
    super(FseRegionSelectEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ ...detail, eventIds: Object.freeze([...detail.eventIds]), relatedIds: Object.freeze([...detail.relatedIds]) });
  }
  get region(): MapRegion {
    return this.detail.region;
  }
  get selected(): boolean {
    return this.detail.selected;
  }
  get eventIds(): readonly string[] {
    return this.detail.eventIds;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fse-region-select': FseRegionSelectEvent;
  }
}
