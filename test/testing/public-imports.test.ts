/**
 * The testing kit is built on the SDK's public API only (it is shipped as `unisms/testing` and imports
 * `unisms` by name): a fake that reached into the SDK's internals would break for users, whose copy
 * of the SDK is the published one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src", import.meta.url));
const kit = join(src, "testing");
const files = readdirSync(kit, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));

/** Every module a source names: `from "x"` (import, export, type), `import "x"` and `import("x")`. */
const specifiers = (source: string) =>
  [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);

describe("unisms/testing", () => {
  it("finds every kind of import", () => {
    const planted =
      'import "./a.js";\nconst b = await import("../b.js");\nexport * from "c";\nimport {\n  d,\n} from "d";';
    expect(specifiers(planted)).toEqual(["./a.js", "../b.js", "c", "d"]);
  });

  it("imports only unisms, msw, node built-ins and its own files", () => {
    expect(files.length).toBeGreaterThan(5);
    const outside: string[] = [];
    for (const file of files) {
      for (const target of specifiers(readFileSync(join(kit, file), "utf8"))) {
        if (target === "unisms" || target === "msw" || target === "msw/node" || target.startsWith("node:"))
          continue;
        const inKit =
          target.startsWith(".") &&
          !relative(kit, resolve(dirname(join(kit, file)), target)).startsWith("..");
        if (!inKit) outside.push(`${file}: ${target}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it("is not reachable from the SDK's own entry point, directly or through any module it imports", () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const target of specifiers(readFileSync(file, "utf8"))) {
        if (target.startsWith(".")) visit(resolve(dirname(file), target.replace(/\.js$/, ".ts")));
      }
    };
    visit(join(src, "index.ts"));
    expect(seen.size).toBeGreaterThan(20);
    expect([...seen].map((f) => relative(src, f)).filter((f) => f.startsWith("testing/"))).toEqual([]);
  });
});
