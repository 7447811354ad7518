/**
 * `styleProps({...})`: dynamic inline geometry that works under a strict Content-Security-Policy.
 *
 * A `style="…"` attribute — written in a template, or set by `setAttribute('style', …)` — is an
 * inline style: `style-src 'self'` (without `'unsafe-inline'`) blocks it and the element silently
 * loses its geometry. Lit's `styleMap` is no way out: on its first render it writes the whole
 * declaration as the `style` attribute (lit-html 3.3 `style-map.js`, `update()`), which the policy
 * blocks too. Properties set through the CSSOM (`el.style.setProperty`) are not inline styles and
 * are always allowed, so this directive only ever uses the CSSOM.
 *
 * Use it as an element binding, with CSS property names (dash-case, custom properties welcome):
 *
 * ```ts
 * html`<div class="tick" ${styleProps({ transform: `translateX(${x}px)` })}></div>`
 * ```
 *
 * A property given as `null`/`undefined`, or left out on a later render, is removed.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type DirectiveResult, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('styleProps() is an element binding: <div ${styleProps({...})}>');
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [StyleProps]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.names) {
      if (props[name] === null || props[name] === undefined) {
        style.removeProperty(name);
        this.names.delete(name);
      }
    }
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (value === null || value === undefined) continue;
      style.setProperty(name, String(value));
      this.names.add(name);
    }
    return noChange;
  }
}

/** Sets CSS properties on the bound element through the CSSOM (never a `style` attribute). */
// Annotated so the published .d.ts names `lit`, which the package declares, not `lit-html` (toolchain.md, trap 7).
export const styleProps: (props: Readonly<Record<string, string | number | null | undefined>>) => DirectiveResult<typeof StylePropsDirective> =
  directive(StylePropsDirective);
