/**
 * JuicySMS answers HTTP 200 to everything: a refusal is a whole body from a short list of words. Each
 * row matches one whole body (anchored), never a part of one, so a body that merely contains a word
 * (an SMS text, an HTML page) is not taken for it. `ORDER_ALREADY_OPEN_{id}` is built by the adapter
 * itself (it carries the open order's id); its row is here so the table stays the full list.
 */
import { type ErrorTable, NO_5XX_BELIEVED, type Uncharged5xx } from "../../core/error-table.js";
import {
  AuthenticationError,
  InsufficientBalanceError,
  OrderStateError,
  OutOfStockError,
  ProviderError,
  ValidationError,
} from "../../core/errors.js";

export const juicySmsErrorTable: ErrorTable = [
  { match: /^(?:UNAUTHORIZED|NO_KEY_PROVIDED)$/, error: AuthenticationError },
  { match: /^NO_BALANCE$/, error: InsufficientBalanceError },
  { match: /^(?:NO_PHONE_AVAILABLE|NO_STOCK)$/, error: OutOfStockError },
  {
    match:
      /^(?:ORDER_ALREADY_EXPIRED|ORDER_ALREADY_COMPLETED|NUMBER_EXPIRED|NUMBER_OFFLINE|ORDER_ALREADY_OPEN_\d+)$/,
    error: OrderStateError,
  },
  { match: /^INVALID_PACKAGE$/, error: ValidationError },
  // "Unspecified failure". On a call about one order or rental the adapter reads it as not found.
  { match: /^ERROR$/, error: ProviderError },
];

/** True when `body` is one of the refusals the table knows, whole. */
export function isKnownRefusal(body: string): boolean {
  return juicySmsErrorTable.some((row) => row.match?.test(body) ?? false);
}

/** JuicySMS documents no 5xx at all (it answers 200 to everything): one to a purchase proves nothing. */
export const juicySmsUncharged5xx: Uncharged5xx = NO_5XX_BELIEVED;
