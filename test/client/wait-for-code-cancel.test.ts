/**
 * What `waitForCode` does when its timeout cancel does not simply refund: checked on the Numariq fake,
 * whose cancel answers `"closed"` (no refund) for an order that already has its code.
 */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { NetworkError, TimeoutError } from "../../src/core/errors.js";
import { count, useNumariqFake } from "../providers/numariq/harness.js";

const h = useNumariqFake();
const CANCEL = { method: "POST", path: /\/orders\/[^/]+\/cancel$/ };
const WAIT = { timeoutMs: 120, intervalMs: 40 };

describe("waitForCode timeout cancel", () => {
  it("returns a code that lands just before the cancel, which then closes the order without a refund", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.server.use(
      http.post(`${h.fake.baseUrl}/orders/:id/cancel`, ({ params }) => {
        h.fake.deliver(String(params.id), "Your WhatsApp code is 558-213");
        // Nothing returned: the fake's own cancel answers, and finds the code in.
      }),
    );
    const result = await h.client.waitForCode(order, WAIT);
    expect(result.code).toBe("558213");
    expect(result.message?.text).toBe("Your WhatsApp code is 558-213");
    // The cancel went out and refunded nothing: the code was paid for, so it is handed over.
    expect(count(h, CANCEL.method, CANCEL.path)).toBe(1);
    expect(h.fake.wallet.balance).toBe(10_000 - 20);
  });

  it("still throws TimeoutError when the cancel refunds (no code came)", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    const error = await h.client.waitForCode(order, WAIT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).refunded).toEqual({ amount: 20, currency: "USD" });
    expect((error as TimeoutError).order?.status).toBe("cancelled");
    expect((error as TimeoutError).cause).toBeUndefined();
    expect(h.fake.wallet.balance).toBe(10_000);
  });

  it("tries a cancel that failed for now again, and refunds", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(CANCEL, { kind: "reset-before" });
    const error = await h.client.waitForCode(order, WAIT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).cancelled).toBe(true);
    expect((error as TimeoutError).refunded).toEqual({ amount: 20, currency: "USD" });
    expect(count(h, CANCEL.method, CANCEL.path)).toBe(2);
    expect(h.fake.wallet.balance).toBe(10_000);
  });

  it("tries a cancel that meets a 503 again after its Retry-After", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(CANCEL, {
      kind: "status",
      status: 503,
      body: { error: "API temporarily not configured" },
      headers: { "Retry-After": "0.2" },
    });
    const started = performance.now();
    const error = await h.client.waitForCode(order, WAIT).catch((e: unknown) => e);
    expect((error as TimeoutError).cancelled).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(WAIT.timeoutMs + 190);
    expect(h.fake.wallet.balance).toBe(10_000);
  });

  it("says the order may still be open when the cancel keeps failing past its grace period", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(CANCEL, { kind: "reset-before" }, 100);
    const error = await h.client
      .waitForCode(order, { ...WAIT, cancelGraceMs: 2_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    const timeout = error as TimeoutError;
    expect(timeout.cause).toBeInstanceOf(NetworkError);
    expect(timeout.message).toMatch(/cancel failed \(network\), so the order may still be open/);
    expect(timeout.refunded).toBeNull();
    expect(timeout.cancelled).toBe(false);
    // Tried more than once within the grace period, looking at the order between tries.
    expect(count(h, CANCEL.method, CANCEL.path)).toBeGreaterThan(1);
    // The look after the failed cancel shows the order as it is: still waiting, and charged.
    expect(timeout.order?.status).toBe("waiting");
    expect(h.fake.wallet.balance).toBe(10_000 - 20);
  });

  it("returns a code found by the look after a failed cancel", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.server.use(
      http.post(`${h.fake.baseUrl}/orders/:id/cancel`, ({ params }) => {
        h.fake.deliver(String(params.id), "Your WhatsApp code is 774-120");
        return HttpResponse.error();
      }),
    );
    const result = await h.client.waitForCode(order, WAIT);
    expect(result.code).toBe("774120");
  });

  it("does not call the order cancelled when the cancel was answered but the order still shows waiting", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    // A cancel answered "closed" (no refund) that did not close anything: the order is still open.
    h.server.use(
      http.post(`${h.fake.baseUrl}/orders/:id/cancel`, () =>
        HttpResponse.json({ ok: true, result: "closed" }),
      ),
    );
    const error = await h.client.waitForCode(order, WAIT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).cancelled).toBe(false);
    expect((error as TimeoutError).order?.status).toBe("waiting");
    expect(h.fake.wallet.balance).toBe(10_000 - 20);
  });

  it("hands over a code the order shows after a cancel answered 'refunded' (the cancel did not take)", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.server.use(
      http.post(`${h.fake.baseUrl}/orders/:id/cancel`, ({ params }) => {
        h.fake.deliver(String(params.id), "Your WhatsApp code is 310-442");
        return HttpResponse.json({ ok: true, result: "refunded" });
      }),
    );
    const result = await h.client.waitForCode(order, WAIT);
    expect(result.code).toBe("310442");
    expect(h.fake.wallet.balance).toBe(10_000 - 20);
  });

  it("does not trust a cancel answered 'refunded' while the order still shows waiting", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.server.use(
      http.post(`${h.fake.baseUrl}/orders/:id/cancel`, () =>
        HttpResponse.json({ ok: true, result: "refunded" }),
      ),
    );
    const error = await h.client.waitForCode(order, WAIT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).cancelled).toBe(false);
    expect((error as TimeoutError).refunded).toBeNull();
    expect((error as TimeoutError).order?.status).toBe("waiting");
    expect(h.fake.wallet.balance).toBe(10_000 - 20);
  });
});
