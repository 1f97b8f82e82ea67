/**
 * zod schemas of every Temp Number reply the adapter reads, in the shapes docs/providers/tempnumber.md lists.
 * Objects are loose (the API ships additive fields without a version bump); only fields we use are
 * checked. Money is "USD with two decimals", read as number or decimal string.
 */
import * as z from "zod/mini";
import { lazy } from "../../core/lazy.js";

const id = /* @__PURE__ */ lazy(() => z.union([z.int(), z.string().check(z.minLength(1))]));
const amount = /* @__PURE__ */ lazy(() =>
  z.union([z.number(), z.string().check(z.regex(/^-?\d+(?:\.\d+)?$/))]),
);
/** Absent means USD ("Money values are in USD"); anything but a currency we model is a bad reply. */
const currency = /* @__PURE__ */ lazy(() => z.optional(z.enum(["USD", "EUR"])));
const text = /* @__PURE__ */ lazy(() => z.nullish(z.string()));
const countryCode = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(2)));
const ok = /* @__PURE__ */ lazy(() => z.literal(true));

/** `{ success: false, message }`: an error body, also honoured inside a 200. */
export const failureSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({ success: z.literal(false), message: z.optional(z.string()) }),
);

export const accountSchema = /* @__PURE__ */ lazy(() =>
  z
    .looseObject({
      success: ok(),
      balance: z.optional(amount()),
      currency: currency(),
      // Temp Number puts the balance at the top level, unlike every other reply; a `data` wrapper is read too.
      data: z.optional(z.looseObject({ balance: amount(), currency: currency() })),
    })
    .check(
      z.refine((body) => body.balance !== undefined || body.data !== undefined, {
        error: "no balance in the reply",
        path: ["balance"],
      }),
    ),
);

export const pricingPackageSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    number_type: text(),
    duration: z.string().check(z.minLength(1)),
    duration_label: text(),
    price: amount(),
    original_price: z.nullish(amount()),
    updated_at: text(),
  }),
);
export type WirePricingPackage = z.infer<ReturnType<typeof pricingPackageSchema>>;

export const countryPricingSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    country_code: countryCode(),
    country_name: text(),
    packages: z.array(pricingPackageSchema()),
  }),
);
export type WireCountryPricing = z.infer<ReturnType<typeof countryPricingSchema>>;

export const pricingListSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: ok(),
    data: z.array(countryPricingSchema()),
  }),
);
export const pricingOneSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({ success: ok(), data: countryPricingSchema() }),
);

export const inventorySchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: ok(),
    data: z.looseObject({
      country_code: countryCode(),
      duration: text(),
      number_type: text(),
      stock: z.nullish(z.int()),
      available: z.boolean(),
      status: text(),
    }),
  }),
);

/** A number as `GET /numbers`, buy, renew and cancel show it (renew and cancel show fewer fields). */
export const numberSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    phone_number: z.string().check(z.minLength(1)),
    country_code: text(),
    country_name: text(),
    number_type: text(),
    status: z.string().check(z.minLength(1)),
    purchase_date: text(),
    expire_date: text(),
  }),
);
export type WireNumber = z.infer<ReturnType<typeof numberSchema>>;

/** buy and renew: the amount debited. */
export const chargedSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: ok(),
    data: numberSchema(),
    meta: z.looseObject({
      charged: amount(),
      currency: currency(),
      wallet_balance_after: z.nullish(amount()),
    }),
  }),
);

export const cancelSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: ok(),
    data: numberSchema(),
    // "check meta.refunded": absent, null or 0 when nothing came back.
    meta: z.nullish(z.looseObject({ refunded: z.nullish(amount()), currency: currency() })),
  }),
);

export const numberListSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({ success: ok(), data: z.array(numberSchema()) }),
);

export const numberSmsSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: ok(),
    data: z.looseObject({
      number: numberSchema(),
      messages: z.array(
        z.looseObject({
          id: z.nullish(id()),
          from: text(),
          body: text(),
          received_at: text(),
        }),
      ),
    }),
  }),
);

export const receiveSmsSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: ok(),
    data: z.looseObject({
      phoneNumber: text(),
      purchaseStatus: text(),
      messages: z.array(
        z.looseObject({
          id: z.nullish(id()),
          from: text(),
          to: text(),
          message: text(),
          receivedAt: text(),
        }),
      ),
    }),
    meta: z.nullish(
      z.looseObject({
        hasMore: z.nullish(z.boolean()),
        nextCursor: text(),
      }),
    ),
  }),
);
