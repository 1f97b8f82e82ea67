/**
 * Which `OutcomeUnknownError`s are justified.
 *
 * The rule: an unknown outcome is justified only where the provider truly gives no way to tell whether
 * the paid call went through, judged by provider + operation + cause:
 *
 * - No check exists at all:
 *   - Numariq buy / rent: no order list, no idempotency key (any lost or unreadable reply);
 *   - JuicySMS rent: no call lists rentals;
 *   - JuicySMS buy / reuse whose one check (asking again, under the one-open-order rule) met
 *     `ORDER_ALREADY_OPEN_{id}`: the order's number is given only at purchase and cannot be recovered
 *     (`known.openOrderId` is the handle).
 * - The request got no reply in time (attempt timeout, a gateway's 504, the caller's abort) and may still
 *   be queued at the provider: no look can tell whether it will land, and a keyless request is never sent
 *   again then (a second request racing a late first one could buy twice). The SDK says "may still land"
 *   or "may still be on its way".
 * - A check exists (NumPool's and FetchSMS's lists, Temp Number's replay with the same key, the rental's
 *   expiry before and after a renewal on Numariq, JuicySMS and FetchSMS, JuicySMS asking again) but the
 *   provider did not answer it: the SDK says "the check failed too" (or, for an unreadable reply, hands
 *   the reply over as `known.reply` when the check was answered unreadably as well).
 * - A reply that was read and names the charged order but cannot be mapped (a JuicySMS number that is
 *   not E.164): it is reported with the reply, which names the order to cancel.
 *
 * - NumPool's only match predates the request: its lists carry no request id, so an earlier purchase this
 *   provider object never saw (an earlier flow's unknown outcome, another process's) cannot be told from
 *   ours under clock skew; it is named as a candidate.
 *
 * Everything else is unjustified, for instance several candidates, or "another purchase ran beside it",
 * in a lane that makes one purchase at a time on its account (nothing else could have been bought).
 */
import type { OutcomeUnknownError } from "../../src/core/errors.js";
import type { ProviderName } from "../../src/core/model.js";

export interface UnknownJudgement {
  justified: boolean;
  reason: string;
}

const CHECK_FAILED = /the check failed too/;
const MAY_STILL_LAND = /may still land|may still be on its way/;
const MADE_BEFORE = /was made before this purchase started/;

export function judgeUnknown(provider: ProviderName, error: OutcomeUnknownError): UnknownJudgement {
  const op = error.operation;
  const known = error.known;
  if (MAY_STILL_LAND.test(error.message)) {
    return { justified: true, reason: `${provider} ${op}: no reply in time; the request may still land` };
  }
  if (MADE_BEFORE.test(error.message)) {
    // NumPool's lists carry no request id: a purchase this object never saw (an earlier flow's unknown
    // outcome, another process's) that fits and predates the request cannot be told from ours under skew.
    return { justified: true, reason: `${provider} ${op}: the one match predates the request` };
  }
  if (CHECK_FAILED.test(error.message)) {
    return { justified: true, reason: `${provider} ${op}: the check failed too` };
  }
  switch (provider) {
    case "numariq":
      if (op === "buy" || op === "rent") return { justified: true, reason: "numariq: no order list, no key" };
      break;
    case "juicysms":
      if (op === "rent") return { justified: true, reason: "juicysms rent: no call lists rentals" };
      if ((op === "buy" || op === "reuse") && typeof known.openOrderId === "string") {
        return { justified: true, reason: "juicysms: the open order's number cannot be recovered" };
      }
      break;
    case "sandbox":
      return { justified: false, reason: "sandbox: purchases are de-duplicated by key" };
  }
  // A reply that was read but names a charged order it cannot give whole (a number that is not E.164),
  // or an unreadable reply whose check was answered unreadably too: the reply is handed over.
  if (typeof known.reply === "string" || known.reply === null) {
    return {
      justified: true,
      reason: `${provider} ${op}: the reply is handed over (it names what was charged)`,
    };
  }
  return { justified: false, reason: `${provider} ${op}: ${error.message}` };
}
