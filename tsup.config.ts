import { defineConfig, type Options } from "tsup";

/**
 * Dependencies published as ES modules only. The CommonJS build carries them inside it: a `require()` of
 * an ES module works only from Node 20.19 on, and the package promises every Node 20.
 */
const ESM_ONLY = [/^ky$/, /^p-retry$/, /^is-network-error$/];

/**
 * zod is carried inside every build rather than imported: `zod/mini` loads all of zod at run time (every
 * locale and the JSON Schema code included), which was about a third of `import "unisms"`'s time; built
 * in, only the parts the schemas use are there. The public types never name zod, so users see no change.
 */
const BUILT_IN = [/^zod(\/|$)/];

/** What every JavaScript build shares: one file per entry, tree-shaken, with its source map. */
const built = (options: Options): Options => ({
  sourcemap: true,
  target: "node20",
  splitting: false,
  treeshake: true,
  ...options,
});

export default defineConfig([
  {
    // Declarations once for both builds (.d.ts and .d.cts): a second pass costs about ten seconds.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
    clean: true,
    target: "node20",
  },
  built({
    entry: { index: "src/index.ts" },
    format: ["esm"],
    noExternal: BUILT_IN,
  }),
  built({
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    noExternal: [...ESM_ONLY, ...BUILT_IN],
  }),
  built({
    // `unisms/testing`: it imports the SDK by its public name, so it shares the SDK's one copy (and its
    // error classes) instead of carrying a second one; msw stays the user's optional install.
    entry: { testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    external: ["unisms", "msw"],
  }),
  built({
    // `unisms/redis`: as the testing kit, it imports the SDK by its public name (one copy of the error
    // classes and of `validate`), and ioredis stays the user's optional install.
    entry: { redis: "src/redis/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    external: ["unisms", "ioredis"],
    noExternal: BUILT_IN,
  }),
  built({
    // The `unisms` command: ESM only, never loaded by `import "unisms"`.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    noExternal: BUILT_IN,
  }),
]);
