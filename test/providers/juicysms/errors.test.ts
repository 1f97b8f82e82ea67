/**
 * Every refusal word, matched whole; anything else is a ResponseFormatError (an OutcomeUnknownError for
 * a purchase, which may have been charged), never a success.
 */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  AuthenticationError,
  InsufficientBalanceError,
  NotFoundError,
  OrderStateError,
  OutcomeUnknownError,
  OutOfStockError,
  ProviderError,
  ResponseFormatError,
  ValidationError,
} from "../../../src/core/errors.js";
import type { Order, Rental } from "../../../src/core/model.js";
import { rejection, useJuicySmsFake } from "./harness.js";

const h = useJuicySmsFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const serve = (method: "get" | "post", path: string, body: string, status = 200) =>
  h.server.use(http[method](at(path), () => new HttpResponse(body, { status })));

const order: Order = {
  id: "5824699",
  provider: "juicysms",
  number: "+447684563067",
  service: "telegram",
  country: "GB",
  status: "waiting",
  code: null,
  messages: [],
  price: null,
  createdAt: null,
  expiresAt: null,
};
const rental: Rental = {
  id: "34405",
  provider: "juicysms",
  number: "+447684563067",
  country: "GB",
  service: null,
  status: "active",
  autoRenew: true,
  price: null,
  expiresAt: null,
  messages: [],
};

describe("juicysms error table", () => {
  it.each([
    ["UNAUTHORIZED", AuthenticationError],
    ["NO_KEY_PROVIDED", AuthenticationError],
    ["NO_BALANCE", InsufficientBalanceError],
    ["NO_PHONE_AVAILABLE", OutOfStockError],
    ["NO_STOCK", OutOfStockError],
    ["ORDER_ALREADY_OPEN_42", OrderStateError],
    ["ORDER_ALREADY_EXPIRED", OrderStateError],
    ["ORDER_ALREADY_COMPLETED", OrderStateError],
    ["NUMBER_EXPIRED", OrderStateError],
    ["NUMBER_OFFLINE", OrderStateError],
    ["INVALID_PACKAGE", ValidationError],
    ["ERROR", ProviderError],
  ])("makeorder answering %s is %o, and nothing is returned", async (body, type) => {
    serve("get", "/makeorder", body);
    const error = await rejection(h.client.buy({ service: "telegram" }));
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toContain(body);
  });

  it("reads surrounding whitespace (a trailing newline) as no part of the word", async () => {
    serve("get", "/makeorder", "NO_BALANCE\r\n");
    expect(await rejection(h.client.buy({ service: "telegram" }))).toBeInstanceOf(InsufficientBalanceError);
  });

  it("reads a bare ERROR as not found on calls about one order or rental, ProviderError elsewhere", async () => {
    serve("get", "/getsms", "ERROR");
    expect(await rejection(h.client.poll(order))).toBeInstanceOf(NotFoundError);
    serve("post", "/rental/view", "ERROR");
    expect(await rejection(h.client.getRental(rental))).toBeInstanceOf(NotFoundError);
    serve("post", "/rental/edit", "ERROR");
    expect(await rejection(h.provider.setAutoRenew(rental, false))).toBeInstanceOf(NotFoundError);
    serve("get", "/getbalance", "ERROR");
    expect(await rejection(h.client.balance())).toBeInstanceOf(ProviderError);
    serve("post", "/rental/new", "ERROR");
    expect(await rejection(h.client.rent({ days: 30 }))).toBeInstanceOf(ProviderError);
  });

  it("reads an undocumented JSON refusal by its words", async () => {
    serve("post", "/rental/new", JSON.stringify({ success: false, message: "NO_STOCK" }));
    expect(await rejection(h.client.rent({ days: 30 }))).toBeInstanceOf(OutOfStockError);
    serve("post", "/rental/new", JSON.stringify({ success: false, message: "Something broke" }));
    const error = await rejection(h.client.rent({ days: 30 }));
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as Error).message).toContain("Something broke");
  });
});

describe("juicysms unexpected bodies", () => {
  // Each contains a known word but is not one: a substring check would take it for a success or a refusal.
  it.each([
    ["getsms", "get", "/getsms", "WAITING..."],
    ["getsms", "get", "/getsms", "STATUS_SUCCESS_1234"],
    ["getsms", "get", "/getsms", "PENDING"],
    ["getbalance", "get", "/getbalance", "12,50"],
    ["getbalance", "get", "/getbalance", "$12.50"],
    ["getbalance", "get", "/getbalance", "UNAUTHORIZED!"],
    ["cancelorder", "get", "/cancelorder", "ORDER_CANCELED_NOT"],
    ["rental/view", "post", "/rental/view", '{"success": true, "contract_id": 1}'],
    ["rental/view", "post", "/rental/view", "{not json"],
  ] as const)(
    "%s (%s %s) answering %j is a ResponseFormatError carrying the body",
    async (_, method, path, body) => {
      serve(method, path, body);
      const call =
        path === "/getsms"
          ? h.client.poll(order)
          : path === "/getbalance"
            ? h.client.balance()
            : path === "/cancelorder"
              ? h.client.cancel(order)
              : h.client.getRental(rental);
      const error = (await rejection(call)) as ResponseFormatError;
      expect(error).toBeInstanceOf(ResponseFormatError);
      expect(error.excerpt).toBe(body.replace(/\s+/g, " ").trim().slice(0, 160));
    },
  );

  // An unreadable answer to a purchase says nothing of a charge: it is asked again once (one open order per
  // account: the second request makes the one order, or names it). Answered the same way again, it is a
  // possible charge (OutcomeUnknownError) showing the first body, never a plain format error.
  it.each([
    "XORDER_ID_1_NUMBER_07684563067",
    "ORDER_ID_1_NUMBER_07684563067 trailing",
    "ORDER_ID_abc_NUMBER_07684563067",
    "NO_BALANCE_NOW",
    "<html><body>WAITING for UNAUTHORIZED</body></html>",
    "NO_STOCK_SOON",
    "<html>NUMBER_OFFLINE</html>",
    "SIM_NUMBER_OFFLINE",
    "ORDER_ALREADY_OPEN_12 trailing",
    "",
  ])("makeorder answering %j is OutcomeUnknownError carrying the body", async (body) => {
    serve("get", "/makeorder", body);
    const error = (await rejection(h.client.buy({ service: "telegram" }))) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("buy");
    expect(error.known.reply).toBe(body.replace(/\s+/g, " ").trim().slice(0, 160));
    expect(error.cause).toBeInstanceOf(ResponseFormatError);
    expect(h.sent.filter((r) => r.path.endsWith("/makeorder"))).toHaveLength(2);
  });

  it("refuses a number it cannot make E.164 as a possible charge, naming the charged order so it can be cancelled", async () => {
    serve("get", "/makeorder", "ORDER_ID_5824699_NUMBER_12345");
    const error = (await rejection(
      h.client.buy({ service: "telegram", country: "GB" }),
    )) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.message).toContain("5824699");
    // The reply as read, which names the charged order.
    expect(error.known.reply).toBe('{"id":"5824699","rawNumber":"12345"}');
    expect(error.cause).toBeInstanceOf(ResponseFormatError);
    expect(h.sent.filter((r) => r.path.endsWith("/makeorder"))).toHaveLength(1);
  });

  it("maps HTTP errors in front of the API (a proxy) by status", async () => {
    serve("get", "/getbalance", "<html>Forbidden</html>", 403);
    expect(await rejection(h.client.balance())).toBeInstanceOf(AuthenticationError);
    serve("get", "/getbalance", "UNAUTHORIZED", 401);
    expect(await rejection(h.client.balance())).toBeInstanceOf(AuthenticationError);
  });
});

describe("juicysms refusals from the fake", () => {
  it("a wrong key is UNAUTHORIZED, a missing one NO_KEY_PROVIDED: both AuthenticationError", async () => {
    const wrong = h.fake.provider({ apiKey: "not-the-key" });
    expect(await rejection(wrong.balance!())).toBeInstanceOf(AuthenticationError);
    // The adapter cannot be built without a key; the fake answers a keyless call as the API does.
    expect(await (await fetch(at("/getbalance"))).text()).toBe("NO_KEY_PROVIDED");
  });

  it("empty wallet: NO_BALANCE; no stock: NO_PHONE_AVAILABLE; nothing charged", async () => {
    h.fake.wallet.balance = 10;
    expect(await rejection(h.client.buy({ service: "telegram" }))).toBeInstanceOf(InsufficientBalanceError);
    h.fake.wallet.balance = 10_000;
    h.fake.setStock(0, "5");
    expect(await rejection(h.client.buy({ service: "telegram" }))).toBeInstanceOf(OutOfStockError);
    await expect(h.client.buy({ service: "google" })).resolves.toMatchObject({ service: "google" });
    expect(h.fake.wallet.charges()).toBe(1);
  });
});
