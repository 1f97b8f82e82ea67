import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { type ErrorTable, errorFromReply } from "../../src/core/error-table.js";
import {
  AuthenticationError,
  type ErrorClass,
  InsufficientBalanceError,
  isSmsError,
  NetworkError,
  NotFoundError,
  OrderStateError,
  OutcomeUnknownError,
  OutOfStockError,
  ProviderError,
  RateLimitError,
  ResponseFormatError,
  SmsError,
  TimeoutError,
  UnsupportedError,
  ValidationError,
} from "../../src/core/errors.js";

const FAKE_KEY = "sk_live_FAKE_7f3a9c";

interface Row {
  Class: ErrorClass;
  name: string;
  code: string;
  retryable: boolean;
  extra?: Record<string, unknown>;
}

const ROWS: Row[] = [
  {
    Class: ValidationError,
    name: "ValidationError",
    code: "invalid_request",
    retryable: false,
    extra: { field: "days" },
  },
  { Class: AuthenticationError, name: "AuthenticationError", code: "auth", retryable: false },
  {
    Class: InsufficientBalanceError,
    name: "InsufficientBalanceError",
    code: "insufficient_balance",
    retryable: false,
  },
  { Class: OutOfStockError, name: "OutOfStockError", code: "out_of_stock", retryable: false },
  { Class: NotFoundError, name: "NotFoundError", code: "not_found", retryable: false },
  { Class: OrderStateError, name: "OrderStateError", code: "order_state", retryable: false },
  { Class: RateLimitError, name: "RateLimitError", code: "rate_limited", retryable: true },
  { Class: UnsupportedError, name: "UnsupportedError", code: "unsupported", retryable: false },
  { Class: ProviderError, name: "ProviderError", code: "provider_error", retryable: false },
  { Class: ResponseFormatError, name: "ResponseFormatError", code: "bad_response", retryable: false },
  { Class: NetworkError, name: "NetworkError", code: "network", retryable: true },
  {
    Class: OutcomeUnknownError,
    name: "OutcomeUnknownError",
    code: "outcome_unknown",
    retryable: false,
    extra: { operation: "buy" },
  },
  { Class: TimeoutError, name: "TimeoutError", code: "timeout", retryable: false },
];

function build(row: Row, options: Record<string, unknown> = {}) {
  return new row.Class("something went wrong", { provider: "numpool", ...row.extra, ...options });
}

describe.each(ROWS)("$name", (row) => {
  it(`is named ${row.name} with code ${row.code}`, () => {
    const error = build(row);
    expect(error.name).toBe(row.name);
    expect(error.code).toBe(row.code);
    expect(error.message).toBe("something went wrong");
    expect(error.provider).toBe("numpool");
  });

  it("is an Error, an SmsError and its own class", () => {
    const error = build(row);
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(SmsError);
    expect(error).toBeInstanceOf(row.Class);
    expect(isSmsError(error)).toBe(true);
    // No other class claims it.
    for (const other of ROWS) if (other.Class !== row.Class) expect(error).not.toBeInstanceOf(other.Class);
  });

  it(`is ${row.retryable ? "" : "not "}retryable by default`, () => {
    expect(build(row).retryable).toBe(row.retryable);
  });

  it("shows its name in String()", () => {
    const error = build(row);
    expect(String(error)).toBe(`${row.name}: something went wrong`);
  });

  it("serialises the public fields and never the cause", () => {
    const error = build(row, { status: 503, cause: new Error(`upstream said key=${FAKE_KEY}`) });
    const json = JSON.parse(JSON.stringify(error));
    expect(json).toMatchObject({
      name: row.name,
      code: row.code,
      message: "something went wrong",
      provider: "numpool",
      status: 503,
      retryable: row.retryable,
    });
    expect(json).not.toHaveProperty("cause");
    expect(JSON.stringify(error)).not.toContain(FAKE_KEY);
    // The cause is still there for a debugger, just not serialised.
    expect((error.cause as Error).message).toContain(FAKE_KEY);
  });

  it("inspects as name, code and message without the cause's secret", () => {
    const error = build(row, { cause: new Error(`request to https://x.test/?key=${FAKE_KEY} failed`) });
    const shown = inspect(error);
    expect(shown).toContain(`${row.name}: something went wrong`);
    expect(shown).toContain(`"code":"${row.code}"`);
    expect(shown).not.toContain(FAKE_KEY);
    expect(inspect({ nested: error }, { depth: 5 })).not.toContain(FAKE_KEY);
  });
});

describe("class-specific fields", () => {
  it("SmsError has no status unless given, and provider null unless given", () => {
    const error = new SmsError("x");
    expect(error.status).toBeUndefined();
    expect(error.provider).toBeNull();
    expect(error.toJSON()).not.toHaveProperty("status");
  });

  it("ValidationError names the field and the allowed values", () => {
    const error = new ValidationError("bad days", { field: "days", allowed: [7, 30, 90] });
    expect(error.field).toBe("days");
    expect(error.allowed).toEqual([7, 30, 90]);
    expect(error.toJSON()).toMatchObject({ field: "days", allowed: [7, 30, 90] });
    expect(new ValidationError("x", { field: "service" }).toJSON()).not.toHaveProperty("allowed");
  });

  it("OrderStateError carries the open order's id (JuicySMS ORDER_ALREADY_OPEN_{id})", () => {
    const error = new OrderStateError("already open", { openOrderId: "123" });
    expect(error.openOrderId).toBe("123");
    expect(error.toJSON()).toMatchObject({ openOrderId: "123" });
    expect(new OrderStateError("x").toJSON()).not.toHaveProperty("openOrderId");
  });

  it("RateLimitError carries retryAfterMs and may be made not retryable", () => {
    const error = new RateLimitError("slow down", { retryAfterMs: 1500 });
    expect(error.retryAfterMs).toBe(1500);
    expect(error.toJSON()).toMatchObject({ retryAfterMs: 1500 });
    expect(new RateLimitError("x", { retryable: false }).retryable).toBe(false);
  });

  it("ResponseFormatError carries its excerpt", () => {
    expect(new ResponseFormatError("bad", { excerpt: "<html>" }).toJSON()).toMatchObject({
      excerpt: "<html>",
    });
  });

  it("NetworkError says whether the request may have been sent (true unless known otherwise)", () => {
    expect(new NetworkError("x").requestMayHaveBeenSent).toBe(true);
    const refused = new NetworkError("x", { requestMayHaveBeenSent: false });
    expect(refused.requestMayHaveBeenSent).toBe(false);
    expect(refused.toJSON()).toMatchObject({ requestMayHaveBeenSent: false });
  });

  it("OutcomeUnknownError is never retryable and keeps a frozen copy of what is known", () => {
    const known = { service: "whatsapp", country: "US" };
    const error = new OutcomeUnknownError("lost", { operation: "rent", known, retryable: true });
    expect(error.retryable).toBe(false);
    expect(error.operation).toBe("rent");
    expect(error.known).toEqual(known);
    expect(Object.isFrozen(error.known)).toBe(true);
    known.service = "telegram";
    expect(error.known.service).toBe("whatsapp");
    expect(error.toJSON()).toMatchObject({
      operation: "rent",
      known: { service: "whatsapp", country: "US" },
    });
  });

  it("TimeoutError carries the order and the refund", () => {
    const error = new TimeoutError("no code", { refunded: { amount: 43, currency: "USD" } });
    expect(error.refunded).toEqual({ amount: 43, currency: "USD" });
    expect(error.toJSON()).toMatchObject({ orderId: null, refunded: { amount: 43, currency: "USD" } });
    expect(new TimeoutError("x").refunded).toBeNull();
  });

  it("isSmsError is false for other errors and non-errors", () => {
    expect(isSmsError(new Error("x"))).toBe(false);
    expect(isSmsError({ code: "auth" })).toBe(false);
    expect(isSmsError(null)).toBe(false);
  });

  it("inspects a multi-line message once", () => {
    const shown = inspect(new ProviderError("first line\nsecond line"));
    expect(shown.startsWith("ProviderError: first line\nsecond line\n")).toBe(true);
    expect(shown.split("second line")).toHaveLength(2);
  });
});

describe("errorFromReply", () => {
  const table: ErrorTable = [
    { status: 400, match: /unknown service/i, error: ValidationError },
    { match: /^ORDER_ALREADY_OPEN/, error: OrderStateError },
    { status: 503, match: /temporarily not configured/i, error: ProviderError },
    { status: 400, match: /busy, try later/i, error: ProviderError, retryable: true },
    { status: [418, 419], error: UnsupportedError },
  ];
  const reply = (status: number | undefined, message: string, retryAfterMs?: number) =>
    errorFromReply(table, {
      provider: "numariq",
      message,
      ...(status === undefined ? {} : { status }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    });

  it("uses the provider's rows first", () => {
    expect(reply(400, "Unknown service: foo")).toBeInstanceOf(ValidationError);
    expect(reply(undefined, "ORDER_ALREADY_OPEN_42")).toBeInstanceOf(OrderStateError);
    expect(reply(418, "")).toBeInstanceOf(UnsupportedError);
    expect(reply(419, "")).toBeInstanceOf(UnsupportedError);
  });

  it("lets a provider row win over the meaning rules", () => {
    const own: ErrorTable = [{ match: /no numbers available/i, error: NotFoundError }];
    const error = errorFromReply(own, { provider: "numariq", status: 400, message: "No numbers available" });
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it("lets a provider row override retryable", () => {
    expect(reply(400, "Busy, try later").retryable).toBe(true);
  });

  it("does not apply a row whose status differs", () => {
    expect(reply(404, "Unknown service: foo")).toBeInstanceOf(NotFoundError);
  });

  it.each([
    [400, "No numbers available"],
    [404, "no numbers available for this area code"],
    [409, "No numbers available"],
    [400, "Out of stock"],
    [undefined, "no stock available"],
    [409, "No phones available right now"],
  ])("reads a %s saying %j as OutOfStockError", (status, message) => {
    const error = reply(status, message);
    expect(error).toBeInstanceOf(OutOfStockError);
    expect(error.retryable).toBe(false);
  });

  // A provider's own code words (JuicySMS's NO_BALANCE...) belong to its table, not to the shared rules.
  it.each([
    [undefined, "NO_BALANCE"],
    [undefined, "NO_PHONE_AVAILABLE"],
  ])("leaves a provider's own code word %s %j to that provider's table", (status, message) => {
    expect(reply(status, message)).toBeInstanceOf(ProviderError);
  });

  it.each([
    [400, "Insufficient balance"],
    [403, "insufficient funds"],
    [409, "Insufficient wallet balance"],
    [400, "Not enough balance on your account"],
  ])("reads a %s saying %j as InsufficientBalanceError", (status, message) => {
    expect(reply(status, message)).toBeInstanceOf(InsufficientBalanceError);
  });

  it.each([
    [400, ValidationError, false],
    [401, AuthenticationError, false],
    [402, InsufficientBalanceError, false],
    [403, AuthenticationError, false],
    [404, NotFoundError, false],
    [408, ProviderError, true],
    [409, OrderStateError, false],
    [422, ValidationError, false],
    [429, RateLimitError, true],
    [500, ProviderError, true],
    [502, ProviderError, true],
    [503, ProviderError, true],
    [504, ProviderError, true],
    [418, UnsupportedError, false],
    [410, ProviderError, false],
  ])("falls back on status %i -> %o (retryable %s)", (status, Class, retryable) => {
    const error = reply(status, "whatever");
    expect(error).toBeInstanceOf(Class);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
  });

  it("makes a 5xx retryable even when its message matched a row", () => {
    expect(reply(503, "API temporarily not configured").retryable).toBe(true);
    expect(reply(503, "no numbers available")).toBeInstanceOf(OutOfStockError);
  });

  it("gives an unspecified failure as a non-retryable ProviderError", () => {
    const error = reply(undefined, "ERROR");
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.retryable).toBe(false);
    expect(error.status).toBeUndefined();
  });

  it("names the provider and keeps its words, or the status when it said nothing", () => {
    const error = reply(401, "Invalid API key");
    expect(error.message).toBe("numariq: Invalid API key");
    expect(error.provider).toBe("numariq");
    expect(reply(500, "").message).toBe("numariq: HTTP 500");
  });

  it("hands Retry-After to a RateLimitError", () => {
    const error = reply(429, "Too many requests", 2000) as RateLimitError;
    expect(error.retryAfterMs).toBe(2000);
    expect(error.retryable).toBe(true);
  });

  it("gives a ValidationError from a status a field to point at", () => {
    expect((reply(422, "bad") as ValidationError).field).toBe("request");
  });
});
