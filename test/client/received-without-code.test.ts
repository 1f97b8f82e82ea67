/**
 * An order the provider calls received whose SMS has no code we can read: it stays `waiting` (received
 * means a code in hand), keeps the provider's word in `providerStatus`, and the user is told; a timeout
 * never claims a refund for it, says why its cancel was refused, and leaves it held in the journal.
 */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { memoryJournal } from "../../src/client/journal/memory-journal.js";
import type { TimeoutError } from "../../src/core/errors.js";
import type { Order } from "../../src/core/model.js";
import { createFetchSmsFake } from "../../src/testing/fakes/fetchsms.js";
import { createJuicySmsFake } from "../../src/testing/fakes/juicysms.js";
import { createNumpoolFake } from "../../src/testing/fakes/numpool.js";
import { count, useFake } from "../fakes/harness.js";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const NO_CODE = "Welcome! Your account is ready.";

describe("numpool", () => {
  const h = useFake(() => createNumpoolFake());

  it("a watcher emits status when NumPool reports received with neither code nor SMS text", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    // NumPool shows the order received, but neither its code nor its SMS text (list and GET /sms/:id alike).
    h.fake.orders.get(order.id)!.status = "received";
    const events: string[] = [];
    const w = h.client.watch(order, { intervalMs: 30 });
    for (const e of ["status", "message", "code"] as const) w.on(e, () => events.push(e));
    await sleep(200);
    w.stop();
    expect(events).toEqual(["status"]);
    expect(w.target).toMatchObject({ status: "waiting", code: null, providerStatus: "received" });
  });

  it("a timeout whose cancel is refused because an SMS came says so, instead of 'cancel it'", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.deliver(order.id, NO_CODE);
    const error = (await h.client
      .waitForCode(order, { intervalMs: 30, timeoutMs: 150, cancelGraceMs: 100 })
      .catch((e: unknown) => e)) as TimeoutError;
    expect(error.cancelled).toBe(false);
    expect(error.refunded).toBeNull(); // no refund claimed: good
    expect(error.order?.messages.map((m) => m.text)).toEqual([NO_CODE]);
    expect(error.message).not.toMatch(/cancel it/);
    expect(error.message).toMatch(/an SMS came with no code we could read \(see error\.order\.messages\)/);
  });

  it("leaves such an order held in the journal: recover looks at it and sends no second cancel", async () => {
    const journal = memoryJournal();
    const client = createClient({ provider: h.provider, journal });
    const order = await client.buy({ service: "whatsapp" });
    h.fake.deliver(order.id, NO_CODE);
    await client.waitForCode(order, { intervalMs: 30, timeoutMs: 150, cancelGraceMs: 100 }).catch(() => null);
    // The refused cancel is over: nothing is in flight for a later process to complete.
    expect((await journal.pending()).map((e) => e.stage)).toEqual(["held"]);
    const cancels = count(h, "POST", /\/cancel\//);
    const report = await client.recover({ cancelGraceMs: 50 });
    expect(report.entries.map((e) => [e.action, e.closed])).toEqual([["open", false]]);
    expect(count(h, "POST", /\/cancel\//)).toBe(cancels);
  });

  it("batching: an item saying received still sends the order to GET /sms/:id, codeless SMS or not", async () => {
    const orders: Order[] = [];
    for (let i = 0; i < 3; i++) orders.push(await h.client.buy({ service: "whatsapp" }));
    h.fake.deliver(orders[1]!.id, NO_CODE);
    const codes: string[] = [];
    const from = h.sent.length;
    const ws = orders.map((o) => h.client.watch(o, { intervalMs: 40 }).on("code", (c) => codes.push(c)));
    await sleep(200);
    h.fake.deliver(orders[1]!.id, "Your WhatsApp code is 301-775");
    await sleep(250);
    for (const w of ws) w.stop();
    expect(codes).toEqual(["301775"]);
    const sms = h.sent.slice(from).filter((r) => /\/sms\//.test(r.path));
    expect(sms.length).toBeGreaterThan(0);
    expect(sms.every((r) => r.path.endsWith(orders[1]!.id))).toBe(true);
    expect(ws[1]!.target).toMatchObject({ status: "received", code: "301775" });
  });

  it("an order passed in with code '' has no code, so its timeout still cancels", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add({ method: "GET", path: /\/sms\// }, { kind: "status", status: 503 }, 100);
    const error = await h.client
      // As a saved order from elsewhere may come back: JSON, with an empty code.
      .waitForCode(JSON.parse(JSON.stringify({ ...order, code: "" })) as Order, {
        intervalMs: 30,
        timeoutMs: 150,
        cancelGraceMs: 100,
      })
      .catch((e: unknown) => e);
    expect(count(h, "POST", /\/cancel\//)).toBe(1);
    expect((error as Error).name).toBe("TimeoutError");
  });
});

describe("juicysms", () => {
  const h = useFake(() => createJuicySmsFake());

  it("an SMS without a code leaves the order waiting with JuicySMS's word kept", async () => {
    const order = await h.client.buy({ service: "telegram" });
    h.fake.deliver(order.id, NO_CODE);
    const polled = await h.client.poll(order);
    expect(polled.code).toBeNull();
    expect(polled).toMatchObject({ status: "waiting", providerStatus: "received" });
  });

  it("the TimeoutError's order shows that JuicySMS delivered it", async () => {
    const order = await h.client.buy({ service: "telegram" });
    h.fake.deliver(order.id, NO_CODE);
    const error = (await h.client
      .waitForCode(order, { intervalMs: 30, timeoutMs: 150, cancelGraceMs: 100 })
      .catch((e: unknown) => e)) as TimeoutError;
    expect(error.cancelled).toBe(false);
    expect(error.refunded).toBeNull();
    expect(error.order).toMatchObject({ status: "waiting", providerStatus: "received" });
  });
});

describe("fetchsms", () => {
  const h = useFake(() => createFetchSmsFake());

  it("a list item saying received without its code sends the order to a look of its own", async () => {
    const orders: Order[] = [];
    for (let i = 0; i < 2; i++) orders.push(await h.client.buy({ service: "whatsapp" }));
    // The active list as FetchSMS may send it (a poll "may carry only id, status and code"): code null.
    h.server.use(
      http.get(`${h.fake.baseUrl}/verifications`, async ({ request }) => {
        const items = await Promise.all(
          orders.map(async (o) => {
            const r = await fetch(`${h.fake.baseUrl}/verifications/${o.id}`, { headers: request.headers });
            return { ...((await r.json()) as Record<string, unknown>), code: null };
          }),
        );
        return HttpResponse.json(items);
      }),
    );
    const codes: string[] = [];
    const ws = orders.map((o) => h.client.watch(o, { intervalMs: 40 }).on("code", (c) => codes.push(c)));
    h.fake.deliver(orders[0]!.id, "Your WhatsApp code is 301-775");
    await sleep(400);
    for (const w of ws) w.stop();
    expect(codes).toEqual(["301775"]);
    expect(ws[0]!.target).toMatchObject({ status: "received", code: "301775" });
  });
});
