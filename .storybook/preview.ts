/// <reference types="vite/client" />
import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import '@fontsource/titillium-web/400.css';
import '@fontsource/titillium-web/600.css';
import '@fontsource/titillium-web/700.css';
import { tokensCss } from '@percorso/tokens';
// Every bundled language, for the toolbar's language picker (a portal imports only those it offers).
import '@percorso/elements/locales/all.js';

interface Manifest {
  modules: { declarations?: { members?: { privacy?: string; static?: boolean }[] }[] }[];
}

/** The manifest without private, protected and static members: the tables show what a portal can use. */
function publicApi(m: Manifest): Manifest {
  return {
    ...m,
    modules: m.modules.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((d) => (d.members ? { ...d, members: d.members.filter((x) => (!x.privacy || x.privacy === 'public') && !x.static) } : d)),
    })),
  };
}

// The Docs pages' API tables (attributes, properties, events, slots, parts, CSS properties) come from
// the manifest the package ships; `npm run storybook` and `npm run build-storybook` write it first
// (`npm run analyze`). Read through a glob so a checkout without it still type-checks; the built
// Storybook's smoke test fails if a Docs page lacks its table.
const [manifest] = Object.values(import.meta.glob('../packages/elements/custom-elements.json', { eager: true, import: 'default' })) as (Manifest | undefined)[];
if (manifest) setCustomElementsManifest(publicApi(manifest));
else console.warn('Percorso: packages/elements/custom-elements.json is missing (npm run analyze): Docs pages have no API tables');

// The page-level themes of @percorso/tokens, so the toolbar's theme reaches every element.
const sheet = new CSSStyleSheet();
sheet.replaceSync(tokensCss());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/**
 * Toolbar globals: the language and theme of every element in a story. Stories that are about a
 * language or theme set it in their own `globals`.
 */
const withLangAndTheme: Decorator = (story, context) => {
  const { lang, theme } = context.globals as { lang?: string; theme?: string };
  document.documentElement.lang = lang || 'it';
  const bg = theme === 'dark' ? '#121b26' : theme === 'high-contrast' ? '#000' : '#fff';
  document.body.style.background = bg;
  document.body.dataset.fseTheme = theme || 'light';
  return story();
};

const preview: Preview = {
  decorators: [withLangAndTheme],
  globalTypes: {
    lang: {
      description: 'Lingua degli elementi',
      toolbar: { title: 'Lingua', icon: 'globe', items: ['it', 'en', 'de', 'fr', 'sl'], dynamicTitle: true },
    },
    theme: {
      description: 'Tema',
      toolbar: { title: 'Tema', icon: 'contrast', items: ['light', 'dark', 'high-contrast'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'it', theme: 'light' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Stories double as accessibility checks: violations are errors in the a11y panel.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
