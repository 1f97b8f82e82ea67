/**
 * Finding a purchase whose reply was lost. FetchSMS has no idempotency key, so before every purchase the
 * adapter notes the ids in the matching active list; after a lost reply it lists again and takes the item
 * that was not there before and matches the request (service, area code, or number for a reuse). Clocks
 * only break ties: of several new matches, the one created after the request started (minus a skew
 * allowance) wins; if that still leaves more than one, nobody can tell which is ours.
 */
import { toIsoUtc } from "../../core/time.js";
import type { Reconciled } from "../../core/transport/paid-request.js";
import { areaCodeOf, phoneFromWire, serviceFromWire } from "./mapping.js";

/** How far the provider's clock may be behind ours when breaking ties. */
export const CLOCK_SKEW_MS = 300_000;

export interface Listed {
  id: string;
  created_at?: string | null | undefined;
}

export interface Snapshot {
  ids: ReadonlySet<string>;
  startedAt: number;
}

export function snapshot(items: readonly Listed[], now = Date.now()): Snapshot {
  return { ids: new Set(items.map((i) => i.id)), startedAt: now };
}

export function findNew<T extends Listed>(
  after: readonly T[],
  before: Snapshot,
  matches: (item: T) => boolean,
): Reconciled<never, T> {
  const fresh = after.filter((item) => !before.ids.has(item.id) && matches(item));
  if (fresh.length === 0) return { absent: true };
  if (fresh.length === 1) return { reply: fresh[0]! };
  const since = before.startedAt - CLOCK_SKEW_MS;
  const recent = fresh.filter((item) => {
    const at = toIsoUtc(item.created_at ?? null);
    return at !== null && Date.parse(at) >= since;
  });
  if (recent.length === 1) return { reply: recent[0]! };
  return {
    undecided: `${fresh.length} new items match it; cannot tell which one is ours`,
    known: { candidates: fresh.map((i) => i.id) },
  };
}

/** A listed service against the one sent; a numeric id cannot be told apart from a slug, so it matches. */
export function sameService(listed: string | number | null | undefined, sent: string | number): boolean {
  if (listed === null || listed === undefined) return true;
  if (typeof sent !== typeof listed) return true;
  return (
    String(listed).toLowerCase() === String(sent).toLowerCase() ||
    serviceFromWire(listed) === serviceFromWire(sent)
  );
}

export function inAreaCode(number: string | null | undefined, areaCode: string | null): boolean {
  if (!areaCode) return true;
  return samePhoneWith(number, (e164) => areaCodeOf(e164) === areaCode);
}

export function samePhone(number: string | null | undefined, e164: string): boolean {
  return samePhoneWith(number, (other) => other === e164);
}

function samePhoneWith(number: string | null | undefined, test: (e164: string) => boolean): boolean {
  if (!number) return false;
  try {
    return test(phoneFromWire(number));
  } catch {
    return false;
  }
}
