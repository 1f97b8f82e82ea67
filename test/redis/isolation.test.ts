/**
 * ioredis is an optional peer: `import "unisms"` must never load it, nor any of `unisms/redis`. The SDK
 * entry is bundled as a user's bundler would (every package left as an import) and its module graph
 * read; the packed package's runtime check (scripts/check-package.mjs) does the same on the built files.
 */
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");

async function graph(entry: string) {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
  return { inputs, imports };
}

describe("unisms without ioredis", () => {
  it("the SDK entry neither imports ioredis nor carries the redis module", async () => {
    const { inputs, imports } = await graph("src/index.ts");
    expect(inputs.some((p) => p.startsWith("src/core/"))).toBe(true);
    expect(inputs.filter((p) => p.startsWith("src/redis/"))).toEqual([]);
    expect(imports.filter((p) => /ioredis/.test(p))).toEqual([]);
  });

  it("unisms/redis itself loads no ioredis either: it only calls the client it is given", async () => {
    const { imports } = await graph("src/redis/index.ts");
    expect(imports.filter((p) => /ioredis/.test(p))).toEqual([]);
  });
});
