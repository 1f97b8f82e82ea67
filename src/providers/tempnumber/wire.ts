/**
 * zod schemas of every Temp Number reply the adapter reads, in the shapes docs/providers/tempnumber.md lists.
 * Objects are loose (the API ships additive fields without a version bump); only fields we use are
 * checked. Money is "USD with two decimals", read as number or decimal string.
 */
import { z } from "zod";

const id = z.union([z.number().int(), z.string().min(1)]);
const amount = z.union([z.number(), z.string().regex(/^-?\d+(?:\.\d+)?$/)]);
/** Absent means USD ("Money values are in USD"); anything but a currency we model is a bad reply. */
const currency = z.enum(["USD", "EUR"]).optional();

/** `{ success: false, message }`: an error body, also honoured inside a 200. */
export const failureSchema = z.looseObject({ success: z.literal(false), message: z.string().optional() });

export const accountSchema = z
  .looseObject({
    success: z.literal(true),
    balance: amount.optional(),
    currency,
    // Temp Number puts the balance at the top level, unlike every other reply; a `data` wrapper is read too.
    data: z.looseObject({ balance: amount, currency }).optional(),
  })
  .refine((body) => body.balance !== undefined || body.data !== undefined, {
    message: "no balance in the reply",
    path: ["balance"],
  });

export const pricingPackageSchema = z.looseObject({
  number_type: z.string().nullish(),
  duration: z.string().min(1),
  duration_label: z.string().nullish(),
  price: amount,
  original_price: amount.nullish(),
  updated_at: z.string().nullish(),
});
export type WirePricingPackage = z.infer<typeof pricingPackageSchema>;

export const countryPricingSchema = z.looseObject({
  country_code: z.string().min(2),
  country_name: z.string().nullish(),
  packages: z.array(pricingPackageSchema),
});
export type WireCountryPricing = z.infer<typeof countryPricingSchema>;

export const pricingListSchema = z.looseObject({
  success: z.literal(true),
  data: z.array(countryPricingSchema),
});
export const pricingOneSchema = z.looseObject({ success: z.literal(true), data: countryPricingSchema });

export const inventorySchema = z.looseObject({
  success: z.literal(true),
  data: z.looseObject({
    country_code: z.string().min(2),
    duration: z.string().nullish(),
    number_type: z.string().nullish(),
    stock: z.number().int().nullish(),
    available: z.boolean(),
    status: z.string().nullish(),
  }),
});

/** A number as `GET /numbers`, buy, renew and cancel show it (renew and cancel show fewer fields). */
export const numberSchema = z.looseObject({
  id,
  phone_number: z.string().min(1),
  country_code: z.string().nullish(),
  country_name: z.string().nullish(),
  number_type: z.string().nullish(),
  status: z.string().min(1),
  purchase_date: z.string().nullish(),
  expire_date: z.string().nullish(),
});
export type WireNumber = z.infer<typeof numberSchema>;

/** buy and renew: the amount debited. */
export const chargedSchema = z.looseObject({
  success: z.literal(true),
  data: numberSchema,
  meta: z.looseObject({ charged: amount, currency, wallet_balance_after: amount.nullish() }),
});

export const cancelSchema = z.looseObject({
  success: z.literal(true),
  data: numberSchema,
  // "check meta.refunded": absent, null or 0 when nothing came back.
  meta: z.looseObject({ refunded: amount.nullish(), currency }).nullish(),
});

export const numberListSchema = z.looseObject({ success: z.literal(true), data: z.array(numberSchema) });

export const numberSmsSchema = z.looseObject({
  success: z.literal(true),
  data: z.looseObject({
    number: numberSchema,
    messages: z.array(
      z.looseObject({
        id: id.nullish(),
        from: z.string().nullish(),
        body: z.string().nullish(),
        received_at: z.string().nullish(),
      }),
    ),
  }),
});

export const receiveSmsSchema = z.looseObject({
  success: z.literal(true),
  data: z.looseObject({
    phoneNumber: z.string().nullish(),
    purchaseStatus: z.string().nullish(),
    messages: z.array(
      z.looseObject({
        id: id.nullish(),
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
});
