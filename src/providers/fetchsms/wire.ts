/**
 * FetchSMS replies as zod schemas, written from the shapes FetchSMS documents (docs/providers/fetchsms.md).
 * Unknown extra fields are ignored; fields not every reply carries are optional (a poll reply may carry
 * only `id`, `status` and `code`).
 */
import * as z from "zod";
import { lazy } from "../../core/lazy.js";

const id = /* @__PURE__ */ lazy(() => z.union([z.string().min(1), z.number().int()]).transform(String));
const cents = /* @__PURE__ */ lazy(() => z.number().int().nonnegative());
const timestamp = /* @__PURE__ */ lazy(() => z.string().nullish());
const code = /* @__PURE__ */ lazy(() => z.union([z.string(), z.number()]).nullish());
/** A service comes back as its slug (or, tolerated, its numeric id). */
const serviceRef = /* @__PURE__ */ lazy(() => z.union([z.string(), z.number()]).nullish());
/** Stock: a count; a flag is tolerated. */
const stock = /* @__PURE__ */ lazy(() => z.union([z.number().int(), z.boolean()]).nullish());

export const verificationSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    ref: z.string().nullish(),
    service: serviceRef(),
    service_name: z.string().nullish(),
    number: z.string().nullish(),
    code: code(),
    code_count: z.number().int().nonnegative().nullish(),
    status: z.string().min(1),
    cost_cents: cents().nullish(),
    created_at: timestamp(),
    expires_at: timestamp(),
    reusable: z.boolean().nullish(),
    reuse_cost_cents: cents().nullish(),
  }),
);
export type WireVerification = z.infer<ReturnType<typeof verificationSchema>>;

export const verificationListSchema = /* @__PURE__ */ lazy(() => z.array(verificationSchema()));

export const verificationMessageSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id().nullish(),
    code: code(),
    received_at: timestamp(),
  }),
);
export const verificationMessagesSchema = /* @__PURE__ */ lazy(() => z.array(verificationMessageSchema()));
export type WireVerificationMessage = z.infer<ReturnType<typeof verificationMessageSchema>>;

export const rentalSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    ref: z.string().nullish(),
    service: serviceRef(),
    service_name: z.string().nullish(),
    number: z.string().min(1),
    duration_days: z.number().int().nullish(),
    extended_days: z.number().int().nullish(),
    custom_area_code: z.boolean().nullish(),
    status: z.string().min(1),
    /** May be an old code: never read as "a new code arrived". */
    last_code: code(),
    cost_cents: cents().nullish(),
    refunded: z.boolean().nullish(),
    created_at: timestamp(),
    expires_at: timestamp(),
    cancel_deadline: timestamp(),
  }),
);
export type WireRental = z.infer<ReturnType<typeof rentalSchema>>;

export const rentalListSchema = /* @__PURE__ */ lazy(() => z.array(rentalSchema()));

export const rentalMessageSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id().nullish(),
    sender: z.string().nullish(),
    body: z.string().nullish(),
    code: code(),
    received_at: timestamp(),
  }),
);
export const rentalMessagesSchema = /* @__PURE__ */ lazy(() => z.array(rentalMessageSchema()));
export type WireRentalMessage = z.infer<ReturnType<typeof rentalMessageSchema>>;

export const serviceSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    slug: z.string().min(1),
    name: z.string().nullish(),
    price_cents: cents().nullish(),
    long_prices: z.unknown().optional(),
    short_available: stock(),
    long_available: stock(),
  }),
);
export const servicesSchema = /* @__PURE__ */ lazy(() => z.array(serviceSchema()));
export type WireService = z.infer<ReturnType<typeof serviceSchema>>;

export const quoteSchema = /* @__PURE__ */ lazy(() => z.looseObject({ total_cents: cents() }));

export const areaCodesSchema = /* @__PURE__ */ lazy(() =>
  z.array(z.union([z.string().min(1), z.number().int()]).transform(String)),
);

export const balanceSchema = /* @__PURE__ */ lazy(() => z.looseObject({ balance_cents: z.number().int() }));

/** A cancel's reply: 204 with no body (read as null), or the verification / rental in its new state. */
export const cancelVerificationReply = /* @__PURE__ */ lazy(() => z.union([z.null(), verificationSchema()]));
export const cancelRentalReply = /* @__PURE__ */ lazy(() => z.union([z.null(), rentalSchema()]));
