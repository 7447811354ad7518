// Consumer tests: the packed tarballs (.pack/, from `node scripts/pack.mjs`) installed — not the
// workspace — into fresh apps in a temporary folder, as a portal team would:
//
//   vite-ts   Vite + TypeScript, strict tsc, @percorso/elements and @percorso/model
//   react18   React 18 with @percorso/react (Vite)
//   react19   React 19 with @percorso/react and the native <fse-timeline> with @percorso/react/jsx
//             typings, strict tsc
//   vue3      Vue 3 (Vite, @vitejs/plugin-vue, isCustomElement) with the @percorso/elements/vue typings,
//             checked by vue-tsc (strict)
//   angular   Angular 21 (CUSTOM_ELEMENTS_SCHEMA, zoneless), its strict build (strictTemplates: the
//             event's type comes from the elements' typings), ng build with @angular/build
//   cdn       examples/cdn/index.html: a plain page with the no-build files, no import map, no install
//
// Each is built, served on 127.0.0.1 and opened in Debian's Chromium (scripts/browser.mjs). The check,
// on every timeline of the page: it draws marks from a view the app made with fromFhir + viewFor,
// and a click on a mark reaches the app's own listener, which adds the event's id to what the app
// renders in <output id="heard"> (React and Vue from their own state). One `npm install` per app (the CDN page installs nothing: it unpacks the
// elements tarball as a CDN serves it). Usage: node scripts/consumers.mjs [--keep] [name…]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--reuse');

const tarballsFile = join(root, '.pack/tarballs.json');
if (!existsSync(tarballsFile)) execFileSync('node', [join(root, 'scripts/pack.mjs'), '--no-build'], { stdio: 'inherit' });
const tarballs = JSON.parse(readFileSync(tarballsFile, 'utf8'));
const tarball = (name) => {
  const file = tarballs.find((t) => t.includes(`percorso-${name}-`));
  if (!file) throw new Error(`consumers: no tarball for @percorso/${name} in .pack/`);
  return `file:${file}`;
};
/** The tarballs as dependencies, and as overrides so their dependencies on each other resolve to them too. */
const percorso = (...names) => {
  const all = ['model', 'tokens', 'elements', ...names];
  return {
    dependencies: Object.fromEntries(all.map((n) => [`@percorso/${n}`, tarball(n)])),
    overrides: Object.fromEntries(all.map((n) => [`@percorso/${n}`, `$@percorso/${n}`])),
  };
};

// The registry versions each app pins (toolchain.md: they install and run on Node 20).
const VITE = '8.3.8';
const TYPESCRIPT = '6.0.3';
// vue-tsc 3.3.14: the Vue team's type-checker of templates; it accepts TypeScript 6.
const VUE_TSC = '3.3.14';
// Angular 21.2.26: the newest that runs on Node 20 (22.x asks for Node 22.22), and it wants
// TypeScript 5.9 (>=5.9 <6.0), installed in its own app.
const ANGULAR = '21.2.26';
const ANGULAR_TYPESCRIPT = '5.9.3';

// A synthetic record (the workspace's generator, built by npm run build), as FHIR R4 JSON the app reads.
const { generateFhir, SAMPLE_NOW } = await import(join(root, 'packages/model/dist/generator/index.js'));
const record = JSON.stringify(generateFhir({ seed: 7, events: 300, now: SAMPLE_NOW }));

const strictTsconfig = (extra = {}) =>
  JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
        strict: true, noEmit: true, skipLibCheck: false, isolatedModules: true, verbatimModuleSyntax: true, ...extra,
      },
      include: ['src'],
    },
    null,
    2,
  );

/** The app's code shared by every consumer: read the record, make the citizen's view. */
const readView = `const response = await fetch('./record.json');
const view = viewFor(fromFhir(await response.json()), { role: 'citizen' });`;

const html = (body, script = '/src/main.ts') => `<!doctype html>
<html lang="it">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Percorso consumer</title></head>
<body>
${body}
<script type="module" src="${script}"></script>
</body>
</html>
`;

const consumers = {
  'vite-ts': {
    pkg: { ...percorso(), devDependencies: { vite: VITE, typescript: TYPESCRIPT } },
    files: {
      'index.html': html('<fse-timeline data-check style="display:block;width:1000px"></fse-timeline><output id="heard"></output>'),
      'tsconfig.json': strictTsconfig(),
      'src/main.ts': `import '@percorso/elements/timeline.js';
import { FseEventSelectEvent } from '@percorso/elements';
import { fromFhir, viewFor } from '@percorso/model';

${readView}
const timeline = document.querySelector('fse-timeline')!; // typed FseTimeline through HTMLElementTagNameMap
timeline.view = view;
timeline.addEventListener('fse-event-select', (e) => {
  const picked: FseEventSelectEvent = e; // typed through GlobalEventHandlersEventMap
  document.querySelector('#heard')!.append(\`\${picked.eventId} \`);
});
`,
    },
    build: [['npx', 'tsc', '-p', 'tsconfig.json'], ['npx', 'vite', 'build', '--logLevel', 'warn']],
    serve: 'dist',
  },

  react18: {
    pkg: { ...percorso('react'), dependencies: { ...percorso('react').dependencies, react: '18.3.1', 'react-dom': '18.3.1' }, devDependencies: { vite: VITE } },
    files: {
      'index.html': html('<div id="root"></div>', '/src/main.jsx'),
      'src/main.jsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FseTimeline } from '@percorso/react';
import { fromFhir, viewFor } from '@percorso/model';

${readView}
function App() {
  const [heard, setHeard] = useState([]);
  return (
    <>
      <FseTimeline data-check view={view} style={{ display: 'block', width: '1000px' }} onFseEventSelect={(e) => setHeard((h) => [...h, e.eventId])} />
      <output id="heard">{heard.join(' ')}</output>
    </>
  );
}
createRoot(document.querySelector('#root')).render(<App />);
`,
    },
    build: [['npx', 'vite', 'build', '--logLevel', 'warn']],
    serve: 'dist',
  },

  react19: {
    pkg: {
      ...percorso('react'),
      dependencies: { ...percorso('react').dependencies, react: '19.3.1', 'react-dom': '19.3.1' },
      devDependencies: { vite: VITE, typescript: TYPESCRIPT, '@types/react': '19.3.0', '@types/react-dom': '19.3.0' },
    },
    files: {
      'index.html': html('<div id="root"></div>', '/src/main.tsx'),
      'tsconfig.json': strictTsconfig({ jsx: 'react-jsx' }),
      'src/custom-elements.d.ts': `import type {} from '@percorso/react/jsx';\n`,
      'src/main.tsx': `import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { FseTimeline } from '@percorso/react';
import type { FseEventSelectEvent } from '@percorso/elements';
import '@percorso/elements/timeline.js';
import { fromFhir, viewFor } from '@percorso/model';

${readView}
function App() {
  const [heard, setHeard] = useState<string[]>([]);
  const pick = (e: FseEventSelectEvent) => setHeard((h) => [...h, e.eventId ?? '']);
  return (
    <>
      {/* the @lit/react wrapper */}
      <FseTimeline data-check view={view} style={{ display: 'block', width: '1000px' }} onFseEventSelect={pick} />
      {/* React 19's own custom-element support, typed by @percorso/react/jsx */}
      <fse-timeline data-check view={view} style={{ display: 'block', width: '1000px' }} onfse-event-select={pick} />
      <output id="heard">{heard.join(' ')}</output>
    </>
  );
}
createRoot(document.querySelector('#root')!).render(<App />);
`,
    },
    build: [['npx', 'tsc', '-p', 'tsconfig.json'], ['npx', 'vite', 'build', '--logLevel', 'warn']],
    serve: 'dist',
  },

  vue3: {
    pkg: {
      ...percorso(),
      dependencies: { ...percorso().dependencies, vue: '3.5.45' },
      devDependencies: { vite: VITE, '@vitejs/plugin-vue': '6.0.11', 'vue-tsc': VUE_TSC, typescript: TYPESCRIPT },
    },
    files: {
      'index.html': html('<div id="app"></div>'),
      'vite.config.js': `import vue from '@vitejs/plugin-vue';
export default {
  // The fse- tags are custom elements, not Vue components (README of @percorso/elements).
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('fse-') } } })],
};
`,
      'src/env.d.ts': `import type {} from '@percorso/elements/vue';\n`,
      'tsconfig.json': strictTsconfig({ jsx: 'preserve', types: ['vite/client'] }).replace('"include": [\n    "src"\n  ]', '"include": ["src/**/*.ts", "src/**/*.vue"]'),
      // Typed: vue-tsc checks the template against @percorso/elements/vue (a wrong :view or a
      // misspelt event property fails the build).
      'src/App.vue': `<script setup lang="ts">
import { ref } from 'vue';
import type { FseView } from '@percorso/model';
import type { FseEventSelectEvent } from '@percorso/elements';
const props = defineProps<{ view: FseView }>();
const heard = ref<string[]>([]);
const pick = (e: FseEventSelectEvent) => heard.value.push(e.eventId ?? '');
</script>
<template>
  <fse-timeline data-check :view="props.view" style="display:block;width:1000px" @fse-event-select="pick"></fse-timeline>
  <output id="heard">{{ heard.join(' ') }}</output>
</template>
`,
      'src/main.ts': `import { createApp } from 'vue';
import '@percorso/elements/timeline.js';
import { fromFhir, viewFor } from '@percorso/model';
import App from './App.vue';

${readView}
createApp(App, { view }).mount('#app');
`,
    },
    build: [['npx', 'vue-tsc', '--noEmit', '-p', 'tsconfig.json'], ['npx', 'vite', 'build', '--logLevel', 'warn']],
    serve: 'dist',
  },

  angular: {
    pkg: {
      ...percorso(),
      dependencies: {
        ...percorso().dependencies,
        ...Object.fromEntries(['core', 'common', 'compiler', 'platform-browser'].map((n) => [`@angular/${n}`, ANGULAR])),
        rxjs: '7.8.2',
        tslib: '2.8.1',
      },
      devDependencies: { '@angular/build': ANGULAR, '@angular/cli': ANGULAR, '@angular/compiler-cli': ANGULAR, typescript: ANGULAR_TYPESCRIPT },
    },
    files: {
      'angular.json': JSON.stringify(
        {
          version: 1,
          cli: { analytics: false, cache: { enabled: false } },
          projects: {
            app: {
              projectType: 'application',
              root: '',
              sourceRoot: 'src',
              architect: {
                build: {
                  builder: '@angular/build:application',
                  options: { browser: 'src/main.ts', index: 'src/index.html', tsConfig: 'tsconfig.json', outputPath: 'dist', assets: [{ glob: '**/*', input: 'public' }] },
                },
              },
            },
          },
        },
        null,
        2,
      ),
      'tsconfig.json': JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022', module: 'ES2022', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'],
            strict: true, skipLibCheck: true, isolatedModules: true, noImplicitOverride: true, noImplicitReturns: true,
          },
          // The strict template checks: $event of (fse-event-select) is typed from the elements' declarations.
          angularCompilerOptions: { strictTemplates: true, strictInjectionParameters: true, strictInputAccessModifiers: true, extendedDiagnostics: { defaultCategory: 'error' } },
          files: ['src/main.ts'],
        },
        null,
        2,
      ),
      'src/index.html': html('<app-root></app-root>', '').replace('<script type="module" src=""></script>\n', ''),
      'src/main.ts': `import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import '@percorso/elements/timeline.js';
import type { FseEventSelectEvent } from '@percorso/elements';
import { fromFhir, viewFor, type FseView } from '@percorso/model';

@Component({
  selector: 'app-root',
  // The fse- tags are custom elements (README of @percorso/elements).
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: \`
    @if (view(); as v) {
      <fse-timeline data-check [view]="v" style="display:block;width:1000px" (fse-event-select)="pick($event)"></fse-timeline>
    }
    <output id="heard">{{ heard().join(' ') }}</output>
  \`,
})
class App {
  readonly view = signal<FseView | undefined>(undefined);
  readonly heard = signal<string[]>([]);

  constructor() {
    void fetch('./record.json')
      .then((r) => r.json())
      .then((json) => this.view.set(viewFor(fromFhir(json), { role: 'citizen' })));
  }

  // Under strictTemplates $event must be an FseEventSelectEvent: the elements' typings say so.
  pick(e: FseEventSelectEvent): void {
    this.heard.update((h) => [...h, e.eventId ?? '']);
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((err: unknown) => console.error(err));
`,
    },
    build: [['npx', 'ng', 'build']],
    serve: 'dist/browser',
  },

  cdn: {
    // No install: the page uses the files a CDN serves from the elements tarball.
    unpack: 'elements',
    files: { 'index.html': readFileSync(join(root, 'examples/cdn/index.html'), 'utf8') },
    build: [],
    serve: '.',
  },
};

/** On every `[data-check]` timeline: marks drawn, then a click on one mark heard by the app. */
async function check(page) {
  await page.waitForFunction(
    () => {
      const all = [...document.querySelectorAll('[data-check]')];
      return all.length > 0 && all.every((t) => t.drawnMarks?.length > 0);
    },
    { timeout: 30_000 },
  );
  const count = await page.$$eval('[data-check]', (all) => all.length);
  const results = [];
  for (let i = 0; i < count; i++) {
    const target = await page.evaluate((index) => {
      const el = document.querySelectorAll('[data-check]')[index];
      el.scrollIntoView({ block: 'center' });
      const mark = el.drawnMarks.find((m) => m.count === 1);
      const plot = el.shadowRoot.querySelector('.plot').getBoundingClientRect();
      const r = el.visibleRange;
      const lanes = [...new Set(el.drawnMarks.map((m) => m.lane))];
      const row = el.shadowRoot.querySelectorAll('[part~="lane"]')[lanes.indexOf(mark.lane)].getBoundingClientRect();
      return { id: mark.ids[0], marks: el.drawnMarks.length, x: plot.left + ((mark.t - r.from) / (r.to - r.from)) * plot.width, y: row.top + row.height / 2 };
    }, i);
    const heard = () => page.$eval('#heard', (o) => o.textContent.trim().split(/\s+/).filter(Boolean));
    const before = (await heard()).length;
    await page.mouse.click(Math.round(target.x), Math.round(target.y));
    await page
      .waitForFunction((n) => document.querySelector('#heard').textContent.trim().split(/\s+/).filter(Boolean).length > n, { timeout: 10_000 }, before)
      .catch(() => {
        throw new Error(`timeline ${i + 1}: the click on event ${target.id} was not heard by the app`);
      });
    const after = await heard();
    if (after.length !== before + 1 || after.at(-1) !== target.id) throw new Error(`timeline ${i + 1}: heard ${after.slice(before).join(', ')} for a click on ${target.id}`);
    results.push(`${target.marks} marks, click heard (${target.id})`);
  }
  return results;
}

// --reuse DIR: a folder kept by an earlier --keep run; apps already installed there are not installed again.
const reuse = args.includes('--reuse') ? args[args.indexOf('--reuse') + 1] : undefined;
const base = reuse ?? mkdtempSync(join(tmpdir(), 'percorso-consumers-'));
const started = Date.now();
const browser = await launchChromium();
let failed = 0;
try {
  for (const [name, app] of Object.entries(consumers)) {
    if (only.length && !only.includes(name)) continue;
    const t0 = Date.now();
    const dir = join(base, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(app.files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    const publicDir = app.serve === '.' ? dir : join(dir, 'public');
    mkdirSync(publicDir, { recursive: true });
    writeFileSync(join(publicDir, 'record.json'), record);
    try {
      if (app.pkg && !(reuse && existsSync(join(dir, 'node_modules')))) {
        writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: 'module', ...app.pkg }, null, 2));
        execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: dir, stdio: 'inherit' });
      }
      if (app.unpack) {
        const target = join(dir, 'node_modules/@percorso', app.unpack);
        mkdirSync(target, { recursive: true });
        execFileSync('tar', ['-xzf', tarball(app.unpack).slice('file:'.length), '-C', target, '--strip-components=1']);
      }
      for (const [cmd, ...cmdArgs] of app.build) execFileSync(cmd, cmdArgs, { cwd: dir, stdio: 'inherit' });
      const served = await serveStatic(join(dir, app.serve));
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
      try {
        await page.goto(`${served.url}/index.html`);
        // A page whose main thread hangs would hold page.evaluate forever: give each check a minute.
        let timer;
        const results = await Promise.race([
          check(page),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer from the page within 60 s')), 60_000))),
        ]).finally(() => clearTimeout(timer));
        if (errors.length) throw new Error(`errors in the page: ${errors.join(' | ')}`);
        console.log(`consumer ${name}: ok in ${((Date.now() - t0) / 1000).toFixed(0)} s — ${results.join('; ')}`);
      } catch (e) {
        if (errors.length) e.message += ` (page errors: ${errors.join(' | ')})`;
        throw e;
      } finally {
        // Bounded: a keep-alive connection can hold the server's close.
        const bounded = (p) => Promise.race([p, new Promise((ok) => setTimeout(ok, 5_000).unref())]);
        await bounded(page.close());
        await bounded(served.close());
      }
    } catch (e) {
      failed++;
      console.error(`consumer ${name}: FAILED — ${e.message}`);
    }
  }
} finally {
  await browser.close();
  if (!keep && !reuse) rmSync(base, { recursive: true, force: true });
  else console.log(`consumers: kept in ${base}`);
}
const ran = Object.keys(consumers).filter((n) => !only.length || only.includes(n)).length;
// Not a bare "N passed, N failed" line: CI's test count is the suites', not these apps'.
console.log(`consumers: ${ran - failed} of ${ran} apps passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(failed ? 1 : 0);
