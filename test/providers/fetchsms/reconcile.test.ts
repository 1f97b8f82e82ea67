import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { NetworkError, OutcomeUnknownError } from "../../../src/core/errors.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();
const POST_VERIFICATIONS = { method: "POST", path: /\/verifications$/ };
const POST_RENTALS = { method: "POST", path: /\/rentals$/ };

/** Another client of the same account, straight to the fake: what happens while our reply is lost. */
const otherClient = (path: string, body?: unknown) =>
  fetch(t.url(path), {
    method: "POST",
    headers: { authorization: `Bearer ${t.fake.apiKey}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

/**
 * The fake's rentals as a FetchSMS that does not send `extended_days`: a lost renewal can then only be
 * settled by comparing `expires_at`. The inner read is marked so this handler lets it through.
 */
function serveRentalsWithoutExtendedDays() {
  t.server.use(
    http.get(t.url("/rentals/:id"), async ({ request }) => {
      if (request.headers.has("x-test-inner")) return undefined;
      const inner = await fetch(request.url, {
        headers: { authorization: `Bearer ${t.fake.apiKey}`, "x-test-inner": "1" },
      });
      const { extended_days: _omitted, ...rest } = (await inner.json()) as Record<string, unknown>;
      return HttpResponse.json(rest, { status: inner.status });
    }),
  );
}

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

  it("buy with an area code: a number another client bought meanwhile in another area code is not ours", async () => {
    t.server.use(
      http.post(
        t.url("/verifications"),
        async ({ request }) => {
          const sent = await request.json();
          // Another client buys the same service in 212; then our request (646) is served, reply lost.
          await otherClient("/verifications", { service: "telegram", area_code: "212" });
          await otherClient("/verifications", sent);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const order = await t.client().buy({ service: "telegram", areaCode: "646" });
    expect(order.number).toMatch(/^\+1646/);
    expect(order.id).toBe(t.fake.wallet.ledger[1]?.ref);
    expect(t.fake.wallet.charges()).toBe(2);
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

  it("rent with an area code: a rental another client took meanwhile in another area code is not ours", async () => {
    t.server.use(
      http.post(
        t.url("/rentals"),
        async ({ request }) => {
          const sent = await request.json();
          await otherClient("/rentals", { service: "unlimited-services", days: 30, area_code: "212" });
          await otherClient("/rentals", sent);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const rental = await t.fake.provider().rent({
      days: 30,
      areaCode: "646",
      country: null,
      service: null,
      autoRenew: null,
      numberType: null,
      idempotencyKey: null,
    });
    expect(rental.number).toMatch(/^\+1646/);
    expect(rental.id).toBe(t.fake.wallet.ledger[1]?.ref);
    expect(t.fake.wallet.charges()).toBe(2);
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

  it("reuse: a new verification another client bought meanwhile on another number is not ours", async () => {
    const c = t.client();
    const order = await c.buy({ service: "telegram" });
    t.fake.deliver(order.id, "code 5150");
    t.server.use(
      http.post(
        t.url("/verifications/:id/reuse"),
        async ({ params }) => {
          await otherClient("/verifications", { service: "telegram" });
          await otherClient(`/verifications/${params.id}/reuse`);
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const reused = await t.fake.provider().reuse(order);
    expect(reused.number).toBe(order.number);
    expect(reused.id).toBe(t.fake.wallet.ledger[2]?.ref);
    expect(t.fake.wallet.charges()).toBe(3);
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

  it("renew without extended_days: a lost reply is settled by the later expiry; one renewal charge", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 7 });
    serveRentalsWithoutExtendedDays();
    t.fake.faults.add({ method: "POST", path: /\/extend$/ }, { kind: "reset-after" });
    const renewed = await c.renew(rental, { days: 30 });
    expect(Date.parse(renewed.expiresAt!) - Date.parse(rental.expiresAt!)).toBe(30 * 86_400_000);
    expect(t.fake.wallet.charges()).toBe(2);
    expect(t.fake.faults.count("POST", /\/extend$/)).toBe(1);
  });

  it("renew without extended_days: the request never arrived, the expiry is unchanged -> a plain NetworkError", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 7 });
    serveRentalsWithoutExtendedDays();
    t.fake.faults.add({ method: "POST", path: /\/extend$/ }, { kind: "reset-before" });
    const err = await onFastClock(() => c.renew(rental, { days: 7 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NetworkError);
    expect((err as NetworkError).requestMayHaveBeenSent).toBe(false);
    // The rental alone: one charge fewer than a renewal would make.
    expect(t.fake.wallet.charges()).toBe(1);
    expect(t.fake.faults.count("POST", /\/extend$/)).toBe(1);
  });
});

describe("fetchsms purchases racing in one process", () => {
  it("never hands one order to two buyers: a reply lost beside another purchase is undecided", async () => {
    const c = t.client();
    let first = true;
    t.server.use(
      http.post(t.url("/verifications"), () => {
        if (!first) return undefined;
        first = false;
        // The first buy is answered by an HTML page and bought nothing; the second one buys.
        return new HttpResponse("<html>502 Bad Gateway</html>", { status: 200 });
      }),
    );
    const [a, b] = await onFastClock(() =>
      Promise.all([
        c.buy({ service: "whatsapp" }).catch((e: unknown) => e),
        c.buy({ service: "whatsapp" }).catch((e: unknown) => e),
      ]),
    );
    const orders = [a, b].filter((x) => !(x instanceof Error)) as Array<{ id: string }>;
    expect(orders).toHaveLength(1);
    expect([a, b].filter((x) => x instanceof OutcomeUnknownError)).toHaveLength(1);
    expect(t.fake.wallet.charges()).toBe(1);
  });

  it("counts a purchase made between the snapshot and the request as beside it", async () => {
    const c = t.client();
    let other: unknown;
    // The first buy's snapshot of the active list is taken, then a second buy goes through before the
    // first one's request leaves, and that request is dropped before FetchSMS sees it. The first buy's
    // looks find one new order: the other's.
    t.server.use(
      http.get(
        t.url("/verifications"),
        async ({ request }) => {
          const snapshot = await fetch(request.url, { headers: request.headers });
          const body = await snapshot.json();
          other = await c.buy({ service: "whatsapp" });
          t.fake.faults.add(POST_VERIFICATIONS, { kind: "reset-before" });
          return HttpResponse.json(body, { status: snapshot.status });
        },
        { once: true },
      ),
    );
    const error = await onFastClock(() => c.buy({ service: "whatsapp" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).known.candidates).toEqual([(other as { id: string }).id]);
    expect(t.fake.wallet.charges()).toBe(1);
  });
});

describe("fetchsms purchases after one that may still land", () => {
  it("a later buy that finds the late order of an earlier timed-out buy does not take it", async () => {
    const c = t.client({ timeoutMs: 1_000 });
    // The first buy's request sits at FetchSMS and is carried out after the client gave up on it.
    t.fake.faults.add(POST_VERIFICATIONS, { kind: "delay", ms: 4_000 });
    const outcome = await onFastClock(async () => {
      const first = await c.buy({ service: "whatsapp" }).catch((e: unknown) => e);
      // The second buy meets a gateway's 502 and bought nothing; its looks see the first one's order land.
      t.fake.faults.add(POST_VERIFICATIONS, { kind: "status", status: 502, text: "<html>502</html>" });
      const second = await c.buy({ service: "whatsapp" }).catch((e: unknown) => e);
      return { first, second };
    });
    expect(outcome.first).toBeInstanceOf(OutcomeUnknownError);
    expect((outcome.first as Error).message).toMatch(/may still land/);
    expect(outcome.second).toBeInstanceOf(OutcomeUnknownError);
    expect(t.fake.wallet.charges()).toBe(1);
  });
});

describe("fetchsms renewals racing in one process", () => {
  it("a renewal whose request was dropped does not claim the extension another renewal made", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 7 });
    t.fake.faults.add({ method: "POST", path: /\/extend$/ }, { kind: "reset-before" });
    const [a, b] = await onFastClock(() =>
      Promise.all([
        c.renew(rental, { days: 7 }).catch((e: unknown) => e),
        c.renew(rental, { days: 7 }).catch((e: unknown) => e),
      ]),
    );
    expect(t.fake.wallet.charges()).toBe(2);
    expect([a, b].filter((x) => x instanceof OutcomeUnknownError)).toHaveLength(1);
    expect([a, b].filter((x) => !(x instanceof Error))).toHaveLength(1);
  });
});
