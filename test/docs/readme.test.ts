import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allProviders, renderCapabilityTable } from "./capability-table.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("shows a capability table equal to what the adapters declare", () => {
    const match = /<!-- capability-table:start -->\n([\s\S]*?)\n<!-- capability-table:end -->/.exec(readme);
    expect(match, "capability table markers").not.toBeNull();
    expect(match![1]).toBe(renderCapabilityTable(allProviders()));
  });

  it("opens with the two commands a newcomer needs, and documents the test command", () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    expect(firstBlock).toContain("npm install && npm run demo");
    expect(firstBlock).toContain("npm test");
  });
});
