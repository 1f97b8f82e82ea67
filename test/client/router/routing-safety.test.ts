/**
 * The router's money rules at their edges, against the provider fakes: when a failure could hide a
 * purchase, nothing is bought elsewhere; `maxPrice` is never dropped on the way to a seller; and the
 * breaker counts only what requests tell about a provider.
 */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import { NetworkError } from "../../../src/core/errors.js";
import type { Provider } from "../../../src/core/provider.js";
import { sandbox } from "../../../src/providers/sandbox/index.js";
import { useRouterFakes } from "./fakes.js";

const f = useRouterFakes();

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const usd = (amount: number) => ({ amount, currency: "USD" as const });
const posts = (fake: { faults: { requests: Array<{ method: string }> } }) =>
  fake.faults.requests.filter((r) => r.method === "POST").length;

/**
 * The connection is dropped with no reply (not a timeout) while the request goes on to the provider,
 * which acts on it `lateMs` later: a load balancer resetting a connection it had already forwarded.
 */
function resetThenLandLate(url: string, lateMs: number) {
  f.server.use(
    http.post(
      url,
      async ({ request }) => {
        const body = await request.clone().text();
        const headers = new Headers(request.headers);
        setTimeout(() => void fetch(url, { method: "POST", headers, body }).catch(() => {}), lateMs);
        return HttpResponse.error();
      },
      { once: true },
    ),
  );
}

describe("a failure that could hide a purchase: nothing is bought elsewhere", () => {
  it.each([
    ["fetchsms", () => `${f.fetchsms.baseUrl}/verifications`],
    ["numpool", () => `${f.numpool.baseUrl}/buy`],
  ] as const)(
    "%s: a reset whose purchase lands after the seller's two looks",
    async (first, url) => {
      resetThenLandLate(url(), 2_600);
      const [a, b] = first === "fetchsms" ? [f.fetchsms, f.numpool] : [f.numpool, f.fetchsms];
      const client = createClient({ providers: [a.provider(), b.provider()], strategy: "ordered" });
      const error = await client.buy({ service: "whatsapp", country: "US" }).catch((e: unknown) => e);
      await sleep(800);
      // The seller's looks found nothing, so it says so; but it was a reset, not a refusal: no second buy.
      expect(error).toBeInstanceOf(NetworkError);
      expect(error).toMatchObject({ reconciled: true, provider: first });
      expect(b.wallet.charges()).toBe(0);
      expect(posts(b)).toBe(0);
      expect(a.wallet.charges()).toBe(1);
    },
    20_000,
  );

  it("a provider of your own whose buy says the request may have been sent is not moved on from", async () => {
    let sent = 0;
    const base = sandbox({ seed: 1 });
    const own = {
      ...base,
      name: "numariq",
      capabilities: { ...base.capabilities, services: false },
      services: undefined,
      buy: async () => {
        sent += 1;
        throw new NetworkError("own: socket hang up after the request was written", {
          requestMayHaveBeenSent: true,
        });
      },
    } as unknown as Provider;
    const backup = sandbox({ seed: 2 });
    const client = createClient({ providers: [own, backup], strategy: "ordered" });
    await expect(client.buy({ service: "whatsapp", country: "US" })).rejects.toMatchObject({
      code: "network",
      requestMayHaveBeenSent: true,
    });
    expect(sent).toBe(1);
    expect(backup.ledger().filter((e) => e.kind === "charge")).toEqual([]);
  });

  it("a request that never left (connection refused) is moved on from", async () => {
    const refused = async (): Promise<Response> => {
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      });
    };
    const client = createClient({
      providers: [f.numariq.provider({ fetch: refused }), f.numpool.provider()],
      strategy: "ordered",
    });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    expect(order.provider).toBe("numpool");
  });
});

describe("maxPrice is never dropped on the way to a seller", () => {
  it("ordered + maxPrice: the first provider, above the limit, is not bought from", async () => {
    const client = createClient({
      providers: [f.fetchsms.provider(), f.numariq.provider()],
      strategy: "ordered",
    });
    const order = await client.buy({ service: "whatsapp", country: "US", maxPrice: usd(50) });
    expect(order.provider).toBe("numariq");
    expect(f.fetchsms.wallet.charges()).toBe(0);
  });

  it("a provider whose catalog cannot be read is never bought from on trust", async () => {
    f.fetchsms.faults.add({ method: "GET", path: /services/ }, { kind: "status", status: 500 }, 3);
    f.numariq.setStock(0);
    const client = createClient({
      providers: [f.fetchsms.provider(), f.numariq.provider()],
      strategy: "ordered",
    });
    await expect(client.buy({ service: "whatsapp", country: "US", maxPrice: usd(50) })).rejects.toMatchObject(
      {
        code: "no_provider",
      },
    );
    expect(f.fetchsms.wallet.charges()).toBe(0);
  });

  it("a price that rose after it was kept is held against maxPrice by the seller's fresh look", async () => {
    f.fetchsms.setPrice("whatsapp", 30);
    const client = createClient({ providers: [f.fetchsms.provider(), f.numpool.provider()] });
    await client.quote({ service: "whatsapp", country: "US" });
    f.fetchsms.setPrice("whatsapp", 85);
    const order = await client.buy({ service: "whatsapp", country: "US", maxPrice: usd(50) });
    expect(order.provider).toBe("numpool");
    expect(f.fetchsms.wallet.charges()).toBe(0);
  });

  it("unpriced providers rank after priced ones, and above-limit ones are left out without a request", async () => {
    const client = createClient({
      providers: [f.juicysms.provider(), f.fetchsms.provider(), f.numpool.provider()],
    });
    const quote = await client.quote({ service: "telegram", country: "GB" });
    expect(quote.skipped.map((s) => s.provider)).toContain("juicysms");
    // JuicySMS publishes no prices: tried last, after NumPool's priced offer.
    f.numpool.setStock(0);
    const order = await client.buy({ service: "telegram", country: "GB" });
    expect(order.provider).toBe("juicysms");
    expect(posts(f.numpool)).toBe(1);
  });
});

describe("what stops the router, and what moves it on", () => {
  it.each([
    ["an authentication failure (401)", { status: 401, body: { error: "bad key" } }],
    ["an order-state refusal", { status: 400, body: { error: "already active" } }],
  ] as const)("stops on %s", async (_label, fault) => {
    f.numariq.faults.add(f.numariq.routes.buy, { kind: "status", ...fault });
    const client = createClient({ providers: [f.numariq.provider(), f.numpool.provider()] });
    await expect(client.buy({ service: "whatsapp", country: "US" })).rejects.toMatchObject({
      provider: "numariq",
    });
    expect(posts(f.numpool)).toBe(0);
  });

  it("moves on when one provider refuses the request as bad input: another may know the service", async () => {
    f.numariq.faults.add(f.numariq.routes.buy, {
      kind: "status",
      status: 400,
      body: { error: "unknown service" },
    });
    const client = createClient({ providers: [f.numariq.provider(), f.numpool.provider()] });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    expect(order.provider).toBe("numpool");
    expect(f.numariq.wallet.charges()).toBe(0);
  });
});

describe("the breaker counts only what requests tell", () => {
  const down = { kind: "status", status: 503, body: { error: "down" } } as const;

  it("catalog reads that answer do not forgive purchases that keep failing", async () => {
    f.numariq.faults.add(f.numariq.routes.buy, down, 100);
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider()],
      breaker: { failures: 2, cooldownMs: 60_000 },
      quoteCacheMs: 0, // every buy reads the catalogs afresh
    });
    await client.buy({ service: "whatsapp", country: "US" });
    await client.buy({ service: "whatsapp", country: "US" });
    expect(client.health()[0]).toMatchObject({ provider: "numariq", state: "resting", failures: 2 });
  });

  it("a refusal made before any request neither counts nor forgives", async () => {
    f.juicysms.faults.add(
      { method: "GET", path: /makeorder/ },
      { kind: "malformed", body: "ERROR", contentType: "text/plain" },
      2,
    );
    const client = createClient({
      providers: [f.juicysms.provider(), f.numpool.provider()],
      strategy: "ordered",
      breaker: { failures: 3, cooldownMs: 60_000 },
    });
    await client.buy({ service: "telegram", country: "GB" });
    await client.buy({ service: "telegram", country: "GB" });
    expect(client.health()[0]!.failures).toBe(2);
    // JuicySMS has no id for WhatsApp: refused locally, no request, the count stays.
    const before = f.juicysms.faults.requests.length;
    await client.buy({ service: "whatsapp", country: "GB" });
    expect(f.juicysms.faults.requests.length).toBe(before);
    expect(client.health()[0]!.failures).toBe(2);
  });

  it("a catalog refusal made before any request neither counts nor forgives", async () => {
    f.numpool.faults.add({ method: "GET", path: /countries/ }, { kind: "status", status: 500 }, 100);
    const client = createClient({
      providers: [f.numpool.provider()],
      breaker: { failures: 3, cooldownMs: 60_000 },
    });
    await client.quote({ service: "whatsapp", country: "US" });
    await client.quote({ service: "telegram", country: "US" });
    expect(client.health()[0]!.failures).toBe(2);
    // NumPool prices rentals per service: asked for none, its adapter refuses before any request.
    const before = f.numpool.faults.requests.length;
    const quote = await client.quote({ kind: "rental", days: 7 });
    expect(quote.failures.map((x) => x.error.code)).toEqual(["invalid_request"]);
    expect(f.numpool.faults.requests.length).toBe(before);
    expect(client.health()[0]!.failures).toBe(2);
  });

  it("after the rest, one more failure rests it again at once", async () => {
    f.numariq.faults.add(f.numariq.routes.buy, down, 3);
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider()],
      breaker: { failures: 2, cooldownMs: 100 },
    });
    await client.buy({ service: "whatsapp", country: "US" });
    await client.buy({ service: "whatsapp", country: "US" });
    expect(client.health()[0]!.state).toBe("resting");
    await sleep(150);
    expect((await client.buy({ service: "whatsapp", country: "US" })).provider).toBe("numpool");
    expect(client.health()[0]!.state).toBe("resting");
  });
});

describe("the quote cache", () => {
  it("does not keep a failed catalog read", async () => {
    f.fetchsms.faults.add({ method: "GET", path: /services/ }, { kind: "status", status: 500 }, 3);
    const client = createClient({ providers: [f.fetchsms.provider()] });
    expect((await client.quote({ service: "whatsapp", country: "US" })).failures).toHaveLength(1);
    expect((await client.quote({ service: "whatsapp", country: "US" })).offers).toHaveLength(1);
  });

  it("lets a kept catalog expire after quoteCacheMs", async () => {
    const client = createClient({ providers: [f.fetchsms.provider()], quoteCacheMs: 50 });
    await client.quote({ service: "whatsapp", country: "US" });
    const before = f.fetchsms.faults.requests.length;
    await sleep(80);
    await client.quote({ service: "whatsapp", country: "US" });
    expect(f.fetchsms.faults.requests.length).toBeGreaterThan(before);
  });
});

describe("a provider whose catalog is slow", () => {
  it("does not hold up a quote or a buy: it is reported, tried after the priced ones, and kept when it comes", async () => {
    f.numariq.faults.add({ method: "GET", path: /services/ }, { kind: "delay", ms: 1_500 }, 1);
    const client = createClient({
      providers: [f.numariq.provider(), f.numpool.provider()],
      catalogWaitMs: 100,
    });
    const quote = await client.quote({ service: "whatsapp", country: "US" });
    expect(quote.offers.map((o) => o.provider)).toEqual(["numpool"]);
    expect(quote.failures.map((x) => [x.provider, x.error.code])).toEqual([["numariq", "network"]]);
    // The ranking does not wait for Numariq either: NumPool, priced, goes first.
    expect((await client.buy({ service: "whatsapp", country: "US" })).provider).toBe("numpool");
    // Its answer, once in, is kept: the next quote has it, cheapest first, without asking again.
    await sleep(1_600);
    const before = f.numariq.faults.requests.length;
    const later = await client.quote({ service: "whatsapp", country: "US" });
    expect(later.offers.map((o) => o.provider)).toEqual(["numariq", "numpool"]);
    expect(f.numariq.faults.requests.length).toBe(before);
  });
});

describe("withOrder over several providers", () => {
  it("releases the order at its seller when the callback throws", async () => {
    const client = createClient({ providers: [f.numpool.provider(), f.numariq.provider()] });
    let seen: { provider: string; id: string } | undefined;
    await expect(
      client.withOrder({ service: "whatsapp", country: "US" }, (order) => {
        seen = order;
        throw new Error("script failed");
      }),
    ).rejects.toThrow("script failed");
    expect(seen?.provider).toBe("numariq");
    expect((await client.poll(seen as never)).status).toBe("cancelled");
  });
});
