/**
 * Numariq's ids as data. It names services by lowercase slug ("google", "whatsapp"), the same words as
 * our canonical slugs, so the table only pins the ones Numariq's examples show; any other slug
 * passes through both ways (`GET /services` is the live list).
 */
import { createIdMap } from "../../core/catalog.js";
import { wireId } from "../../core/wire-id.js";

/** An order's id as it goes into a path: checked and encoded. */
export const orderRef = (order: { id: string }) =>
  wireId(order.id, { provider: "numariq", field: "order.id" });

/** A rental's id as it goes into a path: checked and encoded. */
export const rentalRef = (rental: { id: string }) =>
  wireId(rental.id, { provider: "numariq", field: "rental.id" });

export const NUMARIQ_SERVICES = /* @__PURE__ */ createIdMap({ google: "google", whatsapp: "whatsapp" });

/** "ISO country code — currently US only." */
export const NUMARIQ_COUNTRY = "US";

/** Rental tiers in days: 7 ($29), 30 ($49, the default), 90 ($129). */
export const NUMARIQ_RENTAL_DAYS = [7, 30, 90] as const;

/**
 * The price of each rental tier in USD cents, from Numariq's published tiers (the `period_days`
 * parameter of `POST /numbers`); no endpoint quotes them.
 */
export const NUMARIQ_RENTAL_PRICES: Readonly<Record<(typeof NUMARIQ_RENTAL_DAYS)[number], number>> = {
  7: 2900,
  30: 4900,
  90: 12900,
};
