/**
 * A user who imports one adapter gets that adapter's code and no other's: for each folder under
 * src/providers/, `createClient` plus that one provider bundled from the built package (minified, as a
 * user's esbuild does), and every module the bundle's source map names under src/providers/ must sit
 * in that provider's folder. See test/support/user-bundle.ts for why it is built and not read from src/.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BuiltPackage, buildPackage, bundleAsUser, ROOT, UNMAPPED } from "../support/user-bundle.js";

const PROVIDERS = readdirSync(join(ROOT, "src/providers"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// Each folder exports a factory of its own name; only the sandbox needs no key.
const entryFor = (name: string) =>
  `import { createClient, ${name} } from "unisms";\n` +
  `export const client = createClient({ provider: ${name}(${name === "sandbox" ? "" : '{ apiKey: "key" }'}) });\n`;

let built: BuiltPackage;

beforeAll(async () => {
  built = await buildPackage();
}, 180_000);

afterAll(() => built?.remove());

describe("a bundle of createClient and one provider", () => {
  it("finds the provider folders", () => {
    expect(PROVIDERS).toEqual(expect.arrayContaining(["numpool", "sandbox"]));
  });

  it.each(PROVIDERS)("%s: carries no other provider's code", async (name) => {
    const bundle = await bundleAsUser(entryFor(name), {
      resolve: { unisms: built.file("index") },
      dependencies: false,
    });
    const own = `src/providers/${name}/`;
    const foreign = [...bundle.modules]
      .filter(([path]) => path.startsWith("src/providers/") && !path.startsWith(own))
      .map(([path, chars]) => `${path} (${chars} chars)`);
    // How to make a module-level statement droppable: src/core/lazy.ts.
    expect(foreign, `modules of other providers in the ${name} bundle`).toEqual([]);
    // The command line, the testing kit and unisms/redis are separate entries; a bundle of the SDK holds none.
    expect([...bundle.modules.keys()].filter((p) => /^src\/(cli|testing|redis)\//.test(p))).toEqual([]);

    // The trace itself works: the provider's own code is found, and nearly all output is accounted for,
    // so an empty list above is not a broken source map.
    expect([...bundle.modules.keys()].some((p) => p.startsWith(own))).toBe(true);
    expect(bundle.modules.get(UNMAPPED) ?? 0).toBeLessThan(bundle.minified / 100);
  });
});

describe("the client and core", () => {
  // The bundle checks above see an import only where it survives tree-shaking; this sees every one.
  const files = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));

  it.each(["src/client", "src/core"])("%s imports no provider", (dir) => {
    const offending: string[] = [];
    expect(files(dir).length).toBeGreaterThan(5);
    for (const file of files(dir)) {
      const text = readFileSync(join(ROOT, file), "utf8");
      for (const match of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*"([^"]+)"/g)) {
        const specifier = match[1];
        if (!specifier!.startsWith(".")) continue;
        const target = relative(ROOT, resolve(ROOT, dirname(file), specifier!));
        if (!target.startsWith("src/providers/")) continue;
        // The one allowed: `ProviderName` is the registry's keys, a type that is gone at run time.
        const line = text.slice(text.lastIndexOf("\n", match.index) + 1, match.index);
        if (/^(?:import|export) type /.test(line) && target === "src/providers/registry.js") continue;
        offending.push(`${file} -> ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
