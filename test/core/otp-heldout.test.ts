/**
 * `extractCode` on the held-out corpus (test/otp-corpus/): real SMS texts from public sources, each
 * labelled with the code a user would type or with none, and never used to tune the extractor's
 * vocabulary. The goal: at least 98% of the texts with a code read exactly, and not one wrong code (a
 * code where there is none, or another code than the right one): a wrong code burns the number.
 */
import { readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { extractCode } from "../../src/core/otp.js";
import type { HeldOutCase } from "../otp-corpus/types.js";

const DIR = new URL("../otp-corpus/", import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".ts") && f !== "types.ts");
const CORPUS: Array<HeldOutCase & { file: string }> = [];
for (const file of FILES) {
  const { CASES } = (await import(new URL(file, DIR).href)) as { CASES: readonly HeldOutCase[] };
  CORPUS.push(...CASES.map((c) => ({ ...c, file })));
}

const EXACT_GOAL = 0.98;

function read(c: HeldOutCase): string | null {
  return extractCode(c.text, c.service ? { service: c.service } : {});
}

const withCode = CORPUS.filter((c) => c.expected !== null);
const withoutCode = CORPUS.filter((c) => c.expected === null);
const exact = withCode.filter((c) => read(c) === c.expected);
const wrong = CORPUS.filter((c) => {
  const got = read(c);
  return got !== null && got !== c.expected;
});

describe("extractCode on the held-out corpus", () => {
  afterAll(() => {
    const languages = new Set(CORPUS.map((c) => c.lang));
    console.info(
      `held-out OTP corpus: ${CORPUS.length} texts in ${languages.size} languages; ` +
        `${exact.length}/${withCode.length} exact (${((100 * exact.length) / withCode.length).toFixed(1)}%), ` +
        `${wrong.length} wrong codes, ${withoutCode.length} texts without a code`,
    );
  });

  it("every case names its source and language, and its label is what a user types", () => {
    expect(CORPUS.length).toBeGreaterThan(100);
    for (const c of CORPUS) {
      expect(c.source, c.text).toMatch(/^https:\/\//);
      expect(c.lang, c.text).toMatch(/^[a-z]{2}$/);
      if (c.expected !== null) expect(c.expected, c.text).toMatch(/^[\p{L}\p{N}]+$/u);
    }
  });

  it(`reads at least ${EXACT_GOAL * 100}% of the codes exactly`, () => {
    const missed = withCode.filter((c) => read(c) !== c.expected).map((c) => `${c.file}: ${c.text}`);
    expect(exact.length / withCode.length, missed.join("\n")).toBeGreaterThanOrEqual(EXACT_GOAL);
  });

  it("never returns a wrong code", () => {
    expect(wrong.map((c) => `${c.file}: ${c.text} -> ${read(c)} (expected ${c.expected})`)).toEqual([]);
  });
});
