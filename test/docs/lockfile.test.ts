import { readFileSync } from "node:fs";
import { expect, it } from "vitest";

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

it("package-lock.json lists every pinned optional dependency, so `npm ci` accepts it", () => {
  const lock = JSON.parse(readFileSync(new URL("../../package-lock.json", import.meta.url), "utf8")) as {
    packages: Record<string, LockEntry>;
  };
  const missing = Object.values(lock.packages).flatMap((entry) =>
    Object.entries(entry.optionalDependencies ?? {})
      .filter(([name, version]) => /^\d+\.\d+\.\d+$/.test(version) && !lock.packages[`node_modules/${name}`])
      .map(([name]) => name),
  );
  expect(missing, "run `node scripts/fix-lockfile.cjs` (see README, Development)").toEqual([]);
});
