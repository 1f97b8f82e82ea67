/**
 * One error root, a class per `code` (the README, "Errors"). Every class sets `name` and `code` explicitly so
 * they survive minification and `JSON.stringify`. Adapters never build these by hand from HTTP statuses:
 * they declare an error table (see `error-table.ts`) and the transport turns replies into errors.
 *
 * `instanceof` reads a brand rather than the prototype chain alone: the package ships an ESM and a CJS
 * build, and an application that loads both (its own `import`, a dependency's `require`) holds two copies
 * of every class. Each error carries, under a key of the global symbol registry, the names of its classes,
 * and each class recognises an error from either copy by them.
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

/** Shared by every copy of unisms in a process (the global registry), so each can read the others' errors. */
const BRAND = Symbol.for("unisms.error.classes");

/** This copy's classes by the name they brand with; a user's subclass is not here and keeps plain `instanceof`. */
const BRAND_NAMES = new WeakMap<object, string>();

function brandAs(errorClass: object, name: string): void {
  BRAND_NAMES.set(errorClass, name);
}

/** The brand names of a class and its ancestors, most specific first (a user's subclass adds none). */
function brandChain(errorClass: object): readonly string[] {
  const names: string[] = [];
  for (let at: object | null = errorClass; at !== null && at !== Error; at = Object.getPrototypeOf(at)) {
    const name = BRAND_NAMES.get(at);
    if (name !== undefined) names.push(name);
  }
  return Object.freeze(names);
}

function brandOf(value: unknown): readonly unknown[] | null {
  if (typeof value !== "object" || value === null) return null;
  const brand = (value as { [BRAND]?: unknown })[BRAND];
  return Array.isArray(brand) ? brand : null;
}

const plainInstanceOf = Function.prototype[Symbol.hasInstance];

function isInstance(errorClass: object, value: unknown): boolean {
  if (plainInstanceOf.call(errorClass, value)) return true;
  const name = BRAND_NAMES.get(errorClass);
  return name !== undefined && (brandOf(value)?.includes(name) ?? false);
}

export class SmsError extends Error {
  static {
    brandAs(SmsError, "SmsError");
  }

  /**
   * True for an error made by this class (or a subclass) in any copy of unisms loaded in the process,
   * the ESM build's and the CJS build's alike; a user's own subclass is matched as usual.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: the class on the right of instanceof, maybe a subclass
    return isInstance(this, value);
  }

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
    // Not enumerable: it stays out of JSON, inspection and equality checks.
    Object.defineProperty(this, BRAND, { value: brandChain(new.target) });
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
  static {
    brandAs(ValidationError, "ValidationError");
  }

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
  static {
    brandAs(AuthenticationError, "AuthenticationError");
  }

  override readonly name = "AuthenticationError";
  override readonly code = "auth";
}

export class InsufficientBalanceError extends SmsError {
  static {
    brandAs(InsufficientBalanceError, "InsufficientBalanceError");
  }

  override readonly name = "InsufficientBalanceError";
  override readonly code = "insufficient_balance";
}

export class OutOfStockError extends SmsError {
  static {
    brandAs(OutOfStockError, "OutOfStockError");
  }

  override readonly name = "OutOfStockError";
  override readonly code = "out_of_stock";
}

export class NotFoundError extends SmsError {
  static {
    brandAs(NotFoundError, "NotFoundError");
  }

  override readonly name = "NotFoundError";
  override readonly code = "not_found";
}

export class OrderStateError extends SmsError {
  static {
    brandAs(OrderStateError, "OrderStateError");
  }

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
  static {
    brandAs(RateLimitError, "RateLimitError");
  }

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
  static {
    brandAs(UnsupportedError, "UnsupportedError");
  }

  override readonly name = "UnsupportedError";
  override readonly code = "unsupported";
}

export class ProviderError extends SmsError {
  static {
    brandAs(ProviderError, "ProviderError");
  }

  override readonly name = "ProviderError";
  override readonly code = "provider_error";
}

export class ResponseFormatError extends SmsError {
  static {
    brandAs(ResponseFormatError, "ResponseFormatError");
  }

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
  static {
    brandAs(NetworkError, "NetworkError");
  }

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
  static {
    brandAs(OutcomeUnknownError, "OutcomeUnknownError");
  }

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
  static {
    brandAs(TimeoutError, "TimeoutError");
  }

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

/**
 * Every error unisms throws, as a union on `code`: after `isSmsError(e)`, `e.code === "timeout"` narrows
 * `e` to a `TimeoutError` (and `e.order` is there to read).
 */
export type AnySmsError =
  | ValidationError
  | AuthenticationError
  | InsufficientBalanceError
  | OutOfStockError
  | NotFoundError
  | OrderStateError
  | RateLimitError
  | UnsupportedError
  | ProviderError
  | ResponseFormatError
  | NetworkError
  | OutcomeUnknownError
  | TimeoutError;

/** True for an error from any copy of unisms in the process (see `SmsError`), narrowed to `AnySmsError`. */
export function isSmsError(value: unknown): value is AnySmsError {
  return value instanceof SmsError;
}
