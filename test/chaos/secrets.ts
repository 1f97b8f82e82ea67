/**
 * Watches everything the SDK says for API keys: every error (String, message, stack, JSON.stringify,
 * util.inspect, and the same of its causes, aggregated errors and `known` fields, recursively), every log
 * line, every hook event, every process warning, and util.inspect / JSON.stringify of each provider and
 * client object. A key is looked for whole, URL-encoded, and by its random tail (a partial leak).
 */
import { inspect } from "node:util";

export interface SecretHit {
  where: string;
  key: string;
  excerpt: string;
}

export class SecretWatch {
  private readonly needles: Array<{ key: string; needle: string }> = [];
  readonly hits: SecretHit[] = [];
  scanned = 0;
  scannedChars = 0;
  /** Texts scanned per kind of output (errors, log lines, hook events, ...). */
  readonly byCategory = new Map<string, number>();

  constructor(keys: readonly string[]) {
    for (const key of keys) {
      const tail = key.slice(-16);
      for (const needle of new Set([key, encodeURIComponent(key), tail])) this.needles.push({ key, needle });
    }
  }

  scan(where: string, text: string | undefined | null, category = "replies handed back"): void {
    if (!text) return;
    this.byCategory.set(category, (this.byCategory.get(category) ?? 0) + 1);
    this.scanned += 1;
    this.scannedChars += text.length;
    for (const { key, needle } of this.needles) {
      const at = text.indexOf(needle);
      if (at < 0) continue;
      if (this.hits.length < 50) {
        this.hits.push({ where, key, excerpt: text.slice(Math.max(0, at - 60), at + needle.length + 20) });
      }
    }
  }

  /** Every text form of an error and of what it carries. */
  scanError(where: string, error: unknown, depth = 0, seen = new Set<unknown>()): void {
    if (error === null || error === undefined || depth > 6 || seen.has(error)) return;
    seen.add(error);
    const scan = (what: string, text: string | undefined) => this.scan(`${where}: ${what}`, text, "errors");
    scan(
      "String",
      safe(() => String(error)),
    );
    scan(
      "util.inspect",
      safe(() => inspect(error, { depth: 8, showHidden: true })),
    );
    scan(
      "JSON.stringify",
      safe(() => JSON.stringify(error)),
    );
    if (typeof error !== "object") return;
    const e = error as {
      message?: unknown;
      stack?: unknown;
      cause?: unknown;
      errors?: unknown;
      known?: unknown;
    };
    if (typeof e.message === "string") scan("message", e.message);
    if (typeof e.stack === "string") scan("stack", e.stack);
    if (e.known !== undefined)
      scan(
        "known",
        safe(() => JSON.stringify(e.known)),
      );
    if (e.cause !== undefined) this.scanError(`${where} > cause`, e.cause, depth + 1, seen);
    if (Array.isArray(e.errors)) {
      for (const inner of e.errors) this.scanError(`${where} > errors[]`, inner, depth + 1, seen);
    }
  }
}

function safe(make: () => string | undefined): string | undefined {
  try {
    return make();
  } catch (error) {
    return `(could not render: ${error instanceof Error ? error.message : String(error)})`;
  }
}
