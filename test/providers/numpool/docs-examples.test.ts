/** Each of NumPool's own example responses, served byte for byte, read exactly. */
import { http } from "msw";
import { describe, expect, it } from "vitest";
import { OutcomeUnknownError, ResponseFormatError } from "../../../src/core/errors.js";
import type { Order, Rental } from "../../../src/core/model.js";
import {
  balanceExample,
  buyExample,
  cancelExample,
  countriesExample,
  countriesForServiceExample,
  inboxExample,
  rentalPricesExample,
  rentalServicesExample,
  rentExample,
  servicesExample,
  smsExample,
} from "./fixtures.js";
import { count, lastBody, rawJson, usd, useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
/** NumPool's placeholder number replaced by a real one; nothing else changed. */
const withNumber = (text: string) => text.replace("+1XXXXXXXXXX", "+12125550199");

const docsOrder: Order = {
  id: "a1b2c3",
  provider: "numpool",
  number: "+12125550199",
  service: "whatsapp",
  country: "US",
  status: "waiting",
  code: null,
  messages: [],
  price: usd(43),
  createdAt: null,
  expiresAt: null,
};

const docsRental: Rental = {
  id: "r1",
  provider: "numpool",
  number: "+13325550100",
  country: "US",
  service: "discord",
  status: "active",
  autoRenew: false,
  price: usd(450),
  expiresAt: null,
  messages: [],
};

describe("numpool's own examples", () => {
  it("reads GET /services as offers without prices", async () => {
    h.server.use(http.get(at("/services"), () => rawJson(servicesExample)));
    expect(await h.client.services()).toEqual([
      {
        provider: "numpool",
        service: "whatsapp",
        name: "WhatsApp",
        country: null,
        price: null,
        stock: null,
        providerServiceId: "wa",
      },
    ]);
  });

  it("reads GET /countries, names mapped to ISO (England is GB, USA is US)", async () => {
    h.server.use(http.get(at("/countries"), () => rawJson(countriesExample)));
    expect(await h.provider.countries()).toEqual([
      { id: 0, name: "Russia", country: "RU" },
      { id: 28, name: "England", country: "GB" },
      { id: 187, name: "USA", country: "US" },
    ]);
  });

  it("reads GET /countries?service=wa as priced offers", async () => {
    h.server.use(http.get(at("/countries"), () => rawJson(countriesForServiceExample)));
    const offers = await h.provider.services({ country: "US", service: "whatsapp" });
    expect(h.sent.map((r) => r.path)).toEqual(["/api/v1/countries?service=wa"]);
    expect(offers).toEqual([
      {
        provider: "numpool",
        service: "whatsapp",
        name: "WhatsApp",
        country: "US",
        price: usd(43),
        stock: 338400,
        providerServiceId: "wa",
      },
    ]);
  });

  it("sends NumPool's example POST /buy body and reads its reply", async () => {
    h.server.use(http.post(at("/buy"), () => rawJson(withNumber(buyExample))));
    const order = await h.client.buy({ service: "whatsapp", country: "US" });
    expect(await lastBody(h, "POST", /\/buy$/)).toEqual({ service: "wa", country: 187 });
    expect(order).toEqual({ ...docsOrder, id: "a1b2c3...", createdAt: expect.any(String) });
  });

  it("refuses NumPool's placeholder number (+1XXXXXXXXXX) rather than inventing one, as a possible charge", async () => {
    h.server.use(http.post(at("/buy"), () => rawJson(buyExample)));
    const error = await h.client.buy({ service: "whatsapp", country: "US" }).catch((e: unknown) => e);
    // Read, and naming an order: probably charged, so a possible charge showing the reply (never "nothing
    // bought", whatever the order list says), and the list is not asked.
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).cause).toBeInstanceOf(ResponseFormatError);
    expect((error as OutcomeUnknownError).known.reply).toContain("+1XXXXXXXXXX");
    expect(count(h, "GET", /\/orders/)).toBe(0);
  });

  it("reads GET /sms/:order_id: status, code and the full SMS", async () => {
    h.server.use(http.get(at("/sms/:id"), () => rawJson(smsExample)));
    const polled = await h.client.poll(docsOrder);
    expect(polled).toEqual({
      ...docsOrder,
      status: "received",
      code: "123456",
      messages: [{ id: null, from: null, text: "Your code is 123456", code: "123456", receivedAt: null }],
    });
  });

  it("reads POST /cancel/:order_id: refunded 0.43 is 43 cents", async () => {
    h.server.use(http.post(at("/cancel/:id"), () => rawJson(cancelExample)));
    expect(await h.client.cancel(docsOrder)).toEqual({
      order: { ...docsOrder, status: "cancelled" },
      refunded: usd(43),
    });
  });

  it("reads GET /rentals/services and GET /rentals/prices", async () => {
    h.server.use(
      http.get(at("/rentals/services"), () => rawJson(rentalServicesExample)),
      http.get(at("/rentals/prices"), () => rawJson(rentalPricesExample)),
    );
    expect(await h.provider.rentalServices()).toEqual([
      { service: "discord", name: "Discord", providerServiceId: "discord" },
    ]);
    expect(await h.provider.rentalPrices("discord")).toEqual([
      { duration: "oneDay", days: 1, price: usd(120) },
    ]);
    expect(h.sent.at(-1)?.path).toBe("/api/v1/rentals/prices?service=discord");
  });

  it("sends NumPool's example POST /rentals body and reads its reply", async () => {
    h.server.use(http.post(at("/rentals"), () => rawJson(withNumber(rentExample))));
    const rental = await h.client.rent({ service: "discord", days: 7 });
    expect(await lastBody(h, "POST", /\/rentals$/)).toEqual({ service: "discord", duration: "sevenDay" });
    // "2026-06-20T..." is not a time: no expiry rather than a made-up one.
    expect(rental).toEqual({ ...docsRental, id: "r1...", number: "+12125550199" });
  });

  it("reads GET /rentals/:id/sms", async () => {
    h.server.use(http.get(at("/rentals/:id/sms"), () => rawJson(inboxExample)));
    expect(await h.client.inbox(docsRental)).toEqual([
      { id: null, from: "Discord", text: "Your code is 123456", code: "123456", receivedAt: null },
    ]);
  });

  it("reads GET /balance: 12.40 is 1240 cents", async () => {
    h.server.use(http.get(at("/balance"), () => rawJson(balanceExample)));
    expect(await h.client.balance()).toEqual(usd(1240));
    expect(h.sent[0]?.headers.get("x-api-key")).toBe(h.fake.apiKey);
  });
});
