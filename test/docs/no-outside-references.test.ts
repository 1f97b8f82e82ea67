/**
 * The repository explains itself: code, tests and docs cite only what is in it (docs/contract.md,
 * docs/providers/<name>.md), never a document a reader cannot open from a clone (a contract file kept
 * elsewhere, the providers' pages, an issue tracker). A fact worth citing is written down here instead.
 */
import { readdirSync, readFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SELF = relative(ROOT, fileURLToPath(import.meta.url));

/** Generated or third-party: not ours to word. */
const SKIPPED = new Set([
  "node_modules",
  ".git",
  "dist",
  "coverage",
  ".tmp",
  "docs/api",
  "package-lock.json",
]);
const TEXT = new Set([
  ".ts",
  ".mts",
  ".cts",
  ".js",
  ".mjs",
  ".cjs",
  ".json",
  ".md",
  ".yml",
  ".yaml",
  ".txt",
  "",
]);

/** Each pattern names one kind of outside citation; a hit is reported with what it is. */
const OUTSIDE_REFERENCES: ReadonlyArray<readonly [what: string, pattern: RegExp]> = [
  ["the contract document kept outside the repository", /\bAPI\.md\b/],
  ["a path outside the repository", /\bshared\//],
  ["the providers' read-me kept outside the repository", /\bproviders'? READ[M]E\b/i],
  ["a provider page copy kept outside the repository", /\.s[e]ed\.txt\b/],
  ["a provider's web page", /\bAPI page\b/i],
  ["an owner/repo#123 issue link", /\b[\w.-]+\/[\w.-]+#\d+\b/],
  ["an issue tracker link", /github\.com\/[^\s/]+\/[^\s/]+\/(?:issues|pull|discussions)\/\d+/],
  ["an issue number", /\bissue #?\d+\b/i],
];

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const rel = relative(ROOT, path);
    if (SKIPPED.has(rel) || SKIPPED.has(entry.name)) return [];
    if (entry.isDirectory()) return textFiles(path);
    return entry.isFile() && TEXT.has(extname(entry.name)) ? [rel] : [];
  });
}

/**
 * The held-out OTP corpus records, beside each text, the public page it was taken from (another
 * project's file or issue, which anyone can open): that is its provenance, not a citation of ours.
 */
const SOURCE_RECORDS = "test/otp-corpus/";
const PROVENANCE_ONLY = new Set(["an issue tracker link", "an owner/repo#123 issue link"]);

/** Every hit in `text` as `line: what: the line`; `file` decides which rules apply. */
function outsideReferences(text: string, file = ""): string[] {
  const rules = file.startsWith(SOURCE_RECORDS)
    ? OUTSIDE_REFERENCES.filter(([what]) => !PROVENANCE_ONLY.has(what))
    : OUTSIDE_REFERENCES;
  return text
    .split("\n")
    .flatMap((line, i) =>
      rules
        .filter(([, pattern]) => pattern.test(line))
        .map(([what]) => `${i + 1}: ${what}: ${line.trim().slice(0, 120)}`),
    );
}

describe("no citations of documents outside the repository", () => {
  it("finds each kind of outside citation", () => {
    // Escaped, so that this file does not read as citing what it plants.
    const planted = [
      "see API\u002emd",
      "the s\u0065ed (shared\u002fproviders\u002fnumpool.s\u0065ed.txt)",
      "as the providers READ\u004dE says",
      "its public API page",
      "npm leaves it out (npm/cli#9846)",
      "https://github.com/acme/sms/issues/12",
      "fixed in issue #7",
    ];
    for (const line of planted) expect(outsideReferences(line), line).not.toEqual([]);
    // The corpus's provenance may name another project's issue; nothing else may.
    expect(outsideReferences(planted[5]!, "test/otp-corpus/datasets-issues.ts")).toEqual([]);
    expect(outsideReferences(planted[0]!, "test/otp-corpus/datasets-issues.ts")).not.toEqual([]);
    expect(outsideReferences("see docs/providers/numpool.md; Order #48213 ships; flow numpool#50")).toEqual(
      [],
    );
  });

  it("holds for every text file of the repository", () => {
    const files = textFiles(ROOT).filter((file) => file !== SELF);
    expect(files.length).toBeGreaterThan(100);
    const hits = files.flatMap((file) =>
      outsideReferences(readFileSync(join(ROOT, file), "utf8"), file).map((hit) => `${file}:${hit}`),
    );
    expect(hits, "cite docs/ in this repository, or state the fact").toEqual([]);
  });
});
