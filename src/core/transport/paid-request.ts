/**
 * The one owner of paid calls (buy, rent, renew, reuse). Every adapter sends its purchases through
 * `paidRequest` and only declares its facts: how to send the request once, how to map the reply, and
 * (where the provider offers a way) how to look for the purchase afterwards. The rules live here:
 *
 * - the request is marked paid, so the transport never repeats it unless it carries an idempotency key;
 * - a reply that never came (or came as a 5xx the adapter does not believe) is reconciled, never bought
 *   again to find out; so is a reply that came but cannot be read (an HTML page, malformed JSON), which
 *   says nothing of whether it was charged;
 * - "nothing was bought" is believed only after two looks, apart (a purchase in flight may land late);
 * - a purchase found while another purchase of the same provider object overlapped may be that one's;
 * - a reply that was read but cannot be mapped (it names a charged order) is a possible charge carrying
 *   the reply, never a plain format error that would hide the charge;
 * - whatever cannot be settled is `OutcomeUnknownError` with what is known, so the caller can settle it;
 * - a request that got no reply in time (attempt timeout, deadline, a gateway's timeout) may still be
 *   queued at the provider: two looks that find nothing are no proof then (`OutcomeUnknownError`), and a
 *   keyless request is never sent again while it may still land (two requests could buy twice);
 * - a caller's abort that comes after the request was sent cannot unsend it: the purchase is looked for
 *   as after a request that timed out (with a short deadline of its own, since the caller's signal has
 *   fired). Found, it is returned, so the caller can use it or cancel it for a refund; otherwise it is
 *   `OutcomeUnknownError`. After an abort the check only looks: asking again (a replay, a re-sent
 *   purchase) could buy now what the caller no longer wants.
 *
 * The transport keeps the other half: it never repeats a request marked paid unless it carries an
 * idempotency key, and it reports a 5xx to one as a lost reply unless the adapter's error table says that
 * status means nothing was charged.
 */
import {
  NetworkError,
  OutcomeUnknownError,
  type PaidOperation,
  ResponseFormatError,
  SmsError,
} from "../errors.js";
import type { ProviderName } from "../model.js";
import { excerpt, type Redactor } from "../redact.js";
import { sleep } from "../sleep.js";
import type { Purchases } from "./purchase-log.js";

/**
 * What a reconciliation learnt: the purchase it found (already mapped), or the provider's own record of it
 * in the shape of a reply (a replay with the same key, the same item read from a list; mapped as the first
 * reply would have been), or proof that none was made, or that the provider's answer cannot decide (why,
 * and any handle the caller needs to settle it).
 */
export type Reconciled<T, R = never> =
  | { found: T }
  | { reply: R }
  | { absent: true }
  | { undecided: string; known?: Record<string, unknown> };

/** How long to wait before looking a second time when the first look found nothing. */
export const DEFAULT_RECHECK_MS = 2_000;

/**
 * How long a request that got no reply in time may still be acted on by the provider (queued behind a
 * gateway, retried by a load balancer): until then a purchase found is not proven to be another's.
 */
export const LANDING_WINDOW_MS = 120_000;

/** The deadline of the looks made after the caller aborted a purchase that was already sent. */
export const LOOK_AFTER_ABORT_MS = 15_000;

/** What a reconciliation may use to look for the purchase. */
export interface Look<R> {
  /** The signal for the look's own requests: the caller's, or a short deadline once the caller aborted. */
  signal: AbortSignal | undefined;
  /** Sends the same paid request once more (same key); refused once the caller has aborted. */
  again(): Promise<R>;
}

export interface PaidRequest<R, T> {
  operation: PaidOperation;
  /** What is known about the request, for `OutcomeUnknownError.known` (never a secret). */
  known: Record<string, unknown>;
  /**
   * Sends the request once. `paid` must be put on the request spec: it is what keeps the transport from
   * repeating it (a key the provider de-duplicates is the only thing that makes a repeat safe).
   */
  send(paid: PaidOperation): Promise<R>;
  /**
   * Maps a reply that was read; a `ResponseFormatError` here is a charged purchase that cannot be read.
   * It sends no request: anything else it throws must be the provider's refusal (nothing charged), since
   * a failure on the network after the charge would hide it.
   */
  map(reply: R): T | Promise<T>;
  /**
   * The request carries an idempotency key the provider de-duplicates, so sending it again can never make a
   * second purchase. Without one, `look.again` is refused while the first request may still land (it
   * timed out rather than failed): a second request racing a late first one could buy twice.
   */
  keyed?: boolean;
  /** The caller's signal: an abort after the request was sent is reconciled, not taken as "nothing bought". */
  signal?: AbortSignal | undefined;
  /**
   * Looks for the purchase after a lost or unreadable reply; omit where the provider offers no way to look.
   * `look.again` sends the same paid request once more, for providers where that is the way to ask.
   */
  reconcile?(look: Look<R>): Promise<Reconciled<T, R>>;
  /**
   * The provider object's purchases: a purchase found by `reconcile` is believed to be ours only when no
   * other purchase of the same provider object overlapped this one.
   */
  purchases?: Purchases;
  /** How long after a first look that found nothing the second one is made (default 2 s). */
  recheckAfterMs?: number;
}

/** True when `error` leaves it open whether the provider acted on the request. */
export function isLostReply(error: unknown): error is NetworkError {
  return error instanceof NetworkError && error.requestMayHaveBeenSent;
}

export async function paidRequest<R, T>(
  on: { readonly provider: ProviderName; readonly redact: Redactor },
  request: PaidRequest<R, T>,
): Promise<T> {
  const call = { ...request, provider: on.provider, redact: on.redact, startedAt: new Date().toISOString() };
  const purchase = request.purchases?.begin();
  let stillLanding = false;
  try {
    let reply: R;
    try {
      reply = await request.send(request.operation);
    } catch (error) {
      try {
        return await settle(call, error, purchase);
      } catch (outcome) {
        stillLanding =
          outcome instanceof OutcomeUnknownError &&
          ((error instanceof NetworkError && error.timedOut) || request.signal?.aborted === true);
        throw outcome;
      }
    }
    return await mapCharged(call, reply);
  } finally {
    // A purchase that may still land is still in flight for the purchases after it: one of them finding
    // it late must not take it for its own.
    if (stillLanding && purchase) setTimeout(() => purchase.end(), LANDING_WINDOW_MS).unref();
    else purchase?.end();
  }
}

type Call<R, T> = PaidRequest<R, T> & {
  provider: ProviderName;
  redact: Redactor;
  /** When the request was sent: a purchase it made shows from then on (the handle every unknown has). */
  startedAt: string;
};

async function settle<R, T>(
  call: Call<R, T>,
  error: unknown,
  purchase: { overlapped(): boolean } | undefined,
): Promise<T> {
  const { provider, operation } = call;
  const unreadableReply = error instanceof ResponseFormatError;
  if (unreadableReply && !call.reconcile) {
    throw unreadable(call, error);
  }
  if (!unreadableReply && !isLostReply(error)) throw error;
  if (!call.reconcile) throw unknown(call, error, `${provider} offers no way to check`);
  const callerAborted = call.signal?.aborted === true;
  const mayStillLand = callerAborted || (error instanceof NetworkError && error.timedOut);
  const look: Look<R> = {
    signal: callerAborted ? AbortSignal.timeout(LOOK_AFTER_ABORT_MS) : call.signal,
    again: async () => {
      if (callerAborted) {
        throw unknown(
          call,
          error,
          "the call was aborted after it was sent, and asking again could buy it now",
        );
      }
      if (!call.keyed && error instanceof NetworkError && error.timedOut) {
        throw unknown(
          call,
          error,
          "no reply came in time, so the request may still be on its way, and asking again could buy a second one",
        );
      }
      return call.send(operation);
    },
  };
  for (const wait of [0, call.recheckAfterMs ?? DEFAULT_RECHECK_MS]) {
    if (wait > 0) await sleep(wait);
    let outcome: Reconciled<T, R>;
    try {
      outcome = await call.reconcile(look);
    } catch (checkError) {
      if (checkError instanceof OutcomeUnknownError) throw checkError;
      // The check itself was answered with something unreadable: the first reply stays the news.
      if (unreadableReply) throw unreadable(call, error);
      const why =
        checkError instanceof SmsError
          ? `the check failed too (${checkError.code})`
          : `the check failed (${checkError instanceof Error ? checkError.message : "unknown"})`;
      throw unknown(call, error, why, { cause: checkError });
    }
    if ("undecided" in outcome) {
      // Candidates seen now are not the whole story while this request may still land after the looks.
      const late = mayStillLand ? "; this request may also still land, as none of them" : "";
      throw unknown(call, error, `${outcome.undecided}${late}`, { known: outcome.known });
    }
    if ("absent" in outcome) continue;
    if (purchase?.overlapped()) {
      const id = "found" in outcome ? idOf(outcome.found) : idOf(outcome.reply);
      throw unknown(
        call,
        error,
        `another purchase of this provider ran beside it, so the one found${id ? ` (${id})` : ""} may be that one's`,
        { known: id ? { candidates: [id] } : undefined },
      );
    }
    return "found" in outcome ? outcome.found : await mapCharged(call, outcome.reply);
  }
  // Looked twice, apart, and found nothing. A request that got no reply in time (or was aborted) may still
  // be queued at the provider and land later: that is no proof, and "nothing bought" would invite a second
  // purchase beside the late one.
  if (mayStillLand) {
    throw unknown(
      call,
      error,
      "no reply came in time and two looks found no purchase, but the request may still land; look again before buying again",
    );
  }
  // Otherwise nothing was charged, so this is an ordinary failure of its kind.
  if (unreadableReply) {
    throw new ResponseFormatError(
      `${error.message}; checked twice: no ${operation} was made, nothing was charged`,
      {
        provider,
        ...(error.excerpt !== undefined ? { excerpt: error.excerpt } : {}),
      },
    );
  }
  // The transport's "it may have been charged" was the question; the two looks answered it.
  const what = error.message.replace(/; it may have been charged$/, "");
  throw new NetworkError(`${what}; checked twice: no ${operation} was made, nothing was charged`, {
    provider,
    requestMayHaveBeenSent: false,
    reconciled: true,
    ...(error.status !== undefined ? { status: error.status } : {}),
  });
}

/**
 * Maps the reply of a paid call that went through. A reply the adapter cannot map (a number that is not
 * E.164, say) is reported as a purchase that was probably charged, carrying the reply itself (its ids).
 */
async function mapCharged<R, T>(call: Call<R, T>, reply: R): Promise<T> {
  try {
    return await call.map(reply);
  } catch (error) {
    if (!(error instanceof ResponseFormatError)) throw error;
    const shown = typeof reply === "string" ? reply : (JSON.stringify(reply) ?? String(reply));
    // The reply is shown to name the charged order; like every excerpt, redacted (a proxy may echo the key).
    throw unreadable(
      call,
      new ResponseFormatError(error.message, {
        provider: call.provider,
        excerpt: excerpt(shown, call.redact, 300),
        cause: error,
      }),
    );
  }
}

/** `first` is the failure of the purchase itself; `cause` what ended the check, when that was something else. */
function unknown<R, T>(
  call: Call<R, T>,
  first: unknown,
  why: string,
  more: { cause?: unknown; known?: Record<string, unknown> | undefined } = {},
) {
  const { provider, operation, known, startedAt } = call;
  const unreadableReply = first instanceof ResponseFormatError;
  const what = unreadableReply ? "could not be read" : "was lost";
  return new OutcomeUnknownError(
    `${provider}: the ${operation} reply ${what} and it may have been charged; ${why}. Check your ${provider} account before trying again.`,
    {
      provider,
      operation,
      // An unreadable first reply is shown too: it may name the charged order.
      known: {
        ...known,
        startedAt,
        ...(unreadableReply ? { reply: first.excerpt ?? null } : {}),
        ...more.known,
      },
      cause: "cause" in more ? more.cause : first,
    },
  );
}

function unreadable<R, T>(call: Call<R, T>, error: ResponseFormatError) {
  const { provider, operation, known, startedAt } = call;
  return new OutcomeUnknownError(
    `${provider}: the ${operation} was answered, so it was probably charged, but the reply could not be read (${error.message}). Its excerpt is in known.reply; check your ${provider} account.`,
    { provider, operation, known: { ...known, startedAt, reply: error.excerpt ?? null }, cause: error },
  );
}

/** The id of a purchase found, where it shows one: the handle a caller needs to settle it. */
function idOf(value: unknown): string | undefined {
  if (!value || typeof value !== "object") return undefined;
  const record = value as { id?: unknown; order_id?: unknown; rental_id?: unknown };
  const id = record.id ?? record.order_id ?? record.rental_id;
  return typeof id === "string" || typeof id === "number" ? String(id) : undefined;
}
