import { createClient, type Order, sandbox } from "unisms";
import { createFetchSmsFake, type FetchSmsFake, type Loopback, serveOnLoopback } from "unisms/testing";
import { afterEach, describe, expect, it } from "vitest";
import { watchMany } from "../../examples/watch-many.js";

describe("examples/watch-many.ts", () => {
  it("waits for 20 at once: codes as they land, the rest cancelled and refunded, the wallet charged for codes only", async () => {
    // SMS within 10-700 ms and a 350 ms timeout: with this seed some arrive in time and some do not.
    const provider = sandbox({ seed: 20, smsDelayMs: [10, 700] });
    const client = createClient({ provider });
    const lines: string[] = [];
    const summary = await watchMany({ client, timeoutMs: 350, intervalMs: 20, log: (l) => lines.push(l) });

    expect(summary.bought).toHaveLength(20);
    expect(summary.failed).toEqual([]);
    expect(summary.codes.length + summary.timedOut.length).toBe(20);
    expect(summary.codes.length).toBeGreaterThan(0);
    expect(summary.timedOut.length).toBeGreaterThan(0);
    // All at once: one at a time, 20 waits of up to 350 ms each would take seconds.
    expect(summary.elapsedMs).toBeLessThan(2_000);

    for (const { order, code } of summary.codes) {
      const held = await provider.poll({ id: order.id } as Order);
      expect([held.code, held.status]).toEqual([code, "done"]);
    }
    for (const { order, refunded, cancelled } of summary.timedOut) {
      expect(cancelled).toBe(true);
      expect(refunded).toEqual({ amount: 35, currency: "USD" });
      expect((await provider.poll({ id: order.id } as Order)).status).toBe("cancelled");
    }
    const ledger = provider.ledger();
    expect(ledger.filter((e) => e.kind === "charge")).toHaveLength(20);
    expect(
      ledger
        .filter((e) => e.kind === "refund")
        .map((e) => e.ref)
        .sort(),
    ).toEqual(summary.timedOut.map((t) => t.order.id).sort());
    expect(summary.spent).toEqual({ amount: 35 * summary.codes.length, currency: "USD" });
    expect((await client.balance()).amount).toBe(1000 - 35 * summary.codes.length);
    // Each code printed as it came, then the summary.
    expect(lines.filter((l) => / code \d{6} +after /.test(l))).toHaveLength(summary.codes.length);
    expect(lines.at(-1)).toMatch(/^\d+ codes, \d+ timed out, 0 failed in .*; spent \$/);
  });

  it("refuses up front what the wallet cannot pay for, buying nothing", async () => {
    const provider = sandbox({ seed: 1 });
    const client = createClient({ provider });
    // 20 x $0.60 is more than the $10.00 a sandbox starts with.
    await expect(watchMany({ client, service: "whatsapp", log: () => {} })).rejects.toThrow(
      "20 x whatsapp at $0.60 is more than the balance of $10.00",
    );
    expect(provider.ledger()).toEqual([]);
  });

  describe("over HTTP (the FetchSMS fake on a loopback port)", () => {
    let fake: FetchSmsFake | undefined;
    let api: Loopback | undefined;
    afterEach(async () => {
      await api?.close();
      fake = undefined;
    });

    it("looks at all 20 with one list request a round, and refunds the ones that got no code", async () => {
      const seen: string[] = [];
      api = await serveOnLoopback({
        handlers: () => (fake?.handlers ?? []) as unknown as readonly unknown[],
        intercept: (request) => {
          const url = new URL(request.url);
          seen.push(`${request.method} ${url.pathname}${url.search}`);
          return "pass";
        },
      });
      fake = createFetchSmsFake({ baseUrl: `${api.origin}/v1` });
      const client = createClient({ provider: fake.provider() });

      const summary = await watchMany({
        client,
        service: "whatsapp",
        timeoutMs: 2_000,
        intervalMs: 100,
        log: () => {},
        // Half the numbers get their SMS a moment after they are put to use.
        useNumbers: (orders) => {
          setTimeout(() => {
            for (const order of orders.slice(0, 10)) fake!.deliver(order.id, "Your WhatsApp code is 482-910");
          }, 100);
        },
      });

      expect(summary.codes).toHaveLength(10);
      expect(summary.timedOut).toHaveLength(10);
      expect(summary.timedOut.every((t) => t.refunded?.amount === 85)).toBe(true);
      expect(fake.wallet.ledger.filter((e) => e.kind === "refund")).toHaveLength(10);
      expect(fake.wallet.balance).toBe(10_000 - 10 * 85);

      // Polling was the list: at most one request per 100 ms round for all 20 orders, never one per
      // order per round. Only the numbers without a code were looked at alone: a last look, the
      // cancel, and the looks that confirm it (the cancel answers 204 without the verification).
      // Each purchase reads the list too (its snapshot for reconciliation): count the watching only.
      const watching = seen.slice(seen.lastIndexOf("POST /v1/verifications") + 1);
      const list = watching.filter((r) => r === "GET /v1/verifications?tab=active");
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(Math.ceil(summary.elapsedMs / 100) + 2);
      const alone = seen.filter((r) => /^GET \/v1\/verifications\/[^/?]+$/.test(r));
      const timedOutIds = new Set(summary.timedOut.map((t) => t.order.id));
      expect(alone.every((r) => timedOutIds.has(r.split("/").at(-1)!))).toBe(true);
      expect(alone.length).toBeLessThanOrEqual(3 * 10);
      expect(seen.filter((r) => r.endsWith("/cancel"))).toHaveLength(10);
    });
  });
});
