/** Every row of the Temp Number error table, the status defaults it leans on, and bad replies. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  type ErrorClass,
  InsufficientBalanceError,
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
import { buyExample } from "./fixtures.js";
import { BUY, requestsTo, useTempNumberFake } from "./harness.js";

const h = useTempNumberFake();
const rentUs = () => h.client.rent({ country: "US", days: 30 });

describe("tempnumber errors", () => {
  it("maps a bad key to AuthenticationError, charges nothing, and never shows the key", async () => {
    const wrong = "tn_wrong_key_0123456789";
    const { createClient } = await import("../../../src/client/client.js");
    const error = await createClient({ provider: h.fake.provider({ apiKey: wrong }) })
      .rent({ country: "US", days: 30 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as SmsError).status).toBe(401);
    expect(JSON.stringify(error)).not.toContain(wrong);
    expect(String((error as Error).stack)).not.toContain(wrong);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("maps an empty wallet to InsufficientBalanceError", async () => {
    h.fake.wallet.balance = 0;
    await expect(rentUs()).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("maps no stock to OutOfStockError, on buy and on GET /pricing/{cc}'s 404", async () => {
    h.fake.setStock(0);
    await expect(rentUs()).rejects.toBeInstanceOf(OutOfStockError);
    expect(h.fake.wallet.charges()).toBe(0);
    const error = await h.provider.pricing("GB").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutOfStockError);
    expect((error as SmsError).status).toBe(404);
  });

  const rows: Array<[status: number, message: string, expected: ErrorClass]> = [
    [402, "Insufficient funds to complete this purchase.", InsufficientBalanceError],
    [400, "Insufficient wallet balance.", InsufficientBalanceError],
    [409, "No numbers available for this country and duration right now.", OutOfStockError],
    [422, "Out of stock for this package.", OutOfStockError],
    [404, "No active route for this country right now.", OutOfStockError],
    [422, "This Idempotency-Key was already used for a different request.", ValidationError],
    [409, "This number is already cancelled.", OrderStateError],
    [422, "Expired numbers cannot be renewed.", OrderStateError],
    [409, "The selected duration is invalid.", ValidationError],
    [422, "The country code field is required.", ValidationError],
    [409, "Conflict.", OrderStateError],
    [422, "Unprocessable.", ValidationError],
    [400, "Bad request.", ValidationError],
    [401, "Unauthenticated.", AuthenticationError],
    [403, "Invalid ability provided.", AuthenticationError],
    [404, "Number not found.", NotFoundError],
  ];
  it.each(rows)("maps %i %j to its class, sending the purchase once", async (status, message, expected) => {
    h.server.use(
      http.post(`${h.fake.baseUrl}/numbers/buy`, () =>
        HttpResponse.json({ success: false, message }, { status }),
      ),
    );
    const error = await rentUs().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(expected);
    expect((error as SmsError).message).toContain(message);
    expect(h.sent).toHaveLength(1);
  });

  it("retries with the same key while the first attempt of that key is still being processed", async () => {
    h.fake.faults.add(
      { method: "POST", path: BUY },
      {
        kind: "status",
        status: 409,
        body: { success: false, message: "A request with this Idempotency-Key is still being processed." },
      },
    );
    const rental = await rentUs();
    expect(rental.status).toBe("active");
    const keys = requestsTo(h, "POST", BUY).map((r) => r.headers.get("idempotency-key"));
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("gives up on a 5xx that persists with ProviderError, and on a persistent 429 with RateLimitError", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/account$/ },
      { kind: "status", status: 503, body: { success: false, message: "Service Unavailable" } },
      3,
    );
    const down = await h.client.balance().catch((e: unknown) => e);
    expect(down).toBeInstanceOf(ProviderError);
    expect((down as SmsError).retryable).toBe(true);
    expect(requestsTo(h, "GET", /\/account$/)).toHaveLength(3);

    h.fake.faults.add(
      { method: "GET", path: /\/account$/ },
      {
        kind: "status",
        status: 429,
        body: { success: false, message: "Too Many Attempts." },
        headers: { "Retry-After": "0" },
      },
      3,
    );
    const limited = await h.client.balance().catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfterMs).toBe(0);
  });

  it("reads success:false inside a 200 as the error its message names", async () => {
    h.server.use(
      http.get(`${h.fake.baseUrl}/account`, () =>
        HttpResponse.json({ success: false, message: "Insufficient funds to complete this purchase." }),
      ),
    );
    await expect(h.client.balance()).rejects.toBeInstanceOf(InsufficientBalanceError);
    h.server.use(http.get(`${h.fake.baseUrl}/account`, () => HttpResponse.json({ success: false })));
    await expect(h.client.balance()).rejects.toBeInstanceOf(ProviderError);
  });

  it("maps a body that is not JSON to ResponseFormatError, without the key in it", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/account$/ },
      { kind: "malformed", body: "<html>oops</html>" },
    );
    const error = await h.client.balance().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect(JSON.stringify(error)).not.toContain(h.fake.apiKey);
  });

  it("maps replies that break the documented shape to ResponseFormatError (OutcomeUnknownError for a purchase)", async () => {
    const base = h.fake.baseUrl;
    h.server.use(
      http.get(`${base}/account`, () => HttpResponse.json({ success: true, balance: 1, currency: "GBP" })),
      http.post(`${base}/numbers/buy`, () =>
        HttpResponse.json({ success: true, data: { id: 1, status: "active" }, meta: { charged: 4.99 } }),
      ),
      http.get(`${base}/numbers`, () =>
        HttpResponse.json({
          success: true,
          data: [{ id: 2, phone_number: "not a number", status: "active" }],
        }),
      ),
      http.get(`${base}/pricing`, () =>
        HttpResponse.json({
          success: true,
          data: [{ country_code: "US", packages: [{ duration: "oneMonth", price: "free" }] }],
        }),
      ),
    );
    await expect(h.client.balance()).rejects.toBeInstanceOf(ResponseFormatError);
    // The purchase was answered, so it was probably charged: a possible charge, with the reply shown.
    const rentError = await rentUs().catch((e: unknown) => e);
    expect(rentError).toBeInstanceOf(OutcomeUnknownError);
    expect((rentError as OutcomeUnknownError).cause).toBeInstanceOf(ResponseFormatError);
    expect((rentError as OutcomeUnknownError).known).toMatchObject({
      country: "US",
      days: 30,
      reply: expect.stringContaining('"charged":4.99'),
    });
    await expect(h.provider.listNumbers()).rejects.toBeInstanceOf(ResponseFormatError);
    await expect(h.provider.pricing()).rejects.toBeInstanceOf(ResponseFormatError);
    // An unreadable reply is settled as a lost one: replayed once with the same key (the provider
    // de-duplicates), and only when the replay cannot be read either is it a possible charge.
    const sent = requestsTo(h, "POST", BUY);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.headers.get("idempotency-key")).toBe(sent[0]!.headers.get("idempotency-key"));
  });

  it("settles an unreadable rent reply by replaying it with the same key", async () => {
    let calls = 0;
    h.server.use(
      http.post(`${h.fake.baseUrl}/numbers/buy`, () => {
        calls++;
        return calls === 1 ? new HttpResponse("<html>502 Bad Gateway</html>", { status: 200 }) : undefined;
      }),
    );
    const rental = await rentUs();
    expect(rental.status).toBe("active");
    expect(h.fake.wallet.charges()).toBe(1);
    const sent = requestsTo(h, "POST", BUY);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.headers.get("idempotency-key")).toBe(sent[0]!.headers.get("idempotency-key"));
  });

  it("a rent reply whose number is not a phone number is OutcomeUnknownError carrying the reply's id and the key", async () => {
    h.server.use(
      http.post(`${h.fake.baseUrl}/numbers/buy`, () =>
        HttpResponse.json({ ...buyExample, data: { ...buyExample.data, phone_number: "not a number" } }),
      ),
    );
    const error = (await rentUs().catch((e: unknown) => e)) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("rent");
    expect(error.cause).toBeInstanceOf(ResponseFormatError);
    // The id is what the caller needs to find (and cancel) the number it was probably charged for.
    expect(error.known.reply).toEqual(expect.stringContaining('"id":1482'));
    const [sent] = requestsTo(h, "POST", BUY);
    expect(error.known.idempotencyKey).toBe(sent!.headers.get("idempotency-key"));
    expect(requestsTo(h, "POST", BUY)).toHaveLength(1);
  });

  it("keeps an ordinary 404 NotFoundError outside /pricing/{cc}", async () => {
    await expect(h.provider.receiveSms("+14035550000")).rejects.toBeInstanceOf(NotFoundError);
  });
});
