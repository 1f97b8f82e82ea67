/**
 * Temp Number de-duplicates POSTs by `Idempotency-Key` for 24 hours, so purchases carry one key and are
 * retried with it: a lost or failed reply never costs a second charge.
 */
import { describe, expect, it } from "vitest";
import { NetworkError, OutcomeUnknownError } from "../../../src/core/errors.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { BUY, requestsTo, useTempNumberFake } from "./harness.js";

const h = useTempNumberFake();
const keysOf = (method: string, path: RegExp) =>
  requestsTo(h, method, path).map((r) => r.headers.get("idempotency-key"));

describe("tempnumber idempotency", () => {
  it("retries a buy whose reply was lost with the same key: same number, one charge", async () => {
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "reset-after" });
    const rental = await h.client.rent({ country: "US", days: 30 });
    expect(rental.status).toBe("active");
    expect(h.fake.wallet.charges()).toBe(1);
    const keys = keysOf("POST", BUY);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBeTruthy();
    expect(keys[1]).toBe(keys[0]);
    expect(h.fake.replays).toBe(1);
    // The number bought by the lost attempt is the one returned.
    expect(await h.provider.listNumbers()).toEqual([
      expect.objectContaining({ id: rental.id, number: rental.number }),
    ]);
  });

  it("retries a buy after a 500 with the same key, charging once", async () => {
    h.fake.faults.add(
      { method: "POST", path: BUY },
      { kind: "status", status: 500, body: { success: false, message: "Server Error" } },
    );
    const rental = await h.client.rent({ country: "US", days: 30 });
    expect(rental.price).toEqual({ amount: 499, currency: "USD" });
    const keys = keysOf("POST", BUY);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("sends the caller's idempotencyKey verbatim, and a repeat with it returns the first purchase", async () => {
    const key = "order-2026-05-13-customer-77";
    const first = await h.client.rent({ country: "US", days: 30, idempotencyKey: key });
    const again = await h.client.rent({ country: "US", days: 30, idempotencyKey: key });
    expect(keysOf("POST", BUY)).toEqual([key, key]);
    expect(again).toEqual(first);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("gives each logical purchase its own fresh UUID", async () => {
    await h.client.rent({ country: "US", days: 30 });
    await h.client.rent({ country: "US", days: 30 });
    const [a, b] = keysOf("POST", BUY);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(b).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("asks once more with the same key when every transport attempt lost its reply", async () => {
    // Retries: 2 (3 attempts). The first buys and loses the reply; the retries never arrive.
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "reset-after" });
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "reset-before" }, 2);
    const rental = await h.client.rent({ country: "US", days: 30 });
    expect(rental.status).toBe("active");
    const keys = keysOf("POST", BUY);
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("is OutcomeUnknownError, carrying the key, when even the extra ask is lost; that key is safe to reuse", async () => {
    // The extra ask is one more transport request, with its own retries: 3 + 3 attempts in all.
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "reset-after" });
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "reset-before" }, 5);
    const error = await h.client.rent({ country: "US", days: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    const known = (error as OutcomeUnknownError).known;
    expect(known).toMatchObject({ country: "US", days: 30 });
    const keys = keysOf("POST", BUY);
    expect(keys).toHaveLength(6);
    expect(new Set(keys).size).toBe(1);
    expect(known.idempotencyKey).toBe(keys[0]);
    expect(h.fake.wallet.charges()).toBe(1);

    const resumed = await h.client.rent({
      country: "US",
      days: 30,
      idempotencyKey: known.idempotencyKey as string,
    });
    expect(resumed.status).toBe("active");
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("reports a plain NetworkError (nothing bought) when the extra ask is refused", async () => {
    h.fake.wallet.balance = 100;
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "reset-before" }, 3);
    const error = await onFastClock(() => h.client.rent({ country: "US", days: 30 })).catch(
      (e: unknown) => e,
    );
    // The extra ask reached the fake, which refused it for funds: no purchase is stored under the key.
    // It is asked once more a moment later (a purchase in flight could land late), and refused again.
    expect(requestsTo(h, "POST", BUY)).toHaveLength(5);
    expect(new Set(keysOf("POST", BUY)).size).toBe(1);
    expect((error as NetworkError).message).toContain("checked twice");
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("retries a renew whose reply was lost with the same key, charging the renewal once", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-after" });
    const renewed = await h.client.renew(rental, { days: 90, idempotencyKey: "renew-1482-a" });
    expect(renewed.price).toEqual({ amount: 1299, currency: "USD" });
    expect(keysOf("POST", /\/renew$/)).toEqual(["renew-1482-a", "renew-1482-a"]);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("a renew without a caller key keeps one generated key through its retries and the extra ask: one renewal charge", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    // Retries: 2 (3 attempts). The first renews and loses the reply; the retries never arrive; the extra
    // ask gets the stored reply.
    h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-after" });
    h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-before" }, 2);
    const renewed = await h.client.renew(rental, { days: 30 });
    expect(renewed.id).toBe(rental.id);
    const keys = keysOf("POST", /\/renew$/);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(keys).size).toBe(1);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("reports a plain NetworkError (nothing bought) when the extra ask is refused as invalid input (422)", async () => {
    const refused = { success: false, message: "The selected country code is invalid." };
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "reset-before" }, 3);
    // Both asks, a moment apart, are refused: nothing is stored under the key.
    h.fake.faults.add({ method: "POST", path: BUY }, { kind: "status", status: 422, body: refused }, 2);
    const error = await onFastClock(() => h.client.rent({ country: "US", days: 30 })).catch(
      (e: unknown) => e,
    );
    expect(requestsTo(h, "POST", BUY)).toHaveLength(5);
    expect(new Set(keysOf("POST", BUY)).size).toBe(1);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("retries a cancel whose reply was lost with the same key: the refund is still reported", async () => {
    const before = h.fake.wallet.balance;
    const rental = await h.client.rent({ country: "US", days: 30 });
    h.fake.faults.add({ method: "POST", path: /\/cancel$/ }, { kind: "reset-after" });
    const { rental: cancelled, refunded } = await h.client.cancelRental(rental);
    expect(cancelled.status).toBe("cancelled");
    expect(refunded).toEqual({ amount: 499, currency: "USD" });
    const keys = keysOf("POST", /\/cancel$/);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(h.fake.wallet.balance).toBe(before);
  });
});
