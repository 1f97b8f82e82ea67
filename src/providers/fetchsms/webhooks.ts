/**
 * FetchSMS webhooks (registered in the dashboard, not by API): a POST with JSON `{event, data, created_at}`
 * and `X-FetchSMS-Signature`, the lowercase hex HMAC-SHA256 of the raw body keyed by the endpoint's secret.
 * Nothing else is signed (no timestamp, no event id), so a captured delivery can be replayed unchanged:
 * drop replays with `createWebhookDeduper`, which keys on the body's SHA-256 digest.
 *
 * Order of use: `verifyFetchSmsWebhook` on the exact bytes received; `deduper.has(body)` (answer 2xx to a
 * delivery already handled); `parseFetchSmsWebhook`; handle the event; then `deduper.add(body)`, only once
 * the handling succeeded: a delivery recorded before a handler that then failed would make the provider's
 * retry of it look like a replay, and the event would be lost. An event type this SDK does not know parses
 * to `{ type: "unknown" }` rather than failing, so a new provider event never makes a handler answer 5xx
 * (and the provider retry forever).
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import * as z from "zod/mini";
import { ResponseFormatError } from "../../core/errors.js";
import { lazy } from "../../core/lazy.js";
import { toMessage } from "../../core/messages.js";
import type { Message } from "../../core/model.js";
import { toIsoUtc } from "../../core/time.js";
import { readReply } from "../../core/transport/read-reply.js";
import { PROVIDER } from "./ids.js";
import { phoneFromWire, serviceFromWire } from "./mapping.js";

/** The header carrying a delivery's signature (lowercase, as Node and most frameworks give headers). */
export const FETCHSMS_SIGNATURE_HEADER = "x-fetchsms-signature";

const HEX_SHA256 = /^[0-9a-f]{64}$/i;

function bytesOf(body: string | Uint8Array): Buffer {
  return typeof body === "string"
    ? Buffer.from(body, "utf8")
    : Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}

/**
 * True only when `signatureHeader` is the HMAC-SHA256 (hex) of `rawBody` under `secret`. Compared in
 * constant time; a missing or malformed header, an empty secret or any odd input is false, never a throw.
 * Hex is read case-insensitively (the same bytes either way).
 */
export function verifyFetchSmsWebhook(
  rawBody: string | Uint8Array,
  signatureHeader: string | null | undefined,
  secret: string,
): boolean {
  try {
    if (typeof signatureHeader !== "string" || typeof secret !== "string" || secret === "") return false;
    if (typeof rawBody !== "string" && !(rawBody instanceof Uint8Array)) return false;
    const given = signatureHeader.trim();
    if (!HEX_SHA256.test(given)) return false;
    const expected = createHmac("sha256", secret).update(bytesOf(rawBody)).digest();
    return timingSafeEqual(Buffer.from(given, "hex"), expected);
  } catch {
    return false;
  }
}

const text = /* @__PURE__ */ lazy(() => z.nullish(z.string()));
const nonEmpty = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(1)));
const id = /* @__PURE__ */ lazy(() => z.pipe(z.union([nonEmpty(), z.int()]), z.transform(String)));

const smsReceived = /* @__PURE__ */ lazy(() =>
  z
    .looseObject({
      verification_id: z.nullish(id()),
      rental_id: z.nullish(id()),
      number: nonEmpty(),
      sender: text(),
      code: z.nullish(z.union([z.string(), z.number()])),
      received_at: text(),
      body: text(),
      detected_service: text(),
    })
    .check(
      z.refine(
        (d) => (d.verification_id ? 1 : 0) + (d.rental_id ? 1 : 0) === 1,
        "exactly one of verification_id and rental_id",
      ),
    ),
);

const rentalExpired = /* @__PURE__ */ lazy(() => z.looseObject({ rental_id: id(), number: nonEmpty() }));

const envelope = /* @__PURE__ */ lazy(() =>
  z.looseObject({ event: nonEmpty(), data: z.unknown(), created_at: text() }),
);

interface EventBase {
  /** The event name as sent. */
  event: string;
  /** The envelope's `created_at`, ISO-8601 UTC. */
  createdAt: string | null;
}

/**
 * A parsed FetchSMS webhook: an SMS for a verification or a rental, a rental that expired, or an event
 * this SDK does not know (kept, so a handler can still answer 2xx). Hand it to `client.ingest`.
 */
export type FetchSmsWebhookEvent =
  | (EventBase & {
      /** `sms.received` for a verification. */
      type: "message";
      /** The verification's id (the order's id in this SDK). */
      orderId: string;
      /** Absent on a verification's message. */
      rentalId?: undefined;
      /** E.164. */
      number: string;
      /** The SMS, its code extracted. */
      message: Message;
    })
  | (EventBase & {
      /** `sms.received` for a rental. */
      type: "message";
      /** The rental's id. */
      rentalId: string;
      /** Absent on a rental's message. */
      orderId?: undefined;
      /** E.164. */
      number: string;
      /** The SMS, its code extracted. */
      message: Message;
    })
  | (EventBase & {
      /** `rental.expired`. */
      type: "status";
      /** The rental's id. */
      rentalId: string;
      /** E.164. */
      number: string;
      /** The rental's new status. */
      status: "expired";
    })
  | (EventBase & {
      /** An event name this SDK does not know. */
      type: "unknown";
      /** The envelope's `data`, unread. */
      data: unknown;
    });

function bad(reason: string, raw: string): ResponseFormatError {
  return new ResponseFormatError(`${PROVIDER}: webhook ${reason}`, {
    provider: PROVIDER,
    excerpt: raw.replace(/\s+/g, " ").slice(0, 120),
  });
}

function parsed<T>(schema: z.core.$ZodType<T>, value: unknown, what: string, raw: string): T {
  return readReply(schema, value, `${what} does not match the documented shape`, (reason) =>
    bad(reason, raw),
  );
}

function phone(raw: string, body: string): string {
  try {
    return phoneFromWire(raw);
  } catch {
    throw bad("number is not a phone number", body);
  }
}

/** The typed event in a (verified) webhook body; a body that breaks the documented shape is ResponseFormatError. */
export function parseFetchSmsWebhook(rawBody: string | Uint8Array): FetchSmsWebhookEvent {
  const raw = typeof rawBody === "string" ? rawBody : bytesOf(rawBody).toString("utf8");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw bad("body is not JSON", raw);
  }
  const env = parsed(envelope(), json, "envelope", raw);
  const base: EventBase = { event: env.event, createdAt: toIsoUtc(env.created_at ?? null) };
  switch (env.event) {
    case "sms.received": {
      const d = parsed(smsReceived(), env.data, "sms.received data", raw);
      const service = serviceFromWire(d.detected_service ?? null);
      const message = toMessage(
        {
          id: null,
          from: d.sender ?? null,
          text: d.body ?? null,
          code: d.code ?? null,
          // Not the envelope's time: that is when the event was sent, and a made-up receipt time would
          // make the same SMS look like a second one when a poll later reports its real time.
          receivedAt: d.received_at ?? null,
        },
        service,
      );
      const number = phone(d.number, raw);
      return d.verification_id
        ? { ...base, type: "message", orderId: d.verification_id, number, message }
        : { ...base, type: "message", rentalId: d.rental_id!, number, message };
    }
    case "rental.expired": {
      const d = parsed(rentalExpired(), env.data, "rental.expired data", raw);
      return {
        ...base,
        type: "status",
        rentalId: d.rental_id,
        number: phone(d.number, raw),
        status: "expired",
      };
    }
    default:
      return { ...base, type: "unknown", data: env.data };
  }
}

/** Options of `createWebhookDeduper`. */
export interface WebhookDeduperOptions {
  /** How long a body is remembered (default 24 h). */
  ttlMs?: number;
  /** At most this many digests are kept; the oldest go first (default 10 000). */
  maxEntries?: number;
  /** Clock, for tests. */
  now?: () => number;
}

/** Drops replayed webhook deliveries; see `createWebhookDeduper`. */
export interface WebhookDeduper {
  /** True when this exact body was recorded within the TTL (a replay or a redelivery); records nothing. */
  has(rawBody: string | Uint8Array): boolean;
  /**
   * Records this body as handled, so that an identical delivery within the TTL is dropped. Call it once
   * the handling succeeded, never before: a failed delivery must stay unseen for the provider's retry.
   */
  add(rawBody: string | Uint8Array): void;
  /**
   * `has` and `add` in one step: true when this body was recorded within the TTL, and records it
   * otherwise. It records before anything is handled, so use it only where handling cannot fail;
   * otherwise `has` before handling and `add` after.
   */
  seen(rawBody: string | Uint8Array): boolean;
  /** Digests held now. */
  readonly size: number;
}

/**
 * Replay protection by the body's SHA-256 digest, in memory and bounded. Two byte-identical deliveries
 * count as one. Several processes need a shared store; this one is per process.
 */
export function createWebhookDeduper(options: WebhookDeduperOptions = {}): WebhookDeduper {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60_000;
  const maxEntries = Math.max(1, options.maxEntries ?? 10_000);
  const now = options.now ?? Date.now;
  // Insertion order is expiry order (one TTL for all), so the oldest entries are always first.
  const expiries = new Map<string, number>();

  function sweep(at: number): void {
    for (const [digest, expiresAt] of expiries) {
      if (expiresAt > at) break;
      expiries.delete(digest);
    }
  }

  const digestOf = (rawBody: string | Uint8Array) =>
    createHash("sha256").update(bytesOf(rawBody)).digest("hex");

  function has(digest: string): boolean {
    sweep(now());
    return expiries.has(digest);
  }

  function add(digest: string): void {
    // A body already recorded keeps its first expiry, so insertion order stays expiry order.
    if (has(digest)) return;
    expiries.set(digest, now() + ttlMs);
    while (expiries.size > maxEntries) {
      const oldest = expiries.keys().next().value;
      if (oldest === undefined) break;
      expiries.delete(oldest);
    }
  }

  return {
    has: (rawBody) => has(digestOf(rawBody)),
    add: (rawBody) => add(digestOf(rawBody)),
    seen(rawBody) {
      const digest = digestOf(rawBody);
      if (has(digest)) return true;
      add(digest);
      return false;
    },
    get size() {
      return expiries.size;
    },
  };
}
