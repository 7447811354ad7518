/** The request tracker moved to `internal/requests.ts`, shared with `<fse-document>`'s original. */
export * from '../internal/requests.js';
