/**
 * One error root, a class per `code` (the README, "Errors"). Every class sets `name` and `code` explicitly so
 * they survive minification and `JSON.stringify`. Adapters never build these by hand from HTTP statuses:
 * they declare an error table (see `error-table.ts`) and the transport turns replies into errors.
 */
import type { Money, Order, ProviderName } from "./model.js";

export type ErrorCode =
  | "invalid_request"
  | "auth"
  | "insufficient_balance"
  | "out_of_stock"
  | "not_found"
  | "order_state"
  | "rate_limited"
  | "unsupported"
  | "provider_error"
  | "bad_response"
  | "network"
  | "outcome_unknown"
  | "timeout";

export interface SmsErrorOptions {
  provider?: ProviderName | null;
  status?: number;
  retryable?: boolean;
  cause?: unknown;
}

const INSPECT = Symbol.for("nodejs.util.inspect.custom");

export class SmsError extends Error {
  override readonly name: string = "SmsError";
  readonly code: ErrorCode = "provider_error";
  readonly provider: ProviderName | null;
  readonly status: number | undefined;
  readonly retryable: boolean;

  constructor(message: string, options: SmsErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.provider = options.provider ?? null;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
  }

  /** A plain, secret-free view: the cause is left out because it may come from a third-party library. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {
      name: this.name,
      code: this.code,
      message: this.message,
      provider: this.provider,
      retryable: this.retryable,
    };
    if (this.status !== undefined) out.status = this.status;
    Object.assign(out, this.details());
    return out;
  }

  /** Extra public fields of a subclass, for `toJSON` and inspection. */
  protected details(): Record<string, unknown> {
    return {};
  }

  [INSPECT](): string {
    const { name: _n, message: _m, ...rest } = this.toJSON();
    // The stack's own header repeats the message (under the name "Error"): keep only its frames.
    const frames = (this.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
    const head = [`${this.name}: ${this.message}`, ...frames].join("\n");
    return `${head} ${JSON.stringify(rest)}`;
  }
}

export class ValidationError extends SmsError {
  override readonly name = "ValidationError";
  override readonly code = "invalid_request";
  /** The input field at fault, e.g. `days` or `maxPrice.amount`. */
  readonly field: string;
  /** The values that would have been accepted, when there is a short list. */
  readonly allowed: readonly (string | number)[] | undefined;

  constructor(
    message: string,
    options: SmsErrorOptions & { field: string; allowed?: readonly (string | number)[] },
  ) {
    super(message, options);
    this.field = options.field;
    this.allowed = options.allowed;
  }

  protected override details() {
    return { field: this.field, ...(this.allowed ? { allowed: this.allowed } : {}) };
  }
}

export class AuthenticationError extends SmsError {
  override readonly name = "AuthenticationError";
  override readonly code = "auth";
}

export class InsufficientBalanceError extends SmsError {
  override readonly name = "InsufficientBalanceError";
  override readonly code = "insufficient_balance";
}

export class OutOfStockError extends SmsError {
  override readonly name = "OutOfStockError";
  override readonly code = "out_of_stock";
}

export class NotFoundError extends SmsError {
  override readonly name = "NotFoundError";
  override readonly code = "not_found";
}

export class OrderStateError extends SmsError {
  override readonly name = "OrderStateError";
  override readonly code = "order_state";
  /** The provider's id of the order that is in the way (JuicySMS `ORDER_ALREADY_OPEN_{id}`). */
  readonly openOrderId: string | undefined;
  /** The order as last seen, where the error is about one (`waitForCode` on an order closed elsewhere). */
  readonly order: Order | undefined;

  constructor(message: string, options: SmsErrorOptions & { openOrderId?: string; order?: Order } = {}) {
    super(message, options);
    this.openOrderId = options.openOrderId;
    this.order = options.order;
  }

  protected override details() {
    return {
      ...(this.openOrderId ? { openOrderId: this.openOrderId } : {}),
      ...(this.order ? { orderId: this.order.id } : {}),
    };
  }
}

export class RateLimitError extends SmsError {
  override readonly name = "RateLimitError";
  override readonly code = "rate_limited";
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: SmsErrorOptions & { retryAfterMs?: number } = {}) {
    super(message, { retryable: true, ...options });
    this.retryAfterMs = options.retryAfterMs;
  }

  protected override details() {
    return this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs };
  }
}

export class UnsupportedError extends SmsError {
  override readonly name = "UnsupportedError";
  override readonly code = "unsupported";
}

export class ProviderError extends SmsError {
  override readonly name = "ProviderError";
  override readonly code = "provider_error";
}

export class ResponseFormatError extends SmsError {
  override readonly name = "ResponseFormatError";
  override readonly code = "bad_response";
  /** A short, redacted excerpt of what the provider sent. */
  readonly excerpt: string | undefined;

  constructor(message: string, options: SmsErrorOptions & { excerpt?: string } = {}) {
    super(message, options);
    this.excerpt = options.excerpt;
  }

  protected override details() {
    return this.excerpt === undefined ? {} : { excerpt: this.excerpt };
  }
}

export class NetworkError extends SmsError {
  override readonly name = "NetworkError";
  override readonly code = "network";
  /** False when the request certainly never reached the provider (connection refused, DNS). */
  readonly requestMayHaveBeenSent: boolean;
  /**
   * True when no reply came in time (the attempt timeout, the call's deadline, an abort) or a paid call met
   * a gateway's 5xx the provider's docs do not vouch for (502, 503, 504, 52x: a gateway may have stopped
   * waiting for it): the provider may still be working on the request and act on it later.
   */
  readonly timedOut: boolean;

  constructor(
    message: string,
    options: SmsErrorOptions & { requestMayHaveBeenSent?: boolean; timedOut?: boolean } = {},
  ) {
    super(message, { retryable: true, ...options });
    this.requestMayHaveBeenSent = options.requestMayHaveBeenSent ?? true;
    this.timedOut = options.timedOut ?? false;
  }

  protected override details() {
    return { requestMayHaveBeenSent: this.requestMayHaveBeenSent, timedOut: this.timedOut };
  }
}

export type PaidOperation = "buy" | "rent" | "renew" | "reuse";

export class OutcomeUnknownError extends SmsError {
  override readonly name = "OutcomeUnknownError";
  override readonly code = "outcome_unknown";
  readonly operation: PaidOperation;
  /** What is known about the request (service, country, number...), never a secret. */
  readonly known: Readonly<Record<string, unknown>>;

  constructor(
    message: string,
    options: SmsErrorOptions & { operation: PaidOperation; known?: Record<string, unknown> },
  ) {
    super(message, { ...options, retryable: false });
    this.operation = options.operation;
    this.known = Object.freeze({ ...(options.known ?? {}) });
  }

  protected override details() {
    return { operation: this.operation, known: this.known };
  }
}

export class TimeoutError extends SmsError {
  override readonly name = "TimeoutError";
  override readonly code = "timeout";
  /** The order as last seen (after the cancel, when one was made); absent for a plain call's timeout. */
  readonly order: Order | undefined;
  /** What the timeout cancel refunded; null when nothing came back or no cancel was made. */
  readonly refunded: Money | null;
  /** Whether the order is known to be closed (cancelled, expired or done): false means it may still be open. */
  readonly cancelled: boolean;

  constructor(
    message: string,
    options: SmsErrorOptions & { order?: Order; refunded?: Money | null; cancelled?: boolean } = {},
  ) {
    super(message, options);
    this.order = options.order;
    this.refunded = options.refunded ?? null;
    this.cancelled = options.cancelled ?? false;
  }

  protected override details() {
    return { orderId: this.order?.id ?? null, refunded: this.refunded, cancelled: this.cancelled };
  }
}

/** A class an error table may produce; extra options a class does not know are ignored by it. */
export type ErrorClass = new (
  message: string,
  // biome-ignore lint/suspicious/noExplicitAny: each class reads its own extra options
  options: any,
) => SmsError;

export function isSmsError(value: unknown): value is SmsError {
  return value instanceof SmsError;
}
