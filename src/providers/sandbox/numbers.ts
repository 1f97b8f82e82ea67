/**
 * Phone numbers of the right shape per country, taken where possible from the ranges regulators keep
 * for fiction (NANP 555-01xx, Ofcom 07700 900xxx, ARCEP 06 39 98), so a sandbox number never rings
 * a real person. Those ranges are small, and a number is held by one open activation or active rental
 * at a time, so the pool bounds how many can be open at once: US 1,000 (100 per area code), CA 400
 * (100 per area code), GB 1,000, FR 1,000; NL and DE millions. A purchase when the pool is full is an
 * `OutOfStockError`; before that, a free number is always found.
 */
import type { Random } from "./random.js";

interface CountryPlan {
  /** Area codes offered when the buyer names none (NANP only). */
  areaCodes?: readonly string[];
  /** A number, given the area code for NANP countries. */
  make(random: Random, areaCode: string | null): string;
  /** Every number of a small range, searched in order once random draws keep hitting held ones. */
  all?(areaCode: string | null): string[];
}

const range = (prefix: string, digits: number): string[] =>
  Array.from({ length: 10 ** digits }, (_, n) => `${prefix}${String(n).padStart(digits, "0")}`);

const nanp = (areaCodes: readonly string[]): CountryPlan => ({
  areaCodes,
  make: (random, areaCode) => `+1${areaCode ?? random.pick(areaCodes)}55501${random.digits(2)}`,
  all: (areaCode) => (areaCode ? [areaCode] : areaCodes).flatMap((code) => range(`+1${code}55501`, 2)),
});

const PLANS: Readonly<Record<string, CountryPlan>> = {
  US: /* @__PURE__ */ nanp(["212", "332", "415", "646", "718", "917", "305", "512", "206", "312"]),
  CA: /* @__PURE__ */ nanp(["416", "437", "604", "514"]),
  GB: { make: (random) => `+447700900${random.digits(3)}`, all: () => range("+447700900", 3) },
  NL: { make: (random) => `+316${random.int(1, 9)}${random.digits(7)}` },
  DE: { make: (random) => `+49${random.pick(["151", "160", "170", "176"])}${random.digits(8)}` },
  FR: { make: (random) => `+33639980${random.digits(3)}`, all: () => range("+33639980", 3) },
};

export const SANDBOX_COUNTRIES: readonly string[] = /* @__PURE__ */ Object.keys(PLANS);
export const DEFAULT_COUNTRY = "US";

/** True when `country` numbers can carry `areaCode` (a NANP area code: first digit 2-9). */
export function hasAreaCodes(country: string, areaCode: string): boolean {
  return !!PLANS[country]?.areaCodes && /^[2-9]\d{2}$/.test(areaCode);
}

/** A number in `country` that `inUse` does not hold, or null when the country's pool is full. */
export function drawNumber(
  random: Random,
  country: string,
  areaCode: string | null,
  inUse: (number: string) => boolean,
): string | null {
  const plan = PLANS[country];
  if (!plan) return null;
  for (let attempt = 0; attempt < 25; attempt++) {
    const number = plan.make(random, areaCode);
    if (!inUse(number)) return number;
  }
  return plan.all?.(areaCode).find((number) => !inUse(number)) ?? null;
}
