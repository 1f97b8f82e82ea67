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
 * - A check exists (NumPool's and FetchSMS's lists, Temp Number's replay with the same key, JuicySMS's and
 *   FetchSMS's rental view for a renewal) but the provider did not answer it: the SDK says "the check
 *   failed too" (or, for an unreadable reply, hands the reply over as `known.reply`, which it does only
 *   when the check failed).
 *
 * Everything else is unjustified, for instance:
 * - several candidates, or "another purchase ran beside it", in a lane that makes one purchase at a
 *   time on its account (nothing else could have been bought);
 * - Numariq renew: `GET /orders/:id` shows `expires_at`, which a renewal moves, so the renewal can be
 *   checked before and after exactly as FetchSMS's and JuicySMS's adapters do;
 * - JuicySMS renew whose check read the contract and saw the expiry unchanged: that is the answer "not
 *   renewed" (after a second look, as `paidCall` gives every other check), not "cannot tell";
 * - JuicySMS buy / reuse answered with an unreadable 200 (garbage, HTML, a cut-off word): the SDK reports
 *   it without its one check, by choice (README: the check "kept for replies that never came"). Yet asking
 *   again is exactly as safe after an unreadable reply as after a lost one (one open order per account:
 *   at most one order is ever charged), and it settles both cases: nothing was made (the second request
 *   makes the one order) or the order was made (`ORDER_ALREADY_OPEN_{id}` names it). Without it the report
 *   carries only the garbage as `known.reply`, which does not name the charged order.
 */
import type { OutcomeUnknownError } from "../../src/core/errors.js";
import type { ProviderName } from "../../src/core/model.js";

export interface UnknownJudgement {
  justified: boolean;
  reason: string;
}

const CHECK_FAILED = /the check failed too/;

export function judgeUnknown(provider: ProviderName, error: OutcomeUnknownError): UnknownJudgement {
  const op = error.operation;
  const known = error.known;
  const checkFailed = CHECK_FAILED.test(error.message);
  const unreadable = typeof known.reply === "string" || known.reply === null;
  switch (provider) {
    case "numariq":
      if (op === "buy" || op === "rent") return { justified: true, reason: "numariq: no order list, no key" };
      return {
        justified: false,
        reason:
          "numariq renew: GET /orders/:id shows expires_at before and after; the renewal can be checked",
      };
    case "juicysms":
      if (op === "rent") return { justified: true, reason: "juicysms rent: no call lists rentals" };
      if (op === "buy" || op === "reuse") {
        if (typeof known.openOrderId === "string") {
          return { justified: true, reason: "juicysms: the open order's number cannot be recovered" };
        }
        if (unreadable) {
          return {
            justified: false,
            reason: `juicysms ${op}: unreadable reply reported without asking again (the one-open-order check would settle it)`,
          };
        }
        return checkFailed
          ? { justified: true, reason: "juicysms: asking again failed too" }
          : { justified: false, reason: `juicysms ${op}: ${error.message}` };
      }
      return checkFailed
        ? { justified: true, reason: "juicysms renew: the rental view failed too" }
        : {
            justified: false,
            reason: "juicysms renew: rental/view showed the expiry unchanged (a second look would settle it)",
          };
    case "numpool":
    case "fetchsms":
    case "tempnumber":
      if (checkFailed) return { justified: true, reason: `${provider} ${op}: the check failed too` };
      if (unreadable) {
        return { justified: true, reason: `${provider} ${op}: unreadable reply and the check failed too` };
      }
      return { justified: false, reason: `${provider} ${op}: ${error.message}` };
    case "sandbox":
      return { justified: false, reason: "sandbox: purchases are de-duplicated by key" };
  }
}
