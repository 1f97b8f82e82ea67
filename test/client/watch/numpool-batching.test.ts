/**
 * NumPool's `GET /orders` pages stand in for one `GET /sms/:id` per watched order while nothing happens;
 * an order whose item shows anything else is looked at alone (NumPool publishes no item shape to trust more).
 */
import { describe, expect, it } from "vitest";
import { createClient, type Order } from "../../../src/index.js";
import { createNumpoolFake } from "../../../src/testing/fakes/numpool.js";
import { count, useFake } from "../../fakes/harness.js";

const h = useFake(() => createNumpoolFake());
const PAGE = /\/orders\?limit=20&offset=\d+$/;
const SMS = /\/sms\/[^/?]+$/;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("numpool watch batching", () => {
  it("reads order pages for waiting orders and GET /sms only for the one whose SMS came", async () => {
    const orders: Order[] = [];
    for (let i = 0; i < 25; i++) orders.push(await h.client.buy({ service: "whatsapp" }));
    const client = createClient({ provider: h.fake.provider() });
    const codes: string[] = [];
    const from = h.sent.length;
    const watchers = orders.map((o) => client.watch(o, { intervalMs: 100 }).on("code", (c) => codes.push(c)));
    await sleep(250);
    h.fake.deliver(orders[7]!.id, "Your WhatsApp code is 301-775");
    await sleep(400);
    for (const w of watchers) w.stop();

    const sent = { sent: h.sent.slice(from) };
    expect(codes).toEqual(["301775"]);
    // 25 orders fill two pages: each round is 2 page reads, never 25 looks.
    expect(count(sent, "GET", PAGE)).toBeGreaterThanOrEqual(4);
    const smsLooks = h.sent.slice(from).filter((r) => r.method === "GET" && SMS.test(r.path));
    expect(smsLooks.length).toBeGreaterThanOrEqual(1);
    expect(smsLooks.every((r) => r.path.endsWith(`/sms/${orders[7]!.id}`))).toBe(true);
  });

  it("does not end the watchers when the order list fails: each order is looked at alone", async () => {
    const orders: Order[] = [];
    for (let i = 0; i < 3; i++) orders.push(await h.client.buy({ service: "whatsapp" }));
    h.fake.deliver(orders[1]!.id, "Your WhatsApp code is 301-775");
    h.fake.faults.add(
      { method: "GET", path: PAGE },
      { kind: "status", status: 404, body: { error: "Not found" } },
    );
    const client = createClient({ provider: h.fake.provider() });
    const ends: string[] = [];
    const watchers = orders.map((o) => client.watch(o, { intervalMs: 50 }).on("end", (r) => ends.push(r)));
    const { code } = await client.waitForCode(orders[1]!, { intervalMs: 50, timeoutMs: 2_000 });
    await sleep(200);
    for (const w of watchers) w.stop();
    expect(code).toBe("301775");
    expect(ends).toEqual(["stopped", "stopped", "stopped"]);
  });
});
