/** examples/README.md lists every example (and example test), and every example has a test of its own here. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const dir = new URL("../../examples/", import.meta.url);
const readme = readFileSync(new URL("README.md", dir), "utf8");
// providers.ts is the helper the examples share; the *.test.ts files are example tests, run as they are.
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));
const examples = files.filter((f) => f !== "providers.ts" && !f.endsWith(".test.ts"));
const exampleTests = files.filter((f) => f.endsWith(".test.ts"));

it("lists every example with a section, and each one has its test", () => {
  expect(examples.length).toBeGreaterThanOrEqual(6);
  for (const file of examples) {
    expect(readme, file).toContain(`[\`${file}\`](${file})`);
    expect(readme, file).toContain(`## ${file}`);
    const test = file === "quickstart.ts" ? "demo.test.ts" : file.replace(/\.ts$/, ".test.ts");
    expect(existsSync(new URL(test, import.meta.url)), `test/examples/${test}`).toBe(true);
  }
});

it("lists the example test files too", () => {
  expect(exampleTests.length).toBeGreaterThan(0);
  for (const file of exampleTests) expect(readme, file).toContain(`[\`${file}\`](${file})`);
});
