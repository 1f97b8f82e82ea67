/** Every row of the Numariq error table, from Numariq's error bodies and wording, and through the fake. */
import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import {
  AuthenticationError,
  InsufficientBalanceError,
  NotFoundError,
  OrderStateError,
  OutOfStockError,
  ProviderError,
  type SmsError,
  ValidationError,
} from "../../../src/core/errors.js";
import { numariq } from "../../../src/providers/numariq/index.js";
import { common400s, invalidKeyBody, notConfigured503, orderNotFoundBody } from "./fixtures.js";
import { count, useNumariqFake } from "./harness.js";

const h = useNumariqFake();

async function failure(promise: Promise<unknown>): Promise<SmsError> {
  try {
    await promise;
  } catch (error) {
    return error as SmsError;
  }
  throw new Error("expected a failure");
}

describe("numariq error table (Numariq's bodies on POST /numbers)", () => {
  const cases: [string, number, unknown, new (...args: never[]) => SmsError][] = [
    ["Numariq's bad-key body", 401, invalidKeyBody, AuthenticationError],
    ["a missing-key 401 without a body", 401, null, AuthenticationError],
    [common400s.balance, 400, { error: common400s.balance }, InsufficientBalanceError],
    ["Insufficient balance.", 400, { error: "Insufficient balance." }, InsufficientBalanceError],
    [common400s.stock, 400, { error: common400s.stock }, OutOfStockError],
    [
      "No numbers available for this selection.",
      400,
      { error: "No numbers available for this selection." },
      OutOfStockError,
    ],
    [common400s.service, 400, { error: common400s.service }, ValidationError],
    ["Service is disabled", 400, { error: "Service is disabled" }, ValidationError],
    [common400s.rentalDays, 400, { error: common400s.rentalDays }, ValidationError],
    ["Numariq's not-found body", 404, orderNotFoundBody, NotFoundError],
    [notConfigured503, 503, { error: notConfigured503 }, ProviderError],
  ];

  it.each(cases)(
    "%s -> the right error, the purchase sent once",
    async (_label, status, body, ErrorClass) => {
      h.server.use(
        http.post(`${h.fake.baseUrl}/numbers`, () =>
          body === null ? new HttpResponse(null, { status }) : HttpResponse.json(body, { status }),
        ),
      );
      const error = await failure(h.client.buy({ service: "whatsapp" }));
      expect(error).toBeInstanceOf(ErrorClass);
      expect(error.status).toBe(status);
      expect(count(h, "POST", /\/numbers$/)).toBe(1);
    },
  );

  it("makes the 503 retryable, and retries it on a GET", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/services/ },
      { kind: "status", status: 503, body: { error: notConfigured503 } },
      3,
    );
    const error = await failure(h.client.services());
    expect(error).toBeInstanceOf(ProviderError);
    expect(error.retryable).toBe(true);
    expect(error.message).toContain("not configured");
    expect(h.fake.faults.count("GET", /\/services/)).toBe(3);
  });

  it("keeps a 404 worded 'unknown' a NotFoundError", async () => {
    h.server.use(
      http.get(`${h.fake.baseUrl}/orders/:id`, () =>
        HttpResponse.json({ error: "Unknown order." }, { status: 404 }),
      ),
    );
    const order = await h.client.buy({ service: "google" });
    expect(await failure(h.client.poll(order))).toBeInstanceOf(NotFoundError);
  });
});

describe("numariq errors through the fake", () => {
  it("a wrong key is an AuthenticationError that never shows the key", async () => {
    const wrongKey = "nmq_wrong_0123456789";
    const client = createClient({ provider: h.fake.provider({ apiKey: wrongKey }) });
    const error = await failure(client.buy({ service: "whatsapp" }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error.message).toContain("Invalid API key");
    const shown = `${error.message} ${JSON.stringify(error)} ${inspect(error)}`;
    expect(shown).not.toContain(wrongKey);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("an empty wallet is an InsufficientBalanceError and charges nothing", async () => {
    h.fake.wallet.balance = 5;
    expect(await failure(h.client.buy({ service: "whatsapp" }))).toBeInstanceOf(InsufficientBalanceError);
    expect(h.fake.wallet.ledger).toEqual([]);
  });

  it("no stock is an OutOfStockError", async () => {
    h.fake.setStock(0);
    expect(await failure(h.client.buy({ service: "whatsapp" }))).toBeInstanceOf(OutOfStockError);
    expect(await failure(h.client.rent({ days: 30 }))).toBeInstanceOf(OutOfStockError);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("an unknown service is a ValidationError", async () => {
    const error = await failure(h.client.buy({ service: "myspace" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toContain("Unknown or disabled service");
  });

  it("an unknown order id is a NotFoundError on every order call", async () => {
    const order = { ...(await h.client.buy({ service: "whatsapp" })), id: "no-such-order" };
    expect(await failure(h.client.poll(order))).toBeInstanceOf(NotFoundError);
    expect(await failure(h.client.done(order))).toBeInstanceOf(NotFoundError);
    expect(await failure(h.client.cancel(order))).toBeInstanceOf(NotFoundError);
    const rental = { ...(await h.client.rent({ days: 7 })), id: "no-such-rental" };
    expect(await failure(h.client.getRental(rental))).toBeInstanceOf(NotFoundError);
    expect(await failure(h.client.renew(rental))).toBeInstanceOf(NotFoundError);
  });

  it("finishing or cancelling a finished order is an OrderStateError", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    await h.client.done(order);
    expect(await failure(h.client.done(order))).toBeInstanceOf(OrderStateError);
    expect(await failure(h.client.cancel(order))).toBeInstanceOf(OrderStateError);
  });

  it("a missing or empty key is a ValidationError at construction", () => {
    expect(() => numariq({ apiKey: "" })).toThrow(ValidationError);
    expect(() => numariq({} as never)).toThrow(ValidationError);
  });
});
