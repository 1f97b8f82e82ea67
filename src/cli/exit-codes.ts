/**
 * The CLI's exit status, one per error `code`, so a script can branch on what went wrong without parsing
 * text. The same table is in the README ("CLI").
 */
import type { ErrorCode } from "../core/errors.js";

export const EXIT_OK = 0;
/**
 * Something that is not an `SmsError`: a bug, or the machine. (A journal that cannot record a purchase
 * refuses it with an `OrderStateError`: 7.)
 */
export const EXIT_INTERNAL = 1;
/** Bad flags or arguments, or no provider / key configured. */
export const EXIT_USAGE = 2;
/** Ctrl-C (SIGINT), as shells report it. */
export const EXIT_INTERRUPTED = 130;

export const EXIT_CODES: Readonly<Record<ErrorCode, number>> = Object.freeze({
  invalid_request: EXIT_USAGE,
  auth: 3,
  insufficient_balance: 4,
  out_of_stock: 5,
  not_found: 6,
  order_state: 7,
  rate_limited: 8,
  unsupported: 9,
  provider_error: 10,
  bad_response: 11,
  network: 12,
  outcome_unknown: 13,
  timeout: 14,
  no_provider: 15,
});
