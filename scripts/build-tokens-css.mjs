// Writes packages/tokens/dist/tokens.css from the compiled token module (run after tsc).
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../packages/tokens/dist');
const { tokensCss } = await import(resolve(dist, 'index.js'));
writeFileSync(resolve(dist, 'tokens.css'), tokensCss());
console.log('tokens: wrote dist/tokens.css');
