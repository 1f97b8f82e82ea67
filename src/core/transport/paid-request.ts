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
 * - a caller's abort that comes after the request was sent cannot unsend it: the purchase is looked for
 *   as after a lost reply (with a short deadline of its own, since the caller's signal has fired). Found,
 *   it is returned, so the caller can use it or cancel it for a refund; proven absent, the abort rejects
 *   with its reason; in between, `OutcomeUnknownError`. After an abort the check only looks: asking again
 *   (a replay, a re-sent purchase) could buy now what the caller no longer wants.
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
import { sleep } from "../sleep.js";
import type { PurchaseLog } from "./purchase-log.js";

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
  /** Maps a reply that was read; a `ResponseFormatError` here is a charged purchase that cannot be read. */
  map(reply: R): T | Promise<T>;
  /** The caller's signal: an abort after the request was sent is reconciled, not taken as "nothing bought". */
  signal?: AbortSignal | undefined;
  /**
   * Looks for the purchase after a lost or unreadable reply; omit where the provider offers no way to look.
   * `look.again` sends the same paid request once more, for providers where that is the way to ask.
   */
  reconcile?(look: Look<R>): Promise<Reconciled<T, R>>;
  /**
   * Whether `reconcile` may also settle a reply that came but could not be read (default true). False
   * where reconciling means asking again without a key (JuicySMS re-sends the purchase, capped by its
   * one-open-order rule): a risk worth taking for a reply that never came, not for one that said something.
   */
  reconcileUnreadable?: boolean;
  /**
   * The provider object's purchases: a purchase found by `reconcile` is believed to be ours only when no
   * other purchase of the same provider object overlapped this one.
   */
  purchases?: PurchaseLog;
  /** How long after a first look that found nothing the second one is made (default 2 s). */
  recheckAfterMs?: number;
}

/** True when `error` leaves it open whether the provider acted on the request. */
export function isLostReply(error: unknown): error is NetworkError {
  return error instanceof NetworkError && error.requestMayHaveBeenSent;
}

export async function paidRequest<R, T>(
  on: { readonly provider: ProviderName },
  request: PaidRequest<R, T>,
): Promise<T> {
  const call = { ...request, provider: on.provider };
  const purchase = request.purchases?.begin();
  try {
    let reply: R;
    try {
      reply = await request.send(request.operation);
    } catch (error) {
      return await settle(call, error, purchase);
    }
    return await mapCharged(call, reply);
  } finally {
    purchase?.end();
  }
}

type Call<R, T> = PaidRequest<R, T> & { provider: ProviderName };

async function settle<R, T>(
  call: Call<R, T>,
  error: unknown,
  purchase: { overlapped(): boolean } | undefined,
): Promise<T> {
  const { provider, operation } = call;
  const unreadableReply = error instanceof ResponseFormatError;
  if (unreadableReply && (!call.reconcile || call.reconcileUnreadable === false)) {
    throw unreadable(call, error);
  }
  if (!unreadableReply && !isLostReply(error)) throw error;
  if (!call.reconcile) throw unknown(call, error, `${provider} offers no way to check`);
  const callerAborted = call.signal?.aborted === true;
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
    if ("undecided" in outcome) throw unknown(call, error, outcome.undecided, { known: outcome.known });
    if ("absent" in outcome) continue;
    if (purchase?.overlapped()) {
      throw unknown(
        call,
        error,
        "another purchase of this provider ran beside it, so the one found may be that one's",
      );
    }
    return "found" in outcome ? outcome.found : await mapCharged(call, outcome.reply);
  }
  // Looked twice, apart: nothing was charged, so this is an ordinary failure of its kind.
  if (callerAborted) throw call.signal?.reason;
  if (unreadableReply) {
    throw new ResponseFormatError(`${error.message}; checked twice: no ${operation} was made`, {
      provider,
      ...(error.excerpt !== undefined ? { excerpt: error.excerpt } : {}),
    });
  }
  throw new NetworkError(`${error.message}; checked twice: no ${operation} was made`, {
    provider,
    requestMayHaveBeenSent: false,
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
    throw unreadable(
      call,
      new ResponseFormatError(error.message, {
        provider: call.provider,
        excerpt: shown.slice(0, 300),
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
  const { provider, operation, known } = call;
  const what = first instanceof ResponseFormatError ? "could not be read" : "was lost";
  return new OutcomeUnknownError(
    `${provider}: the ${operation} reply ${what} and it may have been charged; ${why}. Check your ${provider} account before trying again.`,
    { provider, operation, known: { ...known, ...more.known }, cause: "cause" in more ? more.cause : first },
  );
}

function unreadable<R, T>(call: Call<R, T>, error: ResponseFormatError) {
  const { provider, operation, known } = call;
  return new OutcomeUnknownError(
    `${provider}: the ${operation} was answered, so it was probably charged, but the reply could not be read (${error.message}). Its excerpt is in known.reply; check your ${provider} account.`,
    { provider, operation, known: { ...known, reply: error.excerpt ?? null }, cause: error },
  );
}
