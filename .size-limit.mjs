// What a portal pays, as `npm run size` measures it (size-limit 12.1.0 with @size-limit/preset-small-lib:
// esbuild bundles the entry with every dependency — lit, d3, @floating-ui/dom, the model — minifies it,
// and the size is gzip's). Entries are the published files (`dist/`, as a portal's bundler resolves the
// package exports), so `npm run build` comes first. A budget is the (issue 12 §Size); an entry
// without `limit` is reported, never checked. Budgets are changed only with a note in the README's
// table and a reason in the commit.
import { fileURLToPath } from 'node:url';

const file = (p) => fileURLToPath(new URL(p, import.meta.url));
const elements = (name) => file(`./packages/elements/dist/${name}.js`);
const model = file('./packages/model/dist/index.js');
const gzip = true;

/** One element's registering module, as `import '@percorso/elements/<name>.js'`. */
const element = (name, limit) => ({ name: `<fse-${name}> alone`, path: elements(name), gzip, ...(limit ? { limit } : {}) });

export default [
  {
    name: '<fse-timeline> with fromFhir and viewFor',
    import: { [elements('timeline')]: '*', [model]: '{ fromFhir, viewFor }' },
    gzip,
    limit: '70 KB',
  },
  element('timeline', '45 KB'),
  { name: 'all nine elements (@percorso/elements)', path: elements('index'), gzip, limit: '110 KB' },
  {
    name: 'the first five (timeline, body map, care paths, consent panel, journey)',
    import: {
      [elements('timeline')]: '{ FseTimeline }',
      [elements('body-map')]: '{ FseBodyMap }',
      [elements('care-paths')]: '{ FseCarePaths }',
      [elements('consent-panel')]: '{ FseConsentPanel }',
      [elements('journey')]: '{ FseJourney }',
    },
    gzip,
  },
  { name: 'fromFhir and viewFor alone (@percorso/model)', import: { [model]: '{ fromFhir, viewFor }' }, gzip },
  ...['body-map', 'care-paths', 'consent-panel', 'journey', 'record', 'document', 'summary', 'medications', 'results'].map((n) => element(n)),
];
