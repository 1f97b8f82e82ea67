/**
 * `npm run bench`: speed and memory benchmarks of the SDK, each judged against a target set at about
 * half of what a 2-core CI machine measures, so a miss means a regression rather than noise. Exits 1
 * when any target is missed. Network: only a loopback server on 127.0.0.1.
 *
 * Memory figures need `--expose-gc`; when it is missing this script re-runs itself with it (same
 * Node, same tsx loader), so `npm run bench` needs no flags.
 */
import { spawnSync } from "node:child_process";
import os from "node:os";
import { benchDemo } from "./demo.js";
import { fmt, hasGc, passed, type Result } from "./harness.js";
import { benchJournal } from "./journal.js";
import { benchLean } from "./lean.js";
import { benchMemory } from "./memory.js";
import { benchOtp } from "./otp.js";
import { benchParsing } from "./parsing.js";
import { benchSandboxFlow } from "./sandbox-flow.js";
import { benchTransport } from "./transport.js";
import { benchWatch } from "./watch.js";

const CHILD_FLAG = "UNISMS_BENCH_CHILD";

function respawnWithGc(): never {
  const script = process.argv[1]!;
  const child = spawnSync(process.execPath, [...process.execArgv, "--expose-gc", script], {
    stdio: "inherit",
    env: { ...process.env, [CHILD_FLAG]: "1" },
  });
  process.exit(child.status ?? 1);
}

const verdict = (r: Result): string => (r.compare === "info" ? "INFO" : passed(r) ? "PASS" : "FAIL");
const goal = (r: Result): string => (r.compare === "info" ? "(no target)" : `${r.compare} ${fmt(r.target)}`);

const line = (r: Result): string =>
  `${verdict(r)}  ${r.name.padEnd(40)} ${fmt(r.value).padStart(12)} ${r.unit.padEnd(9)} target ${goal(r)}${r.compare === "info" ? "" : ` ${r.unit}`}`;

async function main(): Promise<void> {
  if (!hasGc() && !process.env[CHILD_FLAG]) respawnWithGc();

  const cpus = os.cpus();
  console.log(
    `unisms benchmarks: Node ${process.version}, ${cpus.length} x ${cpus[0]?.model.trim() ?? "unknown CPU"}, ` +
      `${process.platform}/${process.arch}, gc ${hasGc() ? "exposed" : "NOT exposed (memory figures are rough)"}`,
  );
  const started = performance.now();
  const results: Result[] = [];
  const suites: [string, () => Result[] | Promise<Result[]>][] = [
    ["1. extractCode over a mix of real SMS texts", benchOtp],
    ["2. wire parsing", benchParsing],
    ["3. sandbox full flow through createClient (smsDelayMs: 0)", benchSandboxFlow],
    ["5. memory of held orders", benchMemory],
    ["4. transport against a loopback NumPool /balance", benchTransport],
    ["6. the quickstart demo, as `npm run demo` runs it", benchDemo],
    ["7. watching many orders against a rate-limited loopback FetchSMS", benchWatch],
    ["8. the order journal's cost per paid call (sandbox buy -> cancel)", benchJournal],
    [
      "9. size and speed beside bare fetch and ky: bundle (tsup build, then esbuild --bundle --minify), import, requests, CPU, rate budget at the server",
      benchLean,
    ],
  ];
  for (const [title, run] of suites) {
    console.log(`\n${title}`);
    for (const result of await run()) {
      results.push(result);
      console.log(line(result));
      if (result.detail) console.log(`      ${result.detail}`);
    }
  }

  const failed = results.filter((r) => !passed(r));
  const judged = results.filter((r) => r.compare !== "info").length;
  console.log(`\nSummary (${fmt((performance.now() - started) / 1000)} s)`);
  console.table(
    results.map((r) => ({
      benchmark: r.name,
      measured: `${fmt(r.value)} ${r.unit}`,
      target: goal(r),
      result: verdict(r),
    })),
  );
  console.log(
    failed.length === 0
      ? `all ${judged} targets met`
      : `${failed.length} of ${judged} targets missed: ${failed.map((r) => r.name).join(", ")}`,
  );
  process.exit(failed.length === 0 ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
