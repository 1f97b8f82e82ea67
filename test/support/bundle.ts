/**
 * A TypeScript entry bundled once per test run into plain JavaScript (inside the repository, so that its
 * packages resolve), for tests that spawn it as a process: a child then starts in a fifth of the time a
 * TypeScript loader takes.
 */
import { basename, join } from "node:path";
import { build } from "esbuild";

const OUT = join(import.meta.dirname, "../../node_modules/.cache/unisms-test-bundles");
const SRC = join(import.meta.dirname, "../../src");
const bundles = new Map<string, Promise<string>>();

export function bundled(entry: string): Promise<string> {
  let done = bundles.get(entry);
  if (!done) {
    const outfile = join(OUT, `${basename(entry, ".ts")}.mjs`);
    done = build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      packages: "external",
      // The SDK by its public name (as the testing kit and unisms/redis import it) is the source, as in
      // vitest's alias: never a build that may be stale, or missing.
      alias: {
        "unisms/redis": join(SRC, "redis/index.ts"),
        "unisms/testing": join(SRC, "testing/index.ts"),
        unisms: join(SRC, "index.ts"),
      },
      logLevel: "warning",
    }).then(() => outfile);
    bundles.set(entry, done);
  }
  return done;
}
