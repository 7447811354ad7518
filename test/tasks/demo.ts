/**
 * The task tests' harness: the demo pages as a person meets them.
 *
 * `openDemo('index' | 'clinician', { width })` sets the browser's viewport to a desktop (1366 px) or a
 * phone (390 px), and opens the demo page in a frame that fills it, on its own FHIR server seeded
 * exactly as `npm start` seeds it (scripts/wtr-plugins.mjs, `fhir-server { demo: true }`; the page is
 * told where with `?fhir=…&patient=…`). The page reads the record over HTTP with `loadFhirRecord`,
 * as it does under `npm start`; what the consent panel writes goes to that server.
 *
 * A test then does only what a person does — clicks with the real mouse (`click`), presses keys
 * (`press`, `type`), chooses in a drop-down (`choose`) — and reads what is on screen (`text`,
 * `visible`, `announced`). Each of those is one action, counted in `demo.actions`: a task test says
 * how many actions its task takes. Finding things goes by what a person reads: visible text or an
 * accessible name (`byText`), across shadow roots; a CSS selector (`$`, `$$`) is for what a person
 * sees but has no words for (a chart mark, a region of the body map).
 *
 * `click` refuses an element that is hidden, disabled, or covered by something else at its centre
 * (a tooltip, a sticky header): a person could not click it either.
 */
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';

export type DemoPage = 'index' | 'clinician';

/** The widths every task is tried at: a common laptop and a common phone (CSS px). */
export const WIDTHS = { desktop: 1366, phone: 390 } as const;
export type Width = (typeof WIDTHS)[keyof typeof WIDTHS];
const HEIGHTS: Record<Width, number> = { 1366: 768, 390: 844 };

/** Mocha timeout for a task test: seeding, loading 600 events over HTTP and the steps themselves. */
export const TASK_TIMEOUT = 120_000;

interface Server {
  id: number;
  url: string;
  patientId: string;
}

let server: Promise<Server> | undefined;
let frame: HTMLIFrameElement | undefined;

/** A fresh server for the next `openDemo`, for a test that writes (consents, obscuring). */
export async function freshServer(): Promise<void> {
  const old = await server?.catch(() => undefined);
  server = undefined;
  if (old) await executeServerCommand('fhir-server', { action: 'stop', id: old.id });
}

function demoServer(): Promise<Server> {
  return (server ??= executeServerCommand<Server, object>('fhir-server', { action: 'start', demo: true }).then((s) => {
    if (!s?.url) throw new Error('the demo FHIR server did not start');
    return s;
  }));
}

/** Opens a demo page at a width and waits until its record has loaded. */
export async function openDemo(page: DemoPage, o: { width: Width; query?: Record<string, string> }): Promise<Demo> {
  const s = await demoServer();
  await setViewport({ width: o.width, height: HEIGHTS[o.width] });
  frame?.remove();
  document.body.style.margin = '0';
  frame = document.createElement('iframe');
  frame.title = `demo ${page}`;
  Object.assign(frame.style, { position: 'fixed', inset: '0', width: '100%', height: '100%', border: '0' });
  const q = new URLSearchParams({ fhir: s.url, patient: s.patientId, ...o.query });
  const loaded = new Promise((ok) => frame!.addEventListener('load', ok, { once: true }));
  frame.src = `/demo/${page}.html?${q}`;
  document.body.append(frame);
  await loaded;
  const demo = new Demo(frame);
  await demo.settled();
  return demo;
}

/** Every element under a root and inside the open shadow roots below it, in document order. */
function* walk(root: Node): Generator<Element> {
  for (const child of Array.from(root.childNodes)) {
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const el = child as Element;
    yield el;
    if (el.shadowRoot) yield* walk(el.shadowRoot);
    yield* walk(el);
  }
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The name a person (or a screen reader) knows a control by. */
function nameOf(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ');
    if (norm(text)) return norm(text);
  }
  const aria = norm(el.getAttribute('aria-label'));
  if (aria) return aria;
  // a form control is known by its label's words, not by its options or value
  const labels = (el as HTMLSelectElement).labels;
  if (labels?.length) {
    const words = [...labels].map((label) => textOutside(label, el)).join(' ');
    if (norm(words)) return norm(words);
  }
  return norm(el.getAttribute('title')) || norm(deepText(el));
}

/** A label's text without the text of the control inside it. */
function textOutside(label: Element, control: Element): string {
  let out = '';
  const visit = (n: Node) => {
    if (n === control) return;
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    for (const c of Array.from(n.childNodes)) visit(c);
  };
  visit(label);
  return out;
}

/** Text content across shadow roots (what a slot shows is read once, where it is shown). */
function deepText(el: Element): string {
  let out = '';
  const visit = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.textContent;
    const e = n as Element;
    if (e.shadowRoot) visit(e.shadowRoot);
    else if (e.localName === 'slot') for (const a of (e as HTMLSlotElement).assignedNodes({ flatten: true })) visit(a);
    else if (n.nodeType === Node.ELEMENT_NODE && ['style', 'script', 'template'].includes(e.localName)) return;
    if (!(e.shadowRoot && e.localName !== 'slot')) for (const c of Array.from(n.childNodes)) visit(c);
  };
  visit(el);
  return out;
}

const INTERACTIVE = 'button, a[href], summary, select, input, textarea, [role="button"], [role="link"], [role="tab"], [role="option"], [role="menuitem"], [role="checkbox"], [role="radio"], [role="switch"], [role="row"], [role="gridcell"], [tabindex]';

export class Demo {
  /** Clicks, key presses, typed strings and choices made so far. */
  actions = 0;
  readonly win: Window;
  readonly doc: Document;

  constructor(readonly frame: HTMLIFrameElement) {
    this.win = frame.contentWindow!;
    this.doc = frame.contentDocument!;
  }

  /** Waits until nothing on the page is loading: no busy region, no progress bar, every element rendered. */
  async settled(timeout = 90_000): Promise<void> {
    await waitUntil(
      () =>
        this.doc.readyState === 'complete' &&
        this.$$('fse-journey, fse-consent-panel').length > 0 &&
        !this.$$('[aria-busy="true"], progress').some((e) => this.visible(e)),
      'the demo page did not finish loading',
      { timeout, interval: 100 },
    );
    await Promise.all(this.$$('*').map((e) => (e as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    await this.frameDone();
  }

  /** Two animation frames of the page: what a change scheduled has been drawn. */
  frameDone(): Promise<void> {
    return new Promise((ok) => this.win.requestAnimationFrame(() => this.win.requestAnimationFrame(() => ok())));
  }

  /** The first element matching a selector, across shadow roots. */
  $<T extends Element = HTMLElement>(selector: string): T | undefined {
    for (const e of walk(this.doc)) if (e.matches(selector)) return e as unknown as T;
    return undefined;
  }

  /** Every element matching a selector, across shadow roots. */
  $$<T extends Element = HTMLElement>(selector: string): T[] {
    return [...walk(this.doc)].filter((e) => e.matches(selector)) as unknown as T[];
  }

  /** Is it rendered and not hidden (it may be scrolled out of view)? */
  visible(el: Element): boolean {
    if (!el.isConnected) return false;
    const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    if (check && !check.call(el, { visibilityProperty: true, contentVisibilityAuto: true })) return false;
    return el.getClientRects().length > 0;
  }

  /** Is its whole box inside the viewport now (no scrolling needed)? */
  inViewport(el: Element): boolean {
    const r = el.getBoundingClientRect();
    return this.visible(el) && r.top >= 0 && r.left >= 0 && r.bottom <= this.win.innerHeight && r.right <= this.doc.documentElement.clientWidth;
  }

  /**
   * The visible controls (or, with `{ any: true }`, any visible elements, innermost first) whose name
   * or text matches. Strings match the whole normalised name, case-insensitively; RegExps search it.
   */
  byTextAll(text: string | RegExp, o: { any?: boolean; within?: Element } = {}): HTMLElement[] {
    const matches = (s: string) => (typeof text === 'string' ? s.toLowerCase() === text.toLowerCase() : text.test(s));
    const found = [...walk(o.within ?? this.doc)].filter((e) => (o.any ? true : e.matches(INTERACTIVE)) && this.visible(e) && matches(nameOf(e)));
    // the innermost: a row holding a matching button is not the button
    return found.filter((e) => !found.some((f) => f !== e && isAncestor(e, f))) as HTMLElement[];
  }

  /** The one visible control whose name matches (fails, naming what there is, when none or several do). */
  byText(text: string | RegExp, o: { any?: boolean; within?: Element } = {}): HTMLElement {
    const all = this.byTextAll(text, o);
    if (all.length === 1) return all[0]!;
    if (all.length > 1) {
      // the same control drawn twice (e.g. a desktop and a phone version): take the one in view
      const shown = all.filter((e) => e.getBoundingClientRect().width > 0);
      if (shown.length === 1) return shown[0]!;
      throw new Error(`${all.length} elements are called ${String(text)}: ${all.map((e) => `<${e.localName}> "${nameOf(e)}"`).join(', ')}`);
    }
    const names = [...walk(o.within ?? this.doc)]
      .filter((e) => e.matches(INTERACTIVE) && this.visible(e))
      .map((e) => nameOf(e))
      .filter(Boolean)
      .slice(0, 60);
    throw new Error(`nothing visible is called ${String(text)}; the visible controls are: ${names.join(' | ')}`);
  }

  /** Everything the page shows in words, across shadow roots, whitespace collapsed. */
  text(within?: Element): string {
    const parts: string[] = [];
    const visit = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) {
        const parent = n.parentElement;
        if (parent && this.visible(parent)) parts.push(n.textContent ?? '');
        return;
      }
      const e = n as Element;
      if (n.nodeType === Node.ELEMENT_NODE && ['style', 'script', 'template', 'title'].includes(e.localName)) return;
      if (e.localName === 'slot') for (const a of (e as HTMLSlotElement).assignedNodes({ flatten: true })) visit(a);
      if (e.shadowRoot) visit(e.shadowRoot);
      else for (const c of Array.from(n.childNodes)) visit(c);
      if (n.nodeType === Node.ELEMENT_NODE && getComputedStyleSafe(e)?.display.startsWith('block')) parts.push(' ');
    };
    visit(within ?? this.doc.body);
    return norm(parts.join(' '));
  }

  /** What the page's live regions (status, alert, log, aria-live) say now. */
  announced(): string[] {
    return this.$$('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]')
      .map((e) => norm(deepText(e)))
      .filter(Boolean);
  }

  /** The element that has the keyboard focus, across shadow roots. */
  focused(): Element | null {
    let a: Element | null = this.doc.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }

  /** The name of the focused element, as a screen reader would say it. */
  focusedName(): string {
    const f = this.focused();
    return f ? nameOf(f) : '';
  }

  /** The topmost element at a point of the page, across shadow roots. */
  private hit(x: number, y: number): Element | null {
    let e: Element | null = this.doc.elementFromPoint(x, y);
    while (e?.shadowRoot) {
      const inner = e.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === e) break;
      e = inner;
    }
    return e;
  }

  /** Clicks a control (found by its name, or given) with the real mouse, scrolling it into view first. */
  async click(target: string | RegExp | Element): Promise<HTMLElement> {
    const el = (typeof target === 'string' || target instanceof RegExp ? this.byText(target) : target) as HTMLElement;
    if (!this.visible(el)) throw new Error(`<${el.localName}> "${nameOf(el)}" is not visible`);
    if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') throw new Error(`"${nameOf(el)}" is disabled`);
    const named = nameOf(el);
    el.scrollIntoView({ block: 'center', inline: 'center' });
    await this.frameDone();
    // What a person aims at is what they read: a list that re-renders as it scrolls must not put
    // something else in the place they were about to press.
    if (nameOf(el) !== named) throw new Error(`"${named.slice(0, 60)}" became "${nameOf(el).slice(0, 60)}" as it scrolled into view`);
    const r = el.getBoundingClientRect();
    const x = r.left + Math.min(r.width / 2, Math.max(1, r.width - 2));
    const y = r.top + Math.min(r.height / 2, Math.max(1, r.height - 2));
    const top = this.hit(x, y);
    if (!top || !isAncestor(el, top)) {
      throw new Error(`"${nameOf(el)}" is covered at its centre by <${top?.localName}> "${top ? nameOf(top).slice(0, 60) : ''}"`);
    }
    const f = this.frame.getBoundingClientRect();
    this.actions++;
    await sendMouse({ type: 'click', position: [Math.round(f.left + x), Math.round(f.top + y)] });
    await this.frameDone();
    return el;
  }

  /**
   * Opens a section the page folds on a phone ("Dove nel corpo", "Privacy e consensi"), as a person
   * taps it, and says whether it had to (one action when it did; none where nothing is folded).
   */
  async unfold(name: string): Promise<boolean> {
    const folded = this.$$<HTMLElement>('button.fold[aria-expanded="false"], details.fold-section:not([open]) > summary').find(
      (e) => this.visible(e) && nameOf(e).toLowerCase() === name.toLowerCase(),
    );
    if (!folded) return false;
    await this.click(folded);
    await this.settled();
    return true;
  }

  /** Presses a key (`Tab`, `Enter`, `ArrowDown`, `Shift+Tab`…) where the focus is. */
  async press(key: string): Promise<void> {
    this.actions++;
    await sendKeys({ press: key });
    await this.frameDone();
  }

  /** Types a string where the focus is (one action). */
  async type(text: string): Promise<void> {
    this.actions++;
    await sendKeys({ type: text });
    await this.frameDone();
  }

  /**
   * Chooses an option of a drop-down (found by its label, or given) by the option's text: two actions,
   * opening it and choosing (a native list cannot be driven by the mouse in a headless browser, so the
   * choice is made as the browser would make it: value set, `input` and `change` fired).
   */
  async choose(select: string | RegExp | HTMLSelectElement, option: string | RegExp): Promise<void> {
    const el = (typeof select === 'string' || select instanceof RegExp ? this.byText(select) : select) as HTMLSelectElement;
    if (el.localName !== 'select') throw new Error(`"${nameOf(el)}" is not a drop-down`);
    const opt = [...el.options].find((o) => (typeof option === 'string' ? norm(o.text).toLowerCase() === option.toLowerCase() : option.test(o.text)));
    if (!opt) throw new Error(`"${nameOf(el)}" has no option ${String(option)}: ${[...el.options].map((o) => o.text).join(' | ')}`);
    await this.click(el);
    await sendKeys({ press: 'Escape' });
    el.value = opt.value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    this.actions++;
    await this.frameDone();
  }

  /** Waits for a condition of the page (after an action whose effect is asynchronous). */
  async until(condition: () => boolean, message: string, timeout = 20_000): Promise<void> {
    await waitUntil(condition, message, { timeout, interval: 50 });
    await this.frameDone();
  }
}

/** Is `inner` `outer` or inside it, across shadow roots and slots? */
function isAncestor(outer: Element, inner: Element): boolean {
  for (let n: Node | null = inner; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n === outer) return true;
    if ((n as Element).assignedSlot && (n as Element).assignedSlot === outer) return true;
  }
  return false;
}

function getComputedStyleSafe(e: Element): CSSStyleDeclaration | undefined {
  const w = e.ownerDocument?.defaultView;
  return w ? w.getComputedStyle(e) : undefined;
}
