/**
 * Numariq (https://numariq.com/api/v1): US non-VoIP numbers for activations (one code, 15 minutes,
 * auto-refunded on expiry) and rentals (7 / 30 / 90 days), both "orders" read through `GET /orders/:id`.
 *
 * Decisions where Numariq says nothing or contradicts itself (docs/providers/numariq.md has the facts
 * and these decisions):
 * - Auth is the `X-API-Key` header (Numariq also accepts `Authorization: Bearer`).
 * - No balance endpoint is documented: `balance` is not offered. Rentals have no cancel endpoint
 *   (`/orders/:id/cancel` is "Cancel an activation"): `cancelRental` is not offered.
 * - No idempotency key: a purchase is sent once and never retried. A user's `idempotencyKey` is not
 *   sent (Numariq would ignore it, and the transport would then retry the POST). Numariq cannot list
 *   orders, so a purchase whose reply was lost cannot be reconciled: `OutcomeUnknownError` carrying the
 *   request (service, country, area code, channel / period), and never a second purchase.
 * - No documented rate limit ("abusive traffic may be throttled"): no default limiter. Polls every 3 s,
 *   the low end of the 3 to 5 seconds Numariq asks for.
 * - Numariq lists "rental days must be 1-14" among its 400s, contradicting the 7 / 30 / 90 tiers of
 *   `period_days`; we trust the tiers, and refuse any other period locally.
 * - Renew (`POST /rentals/:id/renew`) takes no period: it extends by the rental's own one. `renew` with
 *   `days` other than that period (remembered in `rental.raw.periodDays`) is a `ValidationError` before
 *   any request. After renewing, the rental is read again for its new expiry; if that read fails, the
 *   renewed rental is returned with `expiresAt: null` rather than an error that would invite a second
 *   (charged) renewal.
 * - Cancel answers only `"refunded"` or `"closed"`: `refunded` is the order's price (polled first when
 *   the order passed in has none) or null; either way the order is then `cancelled`. `done` returns the
 *   order passed in with status `done` (the reply carries nothing else).
 * - A rental's `autoRenew` is what was asked (default true, as documented), else inferred from
 *   `renews_at`. Its `expiresAt` is `expires_at`, else `renews_at`. A `service` given to `rent` is not
 *   sent (rentals take none); `numberType: "voip"` is refused (Numariq sells non-VoIP numbers only).
 * - Status strings outside the documented set are kept in `providerStatus` and read as `waiting`
 *   (orders) or `active` (rentals). Rental statuses: waiting / received -> active, done / expired ->
 *   expired, cancelled -> cancelled.
 * - `createdAt` is null unless a reply carries `created_at`; the purchase reply has no `service`, so the
 *   requested one is kept.
 * - `rentalOffers` lists the rental tiers from Numariq's published tiers; no endpoint quotes them. The
 *   offers have no service (a rental takes none) and are `non_voip`.
 */
import { createAdapterTransport } from "../../core/http-provider.js";
import type { RentalOffer } from "../../core/model.js";
import type {
  CallOptions,
  HttpProviderOptions,
  ProviderCapabilities,
  ProviderWith,
  RentalOffersRequest,
} from "../../core/provider.js";
import { activations } from "./activations.js";
import { numariqErrorTable, numariqUncharged5xx } from "./error-table.js";
import { NUMARIQ_COUNTRY, NUMARIQ_RENTAL_DAYS } from "./ids.js";
import { rentalOffers } from "./rental-offers.js";
import { rentals } from "./rentals.js";

export const NUMARIQ_BASE_URL = "https://numariq.com/api/v1";

export const numariqCapabilities: ProviderCapabilities = /* @__PURE__ */ Object.freeze({
  activations: true,
  done: true,
  rentals: true,
  renew: true,
  cancelRental: false,
  balance: false,
  services: true,
  voice: true,
  areaCode: true,
  idempotency: false,
  countries: /* @__PURE__ */ Object.freeze([NUMARIQ_COUNTRY]),
  rentalDays: NUMARIQ_RENTAL_DAYS,
  pollIntervalMs: 3_000,
});

/** The Numariq adapter: the contract's operations it supports. */
export interface NumariqProvider
  extends ProviderWith<
    "buy" | "poll" | "done" | "cancel" | "rent" | "getRental" | "renew" | "inbox" | "services"
  > {
  /** Always `"numariq"`. */
  readonly name: "numariq";
  /**
   * The rental tiers with their prices, from Numariq's published tiers (7 days $29, 30 days $49,
   * 90 days $129, US only, not VoIP); no endpoint quotes them, so it makes no request.
   */
  rentalOffers(request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]>;
}

/**
 * The Numariq adapter: US activations (SMS or voice, area codes) and rentals of 7, 30 or 90 days. Its
 * facts and decisions are in docs/providers/numariq.md.
 */
export function numariq(options: HttpProviderOptions): NumariqProvider {
  const transport = createAdapterTransport(options, {
    name: "numariq",
    defaultBaseUrl: NUMARIQ_BASE_URL,
    auth: (apiKey) => ({ type: "header", name: "X-API-Key", value: apiKey }),
    errorTable: numariqErrorTable,
    uncharged5xx: numariqUncharged5xx,
  });
  return {
    name: "numariq",
    capabilities: numariqCapabilities,
    budget: transport.budget,
    ...activations(transport),
    ...rentals(transport),
    rentalOffers: rentalOffers(),
  };
}
