import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXIT_CODES, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK } from "../../src/cli/exit-codes.js";
import { allProviders, renderCapabilityTable } from "./capability-table.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("shows a capability table equal to what the adapters declare", () => {
    const match = /<!-- capability-table:start -->\n([\s\S]*?)\n<!-- capability-table:end -->/.exec(readme);
    expect(match, "capability table markers").not.toBeNull();
    expect(match![1]).toBe(renderCapabilityTable(allProviders()));
  });

  it("lists every error code's CLI exit status as the CLI has it", () => {
    const table = /<!-- exit-codes:start -->\n([\s\S]*?)\n<!-- exit-codes:end -->/.exec(readme)?.[1] ?? "";
    const rows = new Map(
      [...table.matchAll(/^\| (\d+) \| `(\w+)`/gm)].map((m) => [m[2]!, Number(m[1])] as const),
    );
    for (const [code, exit] of Object.entries(EXIT_CODES))
      expect([code, rows.get(code)]).toEqual([code, exit]);
    // And nothing else: no row for a code or a status the CLI does not have.
    expect([...rows.keys()].sort()).toEqual(Object.keys(EXIT_CODES).sort());
    const statuses = [...table.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    const known = [EXIT_OK, EXIT_INTERNAL, EXIT_INTERRUPTED, ...Object.values(EXIT_CODES)];
    expect([...new Set(statuses)].sort((a, b) => a - b)).toEqual([...new Set(known)].sort((a, b) => a - b));
  });

  it("opens with the two commands a newcomer needs, and documents the test command", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toContain("npm install && npm run demo");
    expect(firstBlock).toContain("npm test");
  });
});
