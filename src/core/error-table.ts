/**
 * Error tables: each adapter lists (HTTP status, message pattern) -> error class, in the spirit of
 * openai-node's `APIError.generate`. The first matching row wins; then the meaning rules every provider
 * shares (stock and balance wording, whatever the status); then the status defaults. docs/contract.md
 * describes the pattern.
 */
import {
  AuthenticationError,
  type ErrorClass,
  InsufficientBalanceError,
  NotFoundError,
  OrderStateError,
  OutOfStockError,
  ProviderError,
  RateLimitError,
  type SmsError,
  ValidationError,
} from "./errors.js";
import type { ProviderName } from "./model.js";

export interface ErrorRule {
  /** HTTP status(es) this row applies to; omitted means any. */
  status?: number | readonly number[];
  /** Tested against the provider's message (or whole body for string APIs); omitted means any. */
  match?: RegExp;
  error: ErrorClass;
  /** Overrides the class's default. */
  retryable?: boolean;
}

export type ErrorTable = readonly ErrorRule[];

/**
 * Which 5xx replies to a paid call (buy, rent, renew, reuse) prove that nothing was charged. Only the
 * provider itself can say so; any other 5xx may follow a charge (the provider failed after it, or a
 * gateway gave up on a request the provider went on to serve) and is reconciled like a lost reply.
 */
export type Uncharged5xx = (status: number, body: unknown) => boolean;

/**
 * A reply body in the providers' own error shape, `{"error": "..."}` and nothing else: the provider itself
 * answered, not a proxy, a load balancer or a framework in front of it. Those answer with HTML or with
 * JSON of their own, and much of it carries an `error` string too (Spring's `{timestamp, status, error,
 * path}`, Fastify's `{statusCode, error, message}`), so a body with any other field is not taken for the
 * provider's word: believing it would call a purchase charged behind a gateway "nothing bought".
 */
export function isOwnJsonError(body: unknown): boolean {
  if (!body || typeof body !== "object" || Array.isArray(body)) return false;
  const keys = Object.keys(body);
  return keys.length === 1 && keys[0] === "error" && typeof (body as { error: unknown }).error === "string";
}

/**
 * Statuses a gateway in front of a provider answers (bad gateway, gateway timeout, Cloudflare's 52x):
 * they speak for the gateway, never for the provider, so no provider can vouch for them.
 */
export function isGatewayStatus(status: number): boolean {
  return status === 502 || status === 504 || (status >= 520 && status <= 530) || status >= 598;
}

/** The rule where a provider says nothing of its 5xx: no 5xx to a paid call is believed. */
export const NO_5XX_BELIEVED: Uncharged5xx = () => false;

export interface ErrorReply {
  provider: ProviderName;
  status?: number;
  /** The provider's own words, already redacted. */
  message: string;
  retryAfterMs?: number;
}

/** Classify by meaning first: providers send the same refusal with different statuses. */
const MEANING_RULES: ErrorTable = [
  {
    match: /out of stock|no (?:numbers?|phones?|stock)(?: is| are)? available/i,
    error: OutOfStockError,
  },
  {
    match: /insufficient (?:wallet )?(?:balance|funds)|not enough balance/i,
    error: InsufficientBalanceError,
  },
];

const STATUS_DEFAULTS: ErrorTable = [
  { status: 400, error: ValidationError },
  { status: 401, error: AuthenticationError },
  { status: 402, error: InsufficientBalanceError },
  { status: 403, error: AuthenticationError },
  { status: 404, error: NotFoundError },
  { status: 408, error: ProviderError, retryable: true },
  { status: 409, error: OrderStateError },
  { status: 422, error: ValidationError },
  { status: 429, error: RateLimitError },
];

function matches(rule: ErrorRule, reply: ErrorReply): boolean {
  if (rule.status !== undefined) {
    const statuses = typeof rule.status === "number" ? [rule.status] : rule.status;
    if (reply.status === undefined || !statuses.includes(reply.status)) return false;
  }
  return rule.match === undefined || rule.match.test(reply.message);
}

/** The error for a failed reply, from the adapter's table, then the shared rules. */
export function errorFromReply(table: ErrorTable, reply: ErrorReply): SmsError {
  const rule =
    table.find((r) => matches(r, reply)) ??
    MEANING_RULES.find((r) => matches(r, reply)) ??
    STATUS_DEFAULTS.find((r) => matches(r, reply));
  const status = reply.status;
  const serverSide = status !== undefined && status >= 500;
  const ErrorType = rule?.error ?? ProviderError;
  const message = `${reply.provider}: ${reply.message || `HTTP ${status ?? "error"}`}`;
  return new ErrorType(message, {
    provider: reply.provider,
    ...(status !== undefined ? { status } : {}),
    retryable: rule?.retryable ?? (serverSide || ErrorType === RateLimitError),
    field: "request",
    ...(reply.retryAfterMs !== undefined ? { retryAfterMs: reply.retryAfterMs } : {}),
  });
}
