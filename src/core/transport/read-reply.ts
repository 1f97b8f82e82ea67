/**
 * The one place a provider's reply (or webhook) meets its schema: a mismatch becomes a
 * `ResponseFormatError` that names where the reply broke the documented shape.
 */
import type * as z from "zod/mini";
import type { ResponseFormatError } from "../errors.js";
import { parseWorded } from "../issue-message.js";

export function readReply<T>(
  schema: z.core.$ZodType<T>,
  body: unknown,
  what: string,
  bad: (reason: string) => ResponseFormatError,
): T {
  const parsed = parseWorded(schema, body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join(".")}` : "";
  throw bad(`${what}${where}: ${issue?.message ?? "invalid"}`);
}
