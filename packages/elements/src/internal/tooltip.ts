/**
 * The one tooltip controller (floating-ui). Details on demand that meet WCAG 1.4.13: opens on
 * hover and on focus, stays while the pointer is over it, Esc closes it, it stays inside the
 * viewport (flip + shift), and it is never the only place information lives.
 *
 * The element renders the tooltip box with `tooltipTemplate(this.tooltip, id)` anywhere in its
 * shadow root; the controller fills and positions it. Anchors can be elements or virtual
 * rectangles (canvas marks).
 */
import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export type TooltipAnchor = Element | VirtualElement;

export class TooltipController implements ReactiveController {
  open = false;
  content: unknown = nothing;
  private anchor?: TooltipAnchor;
  private cleanup?: () => void;
  private hideTimer?: ReturnType<typeof setTimeout>;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) {
      this.hide();
      // The first Esc closes the tooltip only; the element's own Esc (clear selection) waits for the next.
      e.stopPropagation();
      e.preventDefault();
    }
  };

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.stopTracking();
  }

  /** Shows `content` next to `anchor`. */
  async show(anchor: TooltipAnchor, content: unknown): Promise<void> {
    clearTimeout(this.hideTimer);
    this.anchor = anchor;
    this.content = content;
    this.open = true;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const tip = this.box();
    if (!tip || this.anchor !== anchor) return;
    this.stopTracking();
    const place = async (): Promise<void> => {
      if (!this.open || this.anchor !== anchor) return;
      const { x, y } = await computePosition(anchor, tip, {
        strategy: 'fixed',
        placement: 'top',
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      });
      tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
    };
    // Elements move with scrolling and resizing; virtual anchors are placed once.
    this.cleanup = anchor instanceof Element ? autoUpdate(anchor, tip, () => void place()) : undefined;
    await place();
  }

  /** Hides after a short delay, so the pointer can move onto the tooltip (hoverable). */
  hideSoon(delay = 200): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), delay);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    if (!this.open) return;
    this.open = false;
    this.anchor = undefined;
    this.content = nothing;
    this.stopTracking();
    this.host.requestUpdate();
  }

  /** Keeps the tooltip open while the pointer is over it. */
  readonly onTipEnter = (): void => clearTimeout(this.hideTimer);
  readonly onTipLeave = (): void => this.hideSoon();

  private box(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('[data-fse-tooltip]') ?? null;
  }

  private stopTracking(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }
}

/** The tooltip box; render it once in the element's shadow root. */
export function tooltipTemplate(tip: TooltipController, id = 'fse-tooltip'): TemplateResult {
  return html`<div
    id=${id}
    class="fse-tooltip"
    part="tooltip"
    role="tooltip"
    data-fse-tooltip
    ?hidden=${!tip.open}
    @pointerenter=${tip.onTipEnter}
    @pointerleave=${tip.onTipLeave}
  >
    ${tip.content}
  </div>`;
}
