#!/usr/bin/env node
// Opens every story of the *built* Storybook (storybook-static/) in Chromium and fails when one
// shows an error, logs an uncaught exception, or leaves an fse-* element unregistered or empty.
// It catches what dev mode hides, such as a define module tree-shaken away by `sideEffects`. Then it
// opens one element's Docs page and checks its API table (rows from the custom-elements manifest).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const dir = resolve(process.argv[2] ?? 'storybook-static');
const index = JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const server = await serveStatic(dir);
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  let errors = [];
  page.on('pageerror', (e) => errors.push(String(e?.message ?? e)));
  for (const s of stories) {
    errors = [];
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(s.id)}&viewMode=story`, { waitUntil: 'load' });
    const result = await page
      .waitForFunction(
        () => {
          const root = document.querySelector('#storybook-root');
          const shown = document.body.classList.contains('sb-show-main') || document.body.classList.contains('sb-show-errordisplay');
          if (!root || !shown) return false;
          if (document.body.classList.contains('sb-show-errordisplay'))
            return { error: document.querySelector('#error-message')?.textContent || 'error display' };
          const tags = [...root.querySelectorAll('*')].filter((el) => el.localName.startsWith('fse-'));
          const bad = tags.filter((el) => !customElements.get(el.localName) || !el.shadowRoot || !el.shadowRoot.childNodes.length);
          if (bad.length) return false; // elements may still be loading their view
          return { ok: true, elements: tags.length };
        },
        { timeout: 30000, polling: 100 },
      )
      .then((h) => h.jsonValue())
      .catch(() => ({ error: 'an fse-* element stayed unregistered or empty for 30 s' }));
    if (result.error || errors.length) failures.push(`${s.title} / ${s.name}: ${result.error ?? errors.join('; ')}`);
  }
  // One element's Docs page: its API tables come from the custom-elements manifest (preview.ts). The
  // summary's page is the lightest; its table must list an attribute, a public property and an event
  // of the element, and no private member.
  const docs = Object.values(index.entries).filter((e) => e.type === 'docs');
  const summaryDocs = docs.find((e) => e.title === 'Elementi/Sintesi');
  if (!summaryDocs) failures.push('no Docs page for Elementi/Sintesi (is @storybook/addon-docs in .storybook/main.ts?)');
  else {
    errors = [];
    await page.goto(`${server.url}/iframe.html?id=${encodeURIComponent(summaryDocs.id)}&viewMode=docs`, { waitUntil: 'load', timeout: 90000 });
    const rows = await page
      .waitForFunction(
        () => {
          const table = document.querySelector('.sbdocs-content table.docblock-argstable');
          if (!table) return false;
          return [...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')?.textContent?.trim() ?? '');
        },
        { timeout: 60000, polling: 200 },
      )
      .then((h) => h.jsonValue())
      .catch(() => []);
    const want = ['heading-level', 'view', 'fse-select'];
    const missing = want.filter((name) => !rows.some((r) => r.startsWith(name)));
    if (!rows.length) failures.push('Docs / Elementi/Sintesi: no API table in 60 s');
    else if (missing.length) failures.push(`Docs / Elementi/Sintesi: the API table lacks ${missing.join(', ')} (rows: ${rows.slice(0, 12).join(', ')}…)`);
    else if (rows.some((r) => r.startsWith('viewToken') || r.startsWith('loadingTimer'))) failures.push('Docs / Elementi/Sintesi: the API table lists private members');
    if (errors.length) failures.push(`Docs / Elementi/Sintesi: ${errors.join('; ')}`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (failures.length) {
  console.error(`storybook smoke: ${failures.length} of ${stories.length} stories failed`);
  for (const f of failures) console.error(`  - ${f}`);
  process.exit(1);
}
console.log(`storybook smoke: ${stories.length} stories rendered in the built Storybook, and the summary's Docs page has its API table`);
