/** Every row of NumPool's error table, retries, and replies that do not match NumPool's shapes. */
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
  ValidationError,
} from "../../../src/core/errors.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { count, rawJson, useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const BUY = { method: "POST", path: /\/buy$/ };
const error = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  HttpResponse.json(body as never, { status, headers });

describe("numpool error table", () => {
  it("401: a bad key is AuthenticationError, charges nothing, and never shows the key", async () => {
    const client = h.fake.provider({ apiKey: "np_live_wrong_key_999" });
    const failure = await client.balance().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as AuthenticationError).status).toBe(401);
    expect(String((failure as Error).message)).toContain("Missing or invalid API key");
    expect(JSON.stringify(failure)).not.toContain("np_live_wrong_key_999");
    await expect(
      client.buy({ service: "wa", country: "US", channel: "sms", areaCode: null, idempotencyKey: null }),
    ).rejects.toBeInstanceOf(AuthenticationError);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("402: an empty wallet is InsufficientBalanceError", async () => {
    h.fake.wallet.balance = 10;
    await expect(h.client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(InsufficientBalanceError);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("400 speaking of balance is InsufficientBalanceError, not ValidationError", async () => {
    h.server.use(
      http.post(at("/buy"), () => error(400, { error: "Not enough balance, top up at numpool.com" })),
    );
    await expect(h.client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(InsufficientBalanceError);
  });

  it("400 speaking of balance in words the shared rules miss is still InsufficientBalanceError", async () => {
    h.server.use(http.post(at("/buy"), () => error(400, { error: "Your balance is too low" })));
    await expect(h.client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(InsufficientBalanceError);
  });

  it("no stock is OutOfStockError, whatever the wording or status", async () => {
    h.fake.setStock(0);
    await expect(h.client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OutOfStockError);
    for (const [status, message] of [
      [400, "No phone numbers available for WhatsApp in USA"],
      [404, "Out of stock"],
      [400, "Sold out, try another country"],
    ] as const) {
      h.server.use(http.post(at("/buy"), () => error(status, { error: message }), { once: true }));
      await expect(h.client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OutOfStockError);
    }
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("400 for bad parameters is ValidationError", async () => {
    const failure = await h.client.buy({ service: "not-a-service" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ValidationError);
    expect((failure as Error).message).toContain("Invalid service");
  });

  it("404: an unknown order or rental is NotFoundError", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    await expect(h.client.poll({ ...order, id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.cancel({ ...order, id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
    const rental = await h.client.rent({ service: "discord", days: 1 });
    await expect(h.client.inbox({ ...rental, id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.getRental({ ...rental, id: "nope" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a cancel refused in a 200 (ok: false) is OrderStateError", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.server.use(
      http.post(at("/cancel/:id"), () => HttpResponse.json({ ok: false, error: "Order already received" })),
    );
    await expect(h.client.cancel(order)).rejects.toBeInstanceOf(OrderStateError);
  });

  it("reads an error object's message ({error: {message}})", async () => {
    h.server.use(http.get(at("/balance"), () => error(401, { error: { message: "API key revoked" } })));
    const failure = await h.client.balance().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AuthenticationError);
    expect((failure as Error).message).toContain("API key revoked");
  });

  it("429: a GET waits out Retry-After, then succeeds", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/balance$/ },
      { kind: "status", status: 429, body: { error: "Too many requests" }, headers: { "Retry-After": "1" } },
    );
    const started = Date.now();
    expect((await h.client.balance()).amount).toBe(10_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(h.fake.faults.count("GET", /\/balance$/)).toBe(2);
  });

  it("429 that persists is RateLimitError with the wait", async () => {
    const client = h.fake.provider({ retry: { retries: 0 } });
    h.fake.faults.add(
      { method: "GET", path: /\/balance$/ },
      {
        kind: "status",
        status: 429,
        body: { error: "Too many requests (max 60/min)" },
        headers: { "Retry-After": "120" },
      },
    );
    const failure = await client.balance().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RateLimitError);
    expect((failure as RateLimitError).retryAfterMs).toBe(120_000);
  });

  it("5xx: a GET is retried; one that persists is a retryable ProviderError", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/balance$/ },
      { kind: "status", status: 502, body: { error: "Bad gateway" } },
    );
    expect((await h.client.balance()).amount).toBe(10_000);
    expect(h.fake.faults.count("GET", /\/balance$/)).toBe(2);

    h.fake.faults.add(
      { method: "GET", path: /\/balance$/ },
      { kind: "status", status: 500, body: { error: "down" } },
      3,
    );
    const failure = await h.client.balance().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProviderError);
    expect((failure as ProviderError).retryable).toBe(true);
  });

  it("NumPool's own 5xx to a purchase is believed (NumPool: safe to retry): sent once, not reconciled", async () => {
    h.fake.faults.add(BUY, { kind: "status", status: 500, body: { error: "Internal error" } });
    const error = await h.client.buy({ service: "whatsapp" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).retryable).toBe(true);
    expect(h.fake.faults.count("POST", /\/buy$/)).toBe(1);
    expect(h.fake.wallet.charges()).toBe(0);
    expect(count(h, "GET", /\/orders/)).toBe(0);
  });

  it.each([
    [503, "<html><body>Application Error</body></html>"],
    [500, "<html>Internal Server Error</html>"],
    [599, "network connect timeout"],
  ])(
    "a %i that is not NumPool's own JSON, after a charge, is checked through the orders",
    async (status, text) => {
      h.fake.faults.add(BUY, { kind: "status", status, text, after: true });
      const order = await h.client.buy({ service: "whatsapp" });
      expect(order.status).toBe("waiting");
      expect(h.fake.wallet.charges()).toBe(1);
      expect(count(h, "POST", /\/buy$/)).toBe(1);
    },
  );

  it("a 500 that is not NumPool's own JSON is checked through the orders: unchanged twice, nothing was bought", async () => {
    h.fake.faults.add(BUY, { kind: "status", status: 500, text: "<html>Internal Server Error</html>" });
    const error = await onFastClock(() => h.client.buy({ service: "whatsapp" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect((error as NetworkError).status).toBe(500);
    // The question the 500 raised is answered, not repeated.
    expect((error as NetworkError).message).toMatch(/checked twice: no buy was made, nothing was charged$/);
    expect((error as NetworkError).message).not.toContain("may have been charged");
    expect(h.fake.faults.count("POST", /\/buy$/)).toBe(1);
    expect(count(h, "GET", /\/orders/)).toBe(2);
  });

  // Load balancers report their own upstream timeout as 502 or 503 as often as 504: NumPool may still be buying.
  it.each([502, 503, 504, 524])(
    "a gateway's %i to a purchase is not NumPool's word: orders unchanged on two looks are no proof",
    async (status) => {
      h.fake.faults.add(BUY, { kind: "status", status, text: `<html><h1>${status}</h1>nginx</html>` });
      const error = await onFastClock(() => h.client.buy({ service: "whatsapp" })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect((error as Error).message).toMatch(/may still land/);
      expect(h.fake.faults.count("POST", /\/buy$/)).toBe(1);
      expect(count(h, "GET", /\/orders/)).toBe(2);
    },
  );

  it("a rental purchase is never retried after a 5xx either", async () => {
    h.fake.faults.add(
      { method: "POST", path: /\/rentals$/ },
      { kind: "status", status: 503, body: { error: "busy" } },
    );
    await expect(h.client.rent({ service: "discord", days: 7 })).rejects.toBeInstanceOf(ProviderError);
    expect(h.fake.faults.count("POST", /\/rentals$/)).toBe(1);
    expect(h.fake.wallet.charges()).toBe(0);
  });
});

describe("numpool replies that do not match NumPool's shapes", () => {
  it("a body that is not JSON is ResponseFormatError", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/balance$/ },
      { kind: "malformed", body: "<html>oops</html>" },
    );
    await expect(h.client.balance()).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("a buy reply without an order id is settled through GET /orders (and is not retried)", async () => {
    h.fake.faults.add(
      { method: "POST", path: /\/buy$/ },
      {
        kind: "malformed",
        body: `{ "number": "+12125550199", "cost": 0.43, "status": "pending" }`,
        after: true,
      },
    );
    const order = await h.client.buy({ service: "whatsapp" });
    // NumPool did charge: its order list shows the purchase, which is handed over.
    expect(order.status).toBe("waiting");
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "POST", /\/buy$/)).toBe(1);
    expect(count(h, "GET", /\/orders/)).toBeGreaterThanOrEqual(1);
  });

  it("an unreadable buy reply that the order list shows was no purchase is a ResponseFormatError", async () => {
    h.server.use(http.post(at("/buy"), () => rawJson("<html>maintenance</html>")));
    const error = await onFastClock(() => h.client.buy({ service: "whatsapp" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as Error).message).toContain("checked twice: no buy was made");
    expect(count(h, "POST", /\/buy$/)).toBe(1);
    expect(count(h, "GET", /\/orders/)).toBe(2);
  });

  it("an unreadable amount or an unknown currency is ResponseFormatError", async () => {
    h.server.use(
      http.get(at("/balance"), () => rawJson(`{ "balance": "lots", "currency": "USD" }`), { once: true }),
    );
    await expect(h.client.balance()).rejects.toBeInstanceOf(ResponseFormatError);
    h.server.use(
      http.get(at("/balance"), () => rawJson(`{ "balance": 12.4, "currency": "RUB" }`), { once: true }),
    );
    await expect(h.client.balance()).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("a poll without a status is ResponseFormatError", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.server.use(http.get(at("/sms/:id"), () => rawJson(`{ "order_id": "x", "code": null }`)));
    await expect(h.client.poll(order)).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("tolerates fields NumPool does not show, and a balance sent as a string", async () => {
    h.server.use(
      http.get(at("/balance"), () =>
        rawJson(`{ "balance": "7.05", "currency": "USD", "pending": 1.2, "user": 4 }`),
      ),
    );
    expect(await h.client.balance()).toEqual({ amount: 705, currency: "USD" });
  });
});
