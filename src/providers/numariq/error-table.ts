/**
 * Numariq answers `{"error": "..."}`. One status (400) covers several refusals, told apart by their
 * wording (case-insensitive): balance, stock, unknown/disabled service, rental days.
 */
import { type ErrorTable, isOwnJsonError, type Uncharged5xx } from "../../core/error-table.js";
import {
  AuthenticationError,
  InsufficientBalanceError,
  NotFoundError,
  OrderStateError,
  OutOfStockError,
  ProviderError,
  ValidationError,
} from "../../core/errors.js";

export const numariqErrorTable: ErrorTable = [
  // Meaning first, whatever the status: Numariq words its 400s apart.
  { match: /balance/i, error: InsufficientBalanceError },
  { match: /no numbers/i, error: OutOfStockError },
  // Scoped to 400 so a 404 worded "unknown order" stays NotFoundError.
  { status: 400, match: /unknown|disabled/i, error: ValidationError },
  { status: 400, match: /rental days|period/i, error: ValidationError },
  // Undocumented wording (our fake's): a finished order asked to finish or cancel again.
  { status: 400, match: /not active|already|not renewable|only activations/i, error: OrderStateError },
  { status: 401, error: AuthenticationError },
  { status: 404, error: NotFoundError },
  { status: 503, error: ProviderError, retryable: true },
];

/**
 * A 503 in Numariq's own `{"error": ...}` shape is its "API temporarily not configured": the request was
 * refused, not attempted. Any other 5xx to a paid call (an HTML 503 from a proxy included) may follow a
 * charge.
 */
export const numariqUncharged5xx: Uncharged5xx = (status, body) => status === 503 && isOwnJsonError(body);
