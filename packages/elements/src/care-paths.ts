/** Registers `<fse-care-paths>`. Import `@percorso/elements/care-paths/fse-care-paths.js` for the class alone. */
import { defineElement } from './internal/define.js';
import { FseCarePaths } from './care-paths/fse-care-paths.js';

export { FseCarePaths } from './care-paths/fse-care-paths.js';
export type { CarePathsLayout, Wording } from './care-paths/fse-care-paths.js';
export {
  FseCarePathSelectEvent,
  FseStepSelectEvent,
  FseStepActionRequestEvent,
  type FseCarePathSelectDetail,
  type FseStepSelectDetail,
  type FseStepActionRequestDetail,
  type StepAction,
} from './care-paths/events.js';

defineElement('fse-care-paths', FseCarePaths);

declare global {
  interface HTMLElementTagNameMap {
    'fse-care-paths': FseCarePaths;
  }
}
