import type { Plugin } from "esbuild";
import { defineConfig } from "tsup";

/**
 * Dependencies published as ES modules only. The CommonJS build carries them inside it: a `require()` of
 * an ES module works only from Node 20.19 on, and the package promises every Node 20.
 */
const ESM_ONLY = [/^ky$/, /^p-retry$/, /^is-network-error$/];

/**
 * An entry other than the SDK's that bundles one of its internal modules (the redis entry's `validate`)
 * must not carry a second copy of the error classes: src/core/errors.ts is served by "unisms" itself.
 */
const errorsFromUnisms: Plugin = {
  name: "errors-from-unisms",
  setup(build) {
    build.onResolve({ filter: /\/errors\.js$/ }, (args) =>
      /[\\/]src[\\/]core$/.test(args.resolveDir) && args.path === "./errors.js"
        ? { path: "unisms", external: true }
        : undefined,
    );
  },
};

export default defineConfig([
  {
    // Declarations once for both builds (.d.ts and .d.cts): a second pass costs about ten seconds.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: { only: true },
    clean: true,
    target: "node20",
  },
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    splitting: false,
    treeshake: true,
  },
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    sourcemap: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    noExternal: ESM_ONLY,
  },
  {
    // `unisms/testing`: it imports the SDK by its public name, so it shares the SDK's one copy (and its
    // error classes) instead of carrying a second one; msw stays the user's optional install.
    entry: { testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    external: ["unisms", "msw"],
  },
  {
    // `unisms/redis`: as the testing kit, it imports the SDK by its public name, and ioredis stays the
    // user's optional install. The one internal helper it bundles (validate) throws the SDK's own
    // ValidationError: see errorsFromUnisms.
    entry: { redis: "src/redis/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    splitting: false,
    treeshake: true,
    external: ["unisms", "ioredis"],
    esbuildPlugins: [errorsFromUnisms],
  },
  {
    // The `unisms` command: ESM only, never loaded by `import "unisms"`.
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    splitting: false,
    treeshake: true,
  },
]);
