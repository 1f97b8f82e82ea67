/**
 * The quickstart demo end to end, as a newcomer runs it (`npm run demo`): offline on the sandbox, from
 * process start to exit, including tsx's compile. The promise is under 10 s.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Result } from "./harness.js";

const root = fileURLToPath(new URL("..", import.meta.url));

export function benchDemo(): Result[] {
  const started = performance.now();
  const child = spawnSync(process.execPath, ["--import", "tsx", "examples/quickstart.ts"], {
    cwd: root,
    encoding: "utf8",
    timeout: 30_000,
  });
  const elapsed = performance.now() - started;
  const code = /^Code: (\d+)$/m.exec(child.stdout ?? "")?.[1];
  return [
    {
      name: "demo: buy -> code -> done, offline",
      value: child.status === 0 && code ? elapsed : Number.POSITIVE_INFINITY,
      unit: "ms",
      compare: "<=",
      target: 10_000,
      detail:
        child.status === 0
          ? `printed code ${code}`
          : `exited ${child.status}: ${child.stderr?.slice(0, 200)}`,
    },
  ];
}
