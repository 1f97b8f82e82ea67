import { createHmac } from "node:crypto";
import { createClient, type FetchSmsWebhookEvent, type Order, type SmsClient } from "unisms";
import { createFetchSmsFake, type FetchSmsFake, type Loopback, serveOnLoopback } from "unisms/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { offlineDemo, type Receiver, startReceiver, WEBHOOK_PATH } from "../../examples/fetchsms-webhook.js";

const SECRET = "whsec_endpoint_test_7d21";

let fake: FetchSmsFake | undefined;
let api: Loopback;
let client: SmsClient;
let receiver: Receiver;
/** What the app's own handler was given, and whether it failed. */
let handled: { event: FetchSmsWebhookEvent; watchers: number; failed: boolean }[];
let failNext: number;

beforeEach(async () => {
  api = await serveOnLoopback({ handlers: () => (fake?.handlers ?? []) as unknown as readonly unknown[] });
  fake = createFetchSmsFake({ baseUrl: `${api.origin}/v1` });
  client = createClient({ provider: fake.provider() });
  handled = [];
  failNext = 0;
  receiver = await startReceiver({
    client,
    secret: SECRET,
    log: () => {},
    onEvent: async (event, watchers) => {
      const failed = failNext > 0;
      handled.push({ event, watchers, failed });
      if (failed) {
        failNext--;
        throw new Error("database unavailable");
      }
    },
  });
});

afterEach(async () => {
  await receiver.close();
  await api.close();
  fake = undefined;
});

/** The body FetchSMS sends when a code lands on a verification, byte for byte as it signs it. */
function smsReceived(order: Order, code: string): string {
  const v = fake!.verification(order.id)!;
  return JSON.stringify({
    event: "sms.received",
    data: {
      verification_id: order.id,
      number: v.number, // as FetchSMS formats it: "(332) 555-0101"
      sender: "WhatsApp",
      code,
      received_at: "2026-06-17T22:16:41.004512",
    },
    created_at: "2026-06-17T22:16:41.210330",
  });
}

const sign = (body: string, secret = SECRET) => createHmac("sha256", secret).update(body).digest("hex");

async function post(body: string, signature: string | null, url = receiver.url): Promise<number> {
  const res = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(signature ? { "x-fetchsms-signature": signature } : {}),
    },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

/** Buys a verification and watches it; polling is 60 s apart, so a code seen sooner was pushed. */
async function watched() {
  const order = await client.buy({ service: "whatsapp" });
  const codes: string[] = [];
  const watcher = client.watch(order, { intervalMs: 60_000 }).on("code", (code) => codes.push(code));
  await new Promise((resolve) => watcher.once("poll", resolve));
  fake!.deliver(order.id, "Your WhatsApp code is 482-910");
  return { order, codes, watcher };
}

describe("examples/fetchsms-webhook.ts", () => {
  it("hands a verified sms.received to the order's watcher before answering 200", async () => {
    const { order, codes, watcher } = await watched();
    expect(await post(smsReceived(order, "482-910"), sign(smsReceived(order, "482-910")))).toBe(200);
    expect(codes).toEqual(["482910"]);
    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({ watchers: 1, event: { type: "message", orderId: order.id } });
    watcher.stop();
    expect(fake!.wallet.ledger.map((e) => [e.kind, e.amount])).toEqual([["charge", 85]]);
  });

  it("answers 401 to a bad, missing or foreign signature and a tampered body, and hands nothing over", async () => {
    const { order, codes, watcher } = await watched();
    const body = smsReceived(order, "482-910");
    expect(await post(body, sign(body, "another-endpoint-secret"))).toBe(401);
    expect(await post(body, null)).toBe(401);
    expect(await post(body.replace("482-910", "111-111"), sign(body))).toBe(401);
    expect(await post(body, sign(body).slice(1))).toBe(401);
    expect(codes).toEqual([]);
    expect(handled).toEqual([]);

    // Signed but off the documented shape: 400, not a 500 FetchSMS would retry forever.
    const garbled = JSON.stringify({ event: "sms.received", data: { number: "+13325550101" } });
    expect(await post(garbled, sign(garbled))).toBe(400);
    expect((await fetch(receiver.url)).status).toBe(405);
    expect((await fetch(receiver.url.replace(WEBHOOK_PATH, "/elsewhere"), { method: "POST" })).status).toBe(
      404,
    );

    // None of that spoiled the genuine delivery.
    expect(await post(body, sign(body))).toBe(200);
    expect(codes).toEqual(["482910"]);
    watcher.stop();
  });

  it("a delivery whose handler failed is handled again on FetchSMS's retry; one that succeeded is not", async () => {
    const { order, codes, watcher } = await watched();
    const body = smsReceived(order, "482-910");
    failNext = 1;
    expect(await post(body, sign(body))).toBe(500);
    expect(await post(body, sign(body))).toBe(200); // the retry: byte-identical
    expect(handled.map((h) => h.failed)).toEqual([true, false]);

    expect(await post(body, sign(body))).toBe(200); // a replay of a handled delivery
    expect(handled).toHaveLength(2);
    // The watcher was handed the event twice and emitted its code once.
    expect(codes).toEqual(["482910"]);
    watcher.stop();
  });

  it("the offline demo (what `npx tsx examples/fetchsms-webhook.ts` runs) gets its code by webhook", async () => {
    const lines: string[] = [];
    const result = await offlineDemo((line) => lines.push(line));
    expect(result).toEqual({ code: "482910", pushed: [{ code: "482910", watchers: 1 }] });
    expect(lines).toContain("FetchSMS's POST was answered 200");
  });
});
