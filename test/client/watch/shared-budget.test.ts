/**
 * Many watchers on one provider share its rate budget: checked on the Numariq fake (one GET per look),
 * with the times the fake saw each request.
 */
import { describe, expect, it } from "vitest";
import { createClient, type Order } from "../../../src/index.js";
import { createNumariqFake } from "../../../src/testing/fakes/numariq.js";
import { peak } from "../../contract/budget-contract.js";
import { useFake } from "../../fakes/harness.js";

const h = useFake(() => createNumariqFake());
const LOOK = /\/orders\/[^/?]+$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function buyMany(n: number): Promise<Order[]> {
  const orders: Order[] = [];
  for (let i = 0; i < n; i++) orders.push(await h.client.buy({ service: "whatsapp" }));
  return orders;
}

describe("watchers on one provider", () => {
  it("never exceed its limit together with plain calls, and each order gets its turn", async () => {
    const orders = await buyMany(24);
    const client = createClient({ provider: h.fake.provider({ rateLimit: { limit: 8, intervalMs: 400 } }) });
    const from = h.sent.length;
    const watchers = orders.map((o) => client.watch(o, { intervalMs: 20 }));
    const plain = Array.from({ length: 6 }, (_, i) => sleep(i * 150).then(() => client.poll(orders[i]!)));
    await sleep(2_000);
    for (const w of watchers) w.stop();
    await Promise.all(plain);

    const sent = h.sent.slice(from);
    expect(
      peak(
        sent.map((r) => r.at),
        400,
      ),
    ).toBeLessThanOrEqual(8);
    // About 8 per 400 ms for 2 s, shared fairly: every order looked at, none more than once ahead.
    const looks = orders.map((o) => sent.filter((r) => r.path.endsWith(`/orders/${o.id}`)).length);
    expect(Math.min(...looks)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...looks) - Math.min(...looks)).toBeLessThanOrEqual(2);
  });

  it("holds every watcher of the provider through a 429's Retry-After", async () => {
    const orders = await buyMany(4);
    const starts: number[] = [];
    const limited: number[] = [];
    const provider = h.fake.provider({
      hooks: {
        onRequest: () => void starts.push(performance.now()),
        onResponse: (e: { status: number | null }) =>
          void (e.status === 429 && limited.push(performance.now())),
      },
    });
    const client = createClient({ provider });
    const watchers = orders.map((o) => client.watch(o, { intervalMs: 30 }));
    await sleep(200);
    h.fake.faults.add(
      { method: "GET", path: LOOK },
      { kind: "status", status: 429, body: { error: "slow down" }, headers: { "Retry-After": "0.4" } },
    );
    await sleep(900);
    for (const w of watchers) w.stop();
    expect(limited).toHaveLength(1);
    const at = limited[0]!;
    // Nothing left for 400 ms after the 429 came back (from any watcher), and looks went on after it.
    expect(starts.filter((t) => t > at && t < at + 390)).toEqual([]);
    expect(starts.filter((t) => t >= at + 390).length).toBeGreaterThanOrEqual(orders.length);
  });

  it("emits each order's code once while many are watched", async () => {
    const orders = await buyMany(10);
    const codes = new Map<string, string[]>();
    const watchers = orders.map((o) => {
      const w = h.client.watch(o, { intervalMs: 20 });
      w.on("code", (code) => codes.set(o.id, [...(codes.get(o.id) ?? []), code]));
      return w;
    });
    orders.forEach((o, i) => {
      h.fake.deliver(o.id, `Your WhatsApp code is ${100_000 + i}`);
    });
    await sleep(400);
    for (const w of watchers) w.stop();
    expect(orders.map((o) => codes.get(o.id))).toEqual(orders.map((_, i) => [String(100_000 + i)]));
  });

  it("lets a plain call waiting for the budget go before the next look", async () => {
    const orders = await buyMany(3);
    const client = createClient({ provider: h.fake.provider({ rateLimit: { limit: 1, intervalMs: 300 } }) });
    const watchers = orders.map((o) => client.watch(o, { intervalMs: 10 }));
    await sleep(700);
    const started = performance.now();
    await client.poll(orders[0]!);
    const waited = performance.now() - started;
    for (const w of watchers) w.stop();
    // One window at most (300 ms + margin): no look was queued in the budget ahead of it.
    expect(waited).toBeLessThan(450);
  });

  it("stops a look in flight (and its retries) when the watcher stops", async () => {
    const [order] = await buyMany(1);
    h.fake.faults.add(
      { method: "GET", path: LOOK },
      {
        kind: "status",
        status: 503,
        body: { error: "API temporarily not configured" },
        headers: { "Retry-After": "0.5" },
      },
    );
    const w = h.client.watch(order!, { intervalMs: 1_000 });
    await sleep(100);
    const from = h.sent.length;
    w.stop();
    await sleep(900);
    // Without the abort, the transport would retry the look after its Retry-After.
    expect(h.sent.slice(from).filter((r) => LOOK.test(r.path))).toEqual([]);
  });
});
