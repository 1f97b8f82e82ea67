/**
 * One-time-code extraction from the SMS texts that providers hand back.
 *
 * A received SMS is free text in any language, with amounts, dates, phone numbers and order numbers
 * next to the code. Taking "the first number" is wrong too often, and a wrong code costs a failed
 * verification (often a burnt number), so every plausible candidate is judged and the answer is null
 * whenever two readings stay equally plausible: the caller still has the raw text.
 *
 * Evidence, strongest first:
 *  1. The origin-bound line of the WebOTP format (`@example.com #123456`): the sender names the code.
 *  2. A number, or a clearly labelled alphanumeric code, next to a code keyword (before or after it).
 *  3. Unlabelled numbers (plain `4821`, separated `558-213`, prefixed `G-123456`) when only one is left.
 *
 * Cost: every regex is free of nested quantifiers over overlapping classes and every context window
 * is bounded, so a long text costs about O(length).
 */

import {
  ALNUM_TOKEN,
  AREA_CODE_BEFORE,
  CURRENCY_BEFORE,
  DECIMAL_TAIL,
  EMAIL,
  FORBIDDEN_BEFORE,
  GENERIC_KEYWORD,
  HOST_PATH,
  HYPHEN_SEPARATORS,
  LABEL_AFTER,
  LABEL_CONNECTOR,
  LEADING_PUNCTUATION,
  LETTER_WORDS,
  LETTERS_AT_LINE_END,
  NEGATIVE_FILLER,
  NEGATIVE_KEYWORDS,
  NUMBER_CHUNK,
  ORIGIN_BOUND,
  OTP_CONTEXT,
  POSITIVE_KEYWORDS,
  PREFIX_BEFORE,
  PROMO_TEXT,
  PROMO_TOKEN,
  QUANTITY_AFTER,
  QUANTITY_TOKEN,
  SPACE_SEPARATORS,
  URL_START,
  WORD_HYPHEN_BEFORE,
  WORD_LETTER,
} from "./otp-vocabulary.js";

/** Options of `extractCode`. */
export interface ExtractCodeOptions {
  /** Canonical service slug (`google`, `facebook`, `whatsapp`...). A hint only; never required. */
  service?: string;
}

/**
 * `digits` (4-8), `separated` ("558-213"), `prefixed` ("G-123456"), `alnum` ("A7K2QX"); and the shapes
 * trusted only with a tight label, since unlabelled they are mostly something else: `short` (3 digits:
 * "code 548"), `long` (9-10 digits: "code: 4829301754", not an account or phone number) and `letters`
 * ("PASSCODE: mifsuc", "code:\nHBKTRWZQ").
 */
type Kind = "digits" | "separated" | "prefixed" | "alnum" | "short" | "long" | "letters";

/** Kinds a keyword must label tightly ("code: X", "X is your code"); a looser label is not enough. */
const TIGHT_ONLY: ReadonlySet<Kind> = new Set(["alnum", "short", "long", "letters"]);

interface Candidate {
  value: string;
  start: number;
  end: number;
  kind: Kind;
  /** The letters of a `G-` style prefix, when there is one. */
  prefix?: string;
}

interface Judged {
  candidate: Candidate;
  /** Characters between the candidate and its nearest code keyword; null when nothing labels it. */
  distance: number | null;
}

interface Hit {
  start: number;
  end: number;
}

/** Numeric codes in the wild are 4 to 8 digits; shorter ones are counters, longer ones are ids. */
const MIN_DIGITS = 4;
const MAX_DIGITS = 8;
/** Beyond those, only a tightly labelled number counts: 3 digits, or 9 to 10. */
const SHORT_DIGITS = 3;
const LONG_DIGITS = 10;
/** How far (in characters) a keyword may sit from the code it labels. */
const WINDOW = 48;
/** A year-like number is a code only when labelled tightly ("code: 2019", not "code valid in 2026"). */
const YEAR_MAX_DISTANCE = 10;

/** Some senders put their own letters in front of the code; with the service known, that is a label. */
/** "【12306】" at the start or the end of a text. */
const SENDER_TAG = /^\s*【[^】\n]{1,24}】|【[^】\n]{1,24}】\s*$/g;

/** A prefixed number stands out by its format alone only at this length: "DD-8415" is a flight. */
const PREFIXED_MIN_DIGITS = 5;

const SERVICE_PREFIXES: ReadonlyMap<string, readonly string[]> = new Map([
  ["google", ["G"]],
  ["facebook", ["FB"]],
]);

// ---------------------------------------------------------------------------------------------------

/**
 * The one-time code in an SMS text, or null when there is none or it cannot be told apart from
 * another number. Numeric codes come back as digits only (separators dropped, leading zeros kept).
 */
export function extractCode(
  text: string | null | undefined,
  options: ExtractCodeOptions = {},
): string | null {
  if (typeof text !== "string") return null;
  const normalized = normalizeDigits(text.normalize("NFC"));
  if (normalized.trim() === "") return null;

  const bound = originBoundCode(normalized);
  if (bound !== null) return bound;

  const scan = maskLinks(normalized);
  const negatives = findHits(scan, NEGATIVE_KEYWORDS);
  const promo = PROMO_TEXT.test(scan);
  const positives = findHits(scan, POSITIVE_KEYWORDS).filter(
    (hit) => !overlapsAny(hit, negatives) && !(promo && GENERIC_KEYWORD.test(scan.slice(hit.start, hit.end))),
  );
  const servicePrefixes = SERVICE_PREFIXES.get(options.service?.trim().toLowerCase() ?? "") ?? [];

  const judged: Judged[] = [];
  const candidates = [...numericCandidates(scan), ...alphanumericCandidates(scan), ...letterCandidates(scan)];
  for (const candidate of candidates) {
    const verdict = judge(scan, candidate, positives, negatives, servicePrefixes);
    if (verdict) judged.push(verdict);
  }
  return choose(scan, judged, positives.length > 0);
}

/**
 * Full-width (Chinese/Japanese input methods) and Arabic-Indic digits to ASCII. One UTF-16 unit in,
 * one out, so positions stay valid.
 */
function normalizeDigits(text: string): string {
  return text.replace(/[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x0966 ? 0x0966 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/** The WebOTP line is the sender's own statement of the code, so it outranks everything else. */
function originBoundCode(text: string): string | null {
  return ORIGIN_BOUND.exec(text)?.[1] ?? null;
}

/**
 * Links and e-mail addresses blanked out with same-length filler, so "v.whatsapp.com/123456" or a
 * tracking URL yields no candidates and positions stay aligned with the original text.
 */
function maskLinks(text: string): string {
  // A sender's name in lenticular brackets opening or closing a Chinese SMS ("【12306】") names the
  // sender, not the code.
  const unsigned = text.replace(SENDER_TAG, (tag) => "_".repeat(tag.length));
  return unsigned.replace(/\S+/g, (token) => {
    const bare = token.replace(LEADING_PUNCTUATION, "");
    const isLink = URL_START.test(bare) || HOST_PATH.test(bare) || EMAIL.test(bare);
    return isLink ? "_".repeat(token.length) : token;
  });
}

function findHits(text: string, pattern: RegExp): Hit[] {
  const hits: Hit[] = [];
  for (const match of text.matchAll(pattern)) {
    hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/**
 * Whether `hit` overlaps one of `others` (sorted, non-overlapping). Only the last of them starting
 * before `hit` ends can reach into it, since their ends are sorted too.
 */
function overlapsAny(hit: Hit, others: readonly Hit[]): boolean {
  const previous = others[lowerBound(others, hit.end) - 1];
  return previous !== undefined && previous.end > hit.start;
}

// --- Candidates -------------------------------------------------------------------------------------

/** Every number that could be a code by its own shape and immediate surroundings. */
function numericCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(NUMBER_CHUNK)) {
    // Shorter than the shortest code: a counter, a day, a price in cents. Skipping it early keeps
    // digit-dense texts cheap.
    if (match[0].length < SHORT_DIGITS) continue;
    const start = match.index;
    // "+1 212 555 0199", "+44 7700 900123": the whole run is a phone number.
    if (charBefore(text, start) === "+") continue;
    for (const piece of readChunk(match[0], start)) {
      const candidate = classify(text, piece);
      if (candidate) candidates.push(candidate);
    }
  }
  return candidates;
}

/**
 * Reads a digit run as one code ("558-213", "12 34 56"), as separate numbers ("4821 10" in
 * "4821 10 minutes"), or as nothing (dates, times, amounts, phone numbers).
 */
function readChunk(raw: string, start: number): Candidate[] {
  const whole = (value: string, kind: Kind): Candidate => ({ value, start, end: start + raw.length, kind });
  const separators = raw.replace(/\d+/g, "");
  if (separators === "") return [whole(raw, lengthKind(raw))];
  // Dots, slashes, colons and thousands commas only ever join dates, times and amounts.
  const spaced = SPACE_SEPARATORS.test(separators);
  if (!spaced && !HYPHEN_SEPARATORS.test(separators)) return [];

  // Every separator is a single character, so splitting on non-digits gives the digit groups.
  const groups = raw.split(/\D/);
  const size = groups[0]?.length ?? 0;
  const total = raw.length - separators.length;
  // Codes are split for readability into equal groups: "558-213", "123 456", "12 34 56".
  const equal = groups.every((group) => group.length === size);
  if (equal && size >= 2 && size <= 4 && total >= MIN_DIGITS && total <= MAX_DIGITS) {
    return [whole(groups.join(""), "separated")];
  }
  // Unequal hyphen groups are dates ("2026-06-07"), phone numbers ("555-0184") or ids.
  if (!spaced) return [];
  // Two long space-separated groups read as a phone number ("555 0184", "0800 123 4567").
  if (groups.filter((group) => group.length >= 3).length >= 2) return [];
  // Otherwise these are separate numbers ("4821 10" in "code 4821 10 minutes"); at most one of
  // them is long enough to be a code.
  let offset = start;
  for (const value of groups) {
    if (hasCodeLength(value)) return [{ value, start: offset, end: offset + value.length, kind: "digits" }];
    offset += value.length + 1;
  }
  return [];
}

/** Keeps a number only if its length and its immediate neighbours allow it to be a code. */
function classify(text: string, candidate: Candidate): Candidate | null {
  const { start, end } = candidate;
  if (candidate.kind === "digits" && !hasCodeLength(candidate.value)) return null;
  if ((candidate.kind === "short" || candidate.kind === "long") && candidate.value.length > LONG_DIGITS)
    return null;

  const before = text[start - 1] ?? "";
  const after = text[end] ?? "";
  // Glued to a word: "A7K2QX", "iPhone15", "10min", "4821руб".
  if (WORD_LETTER.test(before) || WORD_LETTER.test(after)) return null;
  const previous = charBefore(text, start);
  if (FORBIDDEN_BEFORE.has(previous)) return null;
  // The tail of a decimal amount: the "3456" in "12,3456"; and a number with cents: "1500,00".
  if ((before === "," || before === ".") && /\d/.test(text[start - 2] ?? "")) return null;
  if (after === "%" || DECIMAL_TAIL.test(text.slice(end, end + 4))) return null;

  const head = text.slice(Math.max(0, start - 8), start);
  if (CURRENCY_BEFORE.test(head) || AREA_CODE_BEFORE.test(head)) return null;
  if (QUANTITY_AFTER.test(text.slice(end, end + 14))) return null;

  if (candidate.kind !== "digits" || before !== "-") return candidate;
  const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
  if (prefix?.[1]) return { ...candidate, kind: "prefixed", prefix: prefix[1] };
  return WORD_HYPHEN_BEFORE.test(head) ? null : candidate;
}

function hasCodeLength(digits: string): boolean {
  return digits.length >= MIN_DIGITS && digits.length <= MAX_DIGITS;
}

function lengthKind(digits: string): Kind {
  if (digits.length === SHORT_DIGITS) return "short";
  return digits.length > MAX_DIGITS ? "long" : "digits";
}

/**
 * Letters-only tokens ("mifsuc", "HBKTRWZQ"): a code only right after a colon that follows a code
 * keyword and at the end of its line, and never a word that commonly stands there ("code: below").
 */
function letterCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(LETTERS_AT_LINE_END)) {
    const value = match[1]!;
    if (LETTER_WORDS.test(value)) continue;
    const [start, end] = match.indices![1]!;
    candidates.push({ value, start, end, kind: "letters" });
  }
  return candidates;
}

/**
 * Letter-and-digit tokens ("A7K2QX", "F7K2Q"). Whether a keyword labels them is decided later; on
 * their own they are far too often model names, ids or hashes.
 */
function alphanumericCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const match of text.matchAll(ALNUM_TOKEN)) {
    const value = match[0];
    const start = match.index;
    const end = start + value.length;
    if (value.length < 4 || value.length > 10) continue;
    if (!/\d/.test(value) || !/[a-z]/i.test(value)) continue;
    if (QUANTITY_TOKEN.test(value) || PROMO_TOKEN.test(value)) continue;
    // Accented letters are outside [A-Za-z]: "é7K2" is a longer word, not a token of its own.
    if (WORD_LETTER.test(text[start - 1] ?? "") || WORD_LETTER.test(text[end] ?? "")) continue;
    candidates.push({ value, start, end, kind: "alnum" });
  }
  return candidates;
}

// --- Labels -----------------------------------------------------------------------------------------

/**
 * Decides what the words around a candidate say about it: a code keyword nearby labels it (with a
 * distance), a negative word attached to it rejects it (null), and silence leaves it unlabelled.
 */
function judge(
  text: string,
  candidate: Candidate,
  positives: readonly Hit[],
  negatives: readonly Hit[],
  servicePrefixes: readonly string[],
): Judged | null {
  const { start, end } = candidate;
  const from = contextStart(text, start);
  const to = contextEnd(text, end);

  // "Account: 357632 is your Samsung account verification code": the sender's own label after the
  // number outweighs a word naming it before.
  const labelAfter = firstHitWithin(positives, end, to);
  const tightAfter = labelAfter !== undefined && LABEL_AFTER.test(text.slice(end, labelAfter.start));
  // Only a code noun after the number outweighs a negative word: "is your ... verification code", not "is verified".
  const nextLabel = labelAfter && firstHitWithin(positives, labelAfter.end, to);
  // ...and only when that label names no other number right after it ("cliente 48213 es tu código de acceso 9921").
  const numberAfterLabel =
    labelAfter !== undefined && /(?<![\p{L}\d])\d{3,}/u.test(text.slice(labelAfter.end, labelAfter.end + 16));
  const overrides =
    tightAfter &&
    !numberAfterLabel &&
    (!/^(?:v[eé]rif|weryfik|best[aä]tig)/iu.test(text.slice(labelAfter!.start, labelAfter!.end)) ||
      (nextLabel !== undefined && /^[\s-]*$/.test(text.slice(labelAfter!.end, nextLabel.start))));
  const negativeBefore = lastHitWithin(negatives, from, start);
  if (negativeBefore && NEGATIVE_FILLER.test(text.slice(negativeBefore.end, start)) && !overrides)
    return null;

  const before = lastHitWithin(positives, from, start);
  if (TIGHT_ONLY.has(candidate.kind)) {
    // "TAKE5", "FREE5": a word and one digit is read only as "TAKE5 is your code", never after "code".
    if (candidate.kind === "alnum" && /^[A-Za-z]{4,}\d$/.test(candidate.value) && !(labelAfter && tightAfter))
      return null;
    // Only "code: A7K2QX" or "A7K2QX is your code"-tight labels count; anything looser lets words,
    // hashes, counters and account numbers through.
    const gap = before ? text.slice(before.end, start) : "";
    if (
      before &&
      LABEL_CONNECTOR.test(gap) &&
      !lastHitWithin(negatives, before.end, start) &&
      !((candidate.kind === "short" || candidate.kind === "long") && /(?<!\p{L})to[\s:]*$/iu.test(gap))
    )
      return { candidate, distance: start - before.end };
    if (labelAfter && tightAfter && candidate.kind !== "letters") {
      return { candidate, distance: labelAfter.start - end };
    }
    return null;
  }

  if (candidate.prefix && servicePrefixes.includes(candidate.prefix)) return { candidate, distance: 0 };

  const after = firstHitWithin(positives, end, to);
  const distances: number[] = [];
  if (before) distances.push(start - before.end);
  if (after) distances.push(after.start - end);
  if (distances.length === 0) {
    // "48213 is your order number"; but in "48213901, kwota: 100,00" the word names the next number.
    const negativeAfter = firstHitWithin(negatives, end, to);
    if (negativeAfter && !/[,;:]/.test(text.slice(end, negativeAfter.start))) return null;
    return isYearLike(candidate.value) ? null : { candidate, distance: null };
  }
  const distance = Math.min(...distances);
  if (isYearLike(candidate.value) && distance > YEAR_MAX_DISTANCE) return null;
  return { candidate, distance };
}

function isYearLike(value: string): boolean {
  return /^(?:19|20)\d\d$/.test(value);
}

/**
 * Where the words that can label a number at `start` begin: at most WINDOW characters back, and not
 * past another number, a sentence end or a blank line — those words belong to something else.
 */
function contextStart(text: string, start: number): number {
  const limit = Math.max(0, start - WINDOW);
  let newlines = 0;
  for (let i = start - 1; i >= limit; i--) {
    const ch = text[i] ?? "";
    if (isDigit(ch) || endsSentence(text, i)) return i + 1;
    if (ch === "\n") newlines++;
    else if (!/\s/.test(ch)) newlines = 0;
    if (newlines >= 2) return i + 1;
  }
  return limit;
}

/** The mirror of contextStart, after a number ending at `end`. */
function contextEnd(text: string, end: number): number {
  const limit = Math.min(text.length, end + WINDOW);
  let newlines = 0;
  for (let i = end; i < limit; i++) {
    const ch = text[i] ?? "";
    if (isDigit(ch) || endsSentence(text, i)) return i;
    if (ch === "\n") newlines++;
    else if (!/\s/.test(ch)) newlines = 0;
    if (newlines >= 2) return i;
  }
  return limit;
}

/** "。", or ".!?" before a space; except the dot of a short abbreviation ("No. 48213", "Rs. 1500"). */
function endsSentence(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "。" || ch === "！" || ch === "？") return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  return ch !== "." || !isAbbreviation(text, i);
}

function isAbbreviation(text: string, dot: number): boolean {
  let letters = 0;
  while (letters < 4 && /\p{L}/u.test(text[dot - 1 - letters] ?? "")) letters++;
  return letters >= 1 && letters <= 3;
}

function isDigit(ch: string): boolean {
  return ch >= "0" && ch <= "9";
}

/** The character before `index`, looking past one space ("# 48213", "**** 4821", "+ 1 212"). */
function charBefore(text: string, index: number): string {
  const ch = text[index - 1] ?? "";
  return ch === " " ? (text[index - 2] ?? "") : ch;
}

/** The last hit lying entirely inside [from, to). Hits are sorted by start and do not overlap. */
function lastHitWithin(hits: readonly Hit[], from: number, to: number): Hit | undefined {
  for (let i = lowerBound(hits, to) - 1; i >= 0; i--) {
    const hit = hits[i];
    if (!hit || hit.start < from) return undefined;
    if (hit.end <= to) return hit;
  }
  return undefined;
}

/** The first hit lying entirely inside [from, to). */
function firstHitWithin(hits: readonly Hit[], from: number, to: number): Hit | undefined {
  const hit = hits[lowerBound(hits, from)];
  return hit && hit.end <= to ? hit : undefined;
}

/** Index of the first hit starting at or after `position` (binary search keeps long texts linear). */
function lowerBound(hits: readonly Hit[], position: number): number {
  let low = 0;
  let high = hits.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((hits[mid]?.start ?? Number.POSITIVE_INFINITY) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

// --- Decision ---------------------------------------------------------------------------------------

/**
 * Labelled candidates win, nearest label first; among unlabelled ones only a sole candidate is
 * trusted, and only in a message that reads like a verification text (or holds nothing else).
 */
function choose(text: string, judged: readonly Judged[], hasKeyword: boolean): string | null {
  const labelled = judged.filter((j) => j.distance !== null);
  if (labelled.length > 0) {
    const nearest = Math.min(...labelled.map((j) => j.distance ?? WINDOW));
    return soleValue(labelled.filter((j) => j.distance === nearest));
  }

  const values = soleValue(judged);
  if (values !== null) {
    const only = judged[0]?.candidate;
    const trusted =
      hasKeyword || standsOut(only) || OTP_CONTEXT.test(text) || (only !== undefined && isBare(text, only));
    if (trusted) return values;
  }
  // "G-123456" stands out among other numbers by its format alone.
  return soleValue(judged.filter((j) => standsOut(j.candidate)));
}

function standsOut(candidate: Candidate | undefined): boolean {
  return candidate?.kind === "prefixed" && candidate.value.length >= PREFIXED_MIN_DIGITS;
}

/** The value shared by every entry (a code repeated in one message counts once), else null. */
function soleValue(judged: readonly Judged[]): string | null {
  const values = new Set(judged.map((j) => j.candidate.value));
  return values.size === 1 ? ([...values][0] ?? null) : null;
}

/** A message that is nothing but the number (and punctuation). */
function isBare(text: string, candidate: Candidate): boolean {
  const rest = text.slice(0, candidate.start) + text.slice(candidate.end);
  return !/[\p{L}\p{N}]/u.test(rest);
}
