/** User input is checked with zod before any request; the first problem becomes a `ValidationError`. */
import * as z from "zod/mini";
import { ValidationError } from "./errors.js";
import { parseWorded } from "./issue-message.js";
import type { ProviderName } from "./model.js";

/** True when A and B are one type (not merely assignable one way). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/**
 * Ties a hand-written public type to the schema that checks it: `schemaFor<BuyInput>()(z.strictObject(...))`
 * does not compile once the two part (a field added to one only, an optional one made required). The
 * public `.d.ts` then carries plain types, never zod's, and the schema stays internal.
 */
export function schemaFor<T>() {
  return <S extends z.ZodMiniType>(
    schema: S & (Same<NonNullable<z.input<S>>, T> extends true ? unknown : { schemaDiffersFrom: T }),
  ) => schema;
}

/**
 * Checks `input` against `schema` and throws its first problem as a `ValidationError` naming the field
 * (with a guess for a misspelled key). Exported for unisms's own entry points (`unisms/redis`), which
 * import the SDK by name; not API.
 * @internal
 */
/**
 * A schema as `validate`'s published signature names it: any zod schema (zod implements Standard Schema),
 * without the published types depending on zod, which the package builds in rather than imports.
 */
export interface Schema<T> {
  readonly "~standard": { readonly types?: { readonly output: T } | undefined };
}

/**
 * Checks `input` against `schema` and returns it parsed, or throws a `ValidationError` naming the field
 * and the allowed values. Exported for `unisms/redis`, which imports the SDK by its name; not API.
 *
 * @internal
 */
export function validate<T>(
  schema: Schema<T>,
  input: unknown,
  what: string,
  provider: ProviderName | null = null,
): T {
  const zodSchema = schema as unknown as z.core.$ZodType<T>;
  const parsed = parseWorded(zodSchema, input);
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
    const known = keysAt(zodSchema, issue.path);
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
function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
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

const positiveInt = z.int().check(z.positive());
/** A timer's length: Node fires a `setTimeout` longer than 2^31 - 1 ms at once. */
const timerMs = z.int().check(z.positive(), z.lte(2_147_483_647, "at most 2147483647 ms (about 24.8 days)"));
const nonNegativeInt = z.int().check(z.gte(0));
const callback = z.custom<() => void>((v) => typeof v === "function", "must be a function");

/** Options of every HTTP adapter factory; the key is checked here so a missing one fails at construction. */
export const httpProviderOptionsSchema = z.object({
  // Sent as a header or a query value: a key that cannot travel as one is refused here, never sent.
  apiKey: z
    .string({ error: "apiKey is required" })
    .check(
      z.trim(),
      z.minLength(1, "apiKey must not be empty"),
      z.maxLength(1024, "apiKey is too long"),
      z.regex(/^[\x21-\x7e]+$/, "apiKey must be printable ASCII without spaces or line breaks"),
    ),
  baseUrl: z.optional(z.url()),
  timeoutMs: z.optional(timerMs),
  deadlineMs: z.optional(timerMs),
  retry: z.optional(
    z.object({
      retries: z.optional(z.int().check(z.gte(0), z.lte(10))),
      minDelayMs: z.optional(nonNegativeInt),
      maxDelayMs: z.optional(nonNegativeInt),
    }),
  ),
  rateLimit: z.optional(z.object({ limit: positiveInt, intervalMs: positiveInt })),
  budget: z.optional(
    z.custom<object>(
      (v) =>
        typeof v === "object" &&
        v !== null &&
        (["acquire", "delayMs", "pauseFor", "pausedForMs", "announce"].every(
          (m) => typeof (v as Record<string, unknown>)[m] === "function",
        ) ||
          typeof (v as Record<string, unknown>).budgetFor === "function"),
      "budget must be a RequestBudget (acquire, delayMs, pauseFor, pausedForMs, announce) or a BudgetSource (budgetFor)",
    ),
  ),
  fetch: z.optional(z.custom<typeof fetch>((v) => typeof v === "function")),
  hooks: z.optional(z.strictObject({ onRequest: z.optional(callback), onResponse: z.optional(callback) })),
  // Console-compatible: `console` itself, or any object with a `debug(message)` function.
  logger: z.optional(
    z.custom<object>(
      (v) => typeof v === "object" && v !== null && typeof (v as { debug?: unknown }).debug === "function",
      "logger must have a debug(message) function (console works)",
    ),
  ),
});
