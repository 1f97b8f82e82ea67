/** The extra operations: pricing, services, inventory, listNumbers, receiveSms (cursor paging). */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  NotFoundError,
  OutOfStockError,
  ResponseFormatError,
  ValidationError,
} from "../../../src/core/errors.js";
import { receiveSmsExample } from "./fixtures.js";
import { requestsTo, useTempNumberFake } from "./harness.js";

const h = useTempNumberFake();
const RECEIVE = /\/v1\/receive-sms/;

describe("tempnumber pricing and services", () => {
  it("lists every country's packages, and one country's", async () => {
    const all = await h.provider.pricing();
    expect(all.map((c) => c.country)).toEqual(["US", "GB"]);
    const [gb] = await h.provider.pricing("GB");
    expect(gb?.packages.map((p) => [p.duration, p.days, p.price.amount])).toEqual([["oneMonth", 30, 549]]);
  });

  it("offers packages as services, per country, and nothing where no route is live", async () => {
    const us = await h.client.services({ country: "US" });
    expect(us.map((o) => o.providerServiceId)).toEqual([
      "voip:oneMonth",
      "voip:threeMonths",
      "voip:sixMonths",
      "voip:oneYear",
      "non_voip:oneMonth",
    ]);
    expect(us.every((o) => o.service === "any" && o.country === "US")).toBe(true);
    h.fake.setStock(0, "GB");
    expect(await h.client.services({ country: "GB" })).toEqual([]);
    await expect(h.provider.pricing("GB")).rejects.toBeInstanceOf(OutOfStockError);
    expect((await h.client.services()).map((o) => o.country)).not.toContain("GB");
  });

  it("refuses a country that is not ISO alpha-2 before any request", async () => {
    await expect(h.provider.pricing("Narnia")).rejects.toBeInstanceOf(ValidationError);
    await expect(h.provider.inventory({ country: "" })).rejects.toBeInstanceOf(ValidationError);
    expect(h.sent).toHaveLength(0);
  });
});

describe("tempnumber inventory", () => {
  it("reports live stock, and none when sold out", async () => {
    expect(await h.provider.inventory({ country: "US", days: 90 })).toMatchObject({
      duration: "threeMonths",
      days: 90,
      stock: 47,
      available: true,
    });
    expect(h.sent.at(-1)?.path).toBe("/v1/inventory?country_code=US&duration=threeMonths");
    h.fake.setStock(0);
    expect(await h.provider.inventory({ country: "US" })).toMatchObject({ stock: 0, available: false });
  });

  it("refuses an unsold period or number type before any request", async () => {
    await expect(h.provider.inventory({ country: "US", days: 7 })).rejects.toMatchObject({
      field: "days",
      allowed: [30, 90, 180, 365],
    });
    await expect(h.provider.inventory({ country: "US", numberType: "sim" as never })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(h.sent).toHaveLength(0);
  });
});

describe("tempnumber listNumbers", () => {
  it("lists numbers newest first and filters by status", async () => {
    const older = await h.client.rent({ country: "US", days: 30 });
    h.fake.advance(1_000);
    const newer = await h.client.rent({ country: "US", days: 365 });
    h.fake.advance(1_000);
    const gone = await h.client.rent({ country: "GB", days: 30 });
    await h.client.cancelRental(gone);

    expect((await h.provider.listNumbers()).map((r) => r.id)).toEqual([gone.id, newer.id, older.id]);
    expect((await h.provider.listNumbers("active")).map((r) => r.id)).toEqual([newer.id, older.id]);
    expect((await h.provider.listNumbers("cancelled")).map((r) => [r.id, r.status])).toEqual([
      [gone.id, "cancelled"],
    ]);
    expect(h.sent.at(-1)?.path).toBe("/v1/numbers?status=cancelled");

    h.fake.advance(25 * 86_400_000);
    expect((await h.provider.listNumbers("expiring_soon")).map((r) => r.id)).toEqual([older.id]);
    h.fake.advance(10 * 86_400_000);
    expect((await h.provider.listNumbers("expired")).map((r) => [r.id, r.status])).toEqual([
      [older.id, "expired"],
    ]);
  });

  it("refuses an unknown status filter before any request", async () => {
    const error = await h.provider.listNumbers("pending" as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).allowed).toEqual([
      "active",
      "expiring_soon",
      "expired",
      "cancelled",
      "all",
    ]);
    expect(h.sent).toHaveLength(0);
  });
});

describe("tempnumber receiveSms", () => {
  it("follows the cursor to the last page and returns every SMS newest first", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    for (let i = 0; i < 250; i++) {
      h.fake.deliver(rental.id, `Your code is ${String(100000 + i)}`, "Service");
      h.fake.advance(1_000);
    }
    const messages = await h.provider.receiveSms(rental.number);
    expect(messages).toHaveLength(250);
    expect(messages[0]?.code).toBe("100249");
    expect(messages.at(-1)?.code).toBe("100000");
    const pages = requestsTo(h, "GET", RECEIVE);
    expect(pages).toHaveLength(3);
    expect(pages[0]?.path).not.toContain("cursor=");
    expect(pages[1]?.path).toContain("cursor=");
    expect(new Set(messages.map((m) => m.id)).size).toBe(250);
  });

  it("accepts the number as bare digits, sent as given (the API takes E.164 or digits)", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    h.fake.deliver(rental.id, "Code 5521");
    const messages = await h.provider.receiveSms(rental.number.slice(1));
    expect(messages.map((m) => m.code)).toEqual(["5521"]);
    expect(h.sent.at(-1)?.path).toContain(`phoneNumber=${rental.number.slice(1)}&`);
  });

  it("stops at a page that says there is no more, even with a cursor", async () => {
    h.server.use(
      http.get(`${h.fake.baseUrl}/receive-sms`, () =>
        HttpResponse.json({ ...receiveSmsExample, meta: { ...receiveSmsExample.meta, nextCursor: "abc" } }),
      ),
    );
    expect(await h.provider.receiveSms("+14035551234")).toHaveLength(1);
    expect(requestsTo(h, "GET", RECEIVE)).toHaveLength(1);
  });

  it("refuses to loop when the provider hands back a cursor it already gave", async () => {
    let page = 0;
    h.server.use(
      http.get(`${h.fake.baseUrl}/receive-sms`, () => {
        page += 1;
        const message = { ...receiveSmsExample.data.messages[0]!, id: page };
        return HttpResponse.json({
          ...receiveSmsExample,
          data: { ...receiveSmsExample.data, messages: [message] },
          meta: { ...receiveSmsExample.meta, hasMore: true, nextCursor: page === 1 ? "c1" : "c2" },
        });
      }),
    );
    await expect(h.provider.receiveSms("+14035551234")).rejects.toBeInstanceOf(ResponseFormatError);
    expect(requestsTo(h, "GET", RECEIVE)).toHaveLength(3);
  });

  it("answers NotFoundError for a number not on the account, ValidationError for a non-number", async () => {
    await expect(h.provider.receiveSms("+14035559999")).rejects.toBeInstanceOf(NotFoundError);
    const sent = h.sent.length;
    await expect(h.provider.receiveSms("call me")).rejects.toBeInstanceOf(ValidationError);
    expect(h.sent).toHaveLength(sent);
  });
});
