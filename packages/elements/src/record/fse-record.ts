import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { MapRegion } from '../body-map/geometry.js';
import type { ViewInput } from '../internal/base-element.js';
import { RecordSelection } from '../internal/record.js';

/**
 * One patient record for the Percorso elements placed inside it, in the host page's own layout:
 * they show its `.view` (unless given their own) and share one selection — choosing a body
 * region filters the timeline, choosing a care path (or a step) highlights its events, choosing
 * an event selects its care path. `<fse-journey>` is the same record with a layout of its own.
 *
 * ```html
 * <fse-record id="r">
 *   <aside><fse-body-map></fse-body-map><fse-care-paths></fse-care-paths></aside>
 *   <main><fse-timeline></fse-timeline></main>
 * </fse-record>
 * <script type="module">
 *   document.querySelector('#r').view = viewFor(fromFhir(json), { role: 'citizen' });
 * </script>
 * ```
 *
 * It renders nothing of its own (`display: contents`): the children keep the page's layout.
 * The elements' events still bubble to the page as before.
 *
 * @summary The record and selection shared by the elements inside it.
 * @tagname fse-record
 * @slot - The elements (and any markup around them).
 */
export class FseRecord extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** The view every element inside shows (the result of `viewFor`, or a promise of it). */
  @property({ attribute: false }) view: ViewInput;

  /** The body region that filters the timeline (set by the body map, or by the host). */
  @property({ attribute: 'selected-region', reflect: true }) selectedRegion?: MapRegion;

  /** The care path whose events are highlighted. */
  @property({ attribute: 'selected-path', reflect: true }) selectedPath?: string;

  /** The selected event. */
  @property({ attribute: 'selected-event', reflect: true }) selectedEvent?: string;

  private readonly selection = new RecordSelection(this, () => this.selection.reflectTo(this));

  override connectedCallback(): void {
    super.connectedCallback();
    // Elements defined before <fse-record> asked for a record when none was there yet: ask again.
    for (const el of this.querySelectorAll('*')) (el as Partial<{ joinRecord(): void }>).joinRecord?.();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view')) this.selection.setView(this.view);
    this.selection.adoptFrom(this, changed);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
