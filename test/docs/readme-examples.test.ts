/**
 * The README's runnable examples (each ```ts block right after a `<!-- readme-example -->` line) run here
 * as written, against the package's source: `from "unisms"` is the only thing rewritten.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
const examples = [...readme.matchAll(/<!-- readme-example -->\n```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), "unisms-readme-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README examples", () => {
  it("has runnable examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((code, i) => [i + 1, code] as const))(
    "example %i runs and prints",
    async (i, code) => {
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(file, code.replaceAll('from "unisms"', `from ${JSON.stringify(entry)}`));
      const printed: string[] = [];
      const log = vi.spyOn(console, "log").mockImplementation((...args) => void printed.push(args.join(" ")));
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        log.mockRestore();
      }
      expect(printed.length).toBeGreaterThan(0);
      expect(printed.join("\n")).toMatch(/\d{4,}/);
    },
  );
});
