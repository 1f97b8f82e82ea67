import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  InsufficientBalanceError,
  NetworkError,
  NotFoundError,
  OrderStateError,
  OutcomeUnknownError,
  OutOfStockError,
  ProviderError,
  RateLimitError,
  ResponseFormatError,
  type SmsError,
  ValidationError,
} from "../../../src/core/errors.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { VALIDATION_ERROR } from "./fixtures.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();
const BUY = { method: "POST", path: /\/verifications$/ };

describe("fetchsms errors", () => {
  it("401 (wrong or missing key) -> AuthenticationError, nothing charged, key never shown", async () => {
    const err = await t
      .client({ apiKey: "fs_wrong_key_123456" })
      .buy({ service: "whatsapp" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect((err as SmsError).status).toBe(401);
    expect((err as SmsError).message).toContain("Invalid API key");
    expect(`${inspect(err)} ${JSON.stringify(err)}`).not.toContain("fs_wrong_key_123456");
    expect(t.fake.wallet.charges()).toBe(0);
  });

  it("sends the key as a bearer token", async () => {
    await t.client().balance();
    expect(t.fake.faults.requests[0]?.headers.get("authorization")).toBe(`Bearer ${t.fake.apiKey}`);
  });

  it("402 -> InsufficientBalanceError", async () => {
    t.fake.wallet.balance = 10;
    await expect(t.client().buy({ service: "whatsapp" })).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(t.fake.wallet.charges()).toBe(0);
  });

  it("409 with stock wording -> OutOfStockError (service, and area code)", async () => {
    t.fake.setStock(0);
    await expect(t.client().buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OutOfStockError);
    t.fake.setStock(5);
    await expect(t.client().buy({ service: "whatsapp", areaCode: "907" })).rejects.toBeInstanceOf(
      OutOfStockError,
    );
    expect(t.fake.wallet.charges()).toBe(0);
  });

  it("409 without stock wording -> OrderStateError", async () => {
    t.fake.faults.add(BUY, {
      kind: "status",
      status: 409,
      body: { detail: "Verification is already cancelled" },
    });
    await expect(t.client().buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OrderStateError);
  });

  it("404 (unknown service or not yours) -> NotFoundError", async () => {
    await expect(t.client().buy({ service: "not-a-service" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("422 validation array -> ValidationError carrying the field and message", async () => {
    t.fake.faults.add(BUY, { kind: "status", status: 422, body: VALIDATION_ERROR });
    const err = await t
      .client()
      .buy({ service: "whatsapp" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as SmsError).message).toContain("area_code: String should match pattern");
  });

  it("400 -> ValidationError", async () => {
    await expect(t.client().buy({ service: "unlimited-services" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("403 -> AuthenticationError; 403 about a spend cap -> InsufficientBalanceError", async () => {
    t.fake.faults.add(BUY, { kind: "status", status: 403, body: { detail: "Not allowed" } });
    await expect(t.client().buy({ service: "whatsapp" })).rejects.toBeInstanceOf(AuthenticationError);
    t.fake.faults.add(BUY, { kind: "status", status: 403, body: { detail: "Monthly spend limit reached" } });
    await expect(t.client().buy({ service: "whatsapp" })).rejects.toBeInstanceOf(InsufficientBalanceError);
  });

  it("429 -> RateLimitError with Retry-After; a purchase is not retried", async () => {
    t.fake.faults.add(BUY, {
      kind: "status",
      status: 429,
      body: { detail: "Too many requests" },
      headers: { "Retry-After": "0" },
    });
    const err = await t
      .client()
      .buy({ service: "whatsapp" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RateLimitError);
    expect((err as RateLimitError).retryAfterMs).toBe(0);
    expect(t.fake.faults.count("POST", BUY.path)).toBe(1);
  });

  it("429 active-number limit -> OrderStateError, not retryable", async () => {
    t.fake.setActiveLimit(1);
    const c = t.client();
    await c.buy({ service: "whatsapp" });
    const err = await c.buy({ service: "telegram" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OrderStateError);
    expect((err as SmsError).retryable).toBe(false);
    expect(t.fake.wallet.charges()).toBe(1);
  });

  it("retries a GET after a 500 and after a 429 with Retry-After", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    const poll = t.fake.routes.poll;
    t.fake.faults.add(poll, { kind: "status", status: 500, body: { detail: "Internal Server Error" } });
    t.fake.faults.add(poll, {
      kind: "status",
      status: 429,
      body: { detail: "Slow down" },
      headers: { "Retry-After": "1" },
    });
    const started = Date.now();
    const polled = await c.poll(order);
    expect(polled.id).toBe(order.id);
    expect(t.fake.faults.count("GET", poll.path)).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("a persisting 5xx -> ProviderError", async () => {
    t.fake.faults.add(
      { method: "GET", path: /\/wallet\/balance$/ },
      { kind: "status", status: 503, body: { detail: "down" } },
      5,
    );
    await expect(t.client().balance()).rejects.toBeInstanceOf(ProviderError);
  });

  it("never repeats a purchase after a 500: one request, the active list checked, no charge", async () => {
    t.fake.faults.add(BUY, { kind: "status", status: 500, body: { detail: "Internal Server Error" } });
    // The 500 may have followed a charge: the active list proves it did not, so this is a plain failure.
    const error = await onFastClock(() => t.client().buy({ service: "whatsapp" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect((error as NetworkError).message).toContain("checked twice");
    expect(t.fake.faults.count("POST", BUY.path)).toBe(1);
    expect(t.fake.wallet.charges()).toBe(0);
  });

  it("a body that is not JSON -> ResponseFormatError", async () => {
    t.fake.faults.add(
      { method: "GET", path: /\/wallet\/balance$/ },
      { kind: "malformed", body: "<html>oops" },
    );
    await expect(t.client().balance()).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("a reply off the documented shape -> ResponseFormatError", async () => {
    t.fake.faults.add(
      { method: "GET", path: /\/wallet\/balance$/ },
      { kind: "malformed", body: '{"balance":"12.40"}' },
    );
    await expect(t.client().balance()).rejects.toBeInstanceOf(ResponseFormatError);
  });

  // The verification was created (and charged): the error must say so and carry its id, not hide it.
  it("a created verification without a number -> OutcomeUnknownError carrying the reply", async () => {
    t.server.use(
      http.post(t.url("/verifications"), () =>
        HttpResponse.json({ id: "v-1", status: "waiting", code: null }, { status: 201 }),
      ),
    );
    const error = await t
      .client()
      .buy({ service: "whatsapp" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).cause).toBeInstanceOf(ResponseFormatError);
    expect(String((error as OutcomeUnknownError).known.reply)).toContain('"id":"v-1"');
  });

  it("a number that cannot be read as E.164 -> OutcomeUnknownError carrying the reply", async () => {
    t.server.use(
      http.post(t.url("/verifications"), () =>
        HttpResponse.json({ id: "v-1", status: "waiting", number: "555-01", code: null }, { status: 201 }),
      ),
    );
    const error = await t
      .client()
      .buy({ service: "whatsapp" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).operation).toBe("buy");
    expect(String((error as OutcomeUnknownError).known.reply)).toContain('"id":"v-1"');
  });
});
