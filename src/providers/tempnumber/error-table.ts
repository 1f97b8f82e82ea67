/**
 * Temp Number errors are `{ success: false, message }` with the HTTP status. Temp Number names the
 * statuses only for 401 and for `/pricing/{cc}`'s 404 (handled in `pricing.ts`: it means out of stock);
 * the rest is classified by meaning first, then by status (402/400 funds, 409/422 state or input).
 */
import { type ErrorTable, NO_5XX_BELIEVED, type Uncharged5xx } from "../../core/error-table.js";
import {
  InsufficientBalanceError,
  OrderStateError,
  OutOfStockError,
  ValidationError,
} from "../../core/errors.js";

export const tempNumberErrorTable: ErrorTable = [
  // Temp Number's wording is "Insufficient funds to complete this purchase.", whatever the status.
  {
    match: /insufficient (?:wallet )?(?:funds|balance)|not enough (?:funds|balance|credit)/i,
    error: InsufficientBalanceError,
  },
  {
    match: /out of stock|sold out|no (?:numbers?|stock|inventory)(?: is| are)? available|no active route/i,
    error: OutOfStockError,
  },
  // A retry that overtakes the first attempt of the same key: the first is still running, so waiting and
  // repeating with the same key gets its stored reply.
  {
    status: 409,
    match: /idempotency.*(?:in progress|process)|(?:in progress|process).*idempotency/i,
    error: OrderStateError,
    retryable: true,
  },
  // A key reused for a different request is a caller bug, not an order state.
  { status: [409, 422], match: /idempotency/i, error: ValidationError },
  {
    status: [409, 422],
    match: /already|no longer|not active|only active|expired|cancell?ed|cannot be|can't be/i,
    error: OrderStateError,
  },
  {
    status: [409, 422],
    match: /invalid|required|must be|selected|not supported|field|format/i,
    error: ValidationError,
  },
];

/**
 * Temp Number says nothing of its 5xx: every one to a purchase, 503 included, may follow a charge (keyed
 * purchases are replayed with the same key, which settles it).
 */
export const tempNumberUncharged5xx: Uncharged5xx = NO_5XX_BELIEVED;
