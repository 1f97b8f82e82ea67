/**
 * zod schemas of every Temp Number reply the adapter reads, in the shapes docs/providers/tempnumber.md lists.
 * Objects are loose (the API ships additive fields without a version bump); only fields we use are
 * checked. Money is "USD with two decimals", read as number or decimal string.
 */
import * as z from "zod";
import { lazy } from "../../core/lazy.js";

const id = /* @__PURE__ */ lazy(() => z.union([z.number().int(), z.string().min(1)]));
const amount = /* @__PURE__ */ lazy(() => z.union([z.number(), z.string().regex(/^-?\d+(?:\.\d+)?$/)]));
/** Absent means USD ("Money values are in USD"); anything but a currency we model is a bad reply. */
const currency = /* @__PURE__ */ lazy(() => z.enum(["USD", "EUR"]).optional());

/** `{ success: false, message }`: an error body, also honoured inside a 200. */
export const failureSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({ success: z.literal(false), message: z.string().optional() }),
);

export const accountSchema = /* @__PURE__ */ lazy(() =>
  z
    .looseObject({
      success: z.literal(true),
      balance: amount().optional(),
      currency: currency(),
      // Temp Number puts the balance at the top level, unlike every other reply; a `data` wrapper is read too.
      data: z.looseObject({ balance: amount(), currency: currency() }).optional(),
    })
    .refine((body) => body.balance !== undefined || body.data !== undefined, {
      message: "no balance in the reply",
      path: ["balance"],
    }),
);

export const pricingPackageSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    number_type: z.string().nullish(),
    duration: z.string().min(1),
    duration_label: z.string().nullish(),
    price: amount(),
    original_price: amount().nullish(),
    updated_at: z.string().nullish(),
  }),
);
export type WirePricingPackage = z.infer<ReturnType<typeof pricingPackageSchema>>;

export const countryPricingSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    country_code: z.string().min(2),
    country_name: z.string().nullish(),
    packages: z.array(pricingPackageSchema()),
  }),
);
export type WireCountryPricing = z.infer<ReturnType<typeof countryPricingSchema>>;

export const pricingListSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: z.literal(true),
    data: z.array(countryPricingSchema()),
  }),
);
export const pricingOneSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({ success: z.literal(true), data: countryPricingSchema() }),
);

export const inventorySchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: z.literal(true),
    data: z.looseObject({
      country_code: z.string().min(2),
      duration: z.string().nullish(),
      number_type: z.string().nullish(),
      stock: z.number().int().nullish(),
      available: z.boolean(),
      status: z.string().nullish(),
    }),
  }),
);

/** A number as `GET /numbers`, buy, renew and cancel show it (renew and cancel show fewer fields). */
export const numberSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    phone_number: z.string().min(1),
    country_code: z.string().nullish(),
    country_name: z.string().nullish(),
    number_type: z.string().nullish(),
    status: z.string().min(1),
    purchase_date: z.string().nullish(),
    expire_date: z.string().nullish(),
  }),
);
export type WireNumber = z.infer<ReturnType<typeof numberSchema>>;

/** buy and renew: the amount debited. */
export const chargedSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: z.literal(true),
    data: numberSchema(),
    meta: z.looseObject({
      charged: amount(),
      currency: currency(),
      wallet_balance_after: amount().nullish(),
    }),
  }),
);

export const cancelSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: z.literal(true),
    data: numberSchema(),
    // "check meta.refunded": absent, null or 0 when nothing came back.
    meta: z.looseObject({ refunded: amount().nullish(), currency: currency() }).nullish(),
  }),
);

export const numberListSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({ success: z.literal(true), data: z.array(numberSchema()) }),
);

export const numberSmsSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: z.literal(true),
    data: z.looseObject({
      number: numberSchema(),
      messages: z.array(
        z.looseObject({
          id: id().nullish(),
          from: z.string().nullish(),
          body: z.string().nullish(),
          received_at: z.string().nullish(),
        }),
      ),
    }),
  }),
);

export const receiveSmsSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: z.literal(true),
    data: z.looseObject({
      phoneNumber: z.string().nullish(),
      purchaseStatus: z.string().nullish(),
      messages: z.array(
        z.looseObject({
          id: id().nullish(),
          from: z.string().nullish(),
          to: z.string().nullish(),
          message: z.string().nullish(),
          receivedAt: z.string().nullish(),
        }),
      ),
    }),
    meta: z
      .looseObject({
        hasMore: z.boolean().nullish(),
        nextCursor: z.string().nullish(),
      })
      .nullish(),
  }),
);
