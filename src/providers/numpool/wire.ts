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
import * as z from "zod/mini";
import { lazy } from "../../core/lazy.js";
import { CURRENCIES } from "../../core/model.js";

/** Float dollars (`0.43`); a decimal string is tolerated. */
const amount = /* @__PURE__ */ lazy(() =>
  z.union([z.number().check(z.nonnegative()), z.string().check(z.regex(/^\d+(?:\.\d+)?$/))]),
);
const id = /* @__PURE__ */ lazy(() =>
  z.pipe(z.union([z.string().check(z.minLength(1)), z.number()]), z.transform(String)),
);
const numericId = /* @__PURE__ */ lazy(() =>
  z.union([z.int(), z.pipe(z.string().check(z.regex(/^\d+$/)), z.transform(Number))]),
);
const code = /* @__PURE__ */ lazy(() =>
  z.pipe(
    z.nullish(z.union([z.string(), z.number()])),
    z.transform((v) => (v === null || v === undefined ? null : String(v))),
  ),
);
const currency = /* @__PURE__ */ lazy(() => z.nullish(z.enum(CURRENCIES)));
const text = /* @__PURE__ */ lazy(() => z.nullish(z.string()));
const nonEmpty = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(1)));
const days = /* @__PURE__ */ lazy(() => z.int().check(z.positive()));

export const servicesReply = /* @__PURE__ */ lazy(() =>
  z.array(z.looseObject({ id: nonEmpty(), name: text(), domain: text() })),
);
export type WireService = z.infer<ReturnType<typeof servicesReply>>[number];

export const countryItem = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: numericId(),
    name: text(),
    flag: text(),
    price: z.nullish(amount()),
    stock: z.nullish(z.int().check(z.nonnegative())),
    currency: currency(),
  }),
);
export const countriesReply = /* @__PURE__ */ lazy(() => z.array(countryItem()));
export type WireCountry = z.infer<ReturnType<typeof countryItem>>;

export const buyReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    order_id: id(),
    number: nonEmpty(),
    cost: amount(),
    status: z.string(),
    poll_url: text(),
  }),
);
export type WireBuy = z.infer<ReturnType<typeof buyReply>>;

export const smsReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    order_id: z.optional(id()),
    status: z.string(),
    code: code(),
    full_sms: text(),
    number: text(),
  }),
);
export type WireSms = z.infer<ReturnType<typeof smsReply>>;

export const cancelReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    ok: z.optional(z.boolean()),
    order_id: z.optional(id()),
    refunded: z.nullish(amount()),
    error: z.optional(z.unknown()),
  }),
);

const orderItem = /* @__PURE__ */ lazy(() =>
  z
    .looseObject({
      order_id: z.optional(id()),
      id: z.optional(id()),
      number: text(),
      service: z.nullish(z.union([z.string(), z.number()])),
      country: z.nullish(z.union([z.string(), z.number()])),
      status: text(),
      cost: z.nullish(amount()),
      price: z.nullish(amount()),
      currency: currency(),
      code: code(),
      full_sms: text(),
      created_at: text(),
    })
    .check(
      z.refine((item) => item.order_id !== undefined || item.id !== undefined, "an order without an id"),
    ),
);
export type WireOrderItem = z.infer<ReturnType<typeof orderItem>>;

/** A list in any of the shapes list endpoints commonly take. */
function listOf<T extends z.ZodMiniType>(item: T, key: string) {
  const array = z.array(item);
  type List = z.infer<typeof array>;
  return z.union([
    array,
    z.pipe(
      z.looseObject({ [key]: array }),
      z.transform((o) => o[key] as List),
    ),
    z.pipe(
      z.looseObject({ data: array }),
      z.transform((o) => o.data as List),
    ),
    z.pipe(
      z.looseObject({ items: array }),
      z.transform((o) => o.items as List),
    ),
  ]);
}

export const ordersReply = /* @__PURE__ */ lazy(() => listOf(orderItem(), "orders"));

export const balanceReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({ balance: amount(), currency: currency() }),
);

export const rentalServicesReply = /* @__PURE__ */ lazy(() =>
  z.array(z.looseObject({ service: nonEmpty(), name: text() })),
);

export const rentalPricesReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    service: text(),
    durations: z.array(z.looseObject({ duration: nonEmpty(), days: days(), price: amount() })),
  }),
);

export const rentReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    rental_id: id(),
    number: nonEmpty(),
    days: z.nullish(days()),
    cost: z.nullish(amount()),
    ends_at: text(),
    inbox_url: text(),
  }),
);
export type WireRent = z.infer<ReturnType<typeof rentReply>>;

const rentalItem = /* @__PURE__ */ lazy(() =>
  z
    .looseObject({
      rental_id: z.optional(id()),
      id: z.optional(id()),
      number: text(),
      service: text(),
      days: z.nullish(days()),
      duration: text(),
      cost: z.nullish(amount()),
      status: text(),
      created_at: text(),
      ends_at: text(),
      expires_at: text(),
    })
    .check(
      z.refine((item) => item.rental_id !== undefined || item.id !== undefined, "a rental without an id"),
    ),
);
export type WireRentalItem = z.infer<ReturnType<typeof rentalItem>>;

export const rentalsReply = /* @__PURE__ */ lazy(() => listOf(rentalItem(), "rentals"));

export const inboxReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    rental_id: z.optional(id()),
    messages: z.array(
      z.looseObject({
        id: z.optional(id()),
        from: text(),
        body: text(),
        code: code(),
        at: text(),
      }),
    ),
  }),
);
export type WireInboxMessage = z.infer<ReturnType<typeof inboxReply>>["messages"][number];
