/**
 * Every TypeScript block in the README compiles against the package's public API, as a user would
 * paste it (`from "unisms"` resolves to the source through tsconfig's paths); blocks that stand for a
 * file in the repository (`<!-- readme-file: path -->`) are that file, which runs with the tests.
 * Runnable blocks (`<!-- readme-example -->`) run in readme-examples.test.ts.
 */
import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PROVIDER_REGISTRY } from "../../src/providers/registry.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const blocks = [...readme.matchAll(/(?:<!-- readme-file: (\S+) -->\n)?```ts\n([\s\S]*?)```/g)].map((m) => ({
  file: m[1],
  code: m[2]!,
  line: readme.slice(0, m.index).split("\n").length + 1,
}));
// Inside the repository so that packages and tsconfig paths resolve as they do for the source; one folder
// per process, since worktrees that link one node_modules would otherwise check each other's README.
const dir = join(root, "node_modules", ".cache", `unisms-readme-blocks-${process.pid}`);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README code blocks", () => {
  it("compile, every one", async () => {
    expect(blocks.length).toBeGreaterThan(10);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const files = blocks.map(({ code, line }) => {
      const file = join(dir, `line-${line}.ts`);
      // `export {}` makes a block without imports a module, so top-level await is allowed in it.
      writeFileSync(file, `${code}\nexport {};\n`);
      return file;
    });
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({ extends: join(root, "tsconfig.json"), include: [], files }),
    );
    const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
    const failed = await promisify(execFile)(process.execPath, [tsc, "--noEmit", "-p", dir]).then(
      () => "",
      // A tsc that did not run (not found, killed) prints no diagnostics: its failure must not read as "".
      (error: { stdout?: string; stderr?: string }) =>
        `${error.stdout ?? ""}${error.stderr ?? ""}` || String(error),
    );
    // Each error names the README line its block starts on.
    expect(
      failed.replaceAll(`${dir}/`, "").replaceAll(`${relative(root, dir)}/`, "README.md block at "),
    ).toBe("");
  }, 120_000);

  it.each(blocks.filter((b) => b.file).map((b) => [b.file!, b.code] as const))(
    "the block for %s is that file, word for word",
    (file, code) => {
      expect(code).toBe(readFileSync(join(root, file), "utf8"));
    },
  );

  it("the demo's key list names every provider's variable", () => {
    const paragraph = /The demo reads[\s\S]*?\n\n/.exec(readme)?.[0] ?? "";
    for (const { keyVariable } of Object.values(PROVIDER_REGISTRY))
      if (keyVariable) expect(paragraph).toContain(`\`${keyVariable}\``);
  });
});
