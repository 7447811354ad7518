/**
 * Every Storybook story under the strict Content-Security-Policy (issue 8 §2): each CSF file in
 * stories/ is imported and each story's `render(args)` is rendered into the page — the way
 * toolchain.md (trap 9) found to work in @web/test-runner — with no `securitypolicyviolation`.
 * The list of story files comes from the server (`percorso-stories`), so a new element's stories
 * are checked as soon as its `*.stories.ts` exists.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { tokensCss } from '@percorso/tokens';
import { expectNoViolationsSince, fseElements, settleAll, violationMark } from './support.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => unknown;
}
interface CsfModule {
  default: StoryLike & { title?: string };
  __namedExportsOrder?: string[];
  [name: string]: unknown;
}

// Storybook's preview adopts the page-level token sheet; so does this page (a constructed
// stylesheet, which style-src 'self' allows).
const sheet = new CSSStyleSheet();
sheet.replaceSync(tokensCss());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const files = await executeServerCommand<string[], undefined>('percorso-stories');
const modules: [string, CsfModule][] = [];
for (const file of files) modules.push([file, (await import(`../../stories/${file}`)) as CsfModule]);

describe('every story under the strict CSP', () => {
  it('finds the story files of every element', () => {
    expect(files).to.include.members([
      'body-map.stories.ts',
      'care-paths.stories.ts',
      'consent-panel.stories.ts',
      'document.stories.ts',
      'journey.stories.ts',
      'timeline.stories.ts',
    ]);
  });

  for (const [file, mod] of modules) {
    const meta = mod.default;
    const names = mod.__namedExportsOrder ?? Object.keys(mod).filter((k) => k !== 'default');
    describe(`${file} (${meta.title ?? ''})`, () => {
      for (const exportName of names) {
        const raw = mod[exportName];
        const story: StoryLike = typeof raw === 'function' ? { render: raw as StoryLike['render'] } : (raw as StoryLike);
        it(`${exportName} (${story.name ?? exportName}) renders with no CSP violation`, async function () {
          this.timeout(90_000); // the dense stories read 100 000 generated events first
          const renderFn = story.render ?? meta.render;
          expect(renderFn, 'the story or its file has a render function').to.be.a('function');
          const args = { ...(meta.args ?? {}), ...(story.args ?? {}) };
          const globals = { lang: 'it', theme: 'light', ...(meta.globals ?? {}), ...(story.globals ?? {}) };
          // What the preview's decorator does with the toolbar globals.
          document.documentElement.lang = String(globals.lang);
          document.body.dataset.fseTheme = String(globals.theme);
          const mark = violationMark();
          const host = await fixture<HTMLDivElement>(html`<div></div>`);
          render(renderFn!(args, { args, globals, name: story.name ?? exportName, title: meta.title, id: exportName }) as TemplateResult, host);
          await settleAll(host);
          expect(host.children.length, 'the story put something on the page').to.be.greaterThan(0);
          for (const el of fseElements(host)) expect(el.shadowRoot?.childNodes.length ?? 0, `<${el.localName}> rendered`).to.be.greaterThan(0);
          await expectNoViolationsSince(mark, `${file} › ${exportName}`);
          render(null, host);
        });
      }
    });
  }
});
