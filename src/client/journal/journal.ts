/**
 * The order journal: what a process has paid for and not yet finished, written down before the money
 * moves, so that a process started after a crash can settle it (`recover`). A journal is a small
 * contract, so that a shared one (Redis) or a user's own (a database table) can stand in for the file:
 *
 * - `put(entry)` records an entry or replaces the one with its id, and resolves only once the record would
 *   survive the process being killed (the file journal appends and fsyncs);
 * - `close(id)` marks it finished (a no-op for an id it does not hold);
 * - `pending()` gives every entry not closed, in the state last put (a journal shared by live processes,
 *   `unisms/redis`'s, gives only the entries this process may settle: never one another live process, or
 *   this one's own purchase in flight, still holds);
 * - `claim()` makes this process the only one settling the journal's entries until it releases the
 *   claim (two processes recovering the same journal must not both act on an entry), or resolves to null
 *   when another live process holds it (a shared journal that hands each entry to one process in
 *   `pending()` needs only keep one process's recoveries apart).
 *
 * Entries are plain JSON: they carry no secret (the provider is named, its key is not).
 */
import type { PaidOperation } from "../../core/errors.js";
import type { Order, ProviderName, Rental } from "../../core/model.js";

/** How far a journal entry got. */
export type JournalStage =
  /** The paid request is about to be sent: after a crash, it may or may not have been charged. */
  | "intent"
  /** The purchase went through: an order or rental this process holds and has not finished. */
  | "held"
  /** A cancel was about to be sent: after a crash it is completed (once). */
  | "cancelling";

/** One paid call a process started and has not finished. */
export interface JournalEntry {
  /** Unique per entry (not the provider's id, which an intent does not have yet). */
  id: string;
  /** The provider it was sent to; only a client of that provider recovers it. */
  provider: ProviderName;
  /** The paid call (`buy`, `rent`, `renew`, `reuse`). */
  operation: PaidOperation;
  /** How far it got. */
  stage: JournalStage;
  /** When the entry was first written (ISO 8601). */
  startedAt: string;
  /** What was asked, as `OutcomeUnknownError.known` shows it: enough to find the purchase again. */
  request: Record<string, unknown>;
  /** The order or rental, once known. */
  holding?: Order | Rental;
}

/**
 * Where the client writes down paid calls before they leave (`createClient({ journal })`), so that
 * `recover()` in a later process can settle them. `fileJournal` and `memoryJournal` implement it; any
 * store that keeps these four promises can.
 */
export interface Journal {
  /** Records `entry` (or replaces the one with its id); resolves once the record survives a crash. */
  put(entry: JournalEntry): Promise<void>;
  /** Marks the entry finished; a no-op for an id the journal does not hold. */
  close(id: string): Promise<void>;
  /**
   * Every entry not closed, in the state last put; a journal shared by live processes gives those this
   * one may settle.
   */
  pending(): Promise<JournalEntry[]>;
  /**
   * Makes this process the only one settling the entries; resolves to the release, or to null while
   * another live process holds the claim.
   */
  claim(): Promise<(() => Promise<void>) | null>;
  /**
   * The provider ids of the orders and rentals held by every entry, including those `pending()` leaves
   * out: `recover()` never takes one of them for a purchase whose reply was lost. Needed only by a
   * journal whose `pending()` does not show every entry.
   */
  heldIds?(): Promise<string[]>;
}
