/**
 * What the model's tests take from @open-wc/testing, for Node: its `expect` is chai's, and
 * @esm-bundle/chai is the very chai build @open-wc/testing bundles for the browser, so both runs
 * assert with the same library. The model's tests use nothing else from it (they render no DOM).
 */
export { expect } from '@esm-bundle/chai';
