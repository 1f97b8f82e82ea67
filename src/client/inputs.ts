/** zod schemas for everything a user hands the client; checked before any request. */
import * as z from "zod";
import { canonicalService, normalizeCountry } from "../core/catalog.js";
import { type Message, ORDER_STATUSES, PROVIDER_NAMES, RENTAL_STATUSES } from "../core/model.js";
import { moneySchema, priceSchema } from "../core/money.js";

const country = z
  .string()
  .trim()
  .max(64, "country is an ISO 3166 alpha-2 code (e.g. US, GB, NL)")
  .transform((value, ctx) => {
    const code = normalizeCountry(value);
    if (!code) {
      ctx.addIssue({
        code: "custom",
        message: `"${value.slice(0, 20)}" is not an ISO 3166 alpha-2 country (e.g. US, GB, NL)`,
      });
      return z.NEVER;
    }
    return code;
  });

/** Bounded, so a runaway value is refused before it is echoed in a message or sent to a provider. */
const service = z
  .string()
  .trim()
  .min(1, "service must not be empty")
  .max(64, "service is at most 64 characters")
  .transform(canonicalService);
const idempotencyKey = z.string().trim().min(1).max(255);
const providerName = z.enum(PROVIDER_NAMES);

export const buyInputSchema = z.strictObject({
  service,
  country: country.optional(),
  channel: z.enum(["sms", "voice"]).optional(),
  areaCode: z
    .string()
    .regex(/^\d{3}$/, "areaCode must be three digits, e.g. 212")
    .optional(),
  maxPrice: priceSchema.optional(),
  provider: providerName.optional(),
  idempotencyKey: idempotencyKey.optional(),
});
export type BuyInput = z.input<typeof buyInputSchema>;

export const rentInputSchema = z.strictObject({
  country: country.optional(),
  service: service.optional(),
  days: z.number().int().positive(),
  autoRenew: z.boolean().optional(),
  numberType: z.enum(["voip", "non_voip"]).optional(),
  provider: providerName.optional(),
  idempotencyKey: idempotencyKey.optional(),
});
export type RentInput = z.input<typeof rentInputSchema>;

export const renewInputSchema = z
  .strictObject({ days: z.number().int().positive().optional(), idempotencyKey: idempotencyKey.optional() })
  .optional();
export type RenewInput = z.input<typeof renewInputSchema>;

export const servicesInputSchema = z
  .strictObject({
    country: country.optional(),
    /** The price list of this channel where a provider keeps one per channel (Numariq voice). */
    channel: z.enum(["sms", "voice"]).optional(),
    provider: providerName.optional(),
  })
  .optional();
export type ServicesInput = z.input<typeof servicesInputSchema>;

/** setTimeout's ceiling (about 24.8 days): a longer wait would fire at once. */
const ms = z.number().int().max(2_147_483_647, "at most 2147483647 ms (about 24.8 days)");
const signal = z.custom<AbortSignal>((v) => v instanceof AbortSignal, "signal must be an AbortSignal");

/** The last argument of every client method (strict: a misspelled `timeOutMs` is an error, not ignored). */
export const requestOptionsSchema = z
  .strictObject({
    signal: signal.optional(),
    timeoutMs: ms.positive().optional(),
  })
  .optional();
export type RequestOptions = NonNullable<z.input<typeof requestOptionsSchema>>;

const watchOptionsShape = {
  timeoutMs: ms.positive().optional(),
  intervalMs: ms.min(10).max(3_600_000, "intervalMs is at most an hour").optional(),
  cancelOnTimeout: z.boolean().optional(),
  cancelGraceMs: ms.min(0).optional(),
  signal: signal.optional(),
};

export const watchOptionsSchema = z.strictObject(watchOptionsShape).optional();

export const waitOptionsSchema = z
  .strictObject({
    ...watchOptionsShape,
    onPoll: z.custom<(order: unknown, attempt: number) => void>((v) => typeof v === "function").optional(),
    onRetry: z.custom<(error: unknown, waitMs: number) => void>((v) => typeof v === "function").optional(),
  })
  .optional();

export const recoverOptionsSchema = z
  .strictObject({
    cancelOpen: z.boolean().optional(),
    landingWindowMs: ms.min(0).optional(),
    cancelGraceMs: ms.min(0).optional(),
    signal: signal.optional(),
  })
  .optional();

const messageSchema = z.object({
  id: z.string().nullable(),
  from: z.string().nullable(),
  text: z.string().nullable(),
  code: z.string().nullable(),
  receivedAt: z.string().nullable(),
});

/** An `Order` as returned earlier, or its JSON round trip. */
export const orderSchema = z.looseObject({
  id: z.string().min(1),
  provider: providerName,
  number: z.string(),
  service: z.string().nullable(),
  country: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  code: z.string().nullable(),
  messages: z.array(messageSchema),
  price: moneySchema.nullable(),
  createdAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
});

/** A `Rental` as returned earlier, or its JSON round trip. */
export const rentalSchema = z.looseObject({
  id: z.string().min(1),
  provider: providerName,
  number: z.string(),
  country: z.string().nullable(),
  service: z.string().nullable(),
  status: z.enum(RENTAL_STATUSES),
  autoRenew: z.boolean().nullable(),
  price: moneySchema.nullable(),
  expiresAt: z.string().nullable(),
  messages: z.array(messageSchema),
});

const pushedMessage = z.looseObject({ type: z.literal("message"), message: messageSchema });

/**
 * A pushed event for `client.ingest`: what `parseFetchSmsWebhook` returns (extra fields allowed), or the
 * same shape built by hand for another push channel.
 */
export const ingestEventSchema = z.union([
  pushedMessage.extend({ orderId: z.string().min(1), rentalId: z.undefined().optional() }),
  pushedMessage.extend({ rentalId: z.string().min(1), orderId: z.undefined().optional() }),
  z.looseObject({
    type: z.literal("status"),
    orderId: z.string().min(1).optional(),
    rentalId: z.string().min(1).optional(),
    status: z.enum(["expired", "cancelled"]),
  }),
  z.looseObject({ type: z.literal("unknown") }),
]);
export type IngestEvent =
  | { type: "message"; orderId: string; rentalId?: undefined; message: Message }
  | { type: "message"; rentalId: string; orderId?: undefined; message: Message }
  | { type: "status"; orderId?: string; rentalId?: string; status: "expired" | "cancelled" }
  | { type: "unknown" };
