import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  NotFoundError,
  OrderStateError,
  ResponseFormatError,
  UnsupportedError,
  ValidationError,
} from "../../../src/core/errors.js";
import type { Order } from "../../../src/core/model.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();

describe("fetchsms verifications", () => {
  it("buys, receives a code, and polls it with the messages newest first", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    expect(order).toMatchObject({
      provider: "fetchsms",
      service: "whatsapp",
      country: "US",
      status: "waiting",
      code: null,
      messages: [],
      price: { amount: 85, currency: "USD" },
    });
    expect(order.number).toMatch(/^\+1332555\d{4}$/);
    expect(Date.parse(order.expiresAt!) - Date.parse(order.createdAt!)).toBe(15 * 60_000);
    expect((await t.bodies()).find((s) => s.path === "/v1/verifications")?.body).toEqual({
      service: "whatsapp",
    });

    t.fake.deliver(order.id, "Your WhatsApp code is 093-114");
    t.fake.deliver(order.id, "Your verification code is 558-213. Don't share it.");
    const polled = await c.poll(order);
    expect(polled.status).toBe("received");
    expect(polled.code).toBe("558213");
    expect(polled.messages.map((m) => m.code)).toEqual(["558213", "093114"]);
    // FetchSMS's verification messages have no body and no sender.
    expect(polled.messages[0]).toMatchObject({ text: null, from: null });
    expect(polled.messages[0]?.id).toEqual(expect.any(String));

    const { code } = await c.waitForCode(polled, { intervalMs: 10 });
    expect(code).toBe("558213");
  });

  it("does not read the messages while nothing has arrived", async () => {
    const c = t.client();
    const order = await c.buy({ service: "telegram" });
    await c.poll(order);
    expect(t.fake.faults.count("GET", /\/messages$/)).toBe(0);
  });

  it("sends a numeric service id as a JSON number and an area code as area_code", async () => {
    const order = await t.client().buy({ service: "4", areaCode: "212" });
    expect((await t.bodies()).find((s) => s.path === "/v1/verifications")?.body).toEqual({
      service: 4,
      area_code: "212",
    });
    expect(order.number).toMatch(/^\+1212555\d{4}$/);
    expect(order.service).toBe("telegram");
    expect(order.price).toEqual({ amount: 95, currency: "USD" });
  });

  it("has no done and no voice: UnsupportedError before any request", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    const before = t.fake.faults.requests.length;
    await expect(c.done(order)).rejects.toBeInstanceOf(UnsupportedError);
    await expect(c.buy({ service: "whatsapp", channel: "voice" })).rejects.toBeInstanceOf(UnsupportedError);
    expect(t.fake.faults.requests.length).toBe(before);
  });

  it("refuses a non-US country before any request", async () => {
    const err = await t
      .client()
      .buy({ service: "whatsapp", country: "GB" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).allowed).toEqual(["US"]);
    expect(t.fake.faults.requests).toHaveLength(0);
  });

  it("cancel answered 204 refunds the cost", async () => {
    const c = t.client();
    const start = t.fake.wallet.balance;
    const order = await c.buy({ service: "whatsapp" });
    const { order: cancelled, refunded } = await c.cancel(order);
    expect(cancelled.status).toBe("cancelled");
    expect(refunded).toEqual({ amount: 85, currency: "USD" });
    expect(t.fake.wallet.balance).toBe(start);
  });

  it("cancel answered with the Verification maps it", async () => {
    t.fake.setCancelReply("body");
    const c = t.client();
    const order = await c.buy({ service: "telegram" });
    const { order: cancelled, refunded } = await c.cancel(JSON.parse(JSON.stringify(order)));
    expect(cancelled).toMatchObject({ id: order.id, status: "cancelled", number: order.number });
    expect(refunded).toEqual({ amount: 70, currency: "USD" });
  });

  it.each([
    ["the verification still waiting", (v: Record<string, unknown>) => ({ ...v, status: "waiting" })],
    [
      "another verification, cancelled",
      (v: Record<string, unknown>) => ({ ...v, id: "someone-else", status: "cancelled" }),
    ],
  ])("a cancel answered 200 with %s is no cancel and no refund", async (_what, alter) => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    const balance = t.fake.wallet.balance;
    const shown = (await (
      await fetch(t.url(`/verifications/${order.id}`), {
        headers: { authorization: `Bearer ${t.fake.apiKey}` },
      })
    ).json()) as Record<string, unknown>;
    t.server.use(http.post(t.url("/verifications/:id/cancel"), () => HttpResponse.json(alter(shown))));
    const err = await c.cancel(order).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponseFormatError);
    expect(t.fake.wallet.balance).toBe(balance);
  });

  it("cancel of a revived order without a price reads the cost for the refund", async () => {
    const c = t.client();
    const order = await c.buy({ service: "telegram" });
    const { refunded } = await c.cancel({ ...order, price: null });
    expect(refunded).toEqual({ amount: 70, currency: "USD" });
  });

  it("refuses to cancel once a code is in (409 -> OrderStateError), and refunds nothing", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    const balance = t.fake.wallet.balance;
    t.fake.deliver(order.id, "code 123456");
    const err = await c.cancel(order).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OrderStateError);
    expect((err as OrderStateError).status).toBe(409);
    expect(t.fake.wallet.balance).toBe(balance);
  });

  it("shows an expired verification as expired", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    t.fake.advance(16 * 60_000);
    const polled = await c.poll(order);
    expect(polled.status).toBe("expired");
    expect(polled.code).toBeNull();
  });

  it("keeps an unknown status in providerStatus and reads it as waiting", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    t.server.use(
      http.get(t.url("/verifications/:id"), () =>
        HttpResponse.json({ id: order.id, status: "held_for_review", code: null }),
      ),
    );
    const polled = await c.poll(order);
    expect(polled.status).toBe("waiting");
    expect(polled.providerStatus).toBe("held_for_review");
    expect(polled.number).toBe(order.number);
  });

  it("maps an unknown id to NotFoundError", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    await expect(c.poll({ ...order, id: "00000000-0000-0000-0000-000000000000" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses an id that would change the request path, before any request", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    const before = t.fake.faults.requests.length;
    await expect(c.poll({ ...order, id: ".." })).rejects.toBeInstanceOf(ValidationError);
    expect(t.fake.faults.requests.length).toBe(before);
  });

  it("accepts an order after a JSON round trip", async () => {
    const c = t.client();
    const order = await c.buy({ service: "whatsapp" });
    t.fake.deliver(order.id, "Your code is 7731");
    const revived = JSON.parse(JSON.stringify(order)) as Order;
    expect((await c.poll(revived)).code).toBe("7731");
    expect((await c.cancel(revived).catch((e: unknown) => e)) instanceof OrderStateError).toBe(true);
  });

  it("reuses a finished number: a new paid verification on the same number", async () => {
    const c = t.client();
    const provider = t.fake.provider();
    const order = await c.buy({ service: "telegram" });
    t.fake.deliver(order.id, "Telegram code 40112");
    const done = await c.poll(order);
    const reused = await provider.reuse(JSON.parse(JSON.stringify(done)));
    expect(reused.id).not.toBe(order.id);
    expect(reused).toMatchObject({
      number: order.number,
      status: "waiting",
      code: null,
      service: "telegram",
    });
    expect(t.fake.wallet.charges()).toBe(2);
    t.fake.deliver(reused.id, "Telegram code 77120");
    expect((await c.poll(reused)).code).toBe("77120");
  });

  it("refuses to reuse a verification that never received a code (409 -> OrderStateError)", async () => {
    const order = await t.client().buy({ service: "telegram" });
    await expect(t.fake.provider().reuse(order)).rejects.toBeInstanceOf(OrderStateError);
    expect(t.fake.wallet.charges()).toBe(1);
  });

  it("refuses to reuse an order of another provider before any request", async () => {
    const order = await t.client().buy({ service: "telegram" });
    const before = t.fake.faults.requests.length;
    await expect(t.fake.provider().reuse({ ...order, provider: "numpool" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(t.fake.faults.requests.length).toBe(before);
  });

  it("lists active and history verifications", async () => {
    const c = t.client();
    const provider = t.fake.provider();
    const open = await c.buy({ service: "whatsapp" });
    const gone = await c.buy({ service: "telegram" });
    await c.cancel(gone);
    t.fake.deliver(open.id, "code 2468");

    const active = await provider.listVerifications("active");
    expect(active.map((o) => o.id)).toEqual([open.id]);
    expect(active[0]).toMatchObject({ status: "received", code: "2468", number: open.number });
    const history = await provider.listVerifications("history");
    expect(history.map((o) => [o.id, o.status])).toEqual([[gone.id, "cancelled"]]);
    expect(t.fake.faults.requests.at(-1)?.path).toBe("/v1/verifications?tab=history");

    await expect(provider.listVerifications("open" as never)).rejects.toBeInstanceOf(ValidationError);
  });
});
