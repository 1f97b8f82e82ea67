/**
 * A client over several providers, against the provider fakes (the real adapters over msw): which
 * provider sells, when the router moves on, and that no failure it moves on from ever charged.
 * Numariq quotes WhatsApp in the US at $0.20, NumPool at $0.43 and FetchSMS at $0.85.
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import {
  NoProviderError,
  OutcomeUnknownError,
  OutOfStockError,
  ValidationError,
} from "../../../src/core/errors.js";
import { sandbox } from "../../../src/providers/sandbox/index.js";
import { useRouterFakes } from "./fakes.js";

const f = useRouterFakes();

const charges = () => ({
  numariq: f.numariq.wallet.charges(),
  numpool: f.numpool.wallet.charges(),
  fetchsms: f.fetchsms.wallet.charges(),
  juicysms: f.juicysms.wallet.charges(),
});
const requests = (fake: { faults: { requests: unknown[] } }) => fake.faults.requests.length;
const posts = (fake: { faults: { requests: Array<{ method: string }> } }) =>
  fake.faults.requests.filter((r) => r.method === "POST").length;

describe("choosing a provider", () => {
  it("cheapest: buys from the provider quoting the lowest price, wherever it is in the list", async () => {
    const client = createClient({
      providers: [f.fetchsms.provider(), f.numpool.provider(), f.numariq.provider()],
    });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    expect(order.provider).toBe("numariq");
    expect(charges()).toEqual({ numariq: 1, numpool: 0, fetchsms: 0, juicysms: 0 });
  });

  it("cheapest: follows the price when it changes (a fresh client, no cached quote)", async () => {
    f.fetchsms.setPrice("whatsapp", 10);
    const client = createClient({ providers: [f.numariq.provider(), f.fetchsms.provider()] });
    expect((await client.buy({ service: "whatsapp", country: "US" })).provider).toBe("fetchsms");
  });

  it("ordered: keeps the given order and reads no catalog", async () => {
    const client = createClient({
      providers: [f.fetchsms.provider(), f.numariq.provider()],
      strategy: "ordered",
    });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    expect(order.provider).toBe("fetchsms");
    expect(requests(f.numariq)).toBe(0);
    expect(f.fetchsms.faults.requests.filter((r) => /services/.test(r.path))).toEqual([]);
  });

  it("a call that names a provider goes there alone", async () => {
    const client = createClient({ providers: [f.numariq.provider(), f.numpool.provider()] });
    const order = await client.buy({ service: "whatsapp", country: "US", provider: "numpool" });
    expect(order.provider).toBe("numpool");
    expect(requests(f.numariq)).toBe(0);
    await expect(client.buy({ service: "whatsapp", provider: "fetchsms" })).rejects.toMatchObject({
      code: "invalid_request",
      field: "provider",
      allowed: ["numariq", "numpool"],
    });
  });

  it("leaves out, without a request, a provider that cannot serve the request", async () => {
    // Numariq sells only in the US; NumPool sells in GB.
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider()],
      strategy: "ordered",
    });
    const order = await client.buy({ service: "whatsapp", country: "GB" });
    expect(order.provider).toBe("numpool");
    expect(requests(f.numariq)).toBe(0);
  });

  it("leaves out, without a request, providers without the channel, the area code or idempotency asked for", async () => {
    const client = createClient({
      providers: [f.numpool.provider(), f.fetchsms.provider(), f.numariq.provider()],
    });
    // Only Numariq reads codes out by voice.
    expect((await client.buy({ service: "whatsapp", country: "US", channel: "voice" })).provider).toBe(
      "numariq",
    );
    expect(requests(f.numpool) + requests(f.fetchsms)).toBe(0);
    // NumPool takes no area code; FetchSMS and Numariq do, and Numariq is cheaper.
    f.numariq.setStock(0);
    expect((await client.buy({ service: "whatsapp", country: "US", areaCode: "212" })).provider).toBe(
      "fetchsms",
    );
    expect(requests(f.numpool)).toBe(0);
    // None of the three de-duplicates by key: a key is refused everywhere, before any request.
    const before = requests(f.numpool) + requests(f.fetchsms) + requests(f.numariq);
    const error = (await client
      .buy({ service: "whatsapp", country: "US", idempotencyKey: "k-1" })
      .catch((e: unknown) => e)) as NoProviderError;
    expect(error).toBeInstanceOf(NoProviderError);
    expect(error.attempts.map((a) => a.error.code)).toEqual(["unsupported", "unsupported", "unsupported"]);
    expect(requests(f.numpool) + requests(f.fetchsms) + requests(f.numariq)).toBe(before);
  });

  it("refuses a provider given twice: orders name only the provider", () => {
    expect(() => createClient({ providers: [f.numpool.provider(), f.numpool.provider()] })).toThrow(
      ValidationError,
    );
  });
});

describe("failing over", () => {
  it("moves on when the first choice is out of stock, and charges only the one that sold", async () => {
    f.numariq.setStock(0);
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider(), f.fetchsms.provider()],
    });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    expect(order.provider).toBe("numpool");
    expect(posts(f.numariq)).toBe(1);
    expect(charges()).toEqual({ numariq: 0, numpool: 1, fetchsms: 0, juicysms: 0 });
  });

  it("does not move on when a reply is lost after the charge: no second purchase anywhere", async () => {
    f.numariq.faults.add(f.numariq.routes.buy, { kind: "reset-after" });
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider(), f.fetchsms.provider()],
    });
    const error = await client.buy({ service: "whatsapp", country: "US" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(charges()).toEqual({ numariq: 1, numpool: 0, fetchsms: 0, juicysms: 0 });
    expect(posts(f.numpool) + posts(f.fetchsms)).toBe(0);
  });

  it("a lost reply the seller settles is that seller's order, not a reason to move on", async () => {
    // NumPool finds a purchase whose reply was lost in its order list.
    f.numpool.faults.add(f.numpool.routes.buy, { kind: "reset-after" });
    const client = createClient({
      providers: [f.numpool.provider(), f.fetchsms.provider()],
      strategy: "ordered",
    });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    expect(order.provider).toBe("numpool");
    expect(charges()).toEqual({ numariq: 0, numpool: 1, fetchsms: 0, juicysms: 0 });
  });

  it("stops at once on the caller's own fault, an empty wallet included", async () => {
    f.numariq.wallet.balance = 0;
    const client = createClient({ providers: [f.numariq.provider(), f.numpool.provider()] });
    await expect(client.buy({ service: "whatsapp", country: "US" })).rejects.toMatchObject({
      code: "insufficient_balance",
      provider: "numariq",
    });
    expect(posts(f.numpool)).toBe(0);
  });

  it("when every provider fails, one NoProviderError lists each one's reason, and nothing was charged", async () => {
    f.numariq.setStock(0);
    f.numpool.setStock(0);
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider(), f.juicysms.provider()],
    });
    const error = (await client
      .buy({ service: "whatsapp", country: "US" })
      .catch((e: unknown) => e)) as NoProviderError;
    expect(error).toBeInstanceOf(NoProviderError);
    expect(error.code).toBe("no_provider");
    expect(error.attempts.map((a) => [a.provider, a.error.code])).toEqual([
      ["numariq", "out_of_stock"],
      ["numpool", "out_of_stock"],
      // JuicySMS knows no WhatsApp id: left out by its own refusal before any request.
      ["juicysms", expect.any(String)],
    ]);
    expect(error.message).toMatch(/numariq: .*; numpool: .*; juicysms: /);
    expect(charges()).toEqual({ numariq: 0, numpool: 0, fetchsms: 0, juicysms: 0 });
  });
});

describe("maxPrice across providers", () => {
  it("skips a cheaper-listed provider above the limit and buys within it", async () => {
    f.numariq.setStock(0);
    const client = createClient({
      providers: [f.numpool.provider(), f.fetchsms.provider(), f.numariq.provider()],
    });
    const order = await client.buy({
      service: "whatsapp",
      country: "US",
      maxPrice: { amount: 50, currency: "USD" },
    });
    expect(order.provider).toBe("numpool");
    expect(order.price?.amount).toBeLessThanOrEqual(50);
  });

  it("buys nothing anywhere when every price is above it", async () => {
    const client = createClient({
      providers: [f.numpool.provider(), f.fetchsms.provider(), f.numariq.provider()],
    });
    const error = (await client
      .buy({ service: "whatsapp", country: "US", maxPrice: { amount: 15, currency: "USD" } })
      .catch((e: unknown) => e)) as NoProviderError;
    expect(error).toBeInstanceOf(NoProviderError);
    expect(error.attempts.every((a) => a.error instanceof OutOfStockError)).toBe(true);
    expect(posts(f.numpool) + posts(f.fetchsms) + posts(f.numariq)).toBe(0);
  });
});

describe("mixed currencies", () => {
  // The sandbox can price in EUR: a provider whose prices are not in the client's currency.
  const euroSandbox = () => sandbox({ seed: 7, currency: "EUR" });

  it("without a rate, an offer in another currency is never compared: it ranks after every USD offer", async () => {
    const client = createClient({ providers: [euroSandbox(), f.fetchsms.provider()] });
    const quote = await client.quote({ service: "whatsapp", country: "US" });
    expect(quote.offers.map((o) => [o.provider, o.price?.currency])).toEqual([
      ["fetchsms", "USD"],
      ["sandbox", "EUR"],
    ]);
    expect((await client.buy({ service: "whatsapp", country: "US" })).provider).toBe("fetchsms");
  });

  it("without a rate, maxPrice in USD is never held against EUR prices: that provider is left out", async () => {
    f.fetchsms.setStock(0);
    const client = createClient({ providers: [euroSandbox(), f.fetchsms.provider()] });
    const error = (await client
      .buy({ service: "whatsapp", country: "US", maxPrice: { amount: 5_000, currency: "USD" } })
      .catch((e: unknown) => e)) as NoProviderError;
    expect(error).toBeInstanceOf(NoProviderError);
    expect(error.attempts.find((a) => a.provider === "sandbox")?.error.message).toMatch(/EUR.*rate/);
  });

  it("with a rate, EUR and USD prices are compared, and maxPrice is converted (rounded down)", async () => {
    const eur = euroSandbox();
    const euroPrice = (await eur.services!({ country: "US", service: "whatsapp" })).find(
      (o) => o.service === "whatsapp",
    )!.price!;
    // A rate that makes the EUR offer one cent cheaper than FetchSMS's $0.85 in USD.
    f.fetchsms.setPrice("whatsapp", 85);
    const rate = 84 / euroPrice.amount;
    const client = createClient({ providers: [f.fetchsms.provider(), eur], rates: { EUR: rate } });
    const quote = await client.quote({ service: "whatsapp", country: "US" });
    expect(quote.offers.map((o) => o.provider)).toEqual(["sandbox", "fetchsms"]);
    const order = await client.buy({
      service: "whatsapp",
      country: "US",
      maxPrice: { amount: 84, currency: "USD" },
    });
    expect(order.provider).toBe("sandbox");
    // One cent less in USD converts to under the EUR price: the sandbox is then above the limit.
    const cheaper = createClient({ providers: [eur], rates: { EUR: rate } });
    f.fetchsms.setStock(0);
    await expect(
      cheaper.buy({ service: "whatsapp", country: "US", maxPrice: { amount: 83, currency: "USD" } }),
    ).rejects.toBeInstanceOf(NoProviderError);
  });
});

describe("after the purchase", () => {
  it("every later call on an order reaches the provider that sold it", async () => {
    const client = createClient({ providers: [f.numpool.provider(), f.numariq.provider()] });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    expect(order.provider).toBe("numariq");
    const numpoolBefore = requests(f.numpool);
    f.numariq.deliver(order.id, "Your WhatsApp code: 123-456");
    expect((await client.poll(order)).code).toBe("123456");
    // A JSON round trip, as a script that saved the order would hand it back.
    const saved = JSON.parse(JSON.stringify(order));
    expect((await client.waitForCode(saved, { intervalMs: 10 })).code).toBe("123456");
    expect(requests(f.numpool)).toBe(numpoolBefore);
  });

  it("an order of a provider the client does not hold is refused before any request", async () => {
    const client = createClient({ providers: [f.numpool.provider()] });
    const order = await createClient({ provider: f.numariq.provider() }).buy({
      service: "whatsapp",
      country: "US",
    });
    await expect(client.poll(order)).rejects.toMatchObject({
      code: "invalid_request",
      field: "order.provider",
    });
  });

  it("balance() reads every wallet, and a failure is listed beside the others", async () => {
    f.numpool.faults.add(
      { method: "GET", path: /balance/ },
      { kind: "status", status: 401, body: { error: "bad key" } },
    );
    f.fetchsms.wallet.balance = 1234;
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider(), f.fetchsms.provider()],
    });
    const { balances, failures } = await client.balance();
    expect(balances).toEqual({ fetchsms: { amount: 1234, currency: "USD" } });
    // Numariq's API has no balance call; NumPool refused the key.
    expect(failures.map((f) => [f.provider, f.error.code])).toEqual([
      ["numariq", "unsupported"],
      ["numpool", "auth"],
    ]);
    expect(await client.balance("fetchsms")).toEqual({ amount: f.fetchsms.wallet.balance, currency: "USD" });
  });

  it("services() merges the catalogs, each offer naming its provider", async () => {
    const client = createClient({ providers: [f.numariq.provider(), f.fetchsms.provider()] });
    const offers = await client.services({ country: "US" });
    const sellers = new Set(offers.filter((o) => o.service === "whatsapp").map((o) => o.provider));
    expect(sellers).toEqual(new Set(["numariq", "fetchsms"]));
  });
});

describe("quote", () => {
  it("lists each provider's offers cheapest first, and reports a failing provider beside them", async () => {
    f.fetchsms.faults.add({ method: "GET", path: /services/ }, { kind: "status", status: 500 }, 10);
    const client = createClient({
      providers: [f.fetchsms.provider(), f.numpool.provider(), f.numariq.provider(), f.juicysms.provider()],
    });
    const quote = await client.quote({ service: "whatsapp", country: "US" });
    expect(quote.offers.map((o) => [o.provider, o.price?.amount, o.kind])).toEqual([
      ["numariq", 20, "activation"],
      ["numpool", 43, "activation"],
    ]);
    expect(quote.failures.map((f) => [f.provider, f.error.code])).toEqual([["fetchsms", "provider_error"]]);
    // JuicySMS publishes no price list: left out, with why.
    expect(quote.skipped.map((s) => [s.provider, s.error.message])).toEqual([
      ["juicysms", "juicysms quotes no prices"],
    ]);
    expect(charges()).toEqual({ numariq: 0, numpool: 0, fetchsms: 0, juicysms: 0 });
  });

  it("keeps catalogs for quoteCacheMs: a second quote asks nobody", async () => {
    const client = createClient({ providers: [f.numpool.provider(), f.numariq.provider()] });
    await client.quote({ service: "whatsapp", country: "US" });
    const before = requests(f.numpool) + requests(f.numariq);
    await client.quote({ service: "whatsapp", country: "US" });
    await client.buy({ service: "whatsapp", country: "US" });
    // The buy read no catalog: one POST to the seller only.
    expect(requests(f.numpool) + requests(f.numariq)).toBe(before + 1);
  });

  it("quoteCacheMs: 0 reads the catalogs every time", async () => {
    const client = createClient({ providers: [f.numariq.provider()], quoteCacheMs: 0 });
    await client.quote({ service: "whatsapp", country: "US" });
    const before = requests(f.numariq);
    await client.quote({ service: "whatsapp", country: "US" });
    expect(requests(f.numariq)).toBeGreaterThan(before);
  });

  it("needs a service for activations", async () => {
    const client = createClient({ providers: [f.numariq.provider()] });
    await expect(client.quote({} as never)).rejects.toMatchObject({
      code: "invalid_request",
      field: "service",
    });
  });
});

describe("a provider that keeps failing", () => {
  const tooMany = {
    kind: "status",
    status: 429,
    headers: { "Retry-After": "1" },
    body: { error: "slow down" },
  } as const;

  it("rests after repeated failures, is left out without a request while it rests, and comes back after", async () => {
    f.numariq.faults.add(f.numariq.routes.buy, tooMany, 2);
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider()],
      breaker: { failures: 2, cooldownMs: 300 },
    });
    const buy = () => client.buy({ service: "whatsapp", country: "US" });
    // Twice: Numariq (cheapest) refuses with 429, NumPool sells.
    expect((await buy()).provider).toBe("numpool");
    expect(client.health()[0]).toMatchObject({ provider: "numariq", state: "ok", failures: 1 });
    expect((await buy()).provider).toBe("numpool");
    const [resting] = client.health();
    expect(resting).toMatchObject({ provider: "numariq", state: "resting", failures: 2 });
    expect(resting!.lastError?.code).toBe("rate_limited");
    expect(Date.parse(resting!.restingUntil!)).toBeGreaterThan(Date.now());
    // Resting: not asked at all.
    const posted = posts(f.numariq);
    expect((await buy()).provider).toBe("numpool");
    expect(posts(f.numariq)).toBe(posted);
    const quote = await client.quote({ service: "whatsapp", country: "US" });
    expect(quote.skipped.map((s) => s.provider)).toEqual(["numariq"]);
    expect(quote.skipped[0]!.error.message).toMatch(/resting until/);
    // After the rest it is tried again, and one success makes it whole.
    await new Promise((r) => setTimeout(r, 350));
    expect((await buy()).provider).toBe("numariq");
    expect(client.health()[0]).toEqual({
      provider: "numariq",
      state: "ok",
      failures: 0,
      restingUntil: null,
      lastError: null,
    });
    expect(charges()).toEqual({ numariq: 1, numpool: 3, fetchsms: 0, juicysms: 0 });
  });

  it("out of stock is a provider working, not failing: it never rests for it", async () => {
    f.numariq.setStock(0);
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider()],
      breaker: { failures: 1, cooldownMs: 60_000 },
    });
    await client.buy({ service: "whatsapp", country: "US" });
    await client.buy({ service: "whatsapp", country: "US" });
    expect(client.health().map((h) => h.state)).toEqual(["ok", "ok"]);
    expect(posts(f.numariq)).toBe(2);
  });

  it("catalog failures count too: a provider whose quotes keep failing rests", async () => {
    f.fetchsms.faults.add({ method: "GET", path: /services/ }, { kind: "status", status: 500 }, 100);
    const client = createClient({
      providers: [f.fetchsms.provider(), f.numariq.provider()],
      breaker: { failures: 2, cooldownMs: 60_000 },
    });
    await client.quote({ service: "whatsapp", country: "US" });
    await client.quote({ service: "telegram", country: "US" });
    expect(client.health()[0]).toMatchObject({ provider: "fetchsms", state: "resting", failures: 2 });
    const before = requests(f.fetchsms);
    const quote = await client.quote({ service: "google", country: "US" });
    expect(requests(f.fetchsms)).toBe(before);
    expect(quote.skipped.map((s) => s.provider)).toEqual(["fetchsms"]);
  });
});

describe("renting", () => {
  it("ordered: rents from the first provider that rents for those days, leaving out the others without a request", async () => {
    // NumPool rents for 7 days and more, but not in the US the way asked; FetchSMS rents for 30.
    const client = createClient({
      providers: [f.juicysms.provider(), f.fetchsms.provider()],
      strategy: "ordered",
    });
    const rental = await client.rent({ days: 30, country: "US" });
    // JuicySMS rents only in NL and GB: left out by the guard.
    expect(rental.provider).toBe("fetchsms");
    expect(requests(f.juicysms)).toBe(0);
    expect(charges()).toEqual({ numariq: 0, numpool: 0, fetchsms: 1, juicysms: 0 });
  });

  it("a rental out of stock fails over; later calls on the rental reach its seller", async () => {
    f.numariq.setStock(0, "rental");
    const client = createClient({
      providers: [f.numariq.provider(), f.fetchsms.provider()],
      strategy: "ordered",
    });
    const rental = await client.rent({ days: 30, country: "US" });
    expect(rental.provider).toBe("fetchsms");
    f.fetchsms.deliver(rental.id, "Your Discord code is 771234");
    const inbox = await client.inbox(rental);
    expect(inbox[0]?.code).toBe("771234");
    expect(charges()).toEqual({ numariq: 0, numpool: 0, fetchsms: 1, juicysms: 0 });
  });
});

describe("watching orders of several providers", () => {
  it("each provider keeps its own rate budget: one spent budget does not hold up another's watchers", async () => {
    const client = createClient({
      // NumPool may send one request every 20 s; FetchSMS is not limited here.
      providers: [f.numpool.provider({ rateLimit: { limit: 1, intervalMs: 20_000 } }), f.fetchsms.provider()],
      strategy: "ordered",
    });
    const slow = await client.buy({ service: "whatsapp", country: "US" }); // spends NumPool's one request
    const fast = await client.buy({ service: "whatsapp", country: "US", provider: "fetchsms" });
    expect([slow.provider, fast.provider]).toEqual(["numpool", "fetchsms"]);
    const slowWatch = client.watch(slow, { intervalMs: 10 });
    f.fetchsms.deliver(fast.id, "Your WhatsApp code: 555-123");
    const { code } = await client.waitForCode(fast, { intervalMs: 10, timeoutMs: 10_000 });
    expect(code).toBe("555123");
    // NumPool's watcher is still waiting for its budget: not one poll has gone out.
    expect(f.numpool.faults.requests.filter((r) => r.method === "GET")).toEqual([]);
    slowWatch.stop();
  });
});
