/** `maxPrice`: nothing is bought above it, and a limit the client cannot check is refused, not ignored. */
import { describe, expect, it } from "vitest";
import { createClient, OutOfStockError, UnsupportedError, ValidationError } from "../../src/index.js";
import { createJuicySmsFake } from "../../src/testing/fakes/juicysms.js";
import { createNumpoolFake } from "../../src/testing/fakes/numpool.js";
import { rejection, sandboxClient, useFakeServer } from "./helpers.js";
import { recordingProvider } from "./recording-provider.js";

const usd = (amount: number) => ({ amount, currency: "USD" as const });

describe("maxPrice on the sandbox (WhatsApp costs 60 cents)", () => {
  it("below the price: OutOfStockError and nothing bought", async () => {
    const { client, provider } = sandboxClient();
    const before = await client.balance();
    const error = await rejection(client.buy({ service: "whatsapp", maxPrice: usd(59) }));
    expect(error).toBeInstanceOf(OutOfStockError);
    expect((error as Error).message).toContain("$0.60");
    expect(await client.balance()).toEqual(before);
    expect(provider.ledger()).toEqual([]);
  });

  it("at or above the price: bought at the quoted price", async () => {
    const { client, provider } = sandboxClient();
    const atLimit = await client.buy({ service: "whatsapp", maxPrice: usd(60) });
    const above = await client.buy({ service: "whatsapp", country: "GB", maxPrice: usd(500) });
    expect(atLimit.price).toEqual(usd(60));
    expect(above.price).toEqual(usd(60));
    expect(provider.ledger().map((e) => [e.kind, e.amount])).toEqual([
      ["charge", 60],
      ["charge", 60],
    ]);
  });

  it("follows the provider's own price list", async () => {
    const { client, provider } = sandboxClient({ services: { whatsapp: 80 } });
    await expect(client.buy({ service: "whatsapp", maxPrice: usd(60) })).rejects.toBeInstanceOf(
      OutOfStockError,
    );
    await expect(client.buy({ service: "whatsapp", maxPrice: usd(80) })).resolves.toMatchObject({
      price: usd(80),
    });
    expect(provider.ledger()).toHaveLength(1);
  });

  it("in another currency than the provider's: ValidationError naming the right one", async () => {
    const { client, provider } = sandboxClient();
    const error = await rejection(
      client.buy({ service: "whatsapp", maxPrice: { amount: 100, currency: "EUR" } }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "maxPrice.currency", allowed: ["USD"] });
    expect(provider.ledger()).toEqual([]);

    const { client: euro } = sandboxClient({ currency: "EUR" });
    await expect(
      euro.buy({ service: "whatsapp", maxPrice: { amount: 60, currency: "EUR" } }),
    ).resolves.toMatchObject({ price: { amount: 60, currency: "EUR" } });
  });
});

describe("maxPrice on HTTP providers", () => {
  const server = useFakeServer();

  it("JuicySMS quotes no prices: UnsupportedError before any request, nothing bought", async () => {
    const { client, fake } = server.install(createJuicySmsFake());
    const error = await rejection(client.buy({ ...fake.buyInput, maxPrice: usd(1000) }));
    expect(error).toBeInstanceOf(UnsupportedError);
    // It says why maxPrice cannot work, not that the provider lacks an operation the caller never named.
    expect((error as Error).message).toBe(
      "juicysms quotes no prices, so maxPrice cannot be enforced: buy without maxPrice",
    );
    expect(fake.faults.requests).toEqual([]);
    expect(fake.wallet.charges()).toBe(0);
  });

  it("NumPool: one price request for the one service, then the purchase", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    const order = await client.buy({ service: "whatsapp", country: "US", maxPrice: usd(45) });
    expect(order.price).toEqual(usd(43));
    expect(fake.faults.count("GET", /\/countries/)).toBe(1);
    expect(fake.faults.count("GET", /\/services/)).toBe(0);
    expect(fake.faults.count("POST", /\/buy$/)).toBe(1);
    expect(fake.wallet.charges()).toBe(1);
  });

  it("NumPool: below the country's price, nothing is bought", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    const error = await rejection(client.buy({ service: "whatsapp", country: "US", maxPrice: usd(42) }));
    expect(error).toBeInstanceOf(OutOfStockError);
    expect(fake.faults.count("POST", /\/buy$/)).toBe(0);
    expect(fake.wallet.charges()).toBe(0);
  });

  it("NumPool: a price change is seen at the next purchase", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    fake.setPrice("wa", 187, 30);
    await expect(
      client.buy({ service: "whatsapp", country: "US", maxPrice: usd(30) }),
    ).resolves.toMatchObject({ price: usd(30) });
  });

  it("NumPool: maxPrice in EUR is refused before the purchase", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    const error = await rejection(
      client.buy({ service: "whatsapp", country: "US", maxPrice: { amount: 45, currency: "EUR" } }),
    );
    expect(error).toMatchObject({ code: "invalid_request", field: "maxPrice.currency", allowed: ["USD"] });
    expect(fake.faults.count("POST", /\/buy$/)).toBe(0);
  });

  // NumPool prices per country (RU 12, US 43, NL 90 cents) and buys in the US when no country is named:
  // the cheapest country's price says nothing about what the purchase will cost.
  it("NumPool without a country: never buys above maxPrice because another country is cheaper", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    const error = await rejection(client.buy({ service: "whatsapp", maxPrice: usd(20) }));
    expect(error).toBeInstanceOf(OutOfStockError);
    expect((error as Error).message).toMatch(/country/);
    expect(fake.faults.count("POST", /\/buy$/)).toBe(0);
    expect(fake.wallet.charges()).toBe(0);
  });

  it("NumPool without a country: bought when every country is within maxPrice", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    const order = await client.buy({ service: "whatsapp", maxPrice: usd(90) });
    expect(order.price!.amount).toBeLessThanOrEqual(90);
    expect(fake.wallet.charges()).toBe(1);
  });
});

describe("maxPrice with a named country", () => {
  it("holds against that country's price, not a cheaper country's: OutOfStockError, nothing bought", async () => {
    const offer = (country: string, amount: number) => ({
      provider: "sandbox" as const,
      service: "whatsapp",
      name: "WhatsApp",
      country,
      price: usd(amount),
      stock: 5,
      providerServiceId: "wa",
    });
    // A provider that answers services() with every country, whatever country it is asked about.
    const { provider, calls } = recordingProvider({}, [offer("US", 90), offer("GB", 10)]);
    const error = await rejection(
      createClient({ provider }).buy({ service: "whatsapp", country: "US", maxPrice: usd(50) }),
    );
    expect(error).toBeInstanceOf(OutOfStockError);
    expect((error as Error).message).toContain("$0.90");
    expect(calls.map(([op]) => op)).toEqual(["services"]);
  });
});
