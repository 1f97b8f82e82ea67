/** Each of Temp Number's own example responses, served byte for byte, read exactly; and the requests sent. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { InsufficientBalanceError } from "../../../src/core/errors.js";
import type { Rental } from "../../../src/core/model.js";
import {
  accountExample,
  buyExample,
  cancelExample,
  insufficientFundsExample,
  inventoryExample,
  listNumbersExample,
  numberSmsExample,
  pricingAllExample,
  pricingGbExample,
  receiveSmsExample,
  renewExample,
} from "./fixtures.js";
import { useTempNumberFake } from "./harness.js";

const h = useTempNumberFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;

const docsRental: Rental = {
  id: "1482",
  provider: "tempnumber",
  number: "+14035551234",
  country: "US",
  service: null,
  status: "active",
  autoRenew: null,
  price: { amount: 499, currency: "USD" },
  expiresAt: "2026-06-13T17:42:09.000Z",
  messages: [],
};

describe("tempnumber's own examples", () => {
  it("reads GET /account (balance at the top level) as Money, with bearer auth and Accept json", async () => {
    h.server.use(http.get(at("/account"), () => HttpResponse.json(accountExample)));
    expect(await h.client.balance()).toEqual({ amount: 12450, currency: "USD" });
    const sent = h.sent.at(-1)!;
    expect(sent.path).toBe("/v1/account");
    expect(sent.headers.get("authorization")).toBe(`Bearer ${h.fake.apiKey}`);
    expect(sent.headers.get("accept")).toBe("application/json");
  });

  it("also reads a balance wrapped in data, like every other reply", async () => {
    h.server.use(
      http.get(at("/account"), () =>
        HttpResponse.json({ success: true, data: { balance: "7.05", currency: "USD" } }),
      ),
    );
    expect(await h.client.balance()).toEqual({ amount: 705, currency: "USD" });
  });

  it("reads the GET /pricing example with every package in cents", async () => {
    h.server.use(http.get(at("/pricing"), () => HttpResponse.json(pricingAllExample)));
    const pricing = await h.provider.pricing();
    expect(pricing).toEqual([
      {
        country: "US",
        name: "United States",
        packages: [
          {
            numberType: "voip",
            duration: "oneMonth",
            days: 30,
            label: "1 Month",
            price: { amount: 499, currency: "USD" },
            originalPrice: { amount: 599, currency: "USD" },
            updatedAt: null,
          },
          {
            numberType: "voip",
            duration: "threeMonths",
            days: 90,
            label: "3 Months",
            price: { amount: 1299, currency: "USD" },
            originalPrice: null,
            updatedAt: null,
          },
          {
            numberType: "voip",
            duration: "sixMonths",
            days: 180,
            label: "6 Months",
            price: { amount: 2299, currency: "USD" },
            originalPrice: null,
            updatedAt: null,
          },
        ],
      },
    ]);
  });

  it("offers every GET /pricing package as a service-agnostic offer", async () => {
    h.server.use(http.get(at("/pricing"), () => HttpResponse.json(pricingAllExample)));
    const offers = await h.client.services();
    expect(offers.map((o) => [o.service, o.country, o.providerServiceId, o.price?.amount, o.stock])).toEqual([
      ["any", "US", "voip:oneMonth", 499, null],
      ["any", "US", "voip:threeMonths", 1299, null],
      ["any", "US", "voip:sixMonths", 2299, null],
    ]);
    expect(offers[0]).toMatchObject({ provider: "tempnumber", name: "Any service, 1 Month (voip)" });
  });

  it("reads the GET /pricing/GB example, asking for that country's path", async () => {
    h.server.use(http.get(at("/pricing/GB"), () => HttpResponse.json(pricingGbExample)));
    const pricing = await h.provider.pricing("uk");
    expect(h.sent.at(-1)?.path).toBe("/v1/pricing/GB");
    expect(pricing).toEqual([
      {
        country: "GB",
        name: "United Kingdom",
        packages: [
          {
            numberType: "voip",
            duration: "oneMonth",
            days: 30,
            label: "1 Month",
            price: { amount: 549, currency: "USD" },
            originalPrice: null,
            updatedAt: null,
          },
        ],
      },
    ]);
  });

  it("reads the GET /inventory example, sending country, duration and type", async () => {
    h.server.use(http.get(at("/inventory"), () => HttpResponse.json(inventoryExample)));
    const inventory = await h.provider.inventory({ country: "US", days: 30, numberType: "voip" });
    expect(h.sent.at(-1)?.path).toBe("/v1/inventory?country_code=US&duration=oneMonth&number_type=voip");
    expect(inventory).toEqual({
      country: "US",
      duration: "oneMonth",
      days: 30,
      numberType: "voip",
      stock: 47,
      available: true,
      status: "In Stock",
    });
  });

  it("sends the documented buy body and reads the POST /numbers/buy example as a Rental", async () => {
    h.server.use(http.post(at("/numbers/buy"), () => HttpResponse.json(buyExample)));
    const rental = await h.client.rent({ country: "US", days: 30, numberType: "voip" });
    const sent = h.sent.at(-1)!;
    expect(sent.method).toBe("POST");
    expect(await sent.body).toEqual({ country_code: "US", duration: "oneMonth", number_type: "voip" });
    expect(sent.headers.get("idempotency-key")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(rental).toEqual(docsRental);
  });

  it("sends the renew package and reads the renew example: new expiry, renewal price", async () => {
    h.server.use(http.post(at("/numbers/1482/renew"), () => HttpResponse.json(renewExample)));
    const renewed = await h.client.renew(docsRental, { days: 90 });
    const sent = h.sent.at(-1)!;
    expect(await sent.body).toEqual({ package: "threeMonths" });
    expect(sent.headers.get("idempotency-key")).toBeTruthy();
    expect(renewed).toEqual({
      ...docsRental,
      price: { amount: 1299, currency: "USD" },
      expiresAt: "2026-09-13T17:42:09.000Z",
    });
  });

  it("reads the cancel example: cancelled, refunded $4.99", async () => {
    h.server.use(http.post(at("/numbers/1482/cancel"), () => HttpResponse.json(cancelExample)));
    const { rental, refunded } = await h.client.cancelRental(docsRental);
    expect(h.sent.at(-1)?.headers.get("idempotency-key")).toBeTruthy();
    expect(refunded).toEqual({ amount: 499, currency: "USD" });
    expect(rental).toEqual({ ...docsRental, status: "cancelled" });
  });

  it("reads the GET /numbers example with its status filter", async () => {
    h.server.use(http.get(at("/numbers"), () => HttpResponse.json(listNumbersExample)));
    const list = await h.provider.listNumbers("expiring_soon");
    expect(h.sent.at(-1)?.path).toBe("/v1/numbers?status=expiring_soon");
    expect(list).toEqual([{ ...docsRental, price: null }]);
  });

  it("reads the GET /numbers/{id}/sms example: the code is extracted from the raw body", async () => {
    h.server.use(http.get(at("/numbers/1482/sms"), () => HttpResponse.json(numberSmsExample)));
    const fresh = await h.client.getRental(docsRental);
    expect(fresh).toEqual({
      ...docsRental,
      messages: [
        {
          id: "9912",
          from: "+18005550199",
          text: "Your code is 432901",
          code: "432901",
          receivedAt: "2026-05-13T17:43:14.000Z",
        },
      ],
    });
    expect(await h.client.inbox(docsRental)).toEqual(fresh.messages);
  });

  it("reads the GET /receive-sms example, asking by E.164 number", async () => {
    h.server.use(http.get(at("/receive-sms"), () => HttpResponse.json(receiveSmsExample)));
    const messages = await h.provider.receiveSms("+1 (403) 555-1234");
    expect(h.sent.at(-1)?.path).toBe("/v1/receive-sms?phoneNumber=%2B14035551234&limit=100");
    expect(messages).toEqual([
      {
        id: "1842",
        from: "WhatsApp",
        text: "Your verification code is 483920.",
        code: "483920",
        receivedAt: "2026-05-13T17:43:14.000Z",
      },
    ]);
  });

  it("reads Temp Number's error example as InsufficientBalanceError", async () => {
    h.server.use(
      http.post(at("/numbers/buy"), () => HttpResponse.json(insufficientFundsExample, { status: 402 })),
    );
    const error = await h.client.rent({ country: "US", days: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientBalanceError);
    expect((error as InsufficientBalanceError).message).toContain(
      "Insufficient funds to complete this purchase.",
    );
    expect((error as InsufficientBalanceError).status).toBe(402);
  });
});
