import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // The testing kit imports the SDK by its public name, as a user's code does; here that is the source.
  resolve: {
    alias: [
      { find: /^unisms$/, replacement: src("index.ts") },
      { find: /^unisms\/testing$/, replacement: src("testing/index.ts") },
      { find: /^unisms\/redis$/, replacement: src("redis/index.ts") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    environment: "node",
    // Worker threads start and import faster than forked processes: about 25 s less on two cores.
    pool: "threads",
    // Vitest's default is one worker fewer than the machine has cores: one on a two-core machine, where
    // the files then ran one after another (217 s). Most files spend their time waiting on timers and
    // sockets, so two at once fit on two cores (141 s).
    maxWorkers: 2,
    testTimeout: 15_000,
    // The package check packs and installs the built tarball; it runs as its own script.
    exclude: ["node_modules", "dist"],
  },
});
