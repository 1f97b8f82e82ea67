/**
 * The one owner of what the client writes to its journal. Every paid call and every cancel goes through
 * here, so the rules are in one place:
 *
 * - a purchase's intent is put (durably) before its request can leave: a journal that cannot write
 *   refuses the purchase (an `OrderStateError` saying nothing was sent), since nothing has been spent yet;
 * - an order bought is then held until the client sees it end (a code, done, cancelled, expired); a
 *   rental handed back, or a renewal that went through, closes its entry at once (the caller has it);
 * - a purchase that failed as anything but `OutcomeUnknownError` bought nothing, and closes its entry;
 *   an unknown outcome keeps it for `recover()`;
 * - a cancel is marked before it is sent, so that a crash mid-cancel is completed by `recover()`;
 * - once the money has moved, a journal that fails to write never turns the purchase into an error (the
 *   caller would lose the order it paid for): the failure is a process warning, and the entry stays as
 *   it was, which `recover()` settles.
 *
 * Without a journal every method is a pass-through.
 */
import { randomUUID } from "node:crypto";
import { OrderStateError, type PaidOperation, SmsError } from "../../core/errors.js";
import { isFinalOrderStatus, type Order, type ProviderName, type Rental } from "../../core/model.js";
import type { Journal, JournalEntry } from "./journal.js";

export class JournalKeeper {
  /** Entries this process holds, by the id of the order they hold. */
  private readonly held = new Map<string, JournalEntry>();

  constructor(
    private readonly journal: Journal | undefined,
    private readonly provider: ProviderName,
  ) {}

  get enabled(): boolean {
    return this.journal !== undefined;
  }

  /** Runs a paid call between its intent and its outcome. */
  async purchase<T extends Order | Rental>(
    operation: PaidOperation,
    request: Record<string, unknown>,
    run: () => Promise<T>,
  ): Promise<T> {
    const journal = this.journal;
    if (!journal) return run();
    const entry: JournalEntry = {
      id: randomUUID(),
      provider: this.provider,
      operation,
      stage: "intent",
      startedAt: new Date().toISOString(),
      request,
    };
    try {
      await journal.put(entry);
    } catch (error) {
      throw unrecorded(this.provider, operation, error);
    }
    let result: T;
    try {
      result = await run();
    } catch (error) {
      // Proven not bought (every SmsError but an unknown outcome says so): nothing to recover.
      if (error instanceof SmsError && error.code !== "outcome_unknown")
        await this.quietly(() => journal.close(entry.id));
      throw error;
    }
    if (isOrder(result) && !isFinalOrderStatus(result.status) && !result.code) {
      const holding: JournalEntry = { ...entry, stage: "held", holding: result };
      this.held.set(result.id, holding);
      await this.quietly(() => journal.put(holding));
    } else {
      await this.quietly(() => journal.close(entry.id));
    }
    return result;
  }

  /**
   * Runs a cancel of an order this process holds, marked so that a crash mid-cancel is completed. A cancel
   * that fails, or ends with the order still open (`stillOpen`), puts the entry back as held: there is no
   * cancel in flight to complete, and a later `recover()` should look at the order, not cancel it again.
   */
  async cancelling<T>(order: Order, run: () => Promise<T>, stillOpen?: (result: T) => boolean): Promise<T> {
    const entry = this.held.get(order.id);
    const journal = this.journal;
    if (!journal || !entry) return run();
    const marked: JournalEntry = { ...entry, stage: "cancelling" };
    // Before the cancel, so that one cut short is finished: a refund is money too. Failing to mark it
    // refuses nothing, the order is still held.
    await this.quietly(() => journal.put(marked));
    try {
      const result = await run();
      if (stillOpen?.(result) && this.held.get(order.id) === entry)
        await this.quietly(() => journal.put(entry));
      return result;
    } catch (error) {
      // Back to held, unless something else (a poll that saw it end) closed it meanwhile.
      if (this.held.get(order.id) === entry) await this.quietly(() => journal.put(entry));
      throw error;
    }
  }

  /** The client saw the order (a poll, a watcher's end, a cancel's reply): closes it once it has ended. */
  async observe(order: Order | Rental | null | undefined): Promise<void> {
    if (!order || !isOrder(order)) return;
    if (order.code || isFinalOrderStatus(order.status)) await this.settled(order.id);
  }

  /** Closes the entry of an order that needs nothing more (its code is in, or it is closed). */
  async settled(orderId: string): Promise<void> {
    const entry = this.held.get(orderId);
    if (!entry || !this.journal) return;
    this.held.delete(orderId);
    const journal = this.journal;
    await this.quietly(() => journal.close(entry.id));
  }

  /** An entry recovered from an earlier process, now held by this one. */
  adopt(entry: JournalEntry): void {
    if (entry.holding && isOrder(entry.holding)) this.held.set(entry.holding.id, entry);
  }

  private async quietly(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      process.emitWarning(
        `unisms: the ${this.provider} journal could not be written (${error instanceof Error ? error.message : String(error)}); recover() will settle the entry as it was last written`,
        "UnismsJournalWarning",
      );
    }
  }
}

/**
 * The refusal of a purchase whose intent the journal could not write: nothing was sent, so nothing was
 * charged. Retrying later may help (a store out of reach) unless the journal's own error says otherwise.
 */
function unrecorded(provider: ProviderName, operation: PaidOperation, error: unknown): OrderStateError {
  const why = error instanceof Error ? error.message : String(error);
  return new OrderStateError(
    `${provider}: the ${operation} was not sent, and nothing was charged: the journal could not record it first (${why})`,
    { provider, retryable: error instanceof SmsError ? error.retryable : true, cause: error },
  );
}

export function isOrder(target: Order | Rental): target is Order {
  return "code" in target;
}
