/**
 * The testing kit is built on the SDK's public API only (it is shipped as `unisms/testing` and imports
 * `unisms` by name): a fake that reached into the SDK's internals would break for users, whose copy
 * of the SDK is the published one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const kit = fileURLToPath(new URL("../../src/testing", import.meta.url));
const files = readdirSync(kit, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));

describe("unisms/testing", () => {
  it("imports only unisms, msw, node built-ins and its own files", () => {
    expect(files.length).toBeGreaterThan(5);
    const outside: string[] = [];
    for (const file of files) {
      const source = readFileSync(join(kit, file), "utf8");
      for (const [, specifier] of source.matchAll(/^(?:import|export)[^"]*?from "([^"]+)"/gm)) {
        const target = specifier!;
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

  it("is not reachable from the SDK's own entry point", () => {
    const entry = readFileSync(new URL("../../src/index.ts", import.meta.url), "utf8");
    expect(entry).not.toMatch(/testing/);
  });
});
