/**
 * zod schemas of every NumPool reply the adapter reads, in the shapes docs/providers/numpool.md lists.
 * Unknown extra fields are allowed everywhere; a missing or mistyped field the adapter needs is a
 * `ResponseFormatError` (raised by the transport).
 *
 * `GET /orders` and `GET /rentals` have no published example: their schemas accept a bare array or an
 * object holding one (`orders` / `rentals` / `data` / `items`), and items named like the other replies
 * (`order_id` or `id`, `number`, `service`, `country`, `status`, `cost`, `created_at`; rentals `rental_id`
 * or `id`, `days` or `duration`, `ends_at` or `expires_at`), every field but the id optional.
 */
import * as z from "zod";
import { lazy } from "../../core/lazy.js";
import { CURRENCIES } from "../../core/model.js";

/** Float dollars (`0.43`); a decimal string is tolerated. */
const amount = /* @__PURE__ */ lazy(() =>
  z.union([z.number().nonnegative(), z.string().regex(/^\d+(?:\.\d+)?$/)]),
);
const id = /* @__PURE__ */ lazy(() => z.union([z.string().min(1), z.number()]).transform(String));
const numericId = /* @__PURE__ */ lazy(() =>
  z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]),
);
const code = /* @__PURE__ */ lazy(() =>
  z
    .union([z.string(), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? null : String(v))),
);
const currency = /* @__PURE__ */ lazy(() => z.enum(CURRENCIES).nullish());

export const servicesReply = /* @__PURE__ */ lazy(() =>
  z.array(z.looseObject({ id: z.string().min(1), name: z.string().nullish(), domain: z.string().nullish() })),
);
export type WireService = z.infer<ReturnType<typeof servicesReply>>[number];

export const countryItem = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: numericId(),
    name: z.string().nullish(),
    flag: z.string().nullish(),
    price: amount().nullish(),
    stock: z.number().int().nonnegative().nullish(),
    currency: currency(),
  }),
);
export const countriesReply = /* @__PURE__ */ lazy(() => z.array(countryItem()));
export type WireCountry = z.infer<ReturnType<typeof countryItem>>;

export const buyReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    order_id: id(),
    number: z.string().min(1),
    cost: amount(),
    status: z.string(),
    poll_url: z.string().nullish(),
  }),
);
export type WireBuy = z.infer<ReturnType<typeof buyReply>>;

export const smsReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    order_id: id().optional(),
    status: z.string(),
    code: code(),
    full_sms: z.string().nullish(),
    number: z.string().nullish(),
  }),
);
export type WireSms = z.infer<ReturnType<typeof smsReply>>;

export const cancelReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    ok: z.boolean().optional(),
    order_id: id().optional(),
    refunded: amount().nullish(),
    error: z.unknown().optional(),
  }),
);

const orderItem = /* @__PURE__ */ lazy(() =>
  z
    .looseObject({
      order_id: id().optional(),
      id: id().optional(),
      number: z.string().nullish(),
      service: z.union([z.string(), z.number()]).nullish(),
      country: z.union([z.string(), z.number()]).nullish(),
      status: z.string().nullish(),
      cost: amount().nullish(),
      price: amount().nullish(),
      currency: currency(),
      code: code(),
      full_sms: z.string().nullish(),
      created_at: z.string().nullish(),
    })
    .refine((item) => item.order_id !== undefined || item.id !== undefined, {
      message: "an order without an id",
    }),
);
export type WireOrderItem = z.infer<ReturnType<typeof orderItem>>;

/** A list in any of the shapes list endpoints commonly take. */
function listOf<T extends z.ZodType>(item: T, key: string) {
  const array = z.array(item);
  return z.union([
    array,
    z.looseObject({ [key]: array }).transform((o) => o[key] as z.infer<typeof array>),
    z.looseObject({ data: array }).transform((o) => o.data),
    z.looseObject({ items: array }).transform((o) => o.items),
  ]);
}

export const ordersReply = /* @__PURE__ */ lazy(() => listOf(orderItem(), "orders"));

export const balanceReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({ balance: amount(), currency: currency() }),
);

export const rentalServicesReply = /* @__PURE__ */ lazy(() =>
  z.array(z.looseObject({ service: z.string().min(1), name: z.string().nullish() })),
);

export const rentalPricesReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    service: z.string().nullish(),
    durations: z.array(
      z.looseObject({ duration: z.string().min(1), days: z.number().int().positive(), price: amount() }),
    ),
  }),
);

export const rentReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    rental_id: id(),
    number: z.string().min(1),
    days: z.number().int().positive().nullish(),
    cost: amount().nullish(),
    ends_at: z.string().nullish(),
    inbox_url: z.string().nullish(),
  }),
);
export type WireRent = z.infer<ReturnType<typeof rentReply>>;

const rentalItem = /* @__PURE__ */ lazy(() =>
  z
    .looseObject({
      rental_id: id().optional(),
      id: id().optional(),
      number: z.string().nullish(),
      service: z.string().nullish(),
      days: z.number().int().positive().nullish(),
      duration: z.string().nullish(),
      cost: amount().nullish(),
      status: z.string().nullish(),
      created_at: z.string().nullish(),
      ends_at: z.string().nullish(),
      expires_at: z.string().nullish(),
    })
    .refine((item) => item.rental_id !== undefined || item.id !== undefined, {
      message: "a rental without an id",
    }),
);
export type WireRentalItem = z.infer<ReturnType<typeof rentalItem>>;

export const rentalsReply = /* @__PURE__ */ lazy(() => listOf(rentalItem(), "rentals"));

export const inboxReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    rental_id: id().optional(),
    messages: z.array(
      z.looseObject({
        id: id().optional(),
        from: z.string().nullish(),
        body: z.string().nullish(),
        code: code(),
        at: z.string().nullish(),
      }),
    ),
  }),
);
export type WireInboxMessage = z.infer<ReturnType<typeof inboxReply>>["messages"][number];
