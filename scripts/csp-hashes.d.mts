// Types of scripts/csp-hashes.mjs, for the server-rendering test.
export function cspHash(text: string): string;
export function elementStyleHashes(elements: Record<string, unknown>): { tag: string; hash: string }[];
export interface CspHashesFile {
  description: string;
  version: string;
  'style-src': string[];
  elements: Record<string, string>;
}
export function cspHashesFile(elements: Record<string, unknown>, version: string): CspHashesFile;
