/**
 * The words of a failed check. zod/mini ships no locale, so a built-in check (a type, a length, a
 * pattern) would only say "Invalid input"; `parseWorded`, the parse of every value whose problem reaches
 * a user (`validate`, `readReply`), words the issue from its own fields the way zod's English locale
 * does, without bundling every locale's table. A message the schema gives itself (`z.regex(re, "...")`,
 * `z.refine(fn, "...")`, `z.string({ error })`) outranks it: zod asks the error map only when there is none.
 */
import * as z from "zod/mini";

const UNITS: Record<string, string> = {
  string: "characters",
  array: "items",
  set: "items",
  map: "entries",
  file: "bytes",
};

/** The formats our schemas check, as a reader names them; any other reads as its own name. */
const FORMATS: Record<string, string> = { regex: "input", url: "URL", template_literal: "input" };

const quoted = (value: unknown) =>
  typeof value === "string" ? `"${value}"` : typeof value === "bigint" ? `${value}n` : String(value);

/** What a value is, as the message names it: `null`, `array`, `NaN`, `Infinity`, a class name. */
function typeOf(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? "number" : String(value);
  if (typeof value !== "object") return typeof value;
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  const proto = Object.getPrototypeOf(value);
  return proto !== Object.prototype && "constructor" in value && value.constructor
    ? (value.constructor as { name: string }).name
    : "object";
}

const issueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case "invalid_type":
      return `Invalid input: expected ${issue.expected === "nan" ? "NaN" : issue.expected}, received ${typeOf(issue.input)}`;
    case "invalid_value":
      return issue.values.length === 1
        ? `Invalid input: expected ${quoted(issue.values[0])}`
        : `Invalid option: expected one of ${issue.values.map(quoted).join("|")}`;
    case "too_big":
    case "too_small": {
      const big = issue.code === "too_big";
      const bound = big ? issue.maximum : issue.minimum;
      const relation = issue.exact ? "exactly " : issue.inclusive ? (big ? "<=" : ">=") : big ? "<" : ">";
      const unit = UNITS[issue.origin];
      const what = `${big ? "Too big" : "Too small"}: expected ${issue.origin ?? "value"}`;
      return unit ? `${what} to have ${relation}${bound} ${unit}` : `${what} to be ${relation}${bound}`;
    }
    case "invalid_format":
      return issue.format === "regex"
        ? `Invalid string: must match pattern ${issue.pattern}`
        : `Invalid ${FORMATS[issue.format] ?? issue.format}`;
    case "not_multiple_of":
      return `Invalid number: must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.map(quoted).join(", ")}`;
    case "invalid_key":
      return `Invalid key in ${issue.origin}`;
    case "invalid_element":
      return `Invalid value in ${issue.origin}`;
    case "invalid_union": {
      const options = issue.options as readonly unknown[] | undefined;
      if (options?.length)
        return `Invalid discriminator value. Expected ${options.map((o) => `'${o}'`).join(" | ")}`;
      return issue.inclusive === false ? "Invalid input: more than one option matched" : "Invalid input";
    }
    default:
      return "Invalid input";
  }
};

/**
 * `z.safeParse`, its issues worded by `issueMessage`. The error map goes only to a second parse, of a
 * value already known to fail: zod runs a parse handed a context two to three times slower, and a
 * valid value (nearly every one) needs no words. Every schema it is given is pure, so both parses agree.
 */
export function parseWorded<T>(schema: z.core.$ZodType<T>, value: unknown): z.util.SafeParseResult<T> {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? parsed : z.safeParse(schema, value, { error: issueMessage });
}
