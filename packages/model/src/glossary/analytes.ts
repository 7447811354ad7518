/**
 * Common laboratory analytes of Italian primary care in plain words, keyed by LOINC code.
 * Filled in by the glossary work; each entry cites its sources and starts unreviewed.
 */
import type { GlossaryEntry } from './types.js';

export const ANALYTE_GLOSSARY: ReadonlyMap<string, GlossaryEntry> = new Map<string, GlossaryEntry>([]);
