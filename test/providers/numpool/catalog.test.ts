/** services(), balance and the order list: what each costs in requests, and what it reads. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import { OutOfStockError, ValidationError } from "../../../src/core/errors.js";
import { count, usd, useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const SERVICE_COUNT = 28;

describe("numpool services()", () => {
  it("without a country: GET /services only, names and slugs, no prices", async () => {
    const offers = await h.client.services();
    expect(h.sent.map((r) => r.path)).toEqual(["/api/v1/services"]);
    expect(offers).toHaveLength(SERVICE_COUNT);
    expect(offers.find((o) => o.providerServiceId === "tn")).toEqual({
      provider: "numpool",
      service: "snapchat",
      name: "Snapchat",
      country: null,
      price: null,
      stock: null,
      providerServiceId: "tn",
    });
    expect(offers.find((o) => o.providerServiceId === "tw")?.service).toBe("twitter");
  });

  it("with a country: each service's price and stock there", async () => {
    h.fake.setPrice("tg", 28, 61);
    const offers = await h.client.services({ country: "GB" });
    expect(count(h, "GET", /\/countries\?service=/)).toBe(SERVICE_COUNT);
    expect(offers).toHaveLength(SERVICE_COUNT);
    expect(offers.every((o) => o.country === "GB" && o.stock === 338400)).toBe(true);
    expect(offers.find((o) => o.service === "telegram")?.price).toEqual(usd(61));
    expect(offers.find((o) => o.service === "whatsapp")?.price).toEqual(usd(55));
  });

  it("with a service hint: one request; without a country every country, ISO from the flag", async () => {
    h.fake.setStock(0);
    const offers = await h.provider.services({ country: null, service: "whatsapp" });
    expect(h.sent.map((r) => r.path)).toEqual(["/api/v1/countries?service=wa"]);
    expect(offers.map((o) => o.country)).toEqual(["US", "GB", "CA", "RU", "DE", "NG", "NL"]);
    expect(offers.every((o) => o.stock === 0)).toBe(true);
    expect(await h.provider.services({ country: "NL", service: "wa" })).toEqual([
      {
        provider: "numpool",
        service: "whatsapp",
        name: "WhatsApp",
        country: "NL",
        price: usd(90),
        stock: 0,
        providerServiceId: "wa",
      },
    ]);
  });

  it("skips a service NumPool lists but will not price", async () => {
    h.server.use(
      http.get(at("/services"), () =>
        HttpResponse.json([
          { id: "wa", name: "WhatsApp", domain: "whatsapp.com" },
          { id: "zz", name: "Retired", domain: "retired.example" },
        ]),
      ),
    );
    const offers = await h.client.services({ country: "US" });
    expect(offers.map((o) => o.providerServiceId)).toEqual(["wa"]);
  });

  it("reuses the lists for catalogCacheMs", async () => {
    const cached = createClient({ provider: h.fake.provider({ catalogCacheMs: 30_000 }) });
    await cached.services({ country: "US" });
    await cached.services({ country: "GB" });
    expect(h.sent).toHaveLength(1 + SERVICE_COUNT);

    await h.client.services({ country: "US" });
    await h.client.services({ country: "US" });
    expect(h.sent).toHaveLength(1 + SERVICE_COUNT + 2 * (1 + SERVICE_COUNT));
  });

  it("lets the client enforce maxPrice from the offers", async () => {
    await expect(
      h.client.buy({ service: "whatsapp", country: "US", maxPrice: usd(40) }),
    ).rejects.toBeInstanceOf(OutOfStockError);
    expect(count(h, "POST", /\/buy$/)).toBe(0);
    const order = await h.client.buy({ service: "whatsapp", country: "US", maxPrice: usd(43) });
    expect(order.price).toEqual(usd(43));
  });
});

describe("numpool balance and order list", () => {
  it("reads the wallet in cents", async () => {
    expect(await h.client.balance()).toEqual(usd(10_000));
    await h.client.buy({ service: "whatsapp" });
    expect(await h.client.balance()).toEqual(usd(9_957));
  });

  it("lists orders page by page, newest first, mapped to the model", async () => {
    const a = await h.client.buy({ service: "whatsapp", country: "US" });
    const b = await h.client.buy({ service: "google", country: "NL" });
    h.fake.deliver(a.id, "Your code is 9090");
    const orders = await h.provider.listOrders();
    expect(h.sent.at(-1)?.path).toBe("/api/v1/orders?limit=20&offset=0");
    // The list says "received" but leaves the SMS out: no code in hand, so waiting, with NumPool's word kept.
    const seen = orders.map((o) => [
      o.id,
      o.service,
      o.country,
      o.status,
      o.providerStatus,
      o.code,
      o.price?.amount,
    ]);
    expect(seen).toEqual([
      [b.id, "google", "NL", "waiting", undefined, null, 90],
      [a.id, "whatsapp", "US", "waiting", "received", null, 43],
    ]);
    expect(orders[0]?.createdAt).toBe(h.fake.orders.get(b.id)?.created_at);

    const second = await h.provider.listOrders({ limit: 1, offset: 1 });
    expect(h.sent.at(-1)?.path).toBe("/api/v1/orders?limit=1&offset=1");
    expect(second.map((o) => o.id)).toEqual([a.id]);
  });

  it("refuses a bad page before any request", async () => {
    const before = h.sent.length;
    await expect(h.provider.listOrders({ limit: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(h.provider.listOrders({ offset: -1 })).rejects.toBeInstanceOf(ValidationError);
    expect(h.sent.length).toBe(before);
  });
});
