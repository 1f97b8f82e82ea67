/** Each documented reply, served as is, read exactly. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import type { Order } from "../../../src/core/model.js";
import {
  BALANCE_REPLY,
  EXAMPLE_CREATE_REPLY,
  EXAMPLE_CREATE_REQUEST,
  EXAMPLE_POLL_REPLY,
  QUOTE_REPLY,
  RENTAL,
  RENTAL_MESSAGES,
  SERVICES_REPLY,
  VERIFICATION_MESSAGES,
  VERIFICATION_RECEIVED,
} from "./fixtures.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();

describe("fetchsms documented replies", () => {
  it("FetchSMS's create and poll examples (the poll carries no number: the order keeps its own)", async () => {
    t.server.use(
      http.post(t.url("/verifications"), () => HttpResponse.json(EXAMPLE_CREATE_REPLY, { status: 201 })),
      http.get(t.url("/verifications/:id"), () => HttpResponse.json(EXAMPLE_POLL_REPLY)),
      http.get(t.url("/verifications/:id/messages"), () => HttpResponse.json([])),
    );
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    expect((await t.bodies()).at(-1)?.body).toEqual(EXAMPLE_CREATE_REQUEST);
    expect(order).toEqual({
      id: "9f3e1c2a-…",
      provider: "fetchsms",
      number: "+13325550184",
      service: "whatsapp",
      country: "US",
      status: "waiting",
      code: null,
      messages: [],
      price: null,
      createdAt: null,
      expiresAt: null,
    });
    const polled = await c.poll(order);
    expect(polled).toMatchObject({
      id: "9f3e1c2a-…",
      number: "+13325550184",
      status: "received",
      code: "482910",
    });
    expect(polled.messages).toEqual([{ id: null, from: null, text: null, code: "482910", receivedAt: null }]);
    // Only the active-list snapshot before the purchase reached the fake; the rest came from the examples.
    expect(t.fake.faults.requests.map((r) => r.path)).toEqual(["/v1/verifications?tab=active"]);
  });

  it("a full Verification and its messages (offset-less microsecond timestamps are UTC)", async () => {
    t.server.use(
      http.get(t.url("/verifications/:id"), () => HttpResponse.json(VERIFICATION_RECEIVED)),
      http.get(t.url("/verifications/:id/messages"), () => HttpResponse.json(VERIFICATION_MESSAGES)),
    );
    const stale = { id: VERIFICATION_RECEIVED.id, provider: "fetchsms", number: "+13325550184" } as Order;
    const order = await t.fake
      .provider()
      .poll({ ...stale, service: null, messages: [], price: null } as Order);
    expect(order).toEqual({
      id: VERIFICATION_RECEIVED.id,
      provider: "fetchsms",
      number: "+13325550184",
      service: "telegram",
      country: "US",
      status: "received",
      code: "558213",
      messages: [
        { id: "m-2", from: null, text: null, code: "558213", receivedAt: "2026-06-17T22:19:44.120Z" },
        { id: "m-1", from: null, text: null, code: "093114", receivedAt: "2026-06-17T22:16:02.300Z" },
      ],
      price: { amount: 70, currency: "USD" },
      createdAt: "2026-06-17T22:14:05.481Z",
      expiresAt: "2026-06-17T22:29:05.481Z",
    });
  });

  it("a Rental and its messages", async () => {
    t.server.use(
      http.get(t.url("/rentals/:id"), () => HttpResponse.json(RENTAL)),
      http.get(t.url("/rentals/:id/messages"), () => HttpResponse.json(RENTAL_MESSAGES)),
    );
    const c = t.client();
    const rental = await c.getRental({
      id: RENTAL.id,
      provider: "fetchsms",
      number: "+16465550142",
      country: "US",
      service: null,
      status: "active",
      autoRenew: null,
      price: null,
      expiresAt: null,
      messages: [],
    });
    expect(rental).toEqual({
      id: RENTAL.id,
      provider: "fetchsms",
      number: "+16465550142",
      country: "US",
      service: "unlimited-services",
      status: "active",
      autoRenew: null,
      price: { amount: 3200, currency: "USD" },
      expiresAt: "2026-07-24T22:14:05.481Z",
      messages: [
        {
          id: "rm-2",
          from: "WhatsApp",
          text: "WhatsApp code 821-193",
          code: "821193",
          receivedAt: "2026-06-19T10:30:00.500Z",
        },
        {
          id: "rm-1",
          from: "Discord",
          text: "Your Discord code is 662190",
          code: "662190",
          receivedAt: "2026-06-18T09:01:12.000Z",
        },
      ],
    });
  });

  it("the services list", async () => {
    t.server.use(http.get(t.url("/services"), () => HttpResponse.json(SERVICES_REPLY)));
    expect(await t.client().services()).toEqual([
      {
        provider: "fetchsms",
        service: "unlimited-services",
        name: "Unlimited Services",
        country: "US",
        price: { amount: 0, currency: "USD" },
        stock: 0,
        providerServiceId: "1",
      },
      {
        provider: "fetchsms",
        service: "telegram",
        name: "Telegram",
        country: "US",
        price: { amount: 70, currency: "USD" },
        stock: 3,
        providerServiceId: "4",
      },
    ]);
  });

  it("a balance reply and a quote", async () => {
    t.server.use(
      http.get(t.url("/wallet/balance"), () => HttpResponse.json(BALANCE_REPLY)),
      http.get(t.url("/services/quote"), () => HttpResponse.json(QUOTE_REPLY)),
    );
    expect(await t.client().balance()).toEqual({ amount: 12345, currency: "USD" });
    expect(await t.fake.provider().quote({ service: "telegram", mode: "short", areaCode: "332" })).toEqual({
      amount: 95,
      currency: "USD",
    });
  });
});
