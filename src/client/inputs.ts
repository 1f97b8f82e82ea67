/**
 * Everything a user hands the client, as plain types (what the published `.d.ts` shows) and the zod
 * schemas that check them before any request (internal; `schemaFor` keeps each pair in step).
 */
import * as z from "zod/mini";
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

// The refusal is a refine's (a transform has no documented way to raise one); the transform that
// follows runs only on a country that passed.
export const countryInput = z.pipe(
  z.string().check(
    z.trim(),
    z.maxLength(64, "country is an ISO 3166 alpha-2 code (e.g. US, GB, NL)"),
    z.refine((value) => normalizeCountry(value) !== null, {
      error: (issue) =>
        `"${String(issue.input).slice(0, 20)}" is not an ISO 3166 alpha-2 country (e.g. US, GB, NL)`,
    }),
  ),
  z.transform((value: string) => normalizeCountry(value)!),
);

/** Bounded, so a runaway value is refused before it is echoed in a message or sent to a provider. */
export const serviceInput = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, "service must not be empty"),
      z.maxLength(64, "service is at most 64 characters"),
    ),
  z.transform(canonicalService),
);
const idempotencyKey = z.string().check(z.trim(), z.minLength(1), z.maxLength(255));
/**
 * A provider's name: the client checks it against the providers it holds (the names it can allow), so
 * the list of every provider, and with it every adapter, stays out of the client's bundle.
 */
export const providerName = z.string().check(
  z.maxLength(64, "provider is a provider's name, e.g. numpool"),
  z.refine((v) => v.length > 0, "provider must not be empty"),
) as unknown as z.ZodMiniType<ProviderName, ProviderName>;

/** The `provider` argument of `balance(provider?)`. */
export const optionalProviderName = z.optional(providerName);

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
    country: z.optional(countryInput),
    channel: z.optional(z.enum(["sms", "voice"])),
    areaCode: z.optional(z.string().check(z.regex(/^\d{3}$/, "areaCode must be three digits, e.g. 212"))),
    maxPrice: z.optional(priceSchema),
    provider: z.optional(providerName),
    idempotencyKey: z.optional(idempotencyKey),
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
    country: z.optional(countryInput),
    service: z.optional(serviceInput),
    days: z.int().check(z.positive()),
    autoRenew: z.optional(z.boolean()),
    numberType: z.optional(z.enum(["voip", "non_voip"])),
    provider: z.optional(providerName),
    idempotencyKey: z.optional(idempotencyKey),
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
  z.optional(
    z.strictObject({
      days: z.optional(z.int().check(z.positive())),
      idempotencyKey: z.optional(idempotencyKey),
    }),
  ),
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
  z.optional(
    z.strictObject({
      country: z.optional(countryInput),
      channel: z.optional(z.enum(["sms", "voice"])),
      provider: z.optional(providerName),
    }),
  ),
);

/** setTimeout's ceiling (about 24.8 days): a longer wait would fire at once. */
const ms = z.int().check(z.lte(2_147_483_647, "at most 2147483647 ms (about 24.8 days)"));
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
  z.optional(z.strictObject({ signal: z.optional(signal), timeoutMs: z.optional(ms.check(z.positive())) })),
);

const watchOptionsShape = {
  timeoutMs: z.optional(ms.check(z.positive())),
  intervalMs: z.optional(ms.check(z.gte(10), z.lte(3_600_000, "intervalMs is at most an hour"))),
  cancelOnTimeout: z.optional(z.boolean()),
  cancelGraceMs: z.optional(ms.check(z.gte(0))),
  signal: z.optional(signal),
};

export const watchOptionsSchema = z.optional(z.strictObject(watchOptionsShape));

export const waitOptionsSchema = z.optional(
  z.strictObject({
    ...watchOptionsShape,
    onPoll: z.optional(z.custom<(order: unknown, attempt: number) => void>((v) => typeof v === "function")),
    onRetry: z.optional(z.custom<(error: unknown, waitMs: number) => void>((v) => typeof v === "function")),
  }),
);

export const recoverOptionsSchema = z.optional(
  z.strictObject({
    cancelOpen: z.optional(z.boolean()),
    landingWindowMs: z.optional(ms.check(z.gte(0))),
    cancelGraceMs: z.optional(ms.check(z.gte(0))),
    signal: z.optional(signal),
  }),
);

const textOrNull = z.nullable(z.string());
const nonEmpty = z.string().check(z.minLength(1));
const messageSchema = z.object({
  id: textOrNull,
  from: textOrNull,
  text: textOrNull,
  code: textOrNull,
  receivedAt: textOrNull,
});

/** An `Order` as returned earlier, or its JSON round trip. */
export const orderSchema = z.looseObject({
  id: nonEmpty,
  provider: providerName,
  number: z.string(),
  service: textOrNull,
  country: textOrNull,
  status: z.enum(ORDER_STATUSES),
  code: textOrNull,
  messages: z.array(messageSchema),
  price: z.nullable(moneySchema),
  createdAt: textOrNull,
  expiresAt: textOrNull,
});

/** A `Rental` as returned earlier, or its JSON round trip. */
export const rentalSchema = z.looseObject({
  id: nonEmpty,
  provider: providerName,
  number: z.string(),
  country: textOrNull,
  service: textOrNull,
  status: z.enum(RENTAL_STATUSES),
  autoRenew: z.nullable(z.boolean()),
  price: z.nullable(moneySchema),
  expiresAt: textOrNull,
  messages: z.array(messageSchema),
});

const pushedMessage = z.looseObject({ type: z.literal("message"), message: messageSchema });

/**
 * A pushed event for `client.ingest`: what `parseFetchSmsWebhook` returns (extra fields allowed), or the
 * same shape built by hand for another push channel.
 */
export const ingestEventSchema = z.union([
  z.extend(pushedMessage, { orderId: nonEmpty, rentalId: z.optional(z.undefined()) }),
  z.extend(pushedMessage, { rentalId: nonEmpty, orderId: z.optional(z.undefined()) }),
  z.looseObject({
    type: z.literal("status"),
    orderId: z.optional(nonEmpty),
    rentalId: z.optional(nonEmpty),
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
