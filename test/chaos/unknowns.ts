/**
 * Which `OutcomeUnknownError`s are justified, judged on what happened on the wire, never on the SDK's own
 * words: a judge that read "the check failed too" in the message would pass an adapter whose check always
 * throws.
 *
 * The evidence is the faults the call's requests met: those on the paid request itself, and those on the
 * requests after it (the checks). An unknown outcome is justified only where the provider truly gives no
 * way to tell whether the paid call went through:
 *
 * - The paid request met no fault at all: never justified (nothing was lost). Nor on the sandbox (keys
 *   de-duplicate), nor on Temp Number unless its replay with the key failed too.
 * - No check exists, and the paid request met a fault that hides its outcome (anything but a 429, which
 *   refuses, or a slow reply inside the timeout):
 *   - Numariq buy / rent: no order list, no idempotency key;
 *   - JuicySMS rent: no call lists rentals.
 * - The request may still be queued at the provider: its own reply never came in time (`timeout-*`), or
 *   a gateway answered for it (`502`, `503`, `504`). No look can tell whether it will land, and a keyless
 *   request is never sent again then.
 * - A check exists but one of the requests after the paid one met a fault (the check failed too).
 * - JuicySMS buy / reuse whose check (asking again under the one-open-order rule) met
 *   `ORDER_ALREADY_OPEN_{id}`: only possible when the first request bought (its fault came after JuicySMS
 *   acted, or it acted late); the order's number is given only at purchase (`known.openOrderId`).
 * - NumPool (whose lists carry no request id) naming candidates when an earlier flow on the lane ended
 *   unknown: a purchase this provider object never saw cannot be told from ours under clock skew.
 *
 * Everything else is unjustified, for instance several candidates, or "another purchase ran beside it", in
 * a lane that makes one purchase at a time on its account.
 */
import type { OutcomeUnknownError } from "../../src/core/errors.js";
import type { ProviderName } from "../../src/core/model.js";
import type { FaultKind } from "./faults.js";

export interface UnknownJudgement {
  justified: boolean;
  reason: string;
}

/** The faults one paid call's requests met, in order (from the flow's trail). */
export interface UnknownEvidence {
  /** Faults on the paid request (every attempt of it). */
  paid: FaultKind[];
  /** Faults on the requests made after the first faulted paid request: the checks. */
  checks: FaultKind[];
  /** An earlier flow on this lane ended in an unknown outcome (a purchase may be out there unclaimed). */
  earlierUnknown: boolean;
  /** Every order and rental id the SDK has handed to a flow on this lane. */
  handed: ReadonlySet<string>;
}

const PAID_ROUTES = new Set(["buy", "rent", "renew", "reuse"]);

/**
 * Splits a flow's fault trail (`route|kind`, `*` when scripted) from `from` on: faults on the paid route up
 * to the first one that hides the outcome are the purchase's; every fault after that one is a check's,
 * whatever its route (JuicySMS checks by asking again, Temp Number by replaying the key).
 */
export function evidenceFrom(
  trail: readonly string[],
  from: number,
  lane: { earlierUnknown: boolean; handed: ReadonlySet<string> },
): UnknownEvidence {
  const paid: FaultKind[] = [];
  const checks: FaultKind[] = [];
  for (const entry of trail.slice(from)) {
    const [route, marked] = entry.split("|") as [string, string];
    const kind = marked.replace(/\*$/, "") as FaultKind;
    if (paid.some(hidesOutcome)) checks.push(kind);
    else if (PAID_ROUTES.has(route)) paid.push(kind);
  }
  return { paid, checks, ...lane };
}

/**
 * Faults after which the paid request may still be in flight at the provider as far as the SDK can tell:
 * no reply in time, or a gateway's 5xx, while the provider had not acted yet. (Where it had acted at once,
 * a look finds the purchase; a 503 in a shape the provider vouches for is believed and never reaches
 * the judge.)
 */
export const mayStillLand = (kind: FaultKind) =>
  kind === "timeout-before" || /^(502|503|504)-\w+-before$/.test(kind);

/**
 * The same where the only check is sending the purchase again (JuicySMS's makeorder under its one-open-
 * order rule): that is refused while the first request may be in flight, and from the wire a request the
 * provider already acted on looks the same as one it has not reached yet.
 */
const noReplyInTime = (kind: FaultKind) => /^(timeout|502|503|504)-/.test(kind);

/** Faults that stop a check from being answered (a slow reply or a 429 is waited out and answered). */
const failsCheck = (kind: FaultKind) => kind !== "429-retry-after" && kind !== "slow";

/** Faults that leave the outcome of a paid request hidden (all but a refusal and a slow reply). */
const hidesOutcome = (kind: FaultKind) => kind !== "429-retry-after" && kind !== "slow";

/** The first request acted: its fault came after the provider did, or it acted late. */
const acted = (kind: FaultKind) => kind.endsWith("-after") || kind === "timeout-before";

export function judgeUnknown(
  provider: ProviderName,
  error: OutcomeUnknownError,
  evidence: UnknownEvidence,
): UnknownJudgement {
  const op = error.operation;
  const { paid, checks } = evidence;
  const unjustified = (why: string) => ({
    justified: false,
    reason: `${provider} ${op}: ${why}: ${error.message}`,
  });
  // Sandbox purchases are de-duplicated by key (and never lost in flight): nothing is left to tell.
  if (provider === "sandbox") return unjustified("the key settles it");
  // Temp Number's are replayed with their key: only a replay that failed too leaves it open.
  const keyed = provider === "tempnumber";
  if (!paid.some(hidesOutcome)) return unjustified("the purchase met no fault that hides its outcome");
  const noCheck =
    (provider === "numariq" && (op === "buy" || op === "rent")) || (provider === "juicysms" && op === "rent");
  if (noCheck) return { justified: true, reason: `${provider} ${op}: no way to look` };
  const asksAgain = provider === "juicysms" && (op === "buy" || op === "reuse");
  if (!keyed && paid.some(asksAgain ? noReplyInTime : mayStillLand)) {
    return { justified: true, reason: `${provider} ${op}: no reply in time; the request may still land` };
  }
  if (checks.some(failsCheck))
    return { justified: true, reason: `${provider} ${op}: the check met a fault too` };
  if (keyed) return unjustified("the key settles it");
  if (provider === "juicysms" && (op === "buy" || op === "reuse") && paid.some(acted)) {
    // The one open order answered the check, or the reply named the order it made with a number that
    // cannot be read: either way the order's number is given only at purchase.
    if (typeof error.known.openOrderId === "string" || /"id":"\d+"/.test(String(error.known.reply))) {
      return { justified: true, reason: "juicysms: the order made cannot be read whole" };
    }
  }
  const candidates = error.known.candidates;
  // A list without request ids: an earlier purchase on the lane that ended unknown (and may have landed
  // late) can be the one found, and cannot be told from ours.
  if (
    (provider === "numpool" || provider === "fetchsms") &&
    evidence.earlierUnknown &&
    Array.isArray(candidates) &&
    candidates.length > 0 &&
    candidates.every((id) => !evidence.handed.has(String(id)))
  ) {
    return { justified: true, reason: `${provider}: an unclaimed purchase an earlier unknown outcome left` };
  }
  return unjustified("the provider could have told");
}
