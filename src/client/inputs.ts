/**
 * Everything a user hands the client, as plain types (what the published `.d.ts` shows) and the zod
 * schemas that check them before any request (internal; `schemaFor` keeps each pair in step).
 */
import * as z from "zod";
import { canonicalService, normalizeCountry } from "../core/catalog.js";
import {
  type Message,
  type Money,
  ORDER_STATUSES,
  type ProviderName,
  RENTAL_STATUSES,
} from "../core/model.js";
import { moneySchema, priceSchema } from "../core/money.js";
import type { Channel, NumberType } from "../core/provider.js";
import { schemaFor } from "../core/validation.js";

export const countryInput = z
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
export const serviceInput = z
  .string()
  .trim()
  .min(1, "service must not be empty")
  .max(64, "service is at most 64 characters")
  .transform(canonicalService);
const idempotencyKey = z.string().trim().min(1).max(255);
/**
 * A provider's name: the client checks it against the providers it holds (the names it can allow), so
 * the list of every provider, and with it every adapter, stays out of the client's bundle.
 */
export const providerName = z
  .string()
  .max(64, "provider is a provider's name, e.g. numpool")
  .refine((v) => v.length > 0, "provider must not be empty") as unknown as z.ZodType<
  ProviderName,
  ProviderName
>;

/** The `provider` argument of `balance(provider?)`. */
export const optionalProviderName = providerName.optional();

/** What `client.buy` (and `withOrder`) take. */
export interface BuyInput {
  /**
   * The service the code is for: a canonical slug (`whatsapp`, `telegram`, `google`, ...), or the
   * provider's own id for one unisms has no name for (passed through). 1 to 64 characters.
   */
  service: string;
  /**
   * ISO 3166 alpha-2, any case (`US`, `gb`; `UK` is read as `GB`). A country the provider does not sell is
   * a `ValidationError` naming those it does. Omitted: the provider's own choice (NumPool and the sandbox
   * buy in the US).
   */
  country?: string;
  /**
   * `"sms"` (the default), or `"voice"` for a code read out in a call, only where the provider has that
   * channel (`capabilities.voice`); elsewhere `UnsupportedError` before any request.
   */
  channel?: Channel;
  /**
   * A preferred area code: three digits, e.g. `"212"`. Only where the provider takes one
   * (`capabilities.areaCode`); elsewhere `UnsupportedError` before any request.
   */
  areaCode?: string;
  /**
   * The most you will pay, in integer minor units (cents) of the provider's currency, checked against
   * its quote before buying: above it is `OutOfStockError`, a provider that quotes no price is
   * `UnsupportedError`, another currency is `ValidationError`. Omitted: no limit.
   */
  maxPrice?: Money;
  /** The provider to buy from: with one provider per client it must be the client's (`ValidationError` otherwise). */
  provider?: ProviderName;
  /**
   * 1 to 255 characters that make a retried purchase safe: the provider answers a repeat with the first
   * purchase instead of charging again. Only where it de-duplicates by key (`capabilities.idempotency`);
   * elsewhere `UnsupportedError`, since a key it ignores would make a retry look safe.
   */
  idempotencyKey?: string;
}

export const buyInputSchema = schemaFor<BuyInput>()(
  z.strictObject({
    service: serviceInput,
    country: countryInput.optional(),
    channel: z.enum(["sms", "voice"]).optional(),
    areaCode: z
      .string()
      .regex(/^\d{3}$/, "areaCode must be three digits, e.g. 212")
      .optional(),
    maxPrice: priceSchema.optional(),
    provider: providerName.optional(),
    idempotencyKey: idempotencyKey.optional(),
  }),
);

/** What `client.rent` takes. */
export interface RentInput {
  /** How long to hold the number, in whole days: one the provider sells (`capabilities.rentalDays`), else `ValidationError`. */
  days: number;
  /** ISO 3166 alpha-2, as for `BuyInput.country`. Omitted: the provider's own choice. */
  country?: string;
  /**
   * The service the number is for, as for `BuyInput.service`. Omitted: a number for any service where the
   * provider sells one (NumPool requires a service).
   */
  service?: string;
  /**
   * Renew at the end of each period. Only where the provider can (`true` is refused by NumPool and FetchSMS,
   * which cannot). Omitted: the provider's default.
   */
  autoRenew?: boolean;
  /** `"voip"` or `"non_voip"`, where the provider lets you choose. Omitted: the provider's default. */
  numberType?: NumberType;
  /** The provider to rent from: it must be the client's (`ValidationError` otherwise). */
  provider?: ProviderName;
  /** As for `BuyInput.idempotencyKey`: 1 to 255 characters, only where `capabilities.idempotency`. */
  idempotencyKey?: string;
}

export const rentInputSchema = schemaFor<RentInput>()(
  z.strictObject({
    country: countryInput.optional(),
    service: serviceInput.optional(),
    days: z.number().int().positive(),
    autoRenew: z.boolean().optional(),
    numberType: z.enum(["voip", "non_voip"]).optional(),
    provider: providerName.optional(),
    idempotencyKey: idempotencyKey.optional(),
  }),
);

/** What `client.renew` takes; every field is optional, and so is the whole. */
export interface RenewInput {
  /**
   * Whole days to add: one the provider sells (`capabilities.rentalDays`), else `ValidationError`.
   * Omitted: the provider's default period (FetchSMS: 1 day).
   */
  days?: number;
  /** As for `BuyInput.idempotencyKey`: 1 to 255 characters, only where `capabilities.idempotency`. */
  idempotencyKey?: string;
}

export const renewInputSchema = schemaFor<RenewInput>()(
  z
    .strictObject({ days: z.number().int().positive().optional(), idempotencyKey: idempotencyKey.optional() })
    .optional(),
);

/** What `client.services` takes; every field is optional, and so is the whole. */
export interface ServicesInput {
  /** Offers in this ISO 3166 alpha-2 country only, as for `BuyInput.country`. Omitted: what the provider lists without one. */
  country?: string;
  /**
   * The price list of this channel where a provider keeps one per channel (Numariq voice): `"sms"` (the
   * default) or `"voice"`, the latter only where `capabilities.voice`.
   */
  channel?: Channel;
  /** The provider to ask: it must be the client's (`ValidationError` otherwise). */
  provider?: ProviderName;
}

export const servicesInputSchema = schemaFor<ServicesInput>()(
  z
    .strictObject({
      country: countryInput.optional(),
      channel: z.enum(["sms", "voice"]).optional(),
      provider: providerName.optional(),
    })
    .optional(),
);

/** setTimeout's ceiling (about 24.8 days): a longer wait would fire at once. */
const ms = z.number().int().max(2_147_483_647, "at most 2147483647 ms (about 24.8 days)");
const signal = z.custom<AbortSignal>((v) => v instanceof AbortSignal, "signal must be an AbortSignal");

/** The last argument of every client method (strict: a misspelled `timeOutMs` is an error, not ignored). */
export interface RequestOptions {
  /**
   * Aborts the call: it rejects with the signal's reason, as `fetch` does. A paid call cut off after its
   * request was sent is reconciled with the provider first, so you learn whether it went through.
   */
  signal?: AbortSignal;
  /**
   * The whole call's time limit in milliseconds, retries included: a positive integer up to 2147483647
   * (about 24.8 days). Running out is a `TimeoutError`. Omitted: only the provider's own limits
   * (`timeoutMs` per attempt, `deadlineMs` per call; see `HttpProviderOptions`).
   */
  timeoutMs?: number;
}

export const requestOptionsSchema = schemaFor<RequestOptions>()(
  z
    .strictObject({
      signal: signal.optional(),
      timeoutMs: ms.positive().optional(),
    })
    .optional(),
);

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
/**
 * A pushed event for `client.ingest`: what `parseFetchSmsWebhook` returns (extra fields allowed), or the
 * same shape built by hand for another push channel. It is checked like any input (`ValidationError`).
 */
export type IngestEvent =
  | {
      /** A message arrived on an order. */
      type: "message";
      /** The provider's id of the order (`order.id`). */
      orderId: string;
      /** Absent: the event is about an order. */
      rentalId?: undefined;
      /** The message, its `code` already read (null if none): the order's watchers emit it at once. */
      message: Message;
    }
  | {
      /** A message arrived on a rental. */
      type: "message";
      /** The provider's id of the rental (`rental.id`). */
      rentalId: string;
      /** Absent: the event is about a rental. */
      orderId?: undefined;
      /** The message, its `code` already read (null if none): the rental's watchers emit it at once. */
      message: Message;
    }
  | {
      /** An order or rental ended: its watchers end too. */
      type: "status";
      /** The provider's id of the order, when the event is about one. */
      orderId?: string;
      /** The provider's id of the rental, when the event is about one. */
      rentalId?: string;
      /** How it ended. */
      status: "expired" | "cancelled";
    }
  | {
      /** An event unisms does not act on: `ingest` takes it and returns 0. */
      type: "unknown";
    };
