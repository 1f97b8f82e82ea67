/**
 * FetchSMS errors: `{"detail": "..."}`, or a validation array `{"detail": [{"loc": [...], "msg": "..."}]}`
 * (422). Statuses carry several meanings, so the wording decides where FetchSMS names them:
 * - 409 is "out of stock" or "wrong state": stock wording -> OutOfStockError, anything else -> OrderStateError.
 * - 429 is "rate" or "active-number limit": the second is not a rate problem (waiting does not free a
 *   number), so it is OrderStateError ("one open order only"), not retryable.
 * - 403 is "not allowed": wording about a spend cap -> InsufficientBalanceError (the account may not spend
 *   more, fixed in the dashboard); otherwise AuthenticationError (the key is not permitted to do this;
 *   retrying does not help and the fix is in the account or key settings).
 */
import { type ErrorTable, NO_5XX_BELIEVED, type Uncharged5xx } from "../../core/error-table.js";
import {
  AuthenticationError,
  InsufficientBalanceError,
  OrderStateError,
  OutOfStockError,
  RateLimitError,
} from "../../core/errors.js";

const STOCK =
  /stock|no (?:\w+ )?(?:numbers?|phones?)(?: is| are)? available|unavailable|sold out|no inventory/i;
const ACTIVE_LIMIT =
  /active[- ]number|active (?:numbers?|verifications?|rentals?)|too many (?:active|open)|concurrent/i;
const SPEND_CAP = /spend(?:ing)?[- ]?(?:limit|cap)|budget/i;

export const fetchSmsErrorTable: ErrorTable = [
  { status: 409, match: STOCK, error: OutOfStockError },
  { status: 409, error: OrderStateError },
  { status: 429, match: ACTIVE_LIMIT, error: OrderStateError, retryable: false },
  { status: 429, error: RateLimitError },
  { status: 403, match: SPEND_CAP, error: InsufficientBalanceError },
  { status: 403, error: AuthenticationError },
];

/** The message out of `{"detail": ...}`: a string, or the validation array's `loc: msg` items joined. */
export function readFetchSmsError(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  if (!body || typeof body !== "object") return undefined;
  const detail = (body as { detail?: unknown }).detail;
  if (typeof detail === "string") return detail;
  if (Array.isArray(detail)) {
    const parts = detail.map((item) => {
      if (!item || typeof item !== "object") return typeof item === "string" ? item : "";
      const { loc, msg } = item as { loc?: unknown; msg?: unknown };
      const where = Array.isArray(loc) ? loc.filter((p) => p !== "body" && p !== "query").join(".") : "";
      const text = typeof msg === "string" ? msg : "";
      return where && text ? `${where}: ${text}` : text;
    });
    const joined = parts.filter(Boolean).join("; ");
    return joined || undefined;
  }
  if (detail && typeof detail === "object" && typeof (detail as { message?: unknown }).message === "string") {
    return (detail as { message: string }).message;
  }
  const message =
    (body as { message?: unknown; error?: unknown }).message ?? (body as { error?: unknown }).error;
  return typeof message === "string" ? message : undefined;
}

/** FetchSMS says nothing of its 5xx: every one to a purchase, 503 included, is reconciled. */
export const fetchSmsUncharged5xx: Uncharged5xx = NO_5XX_BELIEVED;
