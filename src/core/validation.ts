/** User input is checked with zod before any request; the first problem becomes a `ValidationError`. */
import { z } from "zod";
import { ValidationError } from "./errors.js";
import type { ProviderName } from "./model.js";

export function validate<T>(
  schema: z.ZodType<T>,
  input: unknown,
  what: string,
  provider: ProviderName | null = null,
): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const unknownKeys = issue.code === "unrecognized_keys" ? issue.keys.join(", ") : null;
  const field = issue.path.length ? issue.path.join(".") : (unknownKeys ?? what);
  const allowed = "values" in issue ? (issue.values as (string | number)[]) : undefined;
  const hint = allowed ? ` (allowed: ${allowed.join(", ")})` : "";
  throw new ValidationError(`${what}: invalid ${field}: ${issue.message}${hint}`, {
    provider,
    field,
    ...(allowed ? { allowed } : {}),
  });
}

const rateLimit = z.object({
  limit: z.number().int().positive(),
  intervalMs: z.number().int().positive(),
});

/** Options of every HTTP adapter factory; the key is checked here so a missing one fails at construction. */
export const httpProviderOptionsSchema = z.object({
  apiKey: z.string({ error: "apiKey is required" }).trim().min(1, "apiKey must not be empty"),
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
        ["acquire", "delayMs", "pauseFor", "pausedForMs", "announce"].every(
          (m) => typeof (v as Record<string, unknown>)[m] === "function",
        ),
      "budget must implement RequestBudget (acquire, delayMs, pauseFor, pausedForMs, announce)",
    )
    .optional(),
  fetch: z.custom<typeof fetch>((v) => typeof v === "function").optional(),
  hooks: z.custom<object>((v) => typeof v === "object" && v !== null).optional(),
  logger: z.custom<object>((v) => typeof v === "object" && v !== null).optional(),
});
