/**
 * Reconciles a flow's share of its fake's ledger with what the SDK told the caller.
 *
 * A charge ends in one of these states (judged when the flow is over, before any clean-up):
 * - `used`: an activation the caller got back that received its code (paid for, delivered);
 * - `cancelled` / `expired`: cancelled (an order, a rental) or expired (an order), and the money came
 *   back;
 * - `held`: a rental the caller got back (held, or cancelled without refund by the provider's rules);
 * - `renewed`: a renewal the SDK confirmed to the caller;
 * - `unknown`: reported as `OutcomeUnknownError` with a handle to settle it (an order id, the reply, a
 *   key, or what was asked where the provider has nothing more);
 * - `unsettled`: an order the caller holds is still open and charged after the careful user's cancels;
 * - `leak`: a charge with no refund whose order, rental or renewal the caller neither got back nor was
 *   told about; also an order the SDK said was closed (a cancel that resolved, a `TimeoutError` with
 *   `cancelled: true`) that is still open and charged, and an order a timeout left open (`cancelled:
 *   false`) that the user's further cancels could not close either.
 *
 * A purchase call charged more than once is a double charge: a flow's charges of one kind are counted
 * against the purchase calls it made of that kind (each call, retries by the user included, may charge
 * at most once).
 *
 * Also checked: every refund the SDK reported is in the ledger; every renewal it confirmed was charged;
 * every order or rental a purchase handed back was charged by that flow (not an older purchase adopted);
 * an `OutcomeUnknownError` carries a handle, and the order it names is the one charged.
 */
import type { FlowRecord, UnknownReport } from "./flows.js";
import type { Lane, LedgerRow } from "./lanes.js";
import { mayStillLand } from "./unknowns.js";

export type ChargeState =
  | "used"
  | "cancelled"
  | "expired"
  | "held"
  | "renewed"
  | "unknown"
  | "unsettled"
  | "leak";

export interface ChargeVerdict {
  ref: string;
  id: string;
  amount: number;
  category: "activation" | "rental" | "renewal";
  state: ChargeState;
  note: string;
}

export interface FlowVerdict {
  charges: ChargeVerdict[];
  refunds: number;
  doubleCharges: number;
  /** What the double charges were. */
  doubles: string[];
  problems: string[];
}

/** Rentals charged before (so a later charge on them is a renewal), across the lane's flows. */
export class RentalHistory {
  private readonly charged = new Set<string>();
  isRenewal(id: string, said: boolean | undefined): boolean {
    const seen = this.charged.has(id);
    this.charged.add(id);
    return said ?? seen;
  }
}

export async function reconcileFlow(
  lane: Lane,
  rec: FlowRecord,
  ledger: readonly LedgerRow[],
  history: RentalHistory,
): Promise<FlowVerdict> {
  const window = ledger.slice(rec.ledgerFrom, rec.ledgerTo);
  const refunded = new Map<string, number>();
  for (const row of ledger.slice(0, rec.ledgerTo)) {
    if (row.kind !== "refund") continue;
    const { id } = lane.refInfo(row.ref);
    refunded.set(id, (refunded.get(id) ?? 0) + row.amount);
  }
  const problems: string[] = [];
  const charges: ChargeVerdict[] = [];
  const unclaimed = [...rec.unknowns];
  const renewalsLeft = new Map(rec.renewals);
  const chargedBy = new Map<string, number>();

  const cover = (category: ChargeVerdict["category"], id: string): UnknownReport | undefined => {
    const ops = category === "activation" ? ["buy", "reuse"] : category === "rental" ? ["rent"] : ["renew"];
    const fits = (u: UnknownReport) => {
      if (!ops.includes(u.operation)) return false;
      const named = u.known.openOrderId ?? u.known.rentalId ?? u.known.contractId;
      if (typeof named === "string" && named !== id) return false;
      const candidates = u.known.candidates;
      // Candidates are what the looks saw; a request that may still land can have landed after them.
      const late = u.paidFaults.some(mayStillLand);
      if (Array.isArray(candidates) && !candidates.includes(id) && !late) return false;
      return true;
    };
    const at = unclaimed.findIndex(fits);
    if (at < 0) return undefined;
    const report = unclaimed.splice(at, 1)[0]!;
    report.covers = id;
    return report;
  };

  for (const row of window) {
    if (row.kind !== "charge") continue;
    const info = lane.refInfo(row.ref);
    const category: ChargeVerdict["category"] = info.rental
      ? history.isRenewal(info.id, info.renewal)
        ? "renewal"
        : "rental"
      : "activation";
    const key = category === "renewal" ? `renewal:${info.id}` : category;
    chargedBy.set(key, (chargedBy.get(key) ?? 0) + 1);
    const verdict = (state: ChargeState, note: string) =>
      charges.push({ ref: row.ref, id: info.id, amount: row.amount, category, state, note });
    const back = refunded.get(info.id) ?? 0;

    if (category === "activation") {
      const held = rec.orders.get(info.id);
      const view = await lane.order(info.id);
      if (back >= row.amount) {
        if (view.status === "expired") verdict("expired", "expired, refunded");
        else verdict("cancelled", `${view.status}, refunded`);
        continue;
      }
      if (view.hasCode) {
        if (held) verdict("used", `code delivered (${view.status})`);
        else if (cover(category, info.id)) verdict("unknown", "reported unknown; a code reached it");
        else verdict("leak", `order ${info.id} got a code but the caller never had it`);
        continue;
      }
      if (held) {
        if (!view.open) verdict("leak", `order ${info.id} is ${view.status}, not refunded`);
        else if (held.sdkClosed)
          verdict("leak", `the SDK said order ${info.id} was closed; it is ${view.status}`);
        else if (held.timeoutOpen)
          verdict("leak", `timeout left order ${info.id} open (cancelled: false) and later cancels failed`);
        else verdict("unsettled", `order ${info.id} still ${view.status} after the user's cancels`);
        continue;
      }
      if (cover(category, info.id)) verdict("unknown", "reported as OutcomeUnknownError");
      else verdict("leak", `order ${info.id} (${view.status}) charged; the caller was never told`);
      continue;
    }

    if (category === "rental") {
      if (back >= row.amount) verdict("cancelled", "rental cancelled, refunded");
      else if (rec.rentals.has(info.id)) verdict("held", "rental held by the caller");
      else if (cover(category, info.id)) verdict("unknown", "reported as OutcomeUnknownError");
      else verdict("leak", `rental ${info.id} charged; the caller was never told`);
      continue;
    }

    // A renewal.
    const confirmed = renewalsLeft.get(info.id) ?? 0;
    if (confirmed > 0) {
      renewalsLeft.set(info.id, confirmed - 1);
      verdict("renewed", "renewal confirmed to the caller");
    } else if (cover(category, info.id)) verdict("unknown", "reported as OutcomeUnknownError");
    else if (back > 0) verdict("cancelled", "rental cancelled, refunded with its renewals");
    else verdict("leak", `renewal of ${info.id} charged; the caller was told it failed, or nothing`);
  }

  // Each purchase call charges at most once.
  let doubleCharges = 0;
  const doubles: string[] = [];
  const over = (key: string, calls: number) => {
    const extra = (chargedBy.get(key) ?? 0) - calls;
    if (extra > 0) {
      doubleCharges += extra;
      doubles.push(`${key}: ${chargedBy.get(key)} charges for ${calls} purchase call(s)`);
    }
  };
  over("activation", rec.calls.activation);
  over("rental", rec.calls.rent);
  for (const key of chargedBy.keys()) {
    if (key.startsWith("renewal:")) over(key, rec.calls.renew.get(key.slice("renewal:".length)) ?? 0);
  }

  // Every order and rental a purchase handed back was charged by this flow (not an older one found again).
  const chargedIds = new Set(window.filter((r) => r.kind === "charge").map((r) => lane.refInfo(r.ref).id));
  for (const id of [...rec.orders.keys(), ...rec.rentals]) {
    if (!chargedIds.has(id))
      problems.push(`${id} was handed back as bought, but this flow was never charged for it`);
  }

  // A renewal the SDK confirmed must have been charged.
  for (const [id, left] of renewalsLeft) {
    if (left > 0) problems.push(`renewal of ${id} confirmed ${left} time(s) more than charged`);
  }

  // Every refund the SDK reported came back.
  for (const reported of rec.refundsReported) {
    const back = refunded.get(reported.id) ?? 0;
    if (back < reported.amount) {
      problems.push(
        `the SDK reported ${reported.amount} refunded for ${reported.id}; the ledger shows ${back}`,
      );
    }
  }

  // A handle must name the charge it is about.
  for (const u of rec.unknowns) {
    if (Object.keys(u.known).length === 0)
      problems.push(`${u.operation} OutcomeUnknownError without any handle`);
    if (u.covers && typeof u.known.openOrderId === "string" && u.known.openOrderId !== u.covers) {
      problems.push(`openOrderId ${u.known.openOrderId} names another order than the one charged`);
    }
  }

  return {
    charges,
    refunds: window.filter((r) => r.kind === "refund").length,
    doubleCharges,
    doubles,
    problems,
  };
}
