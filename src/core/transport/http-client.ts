/**
 * The one place that talks HTTP. Each adapter gets a `Transport` bound to its base URL, auth, error table
 * and rate budget. Retries live here and nowhere else: only for requests that are safe to repeat (a GET that
 * moves no money, or a request carrying an idempotency key the provider de-duplicates, sent identically on
 * every attempt), on network errors, 408, 429 and 5xx, with capped jittered backoff and `Retry-After` as
 * the floor.
 */
import type { KyInstance, Options as KyOptions } from "ky";
import pRetry from "p-retry";
import type * as z from "zod/mini";
import { localBudget } from "../budget/local-budget.js";
import type { RateLimit, RequestBudget } from "../budget/request-budget.js";
import {
  type ErrorTable,
  errorFromReply,
  isGatewayStatus,
  NO_5XX_BELIEVED,
  type Uncharged5xx,
} from "../error-table.js";
import {
  NetworkError,
  type PaidOperation,
  RateLimitError,
  ResponseFormatError,
  SmsError,
} from "../errors.js";
import type { ProviderName } from "../model.js";
import { createRedactor, excerpt, type Redactor } from "../redact.js";
import { type AttemptSignal, attemptSignal } from "./attempt-signal.js";
import { toNetworkError } from "./network-failure.js";
import { readReply } from "./read-reply.js";
import { MAX_HONOURED_RETRY_AFTER_MS, parseRetryAfter } from "./retry-after.js";

export type Auth =
  | { type: "header"; name: string; value: string }
  | { type: "bearer"; token: string }
  | { type: "query"; name: string; value: string }
  | { type: "none" };

/**
 * Retries of requests that are safe to repeat (GETs that move no money, and POSTs carrying an
 * idempotency key the provider de-duplicates), on network errors, 408, 429 and 5xx.
 */
export interface RetryOptions {
  /** Retries after the first attempt: an integer from 0 (never retry) to 10 (default 2). */
  retries?: number;
  /**
   * First backoff delay in ms (default 500), doubled each retry and jittered; a provider's `Retry-After`
   * of at most 60 s is the floor of the next attempt.
   */
  minDelayMs?: number;
  /** Backoff cap in ms (default 8 000). */
  maxDelayMs?: number;
}

/** What `hooks.onRequest` receives before each attempt. */
export interface RequestEvent {
  /** The adapter that sent it. */
  provider: ProviderName;
  /** HTTP method. */
  method: string;
  /** The path only: query strings may carry a key and are never reported. */
  path: string;
  /** 1 for the first attempt, counting retries. */
  attempt: number;
}

/** What `hooks.onResponse` and the logger receive after each attempt. */
export interface ResponseEvent extends RequestEvent {
  /** HTTP status, or null when no reply came. */
  status: number | null;
  /** From sending to the reply (or the failure), in ms. */
  durationMs: number;
  /** The error code when the attempt failed. */
  error?: string;
}

/** Observers of every attempt; they see no secret, and one that throws never fails a request. */
export interface TransportHooks {
  /** Before each attempt is sent. */
  onRequest?(event: RequestEvent): void;
  /** After each attempt, with its status (null when no reply came) and duration. */
  onResponse?(event: ResponseEvent): void;
}

/** Console-compatible; receives one line per attempt, never a secret. */
export interface Logger {
  /** One line per attempt, with the attempt's event. */
  debug(message: string, event?: ResponseEvent): void;
}

export interface TransportOptions {
  provider: ProviderName;
  baseUrl: string;
  auth: Auth;
  errorTable: ErrorTable;
  /** Which 5xx replies to a paid call prove nothing was charged (the adapter's documented fact; default none). */
  uncharged5xx?: Uncharged5xx;
  /** Reads the provider's message out of an error body; the default looks at `error`, `message`, `detail`. */
  readErrorMessage?: (body: unknown) => string | undefined;
  /** Per-attempt timeout (default 30 s). */
  timeoutMs?: number;
  /** Overall deadline of one call, retries included (default 120 s). */
  deadlineMs?: number;
  retry?: RetryOptions;
  rateLimit?: RateLimit | null;
  /** Replaces the in-process budget built from `rateLimit` (a shared one, across processes). */
  budget?: RequestBudget;
  fetch?: typeof fetch;
  hooks?: TransportHooks;
  logger?: Logger;
  /** Called with every reply's headers, for providers that announce their budget (`X-RateLimit-*`). */
  onHeaders?: (headers: Headers, budget: RequestBudget) => void;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestSpec<T> {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  query?: Record<string, QueryValue>;
  json?: unknown;
  /** Sent as the `Idempotency-Key` header, identical on every attempt; makes a POST retryable. */
  idempotencyKey?: string;
  /** A non-GET that is safe to repeat as it is (a read or a set-to-value sent as POST): retried like a GET. */
  repeatable?: boolean;
  /** Marks a call that moves money: without an idempotency key it is never retried. */
  paid?: PaidOperation;
  signal?: AbortSignal;
  /** Validates the parsed body (JSON, or the raw text with `as: "text"`); an empty body parses as null. */
  schema: z.core.$ZodType<T>;
  as?: "json" | "text";
}

export interface Transport {
  readonly provider: ProviderName;
  readonly budget: RequestBudget;
  readonly redact: Redactor;
  request<T>(spec: RequestSpec<T>): Promise<T>;
  /** The error the adapter's table gives for a failure seen in a successful reply (string APIs). */
  fail(message: string, status?: number): SmsError;
  /** A `ResponseFormatError` with a short redacted excerpt of `body`. */
  badResponse(reason: string, body: unknown): ResponseFormatError;
  /** `body` checked against `schema`; a mismatch is `badResponse`, saying `what` and where it broke. */
  read<T>(schema: z.core.$ZodType<T>, body: unknown, what: string): T;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, minDelayMs: 500, maxDelayMs: 8_000 };

export function defaultErrorMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  if (!body || typeof body !== "object") return undefined;
  const record = body as Record<string, unknown>;
  for (const key of ["error", "message", "detail"]) {
    const value = record[key];
    if (typeof value === "string") return value;
    if (Array.isArray(value)) {
      return value
        .map((item) =>
          item && typeof item === "object" ? String((item as { msg?: unknown }).msg ?? "") : "",
        )
        .filter(Boolean)
        .join("; ");
    }
    if (value && typeof value === "object" && typeof (value as { message?: unknown }).message === "string") {
      return (value as { message: string }).message;
    }
  }
  return undefined;
}

/** A reply body as JSON where it is JSON, else the text itself (proxies, HTML error pages). */
function parseLoosely(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

/** What one request's attempts learned: whether it left, may have landed, timed out, ran out of time. */
interface Sent {
  any: boolean;
  lost: boolean;
  timedOut: boolean;
  deadlinePassed: boolean;
}

/** ky's options plus the attempt's signal, which ky hands to our fetch untouched (an unknown option). */
type AttemptInit = KyOptions & { attemptSignal: AbortSignal };

/**
 * ky is loaded at the first request, not at import: loading it builds a `Request`, which starts Node's
 * fetch machinery, about a fifth of the time `import "unisms"` took. A first request pays it either way.
 */
let kyLoading: Promise<typeof import("ky").default> | undefined;
const loadKy = () => (kyLoading ??= import("ky").then((module) => module.default));

export function createTransport(options: TransportOptions): Transport {
  const { provider, auth, errorTable } = options;
  const secret = auth.type === "bearer" ? auth.token : auth.type === "none" ? undefined : auth.value;
  const redact = createRedactor([secret]);
  const budget = options.budget ?? localBudget(options.rateLimit);
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const readMessage = options.readErrorMessage ?? defaultErrorMessage;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  // ky keeps no timer of its own (the attempt's one signal times it out) and gets no signal: given one,
  // it would combine it with its own controller on every request. The attempt's signal reaches fetch as
  // an option ky passes through untouched. `globalThis.fetch` is read per request (a test may patch it).
  const fetchWith = options.fetch;
  let http: KyInstance | undefined;
  const httpClient = async () =>
    (http ??= (await loadKy()).create({
      retry: 0,
      throwHttpErrors: false,
      timeout: false,
      fetch: (input, init) =>
        (fetchWith ?? globalThis.fetch)(input, {
          signal: (init as AttemptInit | undefined)?.attemptSignal ?? null,
        }),
    }));

  /**
   * A hook or logger of the user's runs on its own: if it throws, the request goes on as if it had not
   * been there (a user's failure is never taken for the provider's), and a warning says so once.
   */
  let warned = false;
  function userCallback(what: string, call: () => void): void {
    try {
      call();
    } catch (error) {
      if (warned) return;
      warned = true;
      const why = redact(error instanceof Error ? error.message : String(error));
      process.emitWarning(
        `unisms ${provider}: ${what} threw (${why}); requests go on without it`,
        "UnismsCallbackWarning",
      );
    }
  }

  const badResponse = (reason: string, body: unknown) =>
    new ResponseFormatError(`${provider}: ${redact(reason)}`, {
      provider,
      excerpt: excerpt(typeof body === "string" ? body : (JSON.stringify(body) ?? String(body)), redact),
    });

  const read = <T>(schema: z.core.$ZodType<T>, body: unknown, what: string): T =>
    readReply(schema, body, what, (reason) => badResponse(reason, body));

  const fail = (message: string, status?: number, retryAfterMs?: number) =>
    errorFromReply(errorTable, {
      provider,
      message: redact(message),
      ...(status !== undefined ? { status } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    });

  function buildUrl(path: string, query: Record<string, QueryValue> | undefined): URL {
    const url = new URL(`${baseUrl}${path.startsWith("/") ? path : `/${path}`}`);
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value));
    }
    if (auth.type === "query") url.searchParams.set(auth.name, auth.value);
    return url;
  }

  function headersFor(spec: RequestSpec<unknown>): Record<string, string> {
    const headers: Record<string, string> = {
      accept: spec.as === "text" ? "text/plain, */*" : "application/json",
    };
    if (auth.type === "header") headers[auth.name] = auth.value;
    if (auth.type === "bearer") headers.authorization = `Bearer ${auth.token}`;
    if (spec.idempotencyKey) headers["idempotency-key"] = spec.idempotencyKey;
    return headers;
  }

  async function attempt<T>(
    spec: RequestSpec<T>,
    attemptNo: number,
    deadlineAt: number,
    sent: Sent,
  ): Promise<T> {
    const abort = attemptSignal(spec.signal, deadlineAt);
    try {
      return await attemptWith(spec, attemptNo, abort, sent);
    } finally {
      if (abort.cause === "deadline") sent.deadlinePassed = true;
      abort.done();
    }
  }

  async function attemptWith<T>(
    spec: RequestSpec<T>,
    attemptNo: number,
    abort: AttemptSignal,
    sent: Sent,
  ): Promise<T> {
    const release = await budget.acquire(abort.signal);
    const event: RequestEvent = { provider, method: spec.method, path: spec.path, attempt: attemptNo };
    userCallback("hooks.onRequest", () => options.hooks?.onRequest?.(event));
    const started = performance.now();
    const report = (status: number | null, error?: SmsError) => {
      const done: ResponseEvent = {
        ...event,
        status,
        durationMs: Math.round(performance.now() - started),
        ...(error ? { error: error.code } : {}),
      };
      userCallback("hooks.onResponse", () => options.hooks?.onResponse?.(done));
      userCallback("logger.debug", () =>
        options.logger?.debug(
          `unisms ${provider} ${spec.method} ${spec.path} -> ${status ?? error?.code} (${done.durationMs} ms, attempt ${attemptNo})`,
          done,
        ),
      );
    };

    let response: Response;
    let text: string;
    try {
      sent.any = true;
      const send = http ?? (await httpClient());
      // The attempt's timeout counts from here, once ky is loaded (the first request loads it).
      abort.sending(timeoutMs);
      const init: AttemptInit = {
        method: spec.method,
        headers: headersFor(spec),
        attemptSignal: abort.signal,
        ...(spec.json !== undefined ? { json: spec.json } : {}),
      };
      response = await send(buildUrl(spec.path, spec.query), init);
      text = await response.text();
      release();
    } catch (error) {
      release();
      // The caller's abort rejects with its reason; a passed deadline is worded by `request`.
      if (abort.cause === "caller" || abort.cause === "deadline") throw abort.signal.reason;
      const failure = toNetworkError(error, provider, `${spec.method} ${spec.path}`);
      sent.lost ||= failure.requestMayHaveBeenSent;
      sent.timedOut ||= failure.timedOut;
      report(null, failure);
      throw failure;
    }
    options.onHeaders?.(response.headers, budget);

    if (!response.ok) {
      const failure = lostIfPaid(spec, response.status, errorForStatus(response, text), text);
      sent.lost ||= failure instanceof NetworkError;
      sent.timedOut ||= failure instanceof NetworkError && failure.timedOut;
      report(response.status, failure);
      throw failure;
    }
    report(response.status);
    return parseBody(spec, text);
  }

  function errorForStatus(response: Response, text: string): SmsError {
    const retryAfterMs = parseRetryAfter(response.headers.get("retry-after"));
    // A provider that names a wait (429, or 503 while overloaded) gets it from every caller, not just this one.
    if (retryAfterMs !== undefined && retryAfterMs <= MAX_HONOURED_RETRY_AFTER_MS) {
      budget.pauseFor(retryAfterMs);
    }
    const body = parseLoosely(text);
    const message = readMessage(body) ?? (text.length < 200 ? text : "");
    return fail(message, response.status, retryAfterMs);
  }

  /**
   * A 5xx to a paid call does not say whether the provider charged before it failed (or before a
   * gateway gave up, 502 / 504 / 52x): it is reconciled like a lost reply, whatever words the body uses,
   * unless the adapter's provider says that status means nothing was done (`uncharged5xx`). A keyed call is
   * retried as usual (the error stays retryable); an unkeyed one goes to the adapter's reconciliation.
   */
  const uncharged5xx = options.uncharged5xx ?? NO_5XX_BELIEVED;
  function lostIfPaid(spec: RequestSpec<unknown>, status: number, failure: SmsError, text: string): SmsError {
    if (!spec.paid || status < 500 || uncharged5xx(status, parseLoosely(text))) return failure;
    return new NetworkError(
      `${provider}: HTTP ${status} to a ${spec.paid} (${spec.method} ${spec.path}); it may have been charged`,
      { provider, status, requestMayHaveBeenSent: true, timedOut: mayHideUpstreamTimeout(status) },
    );
  }

  /**
   * Gateways report their own upstream timeout as 504 or 524, but also as 502 (cloud load balancers) or
   * 503 (platform routers), so behind any of them the provider may still be working on the request. A 500
   * (or 501, 505...) is the provider's own server failing, which ends its work.
   */
  function mayHideUpstreamTimeout(status: number): boolean {
    return isGatewayStatus(status) || status === 503;
  }

  /**
   * A paid call that ends in an abort, a deadline, or (after retries) any error while an earlier
   * attempt may have gone through: the last error alone would hide a possible charge.
   */
  function paidOutcomeOpen(
    spec: RequestSpec<unknown>,
    last: unknown,
    sent: { timedOut: boolean },
  ): NetworkError {
    // An earlier attempt that timed out may still land, whatever the last one met (keyed calls are retried).
    if (last instanceof NetworkError && last.requestMayHaveBeenSent && (last.timedOut || !sent.timedOut)) {
      return last;
    }
    const why = spec.signal?.aborted
      ? "was aborted"
      : last instanceof SmsError
        ? `ended in ${last.code}`
        : "was cut off";
    return new NetworkError(
      `${provider}: the ${spec.paid} (${spec.method} ${spec.path}) ${why} after it was sent; it may have been charged`,
      { provider, requestMayHaveBeenSent: true, timedOut: true, cause: last },
    );
  }

  function parseBody<T>(spec: RequestSpec<T>, text: string): T {
    let body: unknown = text;
    if (spec.as !== "text") {
      try {
        body = text.trim() === "" ? null : JSON.parse(text);
      } catch {
        throw badResponse(`${spec.method} ${spec.path} answered with a body that is not JSON`, text);
      }
    }
    return read(spec.schema, body, `unexpected reply to ${spec.method} ${spec.path}`);
  }

  function mayRetry(spec: RequestSpec<unknown>, error: unknown): boolean {
    // A paid GET (JuicySMS buys with one) is no safer to repeat than a paid POST.
    const repeatable =
      spec.idempotencyKey !== undefined ||
      (spec.paid === undefined && (spec.method === "GET" || spec.repeatable === true));
    if (!repeatable || !(error instanceof SmsError) || !error.retryable) return false;
    if (error instanceof RateLimitError) {
      return error.retryAfterMs === undefined || error.retryAfterMs <= MAX_HONOURED_RETRY_AFTER_MS;
    }
    return true;
  }

  async function request<T>(spec: RequestSpec<T>): Promise<T> {
    const deadlineAt = Date.now() + deadlineMs;
    const sent: Sent = { any: false, lost: false, timedOut: false, deadlinePassed: false };
    try {
      return await pRetry((attemptNo) => attempt(spec, attemptNo, deadlineAt, sent), {
        retries: retry.retries,
        factor: 2,
        minTimeout: retry.minDelayMs,
        maxTimeout: retry.maxDelayMs,
        randomize: true,
        // The deadline bounds the backoff between attempts; each attempt's signal bounds the attempt.
        maxRetryTime: deadlineMs,
        ...(spec.signal ? { signal: spec.signal } : {}),
        shouldRetry: ({ error }) => mayRetry(spec, error),
      });
    } catch (error) {
      if (spec.paid && sent.any && (sent.lost || !(error instanceof SmsError))) {
        throw paidOutcomeOpen(spec, error, sent);
      }
      if (spec.signal?.aborted) throw spec.signal.reason;
      if (sent.deadlinePassed && !(error instanceof SmsError)) {
        throw new NetworkError(
          `${provider}: ${spec.method} ${spec.path} passed its ${deadlineMs} ms deadline`,
          { provider, requestMayHaveBeenSent: sent.any },
        );
      }
      throw error;
    }
  }

  return { provider, budget, redact, request, fail: (m, s) => fail(m, s), badResponse, read };
}
