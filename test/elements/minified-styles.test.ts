/**
 * The build takes the indentation and comments out of every element's styles (scripts/minify-css.mjs,
 * issue 12 §Size). What the browser reads from them must not change: for every exported element, each
 * of its stylesheets parsed as written and parsed minified give the same rules, as the browser's CSS
 * parser serialises them (selectors, declarations, media and container queries, keyframes).
 */
import { expect } from '@open-wc/testing';
import { exportedTags } from './exported-tags.js';
import { minifyCssText } from '../../scripts/minify-css-text.mjs';

function rulesOf(text: string): string[] {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(text);
  return [...sheet.cssRules].map((r) => r.cssText);
}

describe('minified styles (the build’s minify-css)', () => {
  it('every element’s styles give the browser the same rules minified, and lose their indentation and comments', () => {
    let sheets = 0;
    let saved = 0;
    for (const tag of exportedTags()) {
      const ctor = customElements.get(tag) as unknown as { elementStyles?: { cssText: string }[]; finalize?: () => void; name: string };
      ctor.finalize?.();
      for (const style of ctor.elementStyles ?? []) {
        const text = style.cssText;
        const min = minifyCssText(text);
        expect(rulesOf(min), `<${tag}>: ${text.slice(0, 80)}`).to.deep.equal(rulesOf(text));
        expect(min.split('\n').length, 'line breaks stay (source maps)').to.equal(text.split('\n').length);
        saved += text.length - min.length;
        sheets++;
      }
    }
    expect(sheets).to.be.greaterThan(10);
    expect(saved, 'indentation and comments were there to take out').to.be.greaterThan(5000);
  });

  it('keeps the spaces that mean something: descendant selectors, values side by side, a comment between tokens', () => {
    const text = `:host .a :focus-visible {\n    margin: 1px 2px;\n    grid-template-areas: 'a b' /* two */ 'c d';\n  }\n  /* a rule\n     comment */\n  @media (min-width: 40em) { .b>.c{color:red} }`;
    const min = minifyCssText(text);
    expect(min).to.equal(`:host .a :focus-visible {\nmargin: 1px 2px;\ngrid-template-areas: 'a b'   'c d';\n}\n\n\n@media (min-width: 40em) { .b>.c{color:red} }`);
    expect(rulesOf(min)).to.deep.equal(rulesOf(text));
  });
});
