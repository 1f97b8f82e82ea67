/**
 * An id the caller hands back (an order's, a rental's) on its way into a request. Every adapter sends
 * ids through here, so an id can only ever name one resource: it must be a non-empty string of the
 * provider's shape, and it is percent-encoded, except that the dot segments `.` and `..` (which encoding
 * leaves as they are, and which would change the path) and control characters are refused outright.
 */
import { ValidationError } from "./errors.js";
import type { ProviderName } from "./model.js";

export interface WireIdRule {
  provider: ProviderName;
  /** Where the id came from, as the caller wrote it (`order.id`). */
  field: string;
  /** The provider's own shape, where it has one (JuicySMS ids are numeric). */
  shape?: { test(id: string): boolean; name: string };
}

export function wireId(id: unknown, rule: WireIdRule): string {
  const { provider, field, shape } = rule;
  const text = typeof id === "string" ? id : "";
  const safe = text.trim() !== "" && text !== "." && text !== ".." && !/[\u0000-\u001f\u007f]/.test(text);
  if (!safe || (shape && !shape.test(text))) {
    throw new ValidationError(
      `${provider}: ${field} is not ${shape ? shape.name : `a ${provider} id`}${typeof id === "string" ? "" : ` (got ${id === null ? "null" : typeof id})`}`,
      { provider, field },
    );
  }
  return encodeURIComponent(text);
}
