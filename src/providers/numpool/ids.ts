/**
 * NumPool's identifiers as data, as NumPool publishes them: two-letter service codes, numeric country ids
 * and rental duration keys (docs/providers/numpool.md).
 */
import { createIdMap } from "../../core/catalog.js";
import { wireId } from "../../core/wire-id.js";

/** An order's id as it goes into a path: checked and encoded. */
export const orderRef = (order: { id: string }) =>
  wireId(order.id, { provider: "numpool", field: "order.id" });

/** A rental's id as it goes into a path: checked and encoded. */
export const rentalRef = (rental: { id: string }) =>
  wireId(rental.id, { provider: "numpool", field: "rental.id" });

/** NumPool's full list of service codes: canonical slug -> NumPool code. */
export const SERVICE_CODES = {
  whatsapp: "wa",
  snapchat: "tn",
  telegram: "tg",
  viber: "vi",
  facebook: "fb",
  lazada: "fu",
  google: "go",
  shopee: "mo",
  twitter: "tw",
  steam: "dp",
  fiverr: "cn",
  binance: "bw",
  instagram: "ig",
  okx: "ok",
  tiktok: "lf",
  olx: "oi",
  amazon: "am",
  kucoin: "ka",
  discord: "ds",
  bybit: "ab",
  paypal: "ts",
  yahoo: "ya",
  apple: "wx",
  vk: "vk",
  uber: "ub",
  linkedin: "li",
  netflix: "nf",
  microsoft: "mm",
} as const;

export const serviceIds = /* @__PURE__ */ createIdMap(SERVICE_CODES);

/**
 * NumPool's table of common country ids: ISO alpha-2 -> NumPool id. Russia is left out on purpose: the
 * table says 1 while NumPool's `GET /countries` example says 0, so RU (like every country not listed
 * here) is read from `GET /countries` at run time.
 */
export const COUNTRY_IDS: Readonly<Record<string, number>> = {
  US: 187,
  GB: 28,
  CA: 188,
  NG: 13,
  IN: 17,
  MY: 6,
  PH: 4,
  ID: 5,
  VN: 9,
  EG: 16,
  FR: 20,
  DE: 129,
  ES: 143,
  IT: 142,
  TH: 151,
  AU: 158,
  BR: 25,
  UA: 2,
  KE: 117,
};

/** Rental periods NumPool sells: days -> its duration key. */
export const RENTAL_DURATIONS: Readonly<Record<number, string>> = {
  1: "oneDay",
  3: "threeDay",
  7: "sevenDay",
  14: "fourteenDay",
  30: "thirtyDay",
};

export const RENTAL_DAYS = /* @__PURE__ */ Object.keys(RENTAL_DURATIONS).map(Number);

/** Days for a duration key (`sevenDay` -> 7), or undefined for a key we do not know. */
export function daysOfDuration(key: string): number | undefined {
  const found = Object.entries(RENTAL_DURATIONS).find(([, k]) => k.toLowerCase() === key.toLowerCase());
  return found ? Number(found[0]) : undefined;
}

/** Rentals are US numbers only. */
export const RENTAL_COUNTRY = "US";

/** NumPool asks for a country on every buy; without one the SDK buys in the USA. */
export const DEFAULT_COUNTRY = "US";
