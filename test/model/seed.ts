/**
 * The seed of the property tests: a new one each run, so every CI run explores new records, and
 * printed by fast-check on failure (`seed: …, path: "…"` in the failure message). To replay a
 * failure, give that seed (and path) back:
 *
 *   PERCORSO_SEED=123456 PERCORSO_SEED_PATH="42:1:0" node scripts/test.mjs test/model/view-property.test.ts
 *
 * or, with the test page open in a browser, `?seed=123456&seedPath=42:1:0` in its URL.
 */
export interface SeedParams {
  seed: number;
  path?: string;
}

let chosen: Promise<SeedParams> | undefined;

type Given = { seed: string | null; path: string | null };

/** The seed asked for: the page's URL, else the environment (Node's, or web-test-runner's through a server command). */
async function fromEnvironment(): Promise<Given> {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  if (env) return { seed: env.PERCORSO_SEED ?? null, path: env.PERCORSO_SEED_PATH ?? null }; // the model's tests in Node (mocha, Stryker)
  const url = new URLSearchParams(globalThis.location?.search ?? '');
  if (url.get('seed')) return { seed: url.get('seed'), path: url.get('seedPath') };
  try {
    // imported here: the module needs a browser page, and these tests also run in Node
    const { executeServerCommand } = await import('@web/test-runner-commands');
    return (await executeServerCommand<Given, undefined>('percorso-seed')) ?? { seed: null, path: null };
  } catch {
    return { seed: null, path: null };
  }
}

/** The seed for this run (the same for every property of the run), logged once. */
export function runSeed(): Promise<SeedParams> {
  chosen ??= fromEnvironment().then(({ seed, path }) => {
    const given = seed !== null && seed.trim() !== '' ? Number(seed) : Number.NaN;
    const out: SeedParams = { seed: Number.isInteger(given) ? given : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0 };
    if (path) out.path = path;
    console.log(`property tests: seed ${out.seed}${out.path ? ` path ${out.path}` : ''} (replay: PERCORSO_SEED=${out.seed})`);
    return out;
  });
  return chosen;
}
