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

/**
 * What went wrong, one value per error class (`ValidationError` is `"invalid_request"`, `TimeoutError` is
 * `"timeout"`, ...): stable strings to switch on, also shown by `toJSON()`.
 */
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
  | "timeout"
  | "no_provider";

/** What an error is made with besides its message (for adapters, fakes and providers of your own). */
export interface SmsErrorOptions {
  /** The provider the failure came from. Omitted: null, no provider involved. */
  provider?: ProviderName | null;
  /** The HTTP status of the reply that failed, if there was one. */
  status?: number;
  /** Whether trying again later may help. Omitted: false (true for `RateLimitError` and `NetworkError`). */
  retryable?: boolean;
  /** The underlying failure, kept as the error's `cause` (never shown by `toJSON()` or `util.inspect`). */
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

/**
 * The root of every error unisms throws; each `code` has its own subclass, and `AnySmsError` is their
 * union. `toJSON()` and `util.inspect` show its fields, never the `cause` or an API key.
 */
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

  /** The class's name (`"TimeoutError"`, ...), set explicitly so that it survives minification. */
  override readonly name: string = "SmsError";
  /** What went wrong: one value per subclass, so `err.code === "timeout"` narrows an `AnySmsError`. */
  readonly code: ErrorCode = "provider_error";
  /** The provider the failure came from; null when none was involved (a bad argument to a factory, the journal). */
  readonly provider: ProviderName | null;
  /** The HTTP status of the provider's reply that failed; undefined when there was no such reply. */
  readonly status: number | undefined;
  /**
   * Whether the same call may succeed if tried again later (a rate limit, a network failure, a 5xx).
   * False for what waiting will not fix, and always for `OutcomeUnknownError`.
   */
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

  /**
   * What `util.inspect` (and `console.log`) shows: name, message, stack frames and the `toJSON()` fields.
   * Node.js calls it through `util.inspect.custom`; not API.
   * @internal
   */
  [INSPECT](): string {
    const { name: _n, message: _m, ...rest } = this.toJSON();
    // The stack's own header repeats the message (under the name "Error"): keep only its frames.
    const frames = (this.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
    const head = [`${this.name}: ${this.message}`, ...frames].join("\n");
    return `${head} ${JSON.stringify(rest)}`;
  }
}

/**
 * Bad input, refused before any request: `field` names it, `allowed` lists what would do. Also a request the
 * provider refused as malformed (HTTP 400 or 422; `field` is `"request"`). Not retryable.
 */
export class ValidationError extends SmsError {
  static {
    brandAs(ValidationError, "ValidationError");
  }

  /** Always `"ValidationError"`. */
  override readonly name = "ValidationError";
  /** Always `"invalid_request"`. */
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
    return {
      /** The `field` property. */
      field: this.field,
      ...(this.allowed
        ? {
            /** The `allowed` property, when there is a list. */
            allowed: this.allowed,
          }
        : {}),
    };
  }
}

/** The provider refused the API key: missing, invalid or revoked (usually HTTP 401 or 403). Not retryable. */
export class AuthenticationError extends SmsError {
  static {
    brandAs(AuthenticationError, "AuthenticationError");
  }

  /** Always `"AuthenticationError"`. */
  override readonly name = "AuthenticationError";
  /** Always `"auth"`. */
  override readonly code = "auth";
}

/** The wallet cannot pay for the purchase; nothing was charged. Not retryable until you top up. */
export class InsufficientBalanceError extends SmsError {
  static {
    brandAs(InsufficientBalanceError, "InsufficientBalanceError");
  }

  /** Always `"InsufficientBalanceError"`. */
  override readonly name = "InsufficientBalanceError";
  /** Always `"insufficient_balance"`. */
  override readonly code = "insufficient_balance";
}

/**
 * No number for that service, country or area code right now, or none at or below `maxPrice`; nothing was
 * charged. Not retryable as is: try another country or provider, or later.
 */
export class OutOfStockError extends SmsError {
  static {
    brandAs(OutOfStockError, "OutOfStockError");
  }

  /** Always `"OutOfStockError"`. */
  override readonly name = "OutOfStockError";
  /** Always `"out_of_stock"`. */
  override readonly code = "out_of_stock";
}

/** The provider knows no such order or rental, or it belongs to another account. Not retryable. */
export class NotFoundError extends SmsError {
  static {
    brandAs(NotFoundError, "NotFoundError");
  }

  /** Always `"NotFoundError"`. */
  override readonly name = "NotFoundError";
  /** Always `"not_found"`. */
  override readonly code = "not_found";
}

/**
 * The order or rental cannot do that now (it is closed, its code came, the account holds its limit of open
 * numbers; JuicySMS's one open order, `openOrderId`); `waitForCode` on an order cancelled or finished
 * elsewhere (`order`); or a journal held by another process, or one that could not record a purchase
 * before its request (nothing was sent). Not retryable, but for a journal out of reach.
 */
export class OrderStateError extends SmsError {
  static {
    brandAs(OrderStateError, "OrderStateError");
  }

  /** Always `"OrderStateError"`. */
  override readonly name = "OrderStateError";
  /** Always `"order_state"`. */
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
      ...(this.openOrderId
        ? {
            /** The `openOrderId` property, when there is one. */
            openOrderId: this.openOrderId,
          }
        : {}),
      ...(this.order
        ? {
            /** The `order`'s id, when the error is about one (the order itself is left out). */
            orderId: this.order.id,
          }
        : {}),
    };
  }
}

/**
 * The provider said slow down (HTTP 429) and the call was not retried: one not safe to repeat (a purchase),
 * retries used up, or a wait over 60 s. Retryable, after `retryAfterMs` where the provider gave it.
 */
export class RateLimitError extends SmsError {
  static {
    brandAs(RateLimitError, "RateLimitError");
  }

  /** Always `"RateLimitError"`. */
  override readonly name = "RateLimitError";
  /** Always `"rate_limited"`. */
  override readonly code = "rate_limited";
  /** How long the provider asked to wait, in milliseconds (its `Retry-After`); undefined when it did not say. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: SmsErrorOptions & { retryAfterMs?: number } = {}) {
    super(message, { retryable: true, ...options });
    this.retryAfterMs = options.retryAfterMs;
  }

  protected override details() {
    return this.retryAfterMs === undefined
      ? {}
      : {
          /** The `retryAfterMs` property, when the provider gave one. */
          retryAfterMs: this.retryAfterMs,
        };
  }
}

/**
 * The provider has no such operation, or cannot honour an option (voice, area code, `autoRenew`,
 * `idempotencyKey`, `maxPrice` where it quotes no price). Thrown before any request. Not retryable.
 */
export class UnsupportedError extends SmsError {
  static {
    brandAs(UnsupportedError, "UnsupportedError");
  }

  /** Always `"UnsupportedError"`. */
  override readonly name = "UnsupportedError";
  /** Always `"unsupported"`. */
  override readonly code = "unsupported";
}

/**
 * A provider failure no other class names: a 5xx or 408 (retryable), or a refusal it did not explain
 * (not retryable).
 */
export class ProviderError extends SmsError {
  static {
    brandAs(ProviderError, "ProviderError");
  }

  /** Always `"ProviderError"`. */
  override readonly name = "ProviderError";
  /** Always `"provider_error"`. */
  override readonly code = "provider_error";
}

/**
 * A reply not in the provider's documented shape (HTML, malformed or truncated JSON, a wrong type, an
 * unknown JuicySMS string); `excerpt` shows it, redacted. From a purchase, only once checked that nothing
 * was bought. Not retryable.
 */
export class ResponseFormatError extends SmsError {
  static {
    brandAs(ResponseFormatError, "ResponseFormatError");
  }

  /** Always `"ResponseFormatError"`. */
  override readonly name = "ResponseFormatError";
  /** Always `"bad_response"`. */
  override readonly code = "bad_response";
  /** A short, redacted excerpt of what the provider sent. */
  readonly excerpt: string | undefined;

  constructor(message: string, options: SmsErrorOptions & { excerpt?: string } = {}) {
    super(message, options);
    this.excerpt = options.excerpt;
  }

  protected override details() {
    return this.excerpt === undefined
      ? {}
      : {
          /** The `excerpt` property, when there is one. */
          excerpt: this.excerpt,
        };
  }
}

/**
 * No reply: the connection failed or dropped, an attempt ran past `timeoutMs`, or the call past its
 * `deadlineMs`. Retryable. From a purchase it means nothing was bought (an unsettled one is an
 * `OutcomeUnknownError`).
 */
export class NetworkError extends SmsError {
  static {
    brandAs(NetworkError, "NetworkError");
  }

  /** Always `"NetworkError"`. */
  override readonly name = "NetworkError";
  /** Always `"network"`. */
  override readonly code = "network";
  /**
   * False when the request certainly never reached the provider (connection refused, DNS), or a purchase's
   * was checked and bought nothing: trying again is then safe.
   */
  readonly requestMayHaveBeenSent: boolean;
  /**
   * True when no reply came in time (the attempt timeout, the call's deadline, an abort) or a paid call met
   * a gateway's 5xx the provider's docs do not vouch for (502, 503, 504, 52x: a gateway may have stopped
   * waiting for it): the provider may still be working on the request and act on it later.
   */
  readonly timedOut: boolean;
  /**
   * True when a purchase's request may have reached the provider and its record, looked at twice
   * afterwards, showed no purchase: `requestMayHaveBeenSent` is then false, but on the strength of those
   * looks, not of the request never leaving. A client over several providers does not buy elsewhere after
   * one (a request the provider took and acts on late would be a second purchase).
   */
  readonly reconciled: boolean;

  constructor(
    message: string,
    options: SmsErrorOptions & {
      requestMayHaveBeenSent?: boolean;
      timedOut?: boolean;
      reconciled?: boolean;
    } = {},
  ) {
    super(message, { retryable: true, ...options });
    this.requestMayHaveBeenSent = options.requestMayHaveBeenSent ?? true;
    this.timedOut = options.timedOut ?? false;
    this.reconciled = options.reconciled ?? false;
  }

  protected override details() {
    return {
      /** The `requestMayHaveBeenSent` property. */
      requestMayHaveBeenSent: this.requestMayHaveBeenSent,
      /** The `timedOut` property. */
      timedOut: this.timedOut,
      /** The `reconciled` property. */
      reconciled: this.reconciled,
    };
  }
}

/** A call that spends money: `buy`, `rent`, `renew`, or an adapter's `reuse` (JuicySMS, FetchSMS). */
export type PaidOperation = "buy" | "rent" | "renew" | "reuse";

/**
 * A paid call (`operation`) may have gone through and could not be settled with the provider: you may
 * have been charged. `known` holds what was asked and any handle to settle it. Never retryable: do not
 * simply buy again.
 */
export class OutcomeUnknownError extends SmsError {
  static {
    brandAs(OutcomeUnknownError, "OutcomeUnknownError");
  }

  /** Always `"OutcomeUnknownError"`. */
  override readonly name = "OutcomeUnknownError";
  /** Always `"outcome_unknown"`. */
  override readonly code = "outcome_unknown";
  /** The paid call whose outcome is unknown. */
  readonly operation: PaidOperation;
  /**
   * What is known about the request, never a secret: what was asked (service, country, days...) and
   * `startedAt` (ISO-8601, when it left), plus, where the provider gave one, the handle to settle it
   * (`candidates`, `openOrderId`, `idempotencyKey`, or the redacted `reply`).
   */
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
    return {
      /** The `operation` property. */
      operation: this.operation,
      /** The `known` property. */
      known: this.known,
    };
  }
}

/**
 * Time ran out: `waitForCode` or a watcher got no code within `timeoutMs` (the order is then cancelled for
 * its refund, see `cancelled`), the order expired before its code (`cancelled: true`), or a call's own
 * `timeoutMs` ran out (no `order`). Not retryable.
 */
export class TimeoutError extends SmsError {
  static {
    brandAs(TimeoutError, "TimeoutError");
  }

  /** Always `"TimeoutError"`. */
  override readonly name = "TimeoutError";
  /** Always `"timeout"`. */
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
    return {
      /** The `order`'s id (the order itself is left out); null when there is none. */
      orderId: this.order?.id ?? null,
      /** The `refunded` property. */
      refunded: this.refunded,
      /** The `cancelled` property. */
      cancelled: this.cancelled,
    };
  }
}

/** A class an error table may produce; extra options a class does not know are ignored by it. */
export type ErrorClass = new (
  message: string,
  // biome-ignore lint/suspicious/noExplicitAny: each class reads its own extra options
  options: any,
) => SmsError;

/** A provider a call could not use, and why. */
export interface ProviderFailure {
  /** The provider. */
  provider: ProviderName;
  /** Why: what the provider answered, or (for one left out) the error the call would have met there. */
  error: SmsError;
}

/**
 * A client over several providers found none to sell: each was left out (it cannot serve the request, is
 * resting, or is above `maxPrice`) or failed in a way that proves nothing was bought (out of stock, a
 * provider error, no reply, a rate limit). `attempts` lists each provider's reason, in the order they
 * were considered. Nothing was charged. Retryable when one of the reasons is.
 */
export class NoProviderError extends SmsError {
  static {
    brandAs(NoProviderError, "NoProviderError");
  }

  /** Always `"NoProviderError"`. */
  override readonly name = "NoProviderError";
  /** Always `"no_provider"`. */
  override readonly code = "no_provider";
  /** Each provider's reason, in the order the providers were considered. */
  readonly attempts: readonly ProviderFailure[];

  constructor(message: string, attempts: readonly ProviderFailure[], options: SmsErrorOptions = {}) {
    const reasons = attempts.map((a) => `${a.provider}: ${a.error.message}`).join("; ");
    super(reasons ? `${message} (${reasons})` : message, {
      retryable: attempts.some((a) => a.error.retryable),
      ...options,
    });
    this.attempts = Object.freeze([...attempts]);
  }

  protected override details() {
    return {
      /** The `attempts` property, each error shown as its own `toJSON()`. */
      attempts: this.attempts.map(
        (a): Record<string, unknown> => ({ provider: a.provider, error: a.error.toJSON() }),
      ),
    };
  }
}

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
  | TimeoutError
  | NoProviderError;

/** True for an error from any copy of unisms in the process (see `SmsError`), narrowed to `AnySmsError`. */
export function isSmsError(value: unknown): value is AnySmsError {
  return value instanceof SmsError;
}
