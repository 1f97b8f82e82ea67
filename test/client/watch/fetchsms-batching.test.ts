/**
 * FetchSMS lists active verifications in one request: watching many costs one `GET /verifications?tab=active`
 * a round, not one look each. And a verified webhook reaches the watcher at once (`client.ingest`).
 */
import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  createClient,
  type Order,
  type Provider,
  parseFetchSmsWebhook,
  verifyFetchSmsWebhook,
} from "../../../src/index.js";
import { createFetchSmsFake } from "../../../src/testing/fakes/fetchsms.js";
import { count, useFake } from "../../fakes/harness.js";

const h = useFake(() => createFetchSmsFake());
const LIST = /\/verifications\?tab=active$/;
const ONE = /\/verifications\/[^/?]+$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SECRET = "whsec_test_endpoint";

async function buyMany(n: number): Promise<Order[]> {
  const orders: Order[] = [];
  for (let i = 0; i < n; i++) orders.push(await h.client.buy({ service: "whatsapp" }));
  return orders;
}

/** Requests of each kind made while `orders` are watched for `ms` through `provider`. */
async function watchFor(provider: Provider, orders: Order[], ms: number) {
  const client = createClient({ provider });
  const from = h.sent.length;
  const codes: string[] = [];
  const watchers = orders.map((o) => client.watch(o, { intervalMs: 100 }).on("code", (c) => codes.push(c)));
  await sleep(ms);
  for (const w of watchers) w.stop();
  const sent = { sent: h.sent.slice(from) };
  return { list: count(sent, "GET", LIST), one: count(sent, "GET", ONE), codes };
}

describe("fetchsms watch batching", () => {
  it("costs one list request a round instead of one look per order", async () => {
    const orders = await buyMany(12);
    const batched = await watchFor(h.fake.provider(), orders, 450);
    const alone = await watchFor({ ...h.fake.provider(), pollMany: undefined }, orders, 450);
    // About 5 rounds in 450 ms at 100 ms: 5 list requests, against 5 x 12 looks.
    expect(batched.one).toBe(0);
    expect(batched.list).toBeGreaterThanOrEqual(3);
    expect(batched.list).toBeLessThanOrEqual(6);
    expect(alone.list).toBe(0);
    expect(alone.one).toBeGreaterThanOrEqual(12 * 3);
  });

  it("keeps one list request a round when the orders began watching at different moments", async () => {
    const orders = await buyMany(8);
    const client = createClient({ provider: h.fake.provider() });
    const from = h.sent.length;
    // Two groups 60 ms apart: more than half an interval, so neither is due when the other's list goes.
    const first = orders.slice(0, 4).map((o) => client.watch(o, { intervalMs: 100 }));
    await sleep(60);
    const second = orders.slice(4).map((o) => client.watch(o, { intervalMs: 100 }));
    await sleep(1_000);
    for (const w of [...first, ...second]) w.stop();
    const lists = count({ sent: h.sent.slice(from) }, "GET", LIST);
    // About 11 rounds in 1,060 ms: one list each, not one per group.
    expect(lists).toBeGreaterThanOrEqual(6);
    expect(lists).toBeLessThanOrEqual(13);
  });

  it("emits each order's code once from the list alone, with no /messages read", async () => {
    const orders = await buyMany(5);
    h.fake.deliver(orders[1]!.id, "Your WhatsApp code is 482-913");
    h.fake.deliver(orders[3]!.id, "Your WhatsApp code is 551-002");
    const { codes, one } = await watchFor(h.fake.provider(), orders, 450);
    expect(codes.sort()).toEqual(["482913", "551002"]);
    expect(one).toBe(0);
  });

  it("keeps every watcher going when the list fails: each order is looked at alone", async () => {
    const orders = await buyMany(3);
    orders.forEach((o, i) => {
      h.fake.deliver(o.id, `Your WhatsApp code is 4821${i}`);
    });
    h.fake.faults.add(
      { method: "GET", path: LIST },
      { kind: "status", status: 404, body: { detail: "Not Found" } },
    );
    const client = createClient({ provider: h.fake.provider() });
    const from = h.sent.length;
    const results = await Promise.all(
      orders.map((o) => client.waitForCode(o, { intervalMs: 50, timeoutMs: 2_000 }).then((r) => r.code)),
    );
    expect(results).toEqual(["48210", "48211", "48212"]);
    expect(count({ sent: h.sent.slice(from) }, "GET", ONE)).toBe(3);
  });

  it("looks alone at an order whose list item shows more than one new code, and emits both", async () => {
    const [order] = await buyMany(1);
    const client = createClient({ provider: h.fake.provider() });
    const codes: string[] = [];
    const w = client.watch(order!, { intervalMs: 100 }).on("code", (c) => codes.push(c));
    await sleep(150);
    h.fake.deliver(order!.id, "Your WhatsApp code is 111-111");
    h.fake.deliver(order!.id, "Your WhatsApp code is 222-222");
    await sleep(300);
    w.stop();
    expect(codes.sort()).toEqual(["111111", "222222"]);
  });

  it("looks alone at an order that left the active list, and ends its watcher", async () => {
    const [kept, gone] = await buyMany(2);
    const client = createClient({ provider: h.fake.provider() });
    const ends: string[] = [];
    const wKept = client.watch(kept!, { intervalMs: 100 });
    client.watch(gone!, { intervalMs: 100 }).on("status", (s) => ends.push(s));
    await sleep(150);
    await h.client.cancel(gone!); // cancelled elsewhere: it leaves the active list
    const from = h.sent.length;
    await sleep(300);
    wKept.stop();
    expect(ends).toEqual(["cancelled"]);
    expect(count({ sent: h.sent.slice(from) }, "GET", new RegExp(`/verifications/${gone!.id}$`))).toBe(1);
  });
});

describe("fetchsms rentals", () => {
  it("emits each rental message once although the rental keeps reporting its last code", async () => {
    const rental = await h.client.rent({ days: 1 });
    const codes: string[] = [];
    const w = h.client.watch(rental, { intervalMs: 50 }).on("code", (c) => codes.push(c));
    h.fake.deliver(rental.id, "Your Discord code is 662190", "Discord");
    await sleep(200);
    h.fake.deliver(rental.id, "Your Telegram code is 11223", "Telegram");
    await sleep(300);
    w.stop();
    expect(codes).toEqual(["662190", "11223"]);
  });
});

describe("client.ingest (FetchSMS webhooks)", () => {
  const signed = (payload: unknown) => {
    const body = JSON.stringify(payload);
    return { body, signature: createHmac("sha256", SECRET).update(body).digest("hex") };
  };

  it("hands a verified sms.received event to the order's watcher at once, then relaxes its polling", async () => {
    const [order] = await buyMany(1);
    const client = createClient({ provider: h.fake.provider() });
    const codes: string[] = [];
    const w = client.watch(order!, { intervalMs: 100 }).on("code", (c) => codes.push(c));
    await sleep(250);

    // The SMS lands; FetchSMS pushes it (signed) and the app hands the verified event over.
    h.fake.deliver(order!.id, "Your WhatsApp code is 482-910");
    const [message] = (await h.provider.poll(order!)).messages;
    const { body, signature } = signed({
      event: "sms.received",
      data: {
        verification_id: order!.id,
        number: order!.number,
        sender: "WhatsApp",
        code: "482-910",
        received_at: message!.receivedAt,
      },
      created_at: message!.receivedAt,
    });
    expect(verifyFetchSmsWebhook(body, signature, SECRET)).toBe(true);
    expect(client.ingest(parseFetchSmsWebhook(body))).toBe(1);
    expect(codes).toEqual(["482910"]); // synchronously, before any further look

    const from = h.sent.length;
    await sleep(900);
    w.stop();
    // Polling relaxed from every 100 ms to every 600 ms, and the polled copy of the SMS is no new code.
    expect(count({ sent: h.sent.slice(from) }, "GET", LIST)).toBeLessThanOrEqual(2);
    expect(codes).toEqual(["482910"]);
  });

  it("emits an SMS once when the webhook carries no received_at and a poll reports it later", async () => {
    const [order] = await buyMany(1);
    const client = createClient({ provider: h.fake.provider() });
    const messages: unknown[] = [];
    const codes: string[] = [];
    const w = client.watch(order!, { intervalMs: 50 });
    w.on("message", (m) => messages.push(m));
    w.on("code", (c) => codes.push(c));
    h.fake.deliver(order!.id, "Your WhatsApp code is 482-910");
    const { body } = signed({
      event: "sms.received",
      data: { verification_id: order!.id, number: order!.number, code: "482-910" },
      created_at: new Date(Date.now() + 1_000).toISOString(),
    });
    client.ingest(parseFetchSmsWebhook(body));
    await sleep(300);
    w.stop();
    expect(codes).toEqual(["482910"]);
    expect(messages).toHaveLength(1);
  });

  it("returns 0 for an event nobody watches, and refuses what is not an event", () => {
    const event = parseFetchSmsWebhook(
      signed({
        event: "sms.received",
        data: { verification_id: "nobody", number: "+13325550100", code: "1234" },
      }).body,
    );
    expect(h.client.ingest(event)).toBe(0);
    expect(h.client.ingest({ type: "unknown", event: "account.updated" } as never)).toBe(0);
    expect(() => h.client.ingest({ type: "message" } as never)).toThrow(/ingest/);
  });
});
