/** Each of JuicySMS's own example responses, served byte for byte, read exactly. */
import { HttpResponse, http } from "msw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  AuthenticationError,
  InsufficientBalanceError,
  OrderStateError,
  OutOfStockError,
  ValidationError,
} from "../../../src/core/errors.js";
import type { Order, Rental } from "../../../src/core/model.js";
import {
  cancelReplies,
  getsmsReplies,
  makeorderReplies,
  rentalEditExample,
  rentalExtendExample,
  rentalNewExample,
  rentalReplies,
  rentalViewExample,
  reuseReplies,
  wildReplies,
} from "./fixtures.js";
import { last, rejection, useJuicySmsFake } from "./harness.js";

const h = useJuicySmsFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const plain = (body: string) => () =>
  new HttpResponse(body, { headers: { "content-type": "text/html; charset=UTF-8" } });
const json = (body: string) => () =>
  new HttpResponse(body, { headers: { "content-type": "application/json" } });
const serveGet = (path: string, body: string) => h.server.use(http.get(at(path), plain(body)));
const servePost = (path: string, body: string, asJson = true) =>
  h.server.use(http.post(at(path), asJson ? json(body) : plain(body)));

const docsOrder: Order = {
  id: "5824699",
  provider: "juicysms",
  number: "+447684563067",
  service: "telegram",
  country: "GB",
  status: "waiting",
  code: null,
  messages: [],
  price: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  expiresAt: null,
};

const docsRental: Rental = {
  id: "33405",
  provider: "juicysms",
  number: "+447684563067",
  country: "GB",
  service: null,
  status: "active",
  autoRenew: false,
  price: { amount: 3000, currency: "EUR" },
  expiresAt: "2026-09-22T12:57:03.000Z",
  messages: [],
};

// The examples' expiries (June and September 2026) lie ahead of this moment.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
});
afterEach(() => vi.useRealTimers());

describe("juicysms's own examples: verification", () => {
  it("reads ORDER_ID_{id}_NUMBER_{national number} as a waiting order with an E.164 number", async () => {
    serveGet("/makeorder", makeorderReplies.success);
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    expect(order).toEqual(docsOrder);
    expect(last(h, "/api/makeorder").query).toEqual({ serviceId: "5", country: "UK", key: h.fake.apiKey });
  });

  it("maps each makeorder refusal to its error", async () => {
    const cases: Array<[string, new (...args: never[]) => Error]> = [
      [makeorderReplies.noPhone, OutOfStockError],
      [makeorderReplies.noBalance, InsufficientBalanceError],
      [makeorderReplies.alreadyOpen, OrderStateError],
      [wildReplies.unauthorized, AuthenticationError],
      [wildReplies.noKey, AuthenticationError],
    ];
    for (const [body, type] of cases) {
      serveGet("/makeorder", body);
      expect(await rejection(h.client.buy({ service: "telegram", country: "GB" }))).toBeInstanceOf(type);
    }
  });

  it("names the open order of ORDER_ALREADY_OPEN_{id}", async () => {
    serveGet("/makeorder", makeorderReplies.alreadyOpen);
    const error = (await rejection(h.client.buy({ service: "google" }))) as OrderStateError;
    expect(error.openOrderId).toBe("5824699");
    expect(error.toJSON()).toMatchObject({ code: "order_state", openOrderId: "5824699" });
  });

  it("reads WAITING, ORDER_EXPIRED and SUCCESS_{SMS} from getsms", async () => {
    serveGet("/getsms", getsmsReplies.waiting);
    expect(await h.client.poll(docsOrder)).toEqual(docsOrder);

    serveGet("/getsms", getsmsReplies.success);
    const received = await h.client.poll(docsOrder);
    expect(received).toEqual({
      ...docsOrder,
      status: "received",
      code: "41953",
      messages: [
        {
          id: null,
          from: null,
          text: "Your Telegram code: 41953. Do not give this code to anyone.",
          code: "41953",
          receivedAt: null,
        },
      ],
    });

    serveGet("/getsms", getsmsReplies.expired);
    expect(await h.client.poll(docsOrder)).toEqual({ ...docsOrder, status: "expired" });
    expect(last(h, "/api/getsms").query).toEqual({ orderId: "5824699", key: h.fake.apiKey });
  });

  it("reads ORDER_CANCELED and NUMBER_SKIPPED_ORDER_CANCELED; the amount is not said", async () => {
    serveGet("/cancelorder", cancelReplies.canceled);
    expect(await h.client.cancel(docsOrder)).toEqual({
      order: { ...docsOrder, status: "cancelled" },
      refunded: null,
    });
    serveGet("/skipnumber", cancelReplies.skipped);
    expect(await h.provider.skip(docsOrder)).toEqual({
      order: { ...docsOrder, status: "cancelled" },
      refunded: null,
    });
    expect(last(h, "/api/skipnumber").query).toEqual({ orderId: "5824699", key: h.fake.apiKey });
  });

  it("maps ORDER_ALREADY_EXPIRED and ORDER_ALREADY_COMPLETED to OrderStateError", async () => {
    for (const body of [cancelReplies.alreadyExpired, cancelReplies.alreadyCompleted]) {
      serveGet("/cancelorder", body);
      expect(await rejection(h.client.cancel(docsOrder))).toBeInstanceOf(OrderStateError);
      serveGet("/skipnumber", body);
      expect(await rejection(h.provider.skip(docsOrder))).toBeInstanceOf(OrderStateError);
    }
  });

  it("reads the bare balance as USD cents", async () => {
    for (const [body, cents] of [
      ["12.5", 1250],
      ["0", 0],
      ["4.99", 499],
      ["100.00", 10_000],
    ] as const) {
      serveGet("/getbalance", body);
      expect(await h.client.balance()).toEqual({ amount: cents, currency: "USD" });
    }
  });

  it("reads the reuse replies", async () => {
    serveGet("/reuse", reuseReplies.success);
    const reused = await h.provider.reuse({ ...docsOrder, status: "received", code: "123456" });
    expect(reused).toEqual({ ...docsOrder, id: "5824700" });
    expect(last(h, "/api/reuse").query).toEqual({ orderId: "5824699", key: h.fake.apiKey });

    serveGet("/reuse", reuseReplies.offline);
    expect(await rejection(h.provider.reuse(docsOrder))).toBeInstanceOf(OrderStateError);
    serveGet("/reuse", reuseReplies.noBalance);
    expect(await rejection(h.provider.reuse(docsOrder))).toBeInstanceOf(InsufficientBalanceError);
    serveGet("/reuse", reuseReplies.alreadyOpen);
    const open = (await rejection(h.provider.reuse(docsOrder))) as OrderStateError;
    expect(open).toBeInstanceOf(OrderStateError);
    expect(open.openOrderId).toBe("5824700");
  });
});

describe("juicysms's own examples: rentals", () => {
  it('reads the rental/new example (auto_renew as the string "true")', async () => {
    servePost("/rental/new", rentalNewExample);
    const rental = await h.client.rent({ country: "GB", days: 90 });
    expect(rental).toEqual({
      id: "34405",
      provider: "juicysms",
      number: "+447684563067",
      country: "GB",
      service: null,
      status: "active",
      autoRenew: true,
      price: { amount: 3000, currency: "EUR" },
      expiresAt: "2026-06-22T12:57:03.000Z",
      messages: [],
    });
    const sent = last(h, "/api/rental/new");
    expect(sent.method).toBe("POST");
    expect(sent.query).toEqual({ country: "UK", package: "3m", key: h.fake.apiKey });
  });

  it("reads the rental/view example: messages newest first, codes extracted", async () => {
    servePost("/rental/view", rentalViewExample);
    const rental = await h.client.getRental(docsRental);
    expect(rental).toEqual({
      ...docsRental,
      messages: [
        {
          id: "2",
          from: "SinchVerify",
          text: "Your Tinder code is 417097 Don’t share @tinder.com #417097",
          code: "417097",
          receivedAt: "2023-08-02T14:30:42.000Z",
        },
        {
          id: "1",
          from: "Uber",
          text: "Your Uber code is 0183. Never share this code.",
          code: "0183",
          receivedAt: "2023-08-02T14:30:23.000Z",
        },
      ],
    });
    expect(await h.client.inbox(docsRental)).toEqual(rental.messages);
    expect(last(h, "/api/rental/view").query).toEqual({ contract_id: "33405", key: h.fake.apiKey });
  });

  it("reads the rental/extend example, after viewing the contract", async () => {
    servePost("/rental/view", rentalViewExample);
    servePost("/rental/extend", rentalExtendExample);
    const renewed = await h.client.renew(docsRental, { days: 90 });
    expect(renewed.id).toBe("33405");
    expect(renewed.expiresAt).toBe("2026-09-22T12:57:03.000Z");
    expect(renewed.price).toEqual({ amount: 3000, currency: "EUR" });
    expect(renewed.status).toBe("active");
    expect(renewed.messages.map((m) => m.id)).toEqual(["2", "1"]);
    expect(last(h, "/api/rental/extend").query).toEqual({
      contract_id: "33405",
      package: "3m",
      key: h.fake.apiKey,
    });
  });

  it("reads the rental/edit example", async () => {
    servePost("/rental/edit", rentalEditExample);
    const edited = await h.provider.setAutoRenew({ ...docsRental, autoRenew: true }, false);
    expect(edited).toEqual(docsRental);
    expect(last(h, "/api/rental/edit").query).toEqual({
      contract_id: "33405",
      auto_renew: "false",
      key: h.fake.apiKey,
    });
  });

  it("maps each rental refusal to its error", async () => {
    const cases: Array<[string, string, new (...args: never[]) => Error]> = [
      ["/rental/new", rentalReplies.noStock, OutOfStockError],
      ["/rental/new", rentalReplies.noBalance, InsufficientBalanceError],
      ["/rental/new", rentalReplies.invalidPackage, ValidationError],
    ];
    for (const [path, body, type] of cases) {
      servePost(path, body, false);
      expect(await rejection(h.client.rent({ country: "NL", days: 30 }))).toBeInstanceOf(type);
    }
    servePost("/rental/view", rentalViewExample);
    for (const [body, type] of [
      [rentalReplies.expired, OrderStateError],
      [rentalReplies.noBalance, InsufficientBalanceError],
      [rentalReplies.invalidPackage, ValidationError],
    ] as const) {
      servePost("/rental/extend", body, false);
      expect(await rejection(h.client.renew(docsRental))).toBeInstanceOf(type);
    }
  });
});
