/**
 * JuicySMS ids as data. Service ids are numeric and shown only on the account page; these four are
 * the ones public client code uses. Any other numeric id is sent as it is.
 */
import { createIdMap } from "../../core/catalog.js";
import type { Money } from "../../core/model.js";

export const JUICYSMS_SERVICES = /* @__PURE__ */ createIdMap({
  google: 1,
  twitter: 4,
  telegram: 5,
  facebook: 12,
});

/** ISO alpha-2 -> the `country` JuicySMS takes on `makeorder` ("USA, NL or UK"). */
export const ORDER_COUNTRIES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  US: "USA",
  NL: "NL",
  GB: "UK",
});

/** ISO alpha-2 -> the `country` of `rental/new` ("NL/UK"). */
export const RENTAL_COUNTRIES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  NL: "NL",
  GB: "UK",
});

/** JuicySMS's own default for `makeorder` ("Optional NL by default"); the adapter always sends one. */
export const DEFAULT_COUNTRY = "NL";

/** The provider's country words back to ISO alpha-2. */
export const FROM_WIRE_COUNTRY: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  USA: "US",
  NL: "NL",
  UK: "GB",
});

/** Rental packages: `1m` (EUR 15), `3m` (EUR 30), `6m` (EUR 50), `1y` (EUR 70); a month is read as 30 days. */
export const PACKAGE_DAYS: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({
  "1m": 30,
  "3m": 90,
  "6m": 180,
  "1y": 365,
});

export const PACKAGE_PRICES: Readonly<Record<string, Money>> = /* @__PURE__ */ Object.freeze({
  "1m": { amount: 1500, currency: "EUR" },
  "3m": { amount: 3000, currency: "EUR" },
  "6m": { amount: 5000, currency: "EUR" },
  "1y": { amount: 7000, currency: "EUR" },
});

export const RENTAL_DAYS: readonly number[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.values(PACKAGE_DAYS),
);

export function packageFor(days: number): string | undefined {
  return Object.entries(PACKAGE_DAYS).find(([, d]) => d === days)?.[0];
}

export function isPackage(value: string | null | undefined): value is string {
  return typeof value === "string" && Object.hasOwn(PACKAGE_DAYS, value);
}
