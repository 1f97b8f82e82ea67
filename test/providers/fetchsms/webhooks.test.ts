import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ResponseFormatError } from "../../../src/core/errors.js";
import {
  createWebhookDeduper,
  parseFetchSmsWebhook,
  verifyFetchSmsWebhook,
} from "../../../src/providers/fetchsms/webhooks.js";
import { WEBHOOK_RENTAL_EXPIRED, WEBHOOK_SMS_RENTAL, WEBHOOK_SMS_VERIFICATION } from "./fixtures.js";

const SECRET = "whsec_endpoint_3f9a1c";
const sign = (body: string | Uint8Array, secret = SECRET) =>
  createHmac("sha256", secret).update(body).digest("hex");
const body = JSON.stringify(WEBHOOK_SMS_VERIFICATION);

describe("verifyFetchSmsWebhook", () => {
  it("accepts the lowercase hex HMAC-SHA256 of the raw body, as a string or bytes", () => {
    expect(verifyFetchSmsWebhook(body, sign(body), SECRET)).toBe(true);
    const bytes = new TextEncoder().encode(body);
    expect(verifyFetchSmsWebhook(bytes, sign(bytes), SECRET)).toBe(true);
    expect(verifyFetchSmsWebhook(Buffer.from(body), sign(body), SECRET)).toBe(true);
  });

  it("signs a non-ASCII body over its UTF-8 bytes", () => {
    const accented = JSON.stringify({ event: "sms.received", data: { body: "Código: 482-910 ✓" } });
    const utf8 = createHmac("sha256", SECRET).update(Buffer.from(accented, "utf8")).digest("hex");
    expect(verifyFetchSmsWebhook(accented, utf8, SECRET)).toBe(true);
    expect(verifyFetchSmsWebhook(new TextEncoder().encode(accented), utf8, SECRET)).toBe(true);
    const latin1 = createHmac("sha256", SECRET).update(Buffer.from(accented, "latin1")).digest("hex");
    expect(verifyFetchSmsWebhook(accented, latin1, SECRET)).toBe(false);
  });

  it("reads the hex case-insensitively (an uppercase signature is the same bytes)", () => {
    expect(verifyFetchSmsWebhook(body, sign(body).toUpperCase(), SECRET)).toBe(true);
  });

  it("ignores whitespace around the header value (a padded or newline-terminated header)", () => {
    expect(verifyFetchSmsWebhook(body, ` ${sign(body)}\n`, SECRET)).toBe(true);
    expect(verifyFetchSmsWebhook(body, `\t${sign(body)}  `, SECRET)).toBe(true);
  });

  it("refuses a wrong signature, another secret, or a tampered body", () => {
    expect(verifyFetchSmsWebhook(body, sign(body, "another-secret"), SECRET)).toBe(false);
    const tampered = body.replace("482-910", "482-911");
    expect(verifyFetchSmsWebhook(tampered, sign(body), SECRET)).toBe(false);
    const flipped = sign(body).replace(/^./, (c) => (c === "0" ? "1" : "0"));
    expect(verifyFetchSmsWebhook(body, flipped, SECRET)).toBe(false);
    // The body as re-serialised JSON is not the body that was signed.
    expect(verifyFetchSmsWebhook(JSON.stringify(JSON.parse(body), null, 2), sign(body), SECRET)).toBe(false);
  });

  it("is false, never a throw, on a missing, short, long or non-hex header, or an empty secret", () => {
    const good = sign(body);
    for (const header of [
      undefined,
      null,
      "",
      good.slice(0, 63),
      `${good}0`,
      `${good}00`,
      "z".repeat(64),
      `sha256=${good}`,
    ]) {
      expect(verifyFetchSmsWebhook(body, header, SECRET)).toBe(false);
    }
    expect(verifyFetchSmsWebhook(body, good, "")).toBe(false);
    expect(verifyFetchSmsWebhook(42 as never, good, SECRET)).toBe(false);
    expect(verifyFetchSmsWebhook(body, good, undefined as never)).toBe(false);
  });
});

describe("parseFetchSmsWebhook", () => {
  it("sms.received for a verification: orderId, E.164 number, the code as typed, no body", () => {
    expect(parseFetchSmsWebhook(body)).toEqual({
      event: "sms.received",
      createdAt: "2026-06-17T22:16:41.210Z",
      type: "message",
      orderId: "9f3e1c2a-5d7b-4e10-8c3f-0a2b4c6d8e10",
      number: "+13325550184",
      message: {
        id: null,
        from: "WhatsApp",
        text: null,
        code: "482910",
        receivedAt: "2026-06-17T22:16:41.004Z",
      },
    });
  });

  it("sms.received for a rental: rentalId and the SMS body", () => {
    const event = parseFetchSmsWebhook(new TextEncoder().encode(JSON.stringify(WEBHOOK_SMS_RENTAL)));
    expect(event).toMatchObject({
      type: "message",
      rentalId: "c7e2a9d0-51b4-4f0e-a3c8-2e6b9d14f075",
      number: "+16465550142",
      message: { from: "Discord", text: "Your Discord code is 662190", code: "662190" },
    });
    expect(event).not.toHaveProperty("orderId");
  });

  it("rental.expired: a status event", () => {
    expect(parseFetchSmsWebhook(JSON.stringify(WEBHOOK_RENTAL_EXPIRED))).toEqual({
      event: "rental.expired",
      createdAt: "2026-07-24T22:14:06.000Z",
      type: "status",
      rentalId: "c7e2a9d0-51b4-4f0e-a3c8-2e6b9d14f075",
      number: "+16465550142",
      status: "expired",
    });
  });

  it("an event this SDK does not know is a typed unknown event, not a failure", () => {
    const raw = JSON.stringify({ event: "wallet.topped_up", data: { amount_cents: 500 }, created_at: null });
    expect(parseFetchSmsWebhook(raw)).toEqual({
      event: "wallet.topped_up",
      createdAt: null,
      type: "unknown",
      data: { amount_cents: 500 },
    });
  });

  it("a body off the documented shape is ResponseFormatError", () => {
    const bad = [
      "not json",
      "{}",
      JSON.stringify({ event: "sms.received", data: null }),
      JSON.stringify({ event: "sms.received", data: { number: "+13325550184", code: "1234" } }),
      JSON.stringify({
        event: "sms.received",
        data: { verification_id: "v", rental_id: "r", number: "+13325550184", code: "1234" },
      }),
      JSON.stringify({ event: "sms.received", data: { verification_id: "v", number: "12", code: "1234" } }),
      JSON.stringify({ event: "rental.expired", data: { number: "+16465550142" } }),
    ];
    for (const raw of bad) expect(() => parseFetchSmsWebhook(raw), raw).toThrow(ResponseFormatError);
  });
});

describe("createWebhookDeduper", () => {
  it("drops a replayed body, keeps a different one", () => {
    const dedupe = createWebhookDeduper();
    expect(dedupe.seen(body)).toBe(false);
    expect(dedupe.seen(body)).toBe(true);
    expect(dedupe.seen(new TextEncoder().encode(body))).toBe(true);
    expect(dedupe.seen(JSON.stringify(WEBHOOK_SMS_RENTAL))).toBe(false);
  });

  it("has() only looks and add() records, so a delivery is marked seen only once it was handled", () => {
    const dedupe = createWebhookDeduper();
    expect(dedupe.has(body)).toBe(false);
    // The handler failed: nothing was added, so the provider's retry of the same body is not a replay.
    expect(dedupe.has(body)).toBe(false);
    expect(dedupe.size).toBe(0);
    dedupe.add(body);
    expect(dedupe.has(body)).toBe(true);
    expect(dedupe.has(new TextEncoder().encode(body))).toBe(true);
    expect(dedupe.seen(body)).toBe(true);
    dedupe.add(body);
    expect(dedupe.size).toBe(1);
  });

  it("add() of a body already recorded keeps its first expiry", () => {
    let now = 1_000;
    const dedupe = createWebhookDeduper({ ttlMs: 60_000, now: () => now });
    dedupe.add(body);
    now += 30_000;
    dedupe.add(body);
    now += 30_000;
    expect(dedupe.has(body)).toBe(false);
  });

  it("forgets a body after the TTL", () => {
    let now = 1_000;
    const dedupe = createWebhookDeduper({ ttlMs: 60_000, now: () => now });
    expect(dedupe.seen(body)).toBe(false);
    now += 59_999;
    expect(dedupe.seen(body)).toBe(true);
    now += 1;
    expect(dedupe.seen(body)).toBe(false);
  });

  it("keeps at most maxEntries digests, dropping the oldest", () => {
    const dedupe = createWebhookDeduper({ maxEntries: 3 });
    for (let i = 0; i < 10; i++) dedupe.seen(`{"n":${i}}`);
    expect(dedupe.size).toBe(3);
    expect(dedupe.seen('{"n":9}')).toBe(true);
    expect(dedupe.seen('{"n":0}')).toBe(false);
  });
});
