/**
 * The Redis journal ships in `unisms/redis`, built with `unisms` external: it must reach the SDK by its
 * public name only (one copy, one set of error classes), never by a relative path into `src/`.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../src/redis", import.meta.url));
const FILES = ["redis-journal.ts", "journal-lease.ts", "journal-scripts.ts"];
const ALLOWED = new Set(["unisms", "ioredis", "zod/mini"]);

const specifiers = (source: string) =>
  [...source.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]!);

describe("the Redis journal's imports", () => {
  it("are unisms, ioredis, zod/mini, node built-ins and its own siblings only", () => {
    const outside = FILES.flatMap((file) =>
      specifiers(readFileSync(join(dir, file), "utf8"))
        .filter((t) => !ALLOWED.has(t) && !t.startsWith("node:") && !/^\.\/[\w-]+\.js$/.test(t))
        .map((t) => `${file}: ${t}`),
    );
    expect(outside).toEqual([]);
  });
});
