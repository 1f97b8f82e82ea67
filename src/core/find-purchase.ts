/**
 * Finding a purchase after a crash, by the provider's own record: the process that sent it is gone, and
 * with it any note of what the account held before. What is left is the time the request started (from
 * the journal) and the listing: the one unclaimed purchase that fits and was made after that time is it.
 *
 * - "made after" allows `SLACK_MS` for the two clocks and the listing's granularity; a fitting purchase
 *   made up to `SKEW_MS` before is not ours to take, but may be (a skewed clock), so it is a candidate;
 * - "made after" ends where the request could no longer land (`LANDING_WINDOW_MS` after it started): a
 *   purchase made later is another one (this process's own next purchase, say), a candidate only within
 *   the skew allowance;
 * - a fitting purchase without a readable time, or several fitting ones, leave it undecided, naming them;
 * - ids the journal already holds (the same process's other purchases) are never taken.
 *
 * The adapters say how to list and what fits; the rule lives here once.
 */
import { OutcomeUnknownError } from "./errors.js";
import type { Order, ProviderName, Rental } from "./model.js";
import type { FoundPurchase, PurchaseIntent } from "./provider.js";
import { toIsoUtc } from "./time.js";
import { LANDING_WINDOW_MS, type Reconciled } from "./transport/paid-request.js";

const SLACK_MS = 2_000;
const SKEW_MS = 5 * 60_000;

export interface Listing<T> {
  id(item: T): string;
  /** The purchase time as the provider shows it (any form `toIsoUtc` reads), or null. */
  createdAt(item: T): string | null | undefined;
  /** Whether the item is the kind of purchase the intent asked for (service, country, days...). */
  fits(item: T): boolean;
}

/** The one listed item that is the intent's purchase, or proof there is none, or why it cannot be told. */
export function purchaseSince<T>(
  items: readonly T[],
  intent: { startedAt: string; exclude?: readonly string[] },
  listing: Listing<T>,
): Reconciled<never, T> {
  const startedAt = Date.parse(intent.startedAt);
  // The request could only have been acted on while it may still land: a purchase made later is another's.
  const until = startedAt + LANDING_WINDOW_MS;
  const exclude = new Set(intent.exclude ?? []);
  const recent: T[] = [];
  const earlier: string[] = [];
  const unclear: string[] = [];
  for (const item of items) {
    const id = listing.id(item);
    if (exclude.has(id) || !listing.fits(item)) continue;
    const iso = toIsoUtc(listing.createdAt(item) ?? null);
    const t = iso === null ? Number.NaN : Date.parse(iso);
    if (Number.isNaN(t)) unclear.push(id);
    else if (t > until + SKEW_MS) continue;
    else if (t > until + SLACK_MS) earlier.push(id);
    else if (t >= startedAt - SLACK_MS) recent.push(item);
    else if (t >= startedAt - SKEW_MS) earlier.push(id);
  }
  const candidates = [...recent.map((item) => listing.id(item)), ...earlier, ...unclear];
  if (recent.length === 1 && candidates.length === 1) return { reply: recent[0]! };
  if (candidates.length === 0) return { absent: true };
  return {
    undecided: `${candidates.length === 1 ? "one unclaimed purchase fits" : `${candidates.length} unclaimed purchases fit`} but cannot be told to be this one: ${candidates.join(", ")}`,
    known: { candidates },
  };
}

/** A look's outcome as `findPurchase` answers it: found, absent, or an `OutcomeUnknownError` naming why. */
export function foundPurchase(
  provider: ProviderName,
  intent: PurchaseIntent,
  outcome: Reconciled<Order | Rental, never> | { found: Order | Rental },
): FoundPurchase {
  if ("found" in outcome) return { found: outcome.found };
  if ("absent" in outcome) return { absent: true };
  if ("reply" in outcome) throw new TypeError("findPurchase maps what it finds");
  throw new OutcomeUnknownError(
    `${provider}: the ${intent.operation} started at ${intent.startedAt} cannot be settled: ${outcome.undecided}. Check your ${provider} account.`,
    {
      provider,
      operation: intent.operation,
      known: { ...intent.request, startedAt: intent.startedAt, ...outcome.known },
    },
  );
}
