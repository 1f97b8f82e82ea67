/** Each of Numariq's own example responses, served byte for byte, read exactly. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { Order } from "../../../src/core/model.js";
import {
  cancelClosedExample,
  cancelRefundedExample,
  doneExample,
  orderExample,
  purchaseExample,
  renewExample,
  servicesExample,
} from "./fixtures.js";
import { count, lastBody, useNumariqFake } from "./harness.js";

const h = useNumariqFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const DOCS_ID = "5f3c…-order-uuid";

const docsOrder: Order = {
  id: DOCS_ID,
  provider: "numariq",
  number: "+12125550199",
  service: "whatsapp",
  country: "US",
  status: "waiting",
  code: null,
  messages: [],
  price: { amount: 20, currency: "USD" },
  createdAt: null,
  expiresAt: "2026-06-07T18:15:00.000Z",
};

describe("numariq's own examples", () => {
  it("reads the GET /services example as offers, asking for US sms", async () => {
    h.server.use(http.get(at("/services"), () => HttpResponse.json(servicesExample)));
    const offers = await h.client.services();
    expect(h.sent.at(-1)?.path).toBe("/api/v1/services?country=US&channel=sms");
    expect(offers).toEqual([
      {
        provider: "numariq",
        service: "google",
        name: "Google",
        country: "US",
        price: { amount: 10, currency: "USD" },
        stock: null,
        providerServiceId: "google",
      },
      {
        provider: "numariq",
        service: "whatsapp",
        name: "WhatsApp",
        country: "US",
        price: { amount: 20, currency: "USD" },
        stock: null,
        providerServiceId: "whatsapp",
      },
    ]);
  });

  it("reads the POST /numbers example as an Order, keeping the requested service", async () => {
    h.server.use(http.post(at("/numbers"), () => HttpResponse.json(purchaseExample, { status: 201 })));
    const order = await h.client.buy({ service: "whatsapp", country: "US", areaCode: "212" });
    expect(order).toEqual(docsOrder);
    const sent = h.sent.at(-1)!;
    expect(sent.headers.get("x-api-key")).toBe(h.fake.apiKey);
    expect(await sent.body).toEqual({
      country: "US",
      type: "activation",
      service: "whatsapp",
      channel: "sms",
      area_code: "212",
    });
  });

  it("reads the GET /orders/:id example: status, code, message", async () => {
    h.server.use(http.get(at("/orders/:id"), () => HttpResponse.json(orderExample)));
    const polled = await h.client.poll(docsOrder);
    // Numariq's example id holds a non-ASCII ellipsis: it travels percent-encoded.
    expect(h.sent.at(-1)?.path).toBe("/api/v1/orders/5f3c%E2%80%A6-order-uuid");
    expect(polled).toEqual({
      ...docsOrder,
      status: "received",
      code: "558213",
      messages: [
        {
          id: "msg-uuid",
          from: "WhatsApp",
          text: "Your code is 558-213",
          code: "558213",
          receivedAt: "2026-06-07T18:03:11.000Z",
        },
      ],
    });
  });

  it("reads the done example", async () => {
    h.server.use(http.post(at("/orders/:id/done"), () => HttpResponse.json(doneExample)));
    const done = await h.client.done(docsOrder);
    expect(done).toEqual({ ...docsOrder, status: "done" });
  });

  it('reads the cancel example: "refunded" gives back the order price', async () => {
    h.server.use(http.post(at("/orders/:id/cancel"), () => HttpResponse.json(cancelRefundedExample)));
    const result = await h.client.cancel(docsOrder);
    expect(result).toEqual({
      order: { ...docsOrder, status: "cancelled" },
      refunded: { amount: 20, currency: "USD" },
    });
    // The price was known, so no poll was needed.
    expect(count(h, "GET", /\/orders\//)).toBe(0);
  });

  it('reads "closed" as a cancel with nothing refunded', async () => {
    h.server.use(http.post(at("/orders/:id/cancel"), () => HttpResponse.json(cancelClosedExample)));
    const result = await h.client.cancel({ ...docsOrder, status: "received", code: "558213" });
    expect(result.refunded).toBeNull();
    expect(result.order.status).toBe("cancelled");
  });

  it("reads the renew example, reading the rental before (the expiry a lost reply is checked against) and after", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.server.use(http.post(at("/rentals/:id/renew"), () => HttpResponse.json(renewExample)));
    const before = count(h, "GET", /\/orders\//);
    const renewed = await h.client.renew(rental);
    expect(count(h, "GET", /\/orders\//)).toBe(before + 2);
    expect(renewed).toMatchObject({ id: rental.id, status: "active", expiresAt: rental.expiresAt });
  });

  it("sends the rental bodies of Numariq's cURL examples", async () => {
    await h.client.rent({ country: "US", days: 30 });
    expect(await lastBody(h, "POST", /\/numbers$/)).toEqual({
      country: "US",
      type: "rental",
      period_days: 30,
    });
    await h.client.rent({ country: "US", days: 7, autoRenew: false });
    expect(await lastBody(h, "POST", /\/numbers$/)).toEqual({
      country: "US",
      type: "rental",
      period_days: 7,
      renewable: false,
    });
  });
});
