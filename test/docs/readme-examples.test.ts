/**
 * The README's runnable examples (each ```ts block right after a `<!-- readme-example -->` line) run here
 * as written, against the package's source: `from "unisms"` is the only thing rewritten.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { format } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
const examples = [...readme.matchAll(/<!-- readme-example -->\n```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = mkdtempSync(join(tmpdir(), "unisms-readme-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * What each example promises to print (its comments say so), found by a line of its code: any digits would
 * do for a phone number or a balance, so the output is held to what the example is there to show.
 */
const PROMISES: ReadonlyArray<readonly [inCode: string, printed: RegExp]> = [
  ["client.watch(order", /^code \d{4,8} \(from \w+\)\nnow received\nnow done$/],
  ["client.watch(rental", /^662190$/],
  ["client.withOrder(", /^\d{4,8}$/],
  ["recover({ cancelOpen: true })", /^cancelled \+\d{8,15} \{ amount: \d+, currency: 'USD' \}$/],
  ["client.renew(rental", /^662190\nheld until \S+; wallet \$20\.00$/], // $50.00 less two 30-day periods
];

describe("README examples", () => {
  it("has runnable examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples.map((code, i) => [i + 1, code] as const))(
    "example %i runs and prints what it promises",
    async (i, code) => {
      const promised = PROMISES.filter(([inCode]) => code.includes(inCode));
      expect(promised, "one entry of PROMISES for this example").toHaveLength(1);
      const file = join(dir, `example-${i}.ts`);
      writeFileSync(file, code.replaceAll('from "unisms"', `from ${JSON.stringify(entry)}`));
      const printed: string[] = [];
      const log = vi
        .spyOn(console, "log")
        .mockImplementation((...args) => void printed.push(format(...args)));
      try {
        await import(/* @vite-ignore */ file);
      } finally {
        log.mockRestore();
      }
      expect(printed.join("\n")).toMatch(promised[0]![1]);
    },
  );
});
