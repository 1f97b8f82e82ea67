/**
 * The flows a chaos lane runs, written as a careful user would write them with the SDK:
 *
 * - a purchase that fails with anything but `OutcomeUnknownError` is taken at its word ("nothing was
 *   bought") and tried again (at most three attempts, six where the lane's purchases carry a key the
 *   provider de-duplicates, after the wait a 429 names); an
 *   `OutcomeUnknownError` is never retried: it is recorded, and settled with the handle it carries;
 * - an order the caller holds is never left open: after a failure the user looks at it and cancels it
 *   (again), up to five times; a `TimeoutError` with `cancelled: false` is cancelled again;
 * - a code that arrives is used (and the order finished where the provider has `done`).
 *
 * Each flow records what the SDK told the caller (orders and rentals handed back, renewals confirmed,
 * refunds reported, timeouts, unknown outcomes, every error) for the ledger reconciliation.
 */
import { inspect } from "node:util";
import {
  NotFoundError,
  OrderStateError,
  OutcomeUnknownError,
  type PaidOperation,
  RateLimitError,
  SmsError,
  TimeoutError,
} from "../../src/core/errors.js";
import { isFinalOrderStatus, type Money, type Order, type Rental } from "../../src/core/model.js";
import { sleep } from "./clock.js";
import type { FaultKind } from "./faults.js";
import type { FlowType, Lane } from "./lanes.js";
import type { Rng } from "./rng.js";
import type { SecretWatch } from "./secrets.js";
import { evidenceFrom, judgeUnknown, type UnknownJudgement } from "./unknowns.js";

/** An error of the caller's own (a sign-up form that refused the number): not the SDK's. */
export class UserError extends Error {
  override readonly name = "UserError";
}

export interface HeldOrder {
  /** The code the flow delivered, if it delivered one. */
  expected: string | null;
  /** The code the SDK handed over. */
  got: string | null;
  /** The SDK said the order is closed (cancel resolved, or TimeoutError with cancelled: true). */
  sdkClosed: boolean;
  /** A TimeoutError said `cancelled: false` and the user had to cancel it again. */
  timeoutOpen: boolean;
}

export interface UnknownReport extends UnknownJudgement {
  operation: PaidOperation;
  /** The faults the purchase itself met (a request that may still land can cover a charge it names not). */
  paidFaults: readonly FaultKind[];
  known: Readonly<Record<string, unknown>>;
  message: string;
  /** Set by the reconciliation: the charge this report accounts for, if any. */
  covers?: string;
}

export interface FlowRecord {
  lane: string;
  index: number;
  type: FlowType;
  pair: { route: string; kind: FaultKind } | null;
  seed: number;
  ledgerFrom: number;
  ledgerTo: number;
  orders: Map<string, HeldOrder>;
  rentals: Set<string>;
  /** renew() calls that returned, per rental. */
  renewals: Map<string, number>;
  /** Purchase calls made: activations (buy, reuse, withOrder), rentals, renewals per rental. */
  calls: { activation: number; rent: number; renew: Map<string, number> };
  unknowns: UnknownReport[];
  timeouts: Array<{ id: string; cancelled: boolean; refunded: Money | null }>;
  refundsReported: Array<{ id: string; amount: number }>;
  smsErrors: number;
  nonSms: Array<{ what: string; error: string }>;
  problems: string[];
  /** Whether the scripted fault (if any) was taken by a request. */
  armed: boolean;
  /** The faults the flow's requests met (`route|kind`, `*` when scripted). */
  faults: string[];
}

const WAIT_INTERVAL_MS = 250;
const CODE_TIMEOUT_MS = 20_000;
const SHORT_TIMEOUT_MS = 1_500;

export class Flow {
  readonly rec: FlowRecord;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private keys = 0;

  constructor(
    private readonly lane: Lane,
    private readonly rng: Rng,
    private readonly secrets: SecretWatch,
    rec: Omit<FlowRecord, "orders" | "rentals" | "renewals" | "calls" | "unknowns" | "timeouts" | "faults">,
  ) {
    this.rec = {
      ...rec,
      orders: new Map(),
      rentals: new Set(),
      renewals: new Map(),
      calls: { activation: 0, rent: 0, renew: new Map() },
      unknowns: [],
      timeouts: [],
      faults: [],
    };
  }

  private get client() {
    return this.lane.client;
  }

  private get caps() {
    return this.lane.provider.capabilities;
  }

  async run(): Promise<void> {
    switch (this.rec.type) {
      case "code":
        return this.codeFlow();
      case "timeout":
        return this.timeoutFlow();
      case "cancel":
        return this.cancelFlow();
      case "expire":
        return this.expireFlow();
      case "reuse":
        return this.reuseFlow();
      case "skip":
        return this.skipFlow();
      case "withOrder":
        return this.withOrderFlow();
      case "watch":
        return this.watchFlow();
      case "rental":
        return this.rentalFlow();
    }
  }

  /** Deliveries not made yet are dropped when the flow ends. */
  stopDeliveries(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  // --- flows -------------------------------------------------------------------------------------

  private async codeFlow(): Promise<void> {
    const order = await this.buy();
    if (!order) return;
    const code = this.deliverLater(order.id, this.rng.int(0, 1_500));
    await this.waitAndFinish(order, code, CODE_TIMEOUT_MS);
  }

  private async timeoutFlow(): Promise<void> {
    const order = await this.buy();
    if (!order) return;
    // The cancel the timeout makes is the one a scripted cancel fault is for.
    this.arm("cancel");
    await this.waitAndFinish(order, null, SHORT_TIMEOUT_MS);
  }

  private async cancelFlow(): Promise<void> {
    const order = await this.buy();
    if (!order) return;
    if (this.rng.chance(0.5)) await this.call("poll", () => this.client.poll(order));
    this.arm("cancel");
    try {
      const result = await this.client.cancel(order, this.lane.callOptions);
      this.closed(order.id, result.refunded);
    } catch (error) {
      this.caught("cancel", error);
      await this.settleOrder(order);
    }
  }

  private async expireFlow(): Promise<void> {
    const order = await this.buy();
    if (!order) return;
    this.lane.expire!(order.id);
    await this.waitAndFinish(order, null, 3_000);
  }

  private async reuseFlow(): Promise<void> {
    const order = await this.buy();
    if (!order) return;
    const code = this.deliverLater(order.id, 0);
    const first = await this.waitAndFinish(order, code, CODE_TIMEOUT_MS);
    if (!first) return;
    const again = await this.purchase("activation", "reuse", () => this.lane.reuse!(first));
    if (!again) return;
    this.hold(again);
    const second = this.rng.chance(0.6) ? this.deliverLater(again.id, this.rng.int(0, 1_000)) : null;
    await this.waitAndFinish(again, second, second ? CODE_TIMEOUT_MS : SHORT_TIMEOUT_MS);
  }

  private async skipFlow(): Promise<void> {
    const order = await this.buy();
    if (!order) return;
    this.arm("skip");
    try {
      const result = await this.lane.skip!(order);
      this.closed(order.id, result.refunded);
    } catch (error) {
      this.caught("skip", error);
      await this.settleOrder(order);
    }
  }

  private async withOrderFlow(): Promise<void> {
    const mode = this.rng.pick(["code", "throw", "timeout"] as const);
    const input = this.buyInput();
    let seen: Order | null = null;
    // As any purchase: tried again (same key where keyed, a little longer) while the SDK says nothing was bought.
    const attempts = this.lane.keyed ? 6 : 3;
    for (let attempt = 0; attempt < attempts && !seen; attempt++) {
      this.rec.calls.activation += 1;
      const trailFrom = this.rec.faults.length;
      try {
        const code = await this.client.withOrder(input, async (order) => {
          seen = order;
          this.hold(order);
          if (mode === "throw") throw new UserError("the sign-up form refused the number");
          if (mode === "timeout") {
            // The caller keeps the order on its own timeout; withOrder's release cancels it.
            await this.client.waitForCode(order, {
              intervalMs: WAIT_INTERVAL_MS,
              timeoutMs: SHORT_TIMEOUT_MS,
              cancelOnTimeout: false,
            });
            return null;
          }
          this.deliverLater(order.id, this.rng.int(0, 1_000));
          const result = await this.client.waitForCode(order, {
            intervalMs: WAIT_INTERVAL_MS,
            timeoutMs: CODE_TIMEOUT_MS,
          });
          return result.code;
        });
        if (seen && code !== null) this.gotCode((seen as Order).id, code);
        return;
      } catch (error) {
        this.caught("withOrder", error);
        if (seen) {
          // The callback's error, or the release's: the order may still be open.
          await this.settleOrder(seen);
          return;
        }
        if (error instanceof OutcomeUnknownError) {
          this.unknown(error, trailFrom);
          return;
        }
        if (!(error instanceof SmsError) || !worthRetrying(error)) return;
        await sleep(error instanceof RateLimitError ? (error.retryAfterMs ?? 1_000) : 500);
      }
    }
  }

  private async watchFlow(): Promise<void> {
    const order = await this.buy();
    if (!order) return;
    const expected = this.deliverLater(order.id, this.rng.int(0, 1_500));
    const watcher = this.client.watch(order, { intervalMs: WAIT_INTERVAL_MS, timeoutMs: CODE_TIMEOUT_MS });
    let got: string | null = null;
    const end = await new Promise<{ reason: string; error: unknown }>((resolve) => {
      watcher.on("code", (code) => {
        got = code;
        watcher.stop();
      });
      watcher.on("retry", (error) => this.secrets.scanError("watch retry", error));
      watcher.on("end", (reason, error) => resolve({ reason, error }));
    });
    if (end.error !== undefined) this.caught(`watch ended ${end.reason}`, end.error);
    this.secrets.scan("watcher", inspect(watcher, { depth: 6, showHidden: true }), "provider/client objects");
    if (got !== null) {
      this.gotCode(order.id, got, expected);
      await this.finish(watcher.target as Order);
      return;
    }
    if (end.error instanceof TimeoutError) return this.afterTimeout(order, end.error);
    await this.settleOrder(order);
  }

  private async rentalFlow(): Promise<void> {
    const rentInput = { ...this.lane.rentInput!, ...(this.lane.keyed ? { idempotencyKey: this.key() } : {}) };
    const rental = await this.purchase("rent", "rent", () =>
      this.client.rent(rentInput, this.lane.callOptions),
    );
    if (!rental) return;
    this.rec.rentals.add(rental.id);
    this.lane.stats.handed.add(rental.id);
    this.secrets.scan("rental", JSON.stringify(rental));
    const cancelPair = this.rec.pair?.route === "cancelRental";
    const wantsCancel = this.caps.cancelRental && (cancelPair || this.rng.chance(0.6));
    // A rental with a message in it is no longer refundable: keep messages for the ones held (and out of
    // the cancels a fault is scripted for, so that their refund is at stake).
    if (!wantsCancel || (!cancelPair && this.rng.chance(0.2)))
      this.lane.deliver(rental.id, `Your Discord code is ${this.code()}`);
    await this.call("getRental", () => this.client.getRental(rental));
    if (this.rng.chance(0.5)) await this.call("inbox", () => this.client.inbox(rental));
    let current: Rental = rental;
    if (this.caps.renew && (this.rec.pair?.route === "renew" || this.rng.chance(0.6))) {
      const input = {
        ...(this.lane.renewDays !== null ? { days: this.lane.renewDays } : {}),
        ...(this.lane.keyed ? { idempotencyKey: this.key() } : {}),
      };
      const renewed = await this.purchase(
        "renew",
        "renew",
        () => this.client.renew(current, input, this.lane.callOptions),
        rental.id,
      );
      if (renewed) {
        current = renewed;
        this.rec.renewals.set(rental.id, (this.rec.renewals.get(rental.id) ?? 0) + 1);
      }
    }
    if (wantsCancel) await this.cancelRental(current);
  }

  // --- careful-user steps ------------------------------------------------------------------------

  private buyInput() {
    return { ...this.lane.buyInput!, ...(this.lane.keyed ? { idempotencyKey: this.key() } : {}) };
  }

  private async buy(): Promise<Order | null> {
    const input = this.buyInput();
    const order = await this.purchase("activation", "buy", () =>
      this.client.buy(input, this.lane.callOptions),
    );
    if (order) this.hold(order);
    return order;
  }

  private hold(order: Order): void {
    this.lane.stats.handed.add(order.id);
    if (!this.rec.orders.has(order.id)) {
      this.rec.orders.set(order.id, { expected: null, got: null, sdkClosed: false, timeoutOpen: false });
    }
    this.secrets.scan("order", JSON.stringify(order));
  }

  /**
   * One purchase, tried again (same key where keyed) while the SDK says nothing was bought. An
   * OutcomeUnknownError ends it: recorded, never retried.
   */
  private async purchase<T>(
    category: "activation" | "rent" | "renew",
    op: PaidOperation,
    call: () => Promise<T>,
    rentalId?: string,
  ): Promise<T | null> {
    // With a key the provider de-duplicates, asking again can only return the first purchase, so a careful
    // user holding one goes on a little longer: giving up on a lost reply would leave it unclaimed.
    const attempts = this.lane.keyed ? 6 : 3;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt === 0) this.arm(op);
      this.lane.currentPaid = op === "rent" ? "rent" : "buy";
      const trailFrom = this.rec.faults.length;
      if (category === "activation") this.rec.calls.activation += 1;
      else if (category === "rent") this.rec.calls.rent += 1;
      else this.rec.calls.renew.set(rentalId!, (this.rec.calls.renew.get(rentalId!) ?? 0) + 1);
      try {
        return await call();
      } catch (error) {
        this.caught(op, error);
        if (error instanceof OutcomeUnknownError) {
          this.unknown(error, trailFrom);
          return null;
        }
        if (!(error instanceof SmsError) || !worthRetrying(error)) return null;
        await sleep(error instanceof RateLimitError ? (error.retryAfterMs ?? 1_000) : 500);
      }
    }
    return null;
  }

  /** Waits for a code; on a timeout or failure makes sure the order is not left open. */
  private async waitAndFinish(
    order: Order,
    expected: string | null,
    timeoutMs: number,
  ): Promise<Order | null> {
    try {
      const result = await this.client.waitForCode(order, { intervalMs: WAIT_INTERVAL_MS, timeoutMs });
      this.gotCode(order.id, result.code, expected);
      await this.finish(result.order);
      return result.order;
    } catch (error) {
      this.caught("waitForCode", error);
      if (error instanceof TimeoutError) await this.afterTimeout(order, error);
      else await this.settleOrder(order);
      return null;
    }
  }

  private async afterTimeout(order: Order, error: TimeoutError): Promise<void> {
    this.rec.timeouts.push({ id: order.id, cancelled: error.cancelled, refunded: error.refunded });
    const held = this.rec.orders.get(order.id);
    if (error.refunded) this.rec.refundsReported.push({ id: order.id, amount: error.refunded.amount });
    if (error.cancelled) {
      if (held) held.sdkClosed = true;
      return;
    }
    // "The order may still be open": a careful user cancels it again.
    if (held) held.timeoutOpen = true;
    await this.settleOrder(order);
  }

  /** A code is in: finish the order where the provider has `done` (a failure there costs nothing). */
  private async finish(order: Order): Promise<void> {
    if (!this.caps.done) return;
    for (let i = 0; i < 3; i++) {
      try {
        await this.client.done(order, this.lane.callOptions);
        return;
      } catch (error) {
        this.caught("done", error);
        if (!(error instanceof SmsError) || !worthRetrying(error)) return;
      }
    }
  }

  /** Looks at an order the caller holds and cancels it unless it has a code or is closed. */
  private async settleOrder(order: Order): Promise<void> {
    for (let i = 0; i < 5; i++) {
      const latest = await this.call("poll", () => this.client.poll(order));
      if (latest && (latest.code !== null || isFinalOrderStatus(latest.status))) {
        if (latest.code !== null) {
          const held = this.rec.orders.get(order.id);
          if (held && held.got === null) held.got = latest.code;
          if (!isFinalOrderStatus(latest.status)) await this.finish(latest);
        }
        return;
      }
      try {
        const result = await this.client.cancel(latest ?? order, this.lane.callOptions);
        this.closed(order.id, result.refunded);
        return;
      } catch (error) {
        this.caught("cancel", error);
        if (!(error instanceof OrderStateError || error instanceof NotFoundError)) await sleep(500 * 2 ** i);
      }
    }
  }

  private async cancelRental(rental: Rental): Promise<void> {
    this.arm("cancelRental");
    for (let i = 0; i < 5; i++) {
      try {
        const result = await this.client.cancelRental(rental, this.lane.callOptions);
        if (result.refunded) this.rec.refundsReported.push({ id: rental.id, amount: result.refunded.amount });
        return;
      } catch (error) {
        this.caught("cancelRental", error);
        const latest = await this.call("getRental", () => this.client.getRental(rental));
        if (latest && latest.status !== "active") return;
        // Refused for good (a message came, or the window passed): the rental is held.
        if (error instanceof OrderStateError || error instanceof NotFoundError) return;
        await sleep(500 * 2 ** i);
      }
    }
  }

  // --- bookkeeping ---------------------------------------------------------------------------------

  /** Arms the flow's scripted fault when the flow reaches its route. */
  private arm(route: string): void {
    const pair = this.rec.pair;
    if (!pair || this.rec.armed || pair.route !== route) return;
    this.rec.armed = true;
    this.lane.currentPaid = route === "rent" ? "rent" : "buy";
    this.lane.script(route, pair.kind, this.rng);
  }

  private code(): string {
    return `${this.rng.int(100, 999)}-${this.rng.int(100, 999)}`;
  }

  /** Schedules an SMS with a code; returns the code as the SDK should hand it over (digits only). */
  private deliverLater(id: string, afterMs: number): string {
    const code = this.code();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.lane.deliver(id, `Your verification code is ${code}. Don't share it.`);
    }, afterMs);
    this.timers.add(timer);
    const held = this.rec.orders.get(id);
    if (held) held.expected = code.replace(/\D/g, "");
    return code.replace(/\D/g, "");
  }

  private gotCode(id: string, code: string, expected?: string | null): void {
    const held = this.rec.orders.get(id);
    if (held) held.got = code;
    const wanted = expected ?? held?.expected ?? null;
    if (wanted === null) this.rec.problems.push(`order ${id}: code ${code} handed over, none was sent`);
    else if (code !== wanted)
      this.rec.problems.push(`order ${id}: code ${code} handed over, ${wanted} was sent`);
  }

  private closed(id: string, refunded: Money | null): void {
    const held = this.rec.orders.get(id);
    if (held) held.sdkClosed = true;
    if (refunded) this.rec.refundsReported.push({ id, amount: refunded.amount });
  }

  /** Records an unknown outcome, judged on the faults met since `trailFrom` (the call's start). */
  private unknown(error: OutcomeUnknownError, trailFrom: number): void {
    const evidence = evidenceFrom(this.rec.faults, trailFrom, {
      earlierUnknown: this.lane.stats.unknowns > 0,
      handed: this.lane.stats.handed,
    });
    this.lane.stats.unknowns += 1;
    this.rec.unknowns.push({
      operation: error.operation,
      known: error.known,
      message: error.message,
      paidFaults: evidence.paid,
      ...judgeUnknown(this.lane.name, error, evidence),
    });
  }

  /** A call whose failure the flow survives (a read): the value, or null. */
  private async call<T>(what: string, run: () => Promise<T>): Promise<T | null> {
    try {
      const value = await run();
      this.secrets.scan(what, JSON.stringify(value));
      return value;
    } catch (error) {
      this.caught(what, error);
      return null;
    }
  }

  /** Every error the SDK raised: scanned for secrets, and counted as an SmsError or not. */
  caught(what: string, error: unknown): void {
    this.secrets.scanError(`${this.lane.name} ${what}`, error);
    if (error instanceof SmsError) {
      this.rec.smsErrors += 1;
      return;
    }
    if (error instanceof UserError) return;
    if (
      error instanceof AggregateError &&
      error.errors.every((e) => e instanceof SmsError || e instanceof UserError)
    ) {
      this.rec.smsErrors += 1;
      return;
    }
    this.rec.nonSms.push({
      what,
      error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    });
  }

  private key(): string {
    this.keys += 1;
    return `chaos-${this.rec.lane}-${this.rec.index}-${this.keys}`;
  }
}

/** Whether a careful user tries a purchase (or a `done`) again after this error. */
function worthRetrying(error: SmsError): boolean {
  return (
    error.retryable ||
    error.code === "bad_response" ||
    error.code === "timeout" ||
    error.code === "network" ||
    error.code === "provider_error"
  );
}
