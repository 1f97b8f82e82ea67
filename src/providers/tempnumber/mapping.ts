/** Temp Number wire shapes -> the SDK model. */
import { normalizeCountry } from "../../core/catalog.js";
import { toMessage } from "../../core/messages.js";
import type { Currency, Message, Money, Rental, RentalStatus } from "../../core/model.js";
import { parseWireMoney } from "../../core/money.js";
import { parseWirePhone } from "../../core/phone.js";
import { toIsoUtc } from "../../core/time.js";
import { daysForDuration } from "./ids.js";
import type { WireCountryPricing, WireNumber, WirePricingPackage } from "./wire.js";

const PROVIDER = "tempnumber" as const;

const RENTAL_STATUS: Readonly<Record<string, RentalStatus>> = {
  active: "active",
  expiring_soon: "active",
  expired: "expired",
  cancelled: "cancelled",
  canceled: "cancelled",
};

export function money(value: number | string, currency: Currency | undefined, field: string): Money {
  return parseWireMoney(value, currency ?? "USD", PROVIDER, field);
}

/** What came back on a cancel: null when nothing did (`refunded` absent, null or 0). */
export function refundedMoney(
  value: number | string | null | undefined,
  currency: Currency | undefined,
): Money | null {
  if (value === null || value === undefined) return null;
  const refunded = money(value, currency, "meta.refunded");
  return refunded.amount > 0 ? refunded : null;
}

export interface RentalContext {
  /** What the caller asked for or had: the reply never names a service. */
  service: string | null;
  price: Money | null;
  messages: Message[];
  /** Used when the reply leaves `country_code` out (renew and cancel do). */
  country: string | null;
  /** Used when the reply leaves `expire_date` out (cancel does). */
  expiresAt: string | null;
}

export function rentalFromWire(wire: WireNumber, context: RentalContext): Rental {
  const country = (wire.country_code && normalizeCountry(wire.country_code)) || context.country;
  const known = RENTAL_STATUS[wire.status.toLowerCase()];
  return {
    id: String(wire.id),
    provider: PROVIDER,
    number: parseWirePhone(wire.phone_number, PROVIDER, country),
    country,
    service: context.service,
    // An unknown status is kept and read as still active: only the provider may end a rental.
    status: known ?? "active",
    autoRenew: null,
    price: context.price,
    expiresAt: wire.expire_date === undefined ? context.expiresAt : toIsoUtc(wire.expire_date),
    messages: context.messages,
    ...(known ? {} : { providerStatus: wire.status }),
  };
}

interface WireSms {
  id?: string | number | null;
  from?: string | null;
  text?: string | null;
  receivedAt?: string | null;
}

/** Bodies are raw ("OTP parsing is up to you"): the code is extracted from the text. */
export function messagesFromWire(messages: readonly WireSms[], service: string | null): Message[] {
  return messages.map((m) =>
    toMessage(
      { id: m.id ?? null, from: m.from ?? null, text: m.text ?? null, receivedAt: m.receivedAt ?? null },
      service,
    ),
  );
}

/** One package Temp Number sells in a country. */
export interface PricingPackage {
  /** `voip` or `non_voip` (null when the route has one default type). */
  numberType: string | null;
  /** The provider's duration key, e.g. `oneMonth`; what `rent`/`renew` send for `days`. */
  duration: string;
  /** Our `days` for `duration`; null for a duration key this SDK does not know yet. */
  days: number | null;
  /** The provider's display label ("1 Month"). */
  label: string | null;
  /** What the wallet is debited. */
  price: Money;
  /** The list price before a discount, when the provider shows one. */
  originalPrice: Money | null;
  /** When the provider last changed the price (ISO 8601), where it says. */
  updatedAt: string | null;
}

/** One country's packages, from `GET /pricing`. */
export interface CountryPricing {
  /** ISO alpha-2. */
  country: string;
  /** The provider's name for it. */
  name: string | null;
  /** What can be bought there now. */
  packages: PricingPackage[];
}

function toPackage(wire: WirePricingPackage, at: string): PricingPackage {
  return {
    numberType: wire.number_type ?? null,
    duration: wire.duration,
    days: daysForDuration(wire.duration),
    label: wire.duration_label ?? null,
    price: money(wire.price, "USD", `${at}.price`),
    originalPrice:
      wire.original_price === null || wire.original_price === undefined
        ? null
        : money(wire.original_price, "USD", `${at}.original_price`),
    updatedAt: toIsoUtc(wire.updated_at ?? null),
  };
}

export function countryPricingFromWire(wire: WireCountryPricing): CountryPricing {
  const country = normalizeCountry(wire.country_code) ?? wire.country_code.toUpperCase();
  return {
    country,
    name: wire.country_name ?? null,
    packages: wire.packages.map((p, i) => toPackage(p, `${country}.packages.${i}`)),
  };
}
