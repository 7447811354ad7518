// `npm run test:model:node`: the model's test files in Node (mocha + tsx + chai), the same files the
// browser runs. Left out: cli.test.ts and cda-gateway.test.ts, which run the built CLI, and
// fhir-source.test.ts, fhir-smart.test.ts and fhir-smart-launch.test.ts, which start a FHIR server through web-test-runner server commands. PERCORSO_FILES=a.test.ts,b.test.ts runs only those (as scripts/test.mjs does).
// Mocha loads its configuration with require(), so this one is CommonJS.
/* eslint-disable @typescript-eslint/no-require-imports */
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
/* eslint-enable @typescript-eslint/no-require-imports */

const dir = join(__dirname, '../model');
const browserOnly = new Set(['cli.test.ts', 'cda-gateway.test.ts', 'fhir-source.test.ts', 'fhir-smart.test.ts', 'fhir-smart-launch.test.ts']);

const only = process.env.PERCORSO_FILES;

module.exports = {
  spec: only
    ? only.split(',')
    : readdirSync(dir)
        .filter((f) => f.endsWith('.test.ts') && !browserOnly.has(f))
        .sort()
        .map((f) => join('test/model', f)),
  'node-option': ['import=./test/node/register.mjs'],
  timeout: 20000,
  reporter: 'dot',
};
