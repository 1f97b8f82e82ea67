/**
 * Money in integer minor units. Wire forms differ per provider (integer cents, float dollars `0.43`,
 * decimal strings `"12.40"`, EUR); every one goes through here so no float ever reaches an `amount`.
 */
import { ResponseFormatError } from "./errors.js";
import { CURRENCIES, type Currency, type Money, type ProviderName } from "./model.js";

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** An amount already in cents on the wire (Numariq `price_cents`, FetchSMS `*_cents`). */
export function moneyFromCents(cents: number, currency: Currency = "USD"): Money {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not an integer number of cents: ${cents}`);
  return { amount: cents, currency };
}

/**
 * An amount in major units (`0.43`, `4.99`, `124.5`, `"12.40"`, `"15"`) to cents, exactly.
 * Numbers are read through their shortest decimal representation, so `4.99` is 499, not 498.99999.
 * More than two decimals are rounded half away from zero: Money has no sub-cent unit, and a provider
 * that quotes `0.435` still debits a whole number of cents.
 */
export function moneyFromDecimal(value: number | string, currency: Currency = "USD"): Money {
  const text = typeof value === "number" ? numberToPlainString(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`not a decimal amount: ${JSON.stringify(value)}`);
  const [, sign, whole, fraction = ""] = match;
  const padded = `${fraction}00`;
  let cents = Number(whole) * 100 + Number(padded.slice(0, 2));
  if (fraction.length > 2 && Number(fraction[2]) >= 5) cents += 1;
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount out of range: ${text}`);
  return { amount: sign === "-" && cents !== 0 ? -cents : cents, currency };
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite amount: ${value}`);
  // toString gives the shortest round-trip form; exponent forms only appear far outside money ranges.
  const s = String(value);
  return s.includes("e") ? value.toFixed(2) : s;
}

/** Like `moneyFromDecimal`, but a bad wire value is the provider's fault: `ResponseFormatError`. */
export function parseWireMoney(
  value: number | string,
  currency: Currency,
  provider: ProviderName,
  field: string,
): Money {
  try {
    return moneyFromDecimal(value, currency);
  } catch {
    throw new ResponseFormatError(`${provider} sent an unreadable amount in ${field}`, {
      provider,
      excerpt: String(value).slice(0, 40),
    });
  }
}

/** Cents back to a decimal string (`499` -> `"4.99"`), for wire forms and display. */
export function formatDecimal(money: Money): string {
  const sign = money.amount < 0 ? "-" : "";
  const abs = Math.abs(money.amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const SYMBOL: Record<Currency, string> = { USD: "$", EUR: "€" };

/** `{ amount: 499, currency: "USD" }` -> `"$4.99"`. */
export function formatMoney(money: Money): string {
  const text = formatDecimal(money);
  return text.startsWith("-")
    ? `-${SYMBOL[money.currency]}${text.slice(1)}`
    : `${SYMBOL[money.currency]}${text}`;
}

export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}

/** `a - b`, same currency only (mixing currencies is a programming error, not a conversion). */
export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amount: a.amount - b.amount, currency: a.currency };
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amount: a.amount + b.amount, currency: a.currency };
}

/** Negative when a < b, 0 when equal, positive when a > b. Different currencies do not compare. */
export function compareMoney(a: Money, b: Money): number {
  assertSameCurrency(a, b);
  return a.amount - b.amount;
}

function assertSameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new RangeError(`cannot combine ${a.currency} with ${b.currency}`);
}
