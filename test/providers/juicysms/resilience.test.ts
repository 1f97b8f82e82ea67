/** Retries of reads, no retries of purchases, and what a lost purchase reply leads to. */
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import {
  InsufficientBalanceError,
  NetworkError,
  OutcomeUnknownError,
  ProviderError,
  RateLimitError,
} from "../../../src/core/errors.js";
import type { Order } from "../../../src/core/model.js";
import type { JuicySmsProvider } from "../../../src/providers/juicysms/index.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { count, rejection, useJuicySmsFake } from "./harness.js";

const h = useJuicySmsFake();
const BUY = { method: "GET", path: /\/api\/makeorder\?/ };
const GETSMS = { method: "GET", path: /\/api\/getsms\?/ };

describe("juicysms reads are retried", () => {
  it("retries getsms after a 500 and a dropped connection", async () => {
    const order = await h.client.buy({ service: "telegram" });
    h.fake.faults.add(GETSMS, { kind: "status", status: 500, text: "Internal Server Error" });
    h.fake.faults.add(GETSMS, { kind: "reset-before" });
    h.fake.deliver(order.id, "code 4455");
    expect((await h.client.poll(order)).code).toBe("4455");
    expect(count(h, "GET", "/api/getsms")).toBe(3);
  });

  it("waits out a 429's Retry-After before asking again", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/api\/getbalance\?/ },
      { kind: "status", status: 429, text: "Too Many Requests", headers: { "Retry-After": "1" } },
    );
    const started = Date.now();
    expect(await h.client.balance()).toEqual({ amount: 10_000, currency: "USD" });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(count(h, "GET", "/api/getbalance")).toBe(2);
  });

  it("gives up with ProviderError when the 5xx persist", async () => {
    h.fake.faults.add(
      { path: /\/api\/getbalance\?/ },
      { kind: "status", status: 502, text: "Bad Gateway" },
      5,
    );
    expect(await rejection(h.client.balance())).toBeInstanceOf(ProviderError);
    expect(count(h, "GET", "/api/getbalance")).toBe(3);
  });

  it("repeats rental/view, a read, after a 503", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.fake.faults.add({ path: /\/api\/rental\/view\?/ }, { kind: "status", status: 503, text: "busy" });
    expect((await h.client.getRental(rental)).id).toBe(rental.id);
    expect(count(h, "POST", "/api/rental/view")).toBe(2);
  });
});

describe("juicysms purchases are sent once", () => {
  it.each([[429, "Too Many Requests", RateLimitError]])(
    "makeorder answering HTTP %i is not repeated",
    async (status, text, type) => {
      h.fake.faults.add(BUY, { kind: "status", status, text });
      expect(await rejection(h.client.buy({ service: "telegram" }))).toBeInstanceOf(type);
      expect(count(h, "GET", "/api/makeorder")).toBe(1);
      expect(h.fake.wallet.charges()).toBe(0);
    },
  );

  it("makeorder answering HTTP 500 (maybe after a charge) is checked by the one-open-order rule", async () => {
    // JuicySMS documents no 5xx at all, so not even its own 500 says nothing was bought.
    h.fake.faults.add(BUY, { kind: "status", status: 500, text: "ERROR" });
    // The first request did nothing, so the check's makeorder is the one purchase.
    const order = await h.client.buy({ service: "telegram" });
    expect(order.status).toBe("waiting");
    expect(count(h, "GET", "/api/makeorder")).toBe(2);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it.each([502, 503, 504])(
    "makeorder answering a gateway's %i is not asked again: the first request may still be buying",
    async (status) => {
      h.fake.faults.add(BUY, { kind: "status", status, text: "Bad Gateway" });
      const error = await onFastClock(() => rejection(h.client.buy({ service: "telegram" })));
      expect(error).toBeInstanceOf(OutcomeUnknownError);
      expect((error as Error).message).toMatch(/asking again could buy a second one/);
      expect(count(h, "GET", "/api/makeorder")).toBe(1);
      expect(h.fake.wallet.charges()).toBe(0);
    },
  );

  it("rental/new and rental/extend answering 500 are not repeated", async () => {
    h.fake.faults.add({ path: /\/api\/rental\/new\?/ }, { kind: "status", status: 500, text: "ERROR" });
    expect(await rejection(h.client.rent({ days: 30 }))).toBeInstanceOf(OutcomeUnknownError);
    expect(count(h, "POST", "/api/rental/new")).toBe(1);
    const rental = await h.client.rent({ days: 30 });
    h.fake.faults.add({ path: /\/api\/rental\/extend\?/ }, { kind: "status", status: 500, text: "ERROR" });
    // The rental's expiry, unmoved on two looks apart, settles it: not renewed, nothing charged.
    const renewError = (await onFastClock(() => rejection(h.client.renew(rental)))) as NetworkError;
    expect(renewError).toBeInstanceOf(NetworkError);
    expect(renewError.requestMayHaveBeenSent).toBe(false);
    expect(count(h, "POST", "/api/rental/extend")).toBe(1);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("does not reconcile a request that never left (connection refused)", async () => {
    let calls = 0;
    const refused = async () => {
      calls += 1;
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    };
    const client = createClient({ provider: h.fake.provider({ fetch: refused }) });
    const error = (await rejection(client.buy({ service: "telegram" }))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.requestMayHaveBeenSent).toBe(false);
    expect(calls).toBe(1);
  });
});

describe("juicysms lost purchase replies", () => {
  it("reset after makeorder acted: asks again, meets the open order, one charge, OutcomeUnknownError naming it", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const error = (await rejection(
      h.client.buy({ service: "telegram", country: "GB" }),
    )) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(h.fake.wallet.charges()).toBe(1);
    const made = h.fake.wallet.ledger[0]!.ref;
    expect(error.operation).toBe("buy");
    expect(error.known).toEqual({
      startedAt: expect.any(String),
      service: "telegram",
      serviceId: "5",
      country: "GB",
      openOrderId: made,
    });
    expect(error.message).toContain(`order ${made}`);
    expect(count(h, "GET", "/api/makeorder")).toBe(2);

    // The open order can be cancelled by its id for the refund.
    const stub = { id: made, provider: "juicysms", number: "", service: "telegram", country: "GB" };
    const cancelled = await h.client.cancel({
      ...stub,
      status: "waiting",
      code: null,
      messages: [],
      price: null,
      createdAt: null,
      expiresAt: null,
    } as Order);
    expect(cancelled.order.status).toBe("cancelled");
    expect(h.fake.wallet.balance).toBe(10_000);
  });

  it("reset before makeorder acted: the second request is the one purchase and its order is returned", async () => {
    h.fake.faults.add(BUY, { kind: "reset-before" });
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    expect(order).toMatchObject({ status: "waiting", service: "telegram", country: "GB" });
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "GET", "/api/makeorder")).toBe(2);
    h.fake.deliver(order.id, "Your code is 4821");
    expect((await h.client.poll(order)).code).toBe("4821");
  });

  it("a timed-out makeorder is not asked again (the late original could buy a second order): OutcomeUnknownError", async () => {
    h.fake.faults.add(BUY, { kind: "delay", ms: 300 });
    const client = createClient({ provider: h.fake.provider({ timeoutMs: 100 }) });
    const error = await rejection(client.buy({ service: "telegram" }));
    await sleep(400);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toMatch(/may still be on its way/);
    // Only the original was sent, and it alone charged when it landed.
    expect(h.sent.filter((r) => r.path.endsWith("/makeorder"))).toHaveLength(1);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("when the check is lost too: OutcomeUnknownError, still one charge at most", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const error = (await rejection(h.client.buy({ service: "telegram" }))) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.known).toEqual({
      startedAt: expect.any(String),
      service: "telegram",
      serviceId: "5",
      country: "NL",
    });
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("a check that is refused proves nothing: OutcomeUnknownError, not the refusal", async () => {
    h.fake.faults.add(BUY, { kind: "reset-before" });
    h.fake.faults.add(BUY, { kind: "status", status: 200, text: "NO_BALANCE" });
    const error = await rejection(h.client.buy({ service: "telegram" }));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).not.toBeInstanceOf(InsufficientBalanceError);
  });

  it("reuse: a lost reply is reconciled the same way", async () => {
    const provider = h.provider as JuicySmsProvider;
    const order = await h.client.buy({ service: "telegram" });
    h.fake.deliver(order.id, "code 1");
    h.fake.faults.add({ method: "GET", path: /\/api\/reuse\?/ }, { kind: "reset-after" });
    const error = (await rejection(provider.reuse(order))) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("reuse");
    expect(error.known.openOrderId).toBe(h.fake.wallet.ledger[1]!.ref);
    expect(h.fake.wallet.charges()).toBe(2);
    expect(count(h, "GET", "/api/reuse")).toBe(2);
  });

  it("rent: no call lists rentals, so a lost reply is OutcomeUnknownError without a second purchase", async () => {
    h.fake.faults.add({ path: /\/api\/rental\/new\?/ }, { kind: "reset-after" });
    const error = (await rejection(h.client.rent({ country: "NL", days: 90 }))) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.known).toEqual({ startedAt: expect.any(String), country: "NL", days: 90, package: "3m" });
    expect(count(h, "POST", "/api/rental/new")).toBe(1);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("renew: a lost reply is found by the contract's later expiry", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.fake.faults.add({ path: /\/api\/rental\/extend\?/ }, { kind: "reset-after" });
    const renewed = await h.client.renew(rental, { days: 90 });
    expect(Date.parse(renewed.expiresAt!)).toBeGreaterThan(Date.parse(rental.expiresAt!));
    expect(renewed.expiresAt).toBe(new Date(h.fake.rental(rental.id)!.expireOn).toISOString());
    expect(count(h, "POST", "/api/rental/extend")).toBe(1);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("renew: an expiry unmoved on two looks apart after a lost reply is not renewed (nothing charged)", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.fake.faults.add({ path: /\/api\/rental\/extend\?/ }, { kind: "reset-before" });
    const error = (await onFastClock(() => rejection(h.client.renew(rental)))) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.requestMayHaveBeenSent).toBe(false);
    expect(count(h, "POST", "/api/rental/extend")).toBe(1);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("renew: an unmoved expiry is no proof when the request timed out (it may still land): OutcomeUnknownError", async () => {
    const client = createClient({ provider: h.fake.provider({ timeoutMs: 100 }) });
    const rental = await client.rent({ days: 30 });
    h.fake.faults.add({ path: /\/api\/rental\/extend\?/ }, { kind: "delay", ms: 60_000 });
    const error = (await onFastClock(() => rejection(client.renew(rental)))) as OutcomeUnknownError;
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("renew");
    expect(error.message).toMatch(/may still land/);
    expect(count(h, "POST", "/api/rental/extend")).toBe(1);
  });
});

describe("juicysms renewals racing in one process", () => {
  it("a renewal whose request was dropped does not claim the extension another renewal made", async () => {
    const rental = await h.client.rent({ country: "GB", days: 30 });
    h.fake.faults.add({ method: "POST", path: /\/rental\/extend/ }, { kind: "reset-before" });
    const [a, b] = await onFastClock(() =>
      Promise.all([
        h.client.renew(rental).catch((e: unknown) => e),
        h.client.renew(rental).catch((e: unknown) => e),
      ]),
    );
    expect(h.fake.wallet.charges()).toBe(2);
    expect([a, b].filter((x) => x instanceof OutcomeUnknownError)).toHaveLength(1);
    expect([a, b].filter((x) => !(x instanceof Error))).toHaveLength(1);
  });
});
