import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const run = promisify(execFile);

it("npm run demo buys a number on the sandbox, prints the code, marks it done and shows the balance", async () => {
  const { stdout } = await run(process.execPath, ["--import", "tsx", "examples/quickstart.ts"], {
    cwd: root,
    env: { ...process.env, NO_COLOR: "1" },
    timeout: 20_000,
  });
  expect(stdout).toMatch(/Bought \+\d{8,15} for whatsapp/);
  expect(stdout).toMatch(/^Code: \d{4,8}$/m);
  expect(stdout).toMatch(/is done$/m);
  expect(stdout).toMatch(/Balance: \$10\.00 -> \$\d+\.\d{2}/);
}, 20_000);

it("explains a missing key for a real provider and exits 2", async () => {
  const env = { ...process.env, NUMPOOL_API_KEY: "" };
  const failure = await run(
    process.execPath,
    ["--import", "tsx", "examples/quickstart.ts", "--provider", "numpool"],
    {
      cwd: root,
      env,
      timeout: 20_000,
    },
  ).catch((error: { code: number; stderr: string }) => error);
  expect(failure).toMatchObject({ code: 2 });
  expect((failure as { stderr: string }).stderr).toContain("NUMPOOL_API_KEY");
}, 20_000);
