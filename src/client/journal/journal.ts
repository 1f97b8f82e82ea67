/**
 * The order journal: what a process has paid for and not yet finished, written down before the money
 * moves, so that a process started after a crash can settle it (`recover`). A journal is a small
 * contract, so that a shared one (Redis) or a user's own (a database table) can stand in for the file:
 *
 * - `put(entry)` records an entry or replaces the one with its id, and resolves only once the record would
 *   survive the process being killed (the file journal appends and fsyncs);
 * - `close(id)` marks it finished (a no-op for an id it does not hold);
 * - `pending()` gives every entry not closed, in the state last put;
 * - `claim()` makes this process the only one settling the journal's entries until it releases the
 *   claim (two processes recovering the same journal must not both act on an entry), or resolves to null
 *   when another live process holds it.
 *
 * Entries are plain JSON: they carry no secret (the provider is named, its key is not).
 */
import type { PaidOperation } from "../../core/errors.js";
import type { Order, ProviderName, Rental } from "../../core/model.js";

export type JournalStage =
  /** The paid request is about to be sent: after a crash, it may or may not have been charged. */
  | "intent"
  /** The purchase went through: an order or rental this process holds and has not finished. */
  | "held"
  /** A cancel was about to be sent: after a crash it is completed (once). */
  | "cancelling";

export interface JournalEntry {
  /** Unique per entry (not the provider's id, which an intent does not have yet). */
  id: string;
  provider: ProviderName;
  operation: PaidOperation;
  stage: JournalStage;
  /** When the entry was first written (ISO 8601). */
  startedAt: string;
  /** What was asked, as `OutcomeUnknownError.known` shows it: enough to find the purchase again. */
  request: Record<string, unknown>;
  /** The order or rental, once known. */
  holding?: Order | Rental;
}

export interface Journal {
  put(entry: JournalEntry): Promise<void>;
  close(id: string): Promise<void>;
  pending(): Promise<JournalEntry[]>;
  claim(): Promise<(() => Promise<void>) | null>;
}
