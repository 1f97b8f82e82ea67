import { wireId } from "../../core/wire-id.js";

/** A rental's (number's) id as it goes into a path: checked and encoded. */
export const rentalRef = (rental: { id: string }) =>
  wireId(rental.id, { provider: "tempnumber", field: "rental.id" });

/**
 * Temp Number sells numbers by package duration, not by service: the keys below are the ones its
 * `packages[].duration` and renew `package` use. Days are our unit (`rent({ days })`); months are
 * sold as calendar months, so 30/90/180/365 are the nearest whole-day names for them.
 */
export const DURATION_BY_DAYS = {
  30: "oneMonth",
  90: "threeMonths",
  180: "sixMonths",
  365: "oneYear",
} as const satisfies Record<number, string>;

export type DurationKey = (typeof DURATION_BY_DAYS)[keyof typeof DURATION_BY_DAYS];

export const RENTAL_DAYS: readonly number[] = /* @__PURE__ */ Object.keys(DURATION_BY_DAYS).map(Number);

/** Renew without `days` renews one month, the provider's own default package. */
export const DEFAULT_RENEW_DAYS = 30;

export function durationForDays(days: number): DurationKey | undefined {
  return (DURATION_BY_DAYS as Record<number, DurationKey>)[days];
}

export function daysForDuration(duration: string): number | null {
  const hit = Object.entries(DURATION_BY_DAYS).find(([, key]) => key === duration);
  return hit ? Number(hit[0]) : null;
}

export const NUMBER_STATUS_FILTERS = ["active", "expiring_soon", "expired", "cancelled", "all"] as const;
/** Which numbers `listNumbers` lists; `expiring_soon` is within 10 days of expiry. */
export type NumberStatusFilter = (typeof NUMBER_STATUS_FILTERS)[number];

/** Temp Number has no per-service catalogue: a number receives SMS from any sender. */
export const ANY_SERVICE = "any";
