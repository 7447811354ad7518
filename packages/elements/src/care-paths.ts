/** Registers `<fse-care-paths>`. Import `@percorso/elements/care-paths/fse-care-paths.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseCarePaths } from './care-paths/fse-care-paths.js';

export { FseCarePaths } from './care-paths/fse-care-paths.js';
export type { CarePathsLayout, Wording } from './care-paths/fse-care-paths.js';
export {
  FseCarePathSelectEvent,
  FseStepSelectEvent,
  type FseCarePathSelectDetail,
  type FseStepSelectDetail,
} from './care-paths/events.js';

defineElement('fse-care-paths', FseCarePaths);

declare global {
  interface HTMLElementTagNameMap {
    'fse-care-paths': FseCarePaths;
  }
}
