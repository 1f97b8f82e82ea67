// An application can hold two copies of the error classes (the ESM build through `import`, the CJS build
// through a dependency's `require`): an error from either copy must pass the other's `instanceof`.
import { describe, expect, it } from "vitest";
import * as errors from "../../src/core/errors.js";
import {
  isSmsError,
  OrderStateError,
  SmsError,
  TimeoutError,
  ValidationError,
} from "../../src/core/errors.js";

type Errors = typeof errors;

// A query string makes the module loader evaluate the file again: a second copy with classes of its own.
const secondCopy = "../../src/core/errors.js?second-copy";
const other: Errors = await import(/* @vite-ignore */ secondCopy);

const CLASS_NAMES = [
  "ValidationError",
  "AuthenticationError",
  "InsufficientBalanceError",
  "OutOfStockError",
  "NotFoundError",
  "OrderStateError",
  "RateLimitError",
  "UnsupportedError",
  "ProviderError",
  "ResponseFormatError",
  "NetworkError",
  "OutcomeUnknownError",
  "TimeoutError",
] as const;

const make = (copy: Errors, name: (typeof CLASS_NAMES)[number]) =>
  new copy[name]("x", { field: "f", operation: "buy" });

describe("errors across two copies of unisms", () => {
  it("is a real second copy", () => {
    expect(other.TimeoutError).not.toBe(TimeoutError);
    expect(Object.getPrototypeOf(new other.TimeoutError("x"))).not.toBe(TimeoutError.prototype);
  });

  it.each(CLASS_NAMES)("a %s from either copy is an instance of the other's class, and no other", (name) => {
    for (const [from, to] of [
      [other, errors],
      [errors, other],
    ] as const) {
      const error = make(from, name);
      expect(error instanceof to[name]).toBe(true);
      expect(error instanceof to.SmsError).toBe(true);
      expect(error instanceof Error).toBe(true);
      expect(to.isSmsError(error)).toBe(true);
      for (const otherName of CLASS_NAMES) {
        if (otherName !== name) expect(error instanceof to[otherName]).toBe(false);
      }
    }
  });

  it("a plain SmsError of the other copy is an SmsError here and none of the subclasses", () => {
    const error = new other.SmsError("x");
    expect(error instanceof SmsError).toBe(true);
    expect(error instanceof TimeoutError).toBe(false);
  });

  it("reads the brand, not the class name or code: it is what an older or newer copy also writes", () => {
    const branded = Object.assign(new Error("x"), {
      [Symbol.for("unisms.error.classes")]: ["TimeoutError", "SmsError"],
    });
    expect(branded instanceof TimeoutError).toBe(true);
    expect(branded instanceof SmsError).toBe(true);
    expect(branded instanceof ValidationError).toBe(false);
    expect(isSmsError(branded)).toBe(true);
    const lookalike = Object.assign(new Error("x"), { name: "TimeoutError", code: "timeout" });
    expect(lookalike instanceof TimeoutError).toBe(false);
    expect(isSmsError(lookalike)).toBe(false);
    // Only a list of names is a brand: a string that contains the names is not.
    const stringBrand = { [Symbol.for("unisms.error.classes")]: "TimeoutError,SmsError" };
    expect(isSmsError(stringBrand)).toBe(false);
    expect(stringBrand instanceof TimeoutError).toBe(false);
  });

  it("keeps the brand from being copied: a spread of an error is not an error", () => {
    const error = new TimeoutError("x");
    expect(Object.getOwnPropertyDescriptor(error, Symbol.for("unisms.error.classes"))?.enumerable).toBe(
      false,
    );
    expect({ ...error } instanceof TimeoutError).toBe(false);
  });
});

describe("a user's own subclass", () => {
  class MyTimeout extends TimeoutError {}
  class TheirOrderState extends other.OrderStateError {}

  it("is an instance of itself and of its ancestors", () => {
    const error = new MyTimeout("x");
    expect(error instanceof MyTimeout).toBe(true);
    expect(error instanceof TimeoutError).toBe(true);
    expect(error instanceof SmsError).toBe(true);
    expect(error instanceof ValidationError).toBe(false);
    expect(isSmsError(error)).toBe(true);
  });

  it("does not claim the errors of its parent class, from either copy", () => {
    expect(new TimeoutError("x") instanceof MyTimeout).toBe(false);
    expect(new other.TimeoutError("x") instanceof MyTimeout).toBe(false);
  });

  it("made from the other copy's class is still an instance of this copy's ancestors", () => {
    const error = new TheirOrderState("x");
    expect(error instanceof OrderStateError).toBe(true);
    expect(error instanceof SmsError).toBe(true);
    expect(error instanceof TimeoutError).toBe(false);
  });
});
