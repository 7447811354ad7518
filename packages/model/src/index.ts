export type * from './types.js';
export { BODY_REGIONS } from './types.js';
