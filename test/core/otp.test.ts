import { describe, expect, it } from "vitest";
import { extractCode } from "../../src/core/otp.js";
import { NEGATIVE, POSITIVE } from "./otp-corpus.js";

const CORPUS = [...POSITIVE, ...NEGATIVE];

describe("extractCode corpus", () => {
  it("is large and varied enough to mean something", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(70);
    expect(NEGATIVE.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CORPUS)("$text -> $expected", ({ text, expected, service }) => {
    expect(extractCode(text, service ? { service } : undefined)).toBe(expected);
  });
});

describe("extractCode edge cases", () => {
  it("answers null for null, undefined and blank input", () => {
    expect(extractCode(null)).toBeNull();
    expect(extractCode(undefined)).toBeNull();
    expect(extractCode("")).toBeNull();
    expect(extractCode("   \n ")).toBeNull();
  });

  it("returns the code, not the amount, when both appear", () => {
    expect(extractCode("You paid $12.40. Your code is 8841")).toBe("8841");
  });

  it("keeps leading zeros", () => {
    expect(extractCode("Your code: 007731")).toBe("007731");
  });

  it("does not need the service hint, but uses it", () => {
    expect(extractCode("G-482913 is your Google verification code.")).toBe("482913");
    expect(extractCode("G-482913 is your Google verification code.", { service: "google" })).toBe("482913");
    expect(extractCode("Code: G-482913", { service: "whatsapp" })).toBe("482913");
    expect(extractCode("Code: G-482913", { service: "constructor" })).toBe("482913");
    // Two prefixed codes are ambiguous, unless the service says whose prefix to trust.
    expect(extractCode("G-482913 / FB-55120")).toBeNull();
    expect(extractCode("G-482913 / FB-55120", { service: "google" })).toBe("482913");
    expect(extractCode("G-482913 / FB-55120", { service: "facebook" })).toBe("55120");
  });

  it("handles a 5 KB text", () => {
    const filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(90);
    expect(filler.length).toBeGreaterThan(5000);
    expect(extractCode(`${filler}Your code is 482913`)).toBe("482913");

    // Pathological shapes for the number and keyword scanners: they must simply return.
    const inputs = [
      "1-2 3.4:5 6,789 ".repeat(350),
      "1 ".repeat(2600),
      "code ".repeat(1000),
      "a1".repeat(2600),
      `@${"a.".repeat(2500)} #`,
      `${"9".repeat(5200)}`,
    ];
    for (const input of inputs) {
      const result = extractCode(input);
      expect(result === null || typeof result === "string").toBe(true);
    }
  });
});
