/**
 * Finding a purchase whose reply was lost, without buying again and without a request before every
 * purchase. NumPool has no idempotency key, so the lists are read after the fact:
 *
 * Orders (`GET /orders`, pages of 20): a match is an order this provider object has not seen before
 * (bought, polled or cancelled through it), for the same service code and country id, created between five
 * minutes before the purchase started (clock skew) and five minutes after now. Exactly one match, made
 * after the purchase started (less 2 s), is the purchase; one made earlier, or several, are undecided and
 * named as candidates: another process (or the dashboard) may have bought the same thing.
 * No match is proof of absence only when the listing covered the window: a short page (the end of the
 * list), or a newest-first page whose oldest order predates the window. An unseen order that might match
 * but lacks the fields to tell (no service, country or time) makes the outcome unknown rather than absent.
 *
 * Rentals (`GET /rentals`, one unpaged list): the same rule on service and days, with the creation time
 * read from `created_at`, else derived from the end time minus the rental days (then with ten minutes of
 * slack, and only a rental over a day older than the window is ruled out).
 *
 * Two purchases of the same service and country racing in one process may still confuse this; each
 * reconciled order is remembered so it is never handed out twice.
 */

import { toIsoUtc } from "../../core/time.js";
import type { Reconciled } from "../../core/transport/paid-request.js";
import { isoFromFlag, isoFromName } from "./country-names.js";
import { daysOfDuration } from "./ids.js";
import { orderIdOf, rentalIdOf, serviceFromWire } from "./mapping.js";
import type { WireOrderItem, WireRentalItem } from "./wire.js";

export const ORDER_PAGE = 20;
const MAX_PAGES = 5;
const SKEW_MS = 300_000;
const DERIVED_SKEW_MS = 600_000;
const DAY_MS = 86_400_000;
/**
 * A match is taken as ours only when it was made after this purchase started (less this much for the two
 * clocks and the time's granularity). One made earlier fits the skew window but may be another process's
 * purchase (or the dashboard's), so it is a candidate, never handed over as ours.
 */
const SLACK_MS = 2_000;
/** The same, for a rental whose creation time is derived from its end time and days. */
const DERIVED_SLACK_MS = 60_000;

function olderOnly(id: string, what: "order" | "rental") {
  return {
    undecided: `the one unseen ${what} that fits (${id}) was made before this purchase started: it may be another's`,
    known: { candidates: [id] },
  };
}

/** Ids this provider object has already handed out or seen, bounded so a long-lived process stays small. */
export class SeenIds {
  private readonly ids = new Set<string>();
  constructor(private readonly max = 2_000) {}
  add(id: string): void {
    this.ids.delete(id);
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value!);
  }
  has(id: string): boolean {
    return this.ids.has(id);
  }
}

function timeOf(value: string | null | undefined): number {
  const iso = toIsoUtc(value ?? null);
  return iso ? Date.parse(iso) : Number.NaN;
}

function sameService(wire: string | number, code: string): boolean {
  return String(wire).toLowerCase() === code.toLowerCase() || serviceFromWire(wire) === serviceFromWire(code);
}

function sameCountry(wire: string | number, id: number, iso: string): boolean {
  if (typeof wire === "number" || /^\d+$/.test(wire)) return Number(wire) === id;
  return (isoFromFlag(wire) ?? isoFromName(wire)) === iso;
}

export interface BuyProbe {
  code: string;
  countryId: number;
  country: string;
  startedAt: number;
  /** The latest time the purchase can have been made (after a crash: when it could no longer land). */
  until?: number;
}

export async function findOrder(
  probe: BuyProbe,
  page: (offset: number) => Promise<WireOrderItem[]>,
  seen: { has(id: string): boolean },
  now: () => number = Date.now,
): Promise<Reconciled<WireOrderItem>> {
  const from = probe.startedAt - SKEW_MS;
  for (let n = 0; n < MAX_PAGES; n++) {
    const items = await page(n * ORDER_PAGE);
    const to = Math.min(now(), probe.until ?? Number.POSITIVE_INFINITY) + SKEW_MS;
    const matches: { item: WireOrderItem; t: number }[] = [];
    const unclear: string[] = [];
    for (const item of items) {
      if (seen.has(orderIdOf(item))) continue;
      const t = timeOf(item.created_at);
      if (t < from || t > to) continue;
      const service =
        item.service === null || item.service === undefined ? null : sameService(item.service, probe.code);
      const country =
        item.country === null || item.country === undefined
          ? null
          : sameCountry(item.country, probe.countryId, probe.country);
      if (service === false || country === false) continue;
      if (service && country && !Number.isNaN(t)) matches.push({ item, t });
      else unclear.push(orderIdOf(item));
    }
    if (matches.length === 1) {
      const match = matches[0]!;
      if (match.t >= probe.startedAt - SLACK_MS) return { found: match.item };
      return olderOnly(orderIdOf(match.item), "order");
    }
    // Several unseen orders fit (another process on this account buying the same thing): picking one
    // could hand this caller someone else's number.
    if (matches.length > 1) {
      const candidates = matches.map((m) => orderIdOf(m.item));
      return {
        undecided: `${matches.length} unseen orders fit this purchase: ${candidates.join(", ")}`,
        known: { candidates },
      };
    }
    if (unclear.length > 0) {
      return {
        undecided: `an unseen order in the listing may be this purchase: ${unclear.join(", ")}`,
        known: { candidates: unclear },
      };
    }
    if (items.length < ORDER_PAGE || passedWindow(items, from)) return { absent: true };
  }
  return { undecided: `no sign of the purchase in the newest ${MAX_PAGES * ORDER_PAGE} orders` };
}

/** True when the page is newest first and already reaches back before the window. */
function passedWindow(items: readonly WireOrderItem[], from: number): boolean {
  const times = items.map((i) => timeOf(i.created_at));
  if (times.some(Number.isNaN)) return false;
  const newestFirst = times.every((t, i) => i === 0 || t <= times[i - 1]!);
  return newestFirst && times[times.length - 1]! < from;
}

export interface RentProbe {
  service: string;
  days: number;
  startedAt: number;
  /** The latest time the purchase can have been made (after a crash: when it could no longer land). */
  until?: number;
}

export function findRental(
  probe: RentProbe,
  items: readonly WireRentalItem[],
  seen: { has(id: string): boolean },
  now: () => number = Date.now,
): Reconciled<WireRentalItem> {
  const matches: { item: WireRentalItem; t: number }[] = [];
  const unclear: string[] = [];
  for (const item of items) {
    if (seen.has(rentalIdOf(item))) continue;
    const days = item.days ?? (item.duration ? daysOfDuration(item.duration) : undefined);
    if (days !== undefined && days !== probe.days) continue;
    if (item.service && !sameService(item.service, probe.service)) continue;
    const created = timeOf(item.created_at);
    const derived = Number.isNaN(created);
    const t = derived ? timeOf(item.ends_at ?? item.expires_at) - (days ?? probe.days) * DAY_MS : created;
    const skew = derived ? DERIVED_SKEW_MS : SKEW_MS;
    const latest = Math.min(now(), probe.until ?? Number.POSITIVE_INFINITY) + skew;
    const inWindow = t >= probe.startedAt - skew && t <= latest;
    const clearlyOlder = t < probe.startedAt - (derived ? DAY_MS : SKEW_MS);
    if (!Number.isNaN(t) && !inWindow && (clearlyOlder || t > latest)) continue;
    if (inWindow && item.service && days !== undefined) matches.push({ item, t });
    else unclear.push(rentalIdOf(item));
  }
  if (matches.length === 1) {
    const match = matches[0]!;
    const derived = Number.isNaN(timeOf(match.item.created_at));
    if (match.t >= probe.startedAt - (derived ? DERIVED_SLACK_MS : SLACK_MS)) return { found: match.item };
    return olderOnly(rentalIdOf(match.item), "rental");
  }
  if (matches.length > 1) {
    // As for orders: another process renting the same thing could be handed to this caller.
    const candidates = matches.map((m) => rentalIdOf(m.item));
    return {
      undecided: `${matches.length} unseen rentals fit this rental: ${candidates.join(", ")}`,
      known: { candidates },
    };
  }
  if (unclear.length > 0) {
    return {
      undecided: `an unseen rental in the listing may be this purchase: ${unclear.join(", ")}`,
      known: { candidates: unclear },
    };
  }
  return { absent: true };
}

/** A match that was found but cannot be read whole: undecided, naming it, so the caller can settle it. */
export function unreadableMatch(id: string, error: unknown) {
  const why = error instanceof Error ? error.message : String(error);
  return { undecided: `${id} fits it but could not be read (${why})`, known: { candidates: [id] } };
}
