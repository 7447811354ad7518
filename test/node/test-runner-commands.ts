/**
 * What the model's tests take from @web/test-runner-commands, for Node: the server commands that
 * need no browser, answered in this process as scripts/wtr-plugins.mjs answers them for the browser.
 * Suites that drive a browser or start a server stay in the browser run (test/node/mocharc.cjs).
 */
export async function executeServerCommand<R, P = unknown>(command: string, payload?: P): Promise<R> {
  if (command === 'percorso-seed') {
    // PERCORSO_SEED (and PERCORSO_SEED_PATH) replay a property test's failing run (test/model/seed.ts).
    return { seed: process.env.PERCORSO_SEED ?? null, path: process.env.PERCORSO_SEED_PATH ?? null } as R;
  }
  throw new Error(`percorso: the server command "${command}" (${JSON.stringify(payload ?? null)}) runs only under web-test-runner`);
}
