/**
 * Money in integer minor units. Wire forms differ per provider (integer cents, float dollars `0.43`,
 * decimal strings `"12.40"`, EUR); every one goes through here so no float ever reaches an `amount`.
 */
import * as z from "zod/mini";
import { ResponseFormatError, ValidationError } from "./errors.js";
import { CURRENCIES, type Currency, type Money, type ProviderName } from "./model.js";
import { validate } from "./validation.js";

/** A `Money` as a user hands it in: integer cents (a safe integer) and a known currency; nothing else. */
export const moneySchema = z.strictObject({
  /** Integer minor units (cents). */
  amount: z
    .number()
    .check(
      z.int("amount must be an integer number of cents"),
      z.refine(Number.isSafeInteger, "amount is too large"),
    ),
  /** The currency of `amount`. */
  currency: z.enum(CURRENCIES),
});

/** A price limit: money that is not negative. */
export const priceSchema = z.extend(moneySchema, {
  /** Integer minor units (cents), not negative. */
  amount: moneySchema.shape.amount.check(z.refine((n) => n >= 0, "amount must not be negative")),
});

/** Every helper below checks the money it is handed: a bad amount is a `ValidationError`, never "$0.1.5". */
function checked(money: unknown, field = "money"): Money {
  return validate(moneySchema, money, field);
}

function refuse(message: string, field: string): never {
  throw new ValidationError(message, { field });
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** An amount already in cents on the wire (Numariq `price_cents`, FetchSMS `*_cents`). */
export function moneyFromCents(cents: number, currency: Currency = "USD"): Money {
  if (!Number.isSafeInteger(cents))
    refuse(`not an integer number of cents: ${String(cents).slice(0, 40)}`, "cents");
  if (!isCurrency(currency)) refuse(`unknown currency (allowed: ${CURRENCIES.join(", ")})`, "currency");
  return { amount: cents, currency };
}

/**
 * An amount in major units (`0.43`, `4.99`, `124.5`, `"12.40"`, `"15"`) to cents, exactly.
 * Numbers are read through their shortest decimal representation, so `4.99` is 499, not 498.99999.
 * More than two decimals are rounded half away from zero: Money has no sub-cent unit, and a provider
 * that quotes `0.435` still debits a whole number of cents.
 */
export function moneyFromDecimal(value: number | string, currency: Currency = "USD"): Money {
  if (!isCurrency(currency)) refuse(`unknown currency (allowed: ${CURRENCIES.join(", ")})`, "currency");
  const text =
    typeof value === "number" ? numberToPlainString(value) : typeof value === "string" ? value.trim() : "";
  const match = DECIMAL.exec(text);
  if (!match) refuse(`not a decimal amount: ${JSON.stringify(value)?.slice(0, 40)}`, "value");
  const [, sign, whole, fraction = ""] = match;
  const padded = `${fraction}00`;
  let cents = Number(whole) * 100 + Number(padded.slice(0, 2));
  if (fraction.length > 2 && Number(fraction[2]) >= 5) cents += 1;
  if (!Number.isSafeInteger(cents)) refuse(`amount out of range: ${text.slice(0, 40)}`, "value");
  return { amount: sign === "-" && cents !== 0 ? -cents : cents, currency };
}

function numberToPlainString(value: number): string {
  if (!Number.isFinite(value)) refuse(`not a finite amount: ${value}`, "value");
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
  money = checked(money);
  const sign = money.amount < 0 ? "-" : "";
  const abs = Math.abs(money.amount);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

const SYMBOL: Record<Currency, string> = { USD: "$", EUR: "€" };

/** `{ amount: 499, currency: "USD" }` -> `"$4.99"`. */
export function formatMoney(money: Money): string {
  money = checked(money);
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

/** `a + b`; mixing currencies is a `ValidationError`. */
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
  checked(a, "a");
  checked(b, "b");
  if (a.currency !== b.currency) refuse(`cannot combine ${a.currency} with ${b.currency}`, "currency");
}
