import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { NetworkError, OutcomeUnknownError } from "../../../src/core/errors.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();
const POST_VERIFICATIONS = { method: "POST", path: /\/verifications$/ };
const POST_RENTALS = { method: "POST", path: /\/rentals$/ };

describe("fetchsms lost purchase replies", () => {
  it("buy: the reply is lost after the charge -> the order is found in the active list; one POST, one charge", async () => {
    const c = t.client();
    t.fake.faults.add(POST_VERIFICATIONS, { kind: "reset-after" });
    const order = await c.buy({ service: "whatsapp" });
    expect(t.fake.faults.count("POST", POST_VERIFICATIONS.path)).toBe(1);
    expect(t.fake.wallet.charges()).toBe(1);
    const [charged] = t.fake.wallet.ledger;
    expect(order.id).toBe(charged?.ref);
    expect(order).toMatchObject({
      status: "waiting",
      service: "whatsapp",
      price: { amount: 85, currency: "USD" },
    });
    t.fake.deliver(order.id, "Your code is 4821");
    expect((await c.poll(order)).code).toBe("4821");
  });

  it("buy: an older open order for the same service is not taken for the lost one", async () => {
    const c = t.client();
    const older = await c.buy({ service: "whatsapp" });
    t.fake.faults.add(POST_VERIFICATIONS, { kind: "reset-before" });
    const err = await onFastClock(() => c.buy({ service: "whatsapp" })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(t.fake.wallet.charges()).toBe(1);
    expect(t.fake.wallet.ledger[0]?.ref).toBe(older.id);
  });

  it("buy with an area code: only a new number in that area code counts", async () => {
    t.fake.faults.add(POST_VERIFICATIONS, { kind: "reset-after" });
    const order = await t.client().buy({ service: "telegram", areaCode: "646" });
    expect(order.number).toMatch(/^\+1646/);
    expect(t.fake.wallet.charges()).toBe(1);
  });

  it("buy: two new matching orders cannot be told apart -> OutcomeUnknownError, no second purchase", async () => {
    // Another client of the same account buys the same service while our reply is lost.
    t.server.use(
      http.post(
        t.url("/verifications"),
        async () => {
          for (let i = 0; i < 2; i++) {
            await fetch(t.url("/verifications"), {
              method: "POST",
              headers: { authorization: `Bearer ${t.fake.apiKey}`, "content-type": "application/json" },
              body: JSON.stringify({ service: "whatsapp" }),
            });
          }
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const err = await t
      .client()
      .buy({ service: "whatsapp" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutcomeUnknownError);
    expect((err as OutcomeUnknownError).operation).toBe("buy");
    expect(t.fake.wallet.charges()).toBe(2);
  });

  it("buy: the check failing too -> OutcomeUnknownError, no second purchase", async () => {
    t.fake.faults.add(POST_VERIFICATIONS, { kind: "reset-after" });
    // The snapshot before the purchase reads fine; every later read of the list fails.
    t.server.use(
      http.get(t.url("/verifications"), () => HttpResponse.json([]), { once: true }),
      http.get(t.url("/verifications"), () => HttpResponse.json({ detail: "down" }, { status: 503 })),
    );
    const err = await t
      .client()
      .buy({ service: "whatsapp" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OutcomeUnknownError);
    expect((err as OutcomeUnknownError).known).toMatchObject({ service: "whatsapp" });
    expect(t.fake.wallet.charges()).toBe(1);
    expect(t.fake.faults.count("POST", POST_VERIFICATIONS.path)).toBe(1);
  });

  it("rent: the reply is lost -> the rental is found in the active list; one POST, one charge", async () => {
    t.fake.faults.add(POST_RENTALS, { kind: "reset-after" });
    const rental = await t.client().rent({ days: 30 });
    expect(t.fake.faults.count("POST", POST_RENTALS.path)).toBe(1);
    expect(t.fake.wallet.charges()).toBe(1);
    expect(rental.id).toBe(t.fake.wallet.ledger[0]?.ref);
    expect(rental.status).toBe("active");
  });

  it("reuse: the reply is lost -> the new verification on that number is found", async () => {
    const c = t.client();
    const order = await c.buy({ service: "telegram" });
    t.fake.deliver(order.id, "code 5150");
    t.fake.faults.add({ method: "POST", path: /\/reuse$/ }, { kind: "reset-after" });
    const reused = await t.fake.provider().reuse(order);
    expect(reused.id).not.toBe(order.id);
    expect(reused.number).toBe(order.number);
    expect(t.fake.wallet.charges()).toBe(2);
    expect(t.fake.faults.count("POST", /\/reuse$/)).toBe(1);
  });

  it("renew: the reply is lost -> the extension is seen on the rental; one charge", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 7 });
    t.fake.faults.add({ method: "POST", path: /\/extend$/ }, { kind: "reset-after" });
    const renewed = await c.renew(rental, { days: 30 });
    expect(Date.parse(renewed.expiresAt!) - Date.parse(rental.expiresAt!)).toBe(30 * 86_400_000);
    expect(t.fake.wallet.charges()).toBe(2);
    expect(t.fake.faults.count("POST", /\/extend$/)).toBe(1);
  });

  it("renew: the request never arrived -> a plain NetworkError, nothing charged", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 7 });
    t.fake.faults.add({ method: "POST", path: /\/extend$/ }, { kind: "reset-before" });
    const err = await onFastClock(() => c.renew(rental, { days: 7 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(t.fake.wallet.charges()).toBe(1);
  });
});
