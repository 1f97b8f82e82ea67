/** User input is checked with zod before any request; the first problem becomes a `ValidationError`. */
import * as z from "zod";
import { ValidationError } from "./errors.js";
import type { ProviderName } from "./model.js";

/** True when A and B are one type (not merely assignable one way). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * Ties a hand-written public type to the schema that checks it: `schemaFor<BuyInput>()(z.strictObject(...))`
 * does not compile once the two part (a field added to one only, an optional one made required). The
 * public `.d.ts` then carries plain types, never zod's, and the schema stays internal.
 */
export function schemaFor<T>() {
  return <S extends z.ZodType>(
    schema: S & (Same<NonNullable<z.input<S>>, T> extends true ? unknown : { schemaDiffersFrom: T }),
  ) => schema;
}

export function validate<T>(
  schema: z.ZodType<T>,
  input: unknown,
  what: string,
  provider: ProviderName | null = null,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys.map((k) => k.slice(0, 40)) : null;
  const field = unknownKeys
    ? [...issue.path, unknownKeys.join(", ")].join(".")
    : issue.path.length
      ? issue.path.join(".")
      : what;
  const allowed = "values" in issue ? (issue.values as (string | number)[]) : undefined;
  let hint = allowed ? ` (allowed: ${allowed.join(", ")})` : "";
  if (unknownKeys) {
    const known = keysAt(schema, issue.path);
    const guess = closest(unknownKeys[0]!, known);
    hint = guess ? `; did you mean "${guess}"?` : known.length ? ` (known: ${known.join(", ")})` : "";
  }
  throw new ValidationError(`${what}: invalid ${field}: ${issue.message}${hint}`, {
    provider,
    field,
    ...(allowed ? { allowed } : {}),
  });
}

/** The keys an object schema knows at `path` (through optional and nullable wrappers). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = () => {
    for (let i = 0; i < 5; i++) {
      const def = (node as { _zod?: { def?: { innerType?: unknown; type?: string } } })?._zod?.def;
      if (def?.innerType && (def.type === "optional" || def.type === "nullable" || def.type === "default")) {
        node = def.innerType;
      } else return;
    }
  };
  unwrap();
  for (const key of path) {
    node = (node as { shape?: Record<PropertyKey, unknown> })?.shape?.[key];
    unwrap();
  }
  const shape = (node as { shape?: Record<string, unknown> })?.shape;
  return shape ? Object.keys(shape) : [];
}

/** The known key a misspelled one most likely meant (case-insensitive edit distance of at most 2). */
function closest(typed: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const key of known) {
    const d = distance(typed.toLowerCase(), key.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [key, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length]!;
}

const rateLimit = z.object({
  limit: z.number().int().positive(),
  intervalMs: z.number().int().positive(),
});

/** Options of every HTTP adapter factory; the key is checked here so a missing one fails at construction. */
export const httpProviderOptionsSchema = z.object({
  // Sent as a header or a query value: a key that cannot travel as one is refused here, never sent.
  apiKey: z
    .string({ error: "apiKey is required" })
    .trim()
    .min(1, "apiKey must not be empty")
    .max(1024, "apiKey is too long")
    .regex(/^[\x21-\x7e]+$/, "apiKey must be printable ASCII without spaces or line breaks"),
  baseUrl: z.url().optional(),
  timeoutMs: z.number().int().positive().optional(),
  deadlineMs: z.number().int().positive().optional(),
  retry: z
    .object({
      retries: z.number().int().min(0).max(10).optional(),
      minDelayMs: z.number().int().min(0).optional(),
      maxDelayMs: z.number().int().min(0).optional(),
    })
    .optional(),
  rateLimit: rateLimit.optional(),
  budget: z
    .custom<object>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        (["acquire", "delayMs", "pauseFor", "pausedForMs", "announce"].every(
          (m) => typeof (v as Record<string, unknown>)[m] === "function",
        ) ||
          typeof (v as Record<string, unknown>).budgetFor === "function"),
      "budget must be a RequestBudget (acquire, delayMs, pauseFor, pausedForMs, announce) or a BudgetSource (budgetFor)",
    )
    .optional(),
  fetch: z.custom<typeof fetch>((v) => typeof v === "function").optional(),
  hooks: z
    .strictObject({
      onRequest: z.custom<() => void>((v) => typeof v === "function", "must be a function").optional(),
      onResponse: z.custom<() => void>((v) => typeof v === "function", "must be a function").optional(),
    })
    .optional(),
  // Console-compatible: `console` itself, or any object with a `debug(message)` function.
  logger: z
    .custom<object>(
      (v) => typeof v === "object" && v !== null && typeof (v as { debug?: unknown }).debug === "function",
      "logger must have a debug(message) function (console works)",
    )
    .optional(),
});
