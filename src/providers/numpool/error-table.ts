/**
 * NumPool's error statuses (docs/providers/numpool.md): 400 invalid parameters, 401 key, 402 balance,
 * 404 order or rental not found, 429 past 60 requests a minute, 5xx "safe to retry". Those statuses are
 * the core defaults, so only the rows that need the message are listed here; the shared meaning rules
 * (stock and balance wording under any status) follow these rows.
 */
import {
  type ErrorTable,
  isGatewayStatus,
  isOwnJsonError,
  type Uncharged5xx,
} from "../../core/error-table.js";
import { InsufficientBalanceError, OrderStateError, OutOfStockError } from "../../core/errors.js";

export const numpoolErrorTable: ErrorTable = [
  // Cancel "only works while status is pending": refusing a received or cancelled order is a state error.
  {
    status: [400, 409],
    match:
      /cannot be cancel|can't be cancel|not cancell?able|only .*pending|not pending|already (?:received|cancell?ed|completed|finished)/i,
    error: OrderStateError,
  },
  // Stock wording the shared rules miss ("no phone numbers available", "sold out").
  {
    status: [400, 404, 409, 503],
    match: /no (?:\w+ )?(?:numbers?|phones?)(?: is| are)? (?:available|in stock|left)|sold out/i,
    error: OutOfStockError,
    retryable: false,
  },
  // A 400 that speaks of money is the wallet, not the parameters.
  { status: [400, 403], match: /\bbalance\b|\bfunds\b|top up/i, error: InsufficientBalanceError },
];

/**
 * NumPool says a 5xx is "safe to retry": nothing was done. That holds for NumPool's own 5xx, told
 * by its own `{"error": "..."}` body, not for a gateway's (502, 504, 52x, 59x) nor for an HTML page from
 * whatever stands in front of it (a router that timed out while NumPool went on to charge).
 */
export const numpoolUncharged5xx: Uncharged5xx = (status, body) =>
  status >= 500 && !isGatewayStatus(status) && isOwnJsonError(body);
