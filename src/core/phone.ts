/**
 * Phone numbers to E.164 from the forms providers send: `+12125550199`, `(332) 555-0184`,
 * `+1 332 555 0184`, UK national `07684563067`, NL national `0612345678`. A number that cannot be
 * normalised without guessing is refused: `toE164` answers null, `parseWirePhone` throws
 * `ResponseFormatError`.
 */
import { ResponseFormatError } from "./errors.js";
import type { ProviderName } from "./model.js";

/** Numbering-plan facts per ISO country; adapters may add entries with `registerNumberingPlan`. */
export interface NumberingPlan {
  /** The country calling code, without `+` ("44"). */
  callingCode: string;
  /** The national trunk prefix dropped in international form ("0" in GB and NL; none in NANP). */
  trunkPrefix: string | null;
  /** Allowed lengths of the national significant number (without trunk prefix or calling code). */
  nsnLengths: readonly number[];
}

const NANP_NSN = /^[2-9]\d{2}[2-9]\d{6}$/;
const NANP: NumberingPlan = { callingCode: "1", trunkPrefix: null, nsnLengths: [10] };

const PLANS = new Map<string, NumberingPlan>([
  ["US", NANP],
  ["CA", NANP],
  ["GB", { callingCode: "44", trunkPrefix: "0", nsnLengths: [9, 10] }],
  ["NL", { callingCode: "31", trunkPrefix: "0", nsnLengths: [9] }],
  ["DE", { callingCode: "49", trunkPrefix: "0", nsnLengths: [6, 7, 8, 9, 10, 11] }],
  ["FR", { callingCode: "33", trunkPrefix: "0", nsnLengths: [9] }],
  ["ES", { callingCode: "34", trunkPrefix: null, nsnLengths: [9] }],
  ["IT", { callingCode: "39", trunkPrefix: null, nsnLengths: [6, 7, 8, 9, 10, 11] }],
  ["IN", { callingCode: "91", trunkPrefix: "0", nsnLengths: [10] }],
  ["ID", { callingCode: "62", trunkPrefix: "0", nsnLengths: [8, 9, 10, 11, 12] }],
  ["PH", { callingCode: "63", trunkPrefix: "0", nsnLengths: [10] }],
  ["MY", { callingCode: "60", trunkPrefix: "0", nsnLengths: [8, 9, 10] }],
  ["BR", { callingCode: "55", trunkPrefix: "0", nsnLengths: [10, 11] }],
  ["RU", { callingCode: "7", trunkPrefix: "8", nsnLengths: [10] }],
  ["UA", { callingCode: "380", trunkPrefix: "0", nsnLengths: [9] }],
  ["AU", { callingCode: "61", trunkPrefix: "0", nsnLengths: [9] }],
]);

/** Teaches `toE164` a country's numbering plan (or replaces one), process-wide. */
export function registerNumberingPlan(country: string, plan: NumberingPlan): void {
  PLANS.set(country.toUpperCase(), plan);
}

export function numberingPlan(country: string): NumberingPlan | undefined {
  return PLANS.get(country.toUpperCase() === "UK" ? "GB" : country.toUpperCase());
}

const SEPARATORS = /[\s().\-/\u00a0]/g;
/** `+44 (0) 7684 563067`: the bracketed trunk zero is dialled only nationally and is not part of E.164. */
const BRACKETED_TRUNK = /^((?:\+|00)[\s\u00a0]*\d{1,3}[\s\u00a0]*)\(0\)/;

/**
 * E.164 for `raw`, reading national forms by `country` (ISO alpha-2). Null when the number is not a
 * phone number or its country cannot be known.
 */
export function toE164(raw: string, country?: string | null): string | null {
  const compact = raw.trim().replace(BRACKETED_TRUNK, "$1").replace(SEPARATORS, "");
  if (compact === "") return null;
  const plan = country ? numberingPlan(country) : undefined;

  let international: string | null = null;
  if (compact.startsWith("+")) international = compact.slice(1);
  else if (compact.startsWith("00")) international = compact.slice(2);
  if (international !== null) return checkInternational(international);

  if (!/^\d+$/.test(compact) || !plan) return null;
  return fromNational(compact, plan);
}

function checkInternational(digits: string): string | null {
  if (!/^[1-9]\d{6,14}$/.test(digits)) return null;
  // +1 is the one calling code shared by many countries whose shape we can always check: ten digits,
  // area code and exchange never starting with 0 or 1.
  if (digits.startsWith("1") && !NANP_NSN.test(digits.slice(1))) return null;
  return `+${digits}`;
}

function fromNational(digits: string, plan: NumberingPlan): string | null {
  const { callingCode, trunkPrefix, nsnLengths } = plan;
  const candidates: string[] = [];
  if (trunkPrefix && digits.startsWith(trunkPrefix)) candidates.push(digits.slice(trunkPrefix.length));
  if (digits.startsWith(callingCode)) candidates.push(digits.slice(callingCode.length));
  if (!trunkPrefix || !digits.startsWith(trunkPrefix)) candidates.push(digits);
  for (const nsn of candidates) {
    if (!nsnLengths.includes(nsn.length) || nsn.startsWith("0")) continue;
    if (plan === NANP && !NANP_NSN.test(nsn)) continue;
    return `+${callingCode}${nsn}`;
  }
  return null;
}

/** `toE164` for a number a provider sent: one that cannot be read is the provider's fault. */
export function parseWirePhone(raw: string, provider: ProviderName, country?: string | null): string {
  const e164 = toE164(raw, country);
  if (!e164) {
    throw new ResponseFormatError(`${provider} sent a phone number that is not E.164-convertible`, {
      provider,
      excerpt: raw.slice(0, 32),
    });
  }
  return e164;
}
