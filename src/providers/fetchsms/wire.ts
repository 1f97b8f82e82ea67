/**
 * FetchSMS replies as zod schemas, written from the shapes FetchSMS documents (docs/providers/fetchsms.md).
 * Unknown extra fields are ignored; fields not every reply carries are optional (a poll reply may carry
 * only `id`, `status` and `code`).
 */
import * as z from "zod/mini";
import { lazy } from "../../core/lazy.js";

const id = /* @__PURE__ */ lazy(() =>
  z.pipe(z.union([z.string().check(z.minLength(1)), z.int()]), z.transform(String)),
);
/** Cents, or a count. */
const count = /* @__PURE__ */ lazy(() => z.int().check(z.nonnegative()));
const optionalCount = /* @__PURE__ */ lazy(() => z.nullish(count()));
const text = /* @__PURE__ */ lazy(() => z.nullish(z.string()));
const nonEmpty = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(1)));
const timestamp = text;
const flag = /* @__PURE__ */ lazy(() => z.nullish(z.boolean()));
const code = /* @__PURE__ */ lazy(() => z.nullish(z.union([z.string(), z.number()])));
/** A service comes back as its slug (or, tolerated, its numeric id). */
const serviceRef = code;
/** Stock: a count; a flag is tolerated. */
const stock = /* @__PURE__ */ lazy(() => z.nullish(z.union([z.int(), z.boolean()])));

export const verificationSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    ref: text(),
    service: serviceRef(),
    service_name: text(),
    number: text(),
    code: code(),
    code_count: optionalCount(),
    status: nonEmpty(),
    cost_cents: optionalCount(),
    created_at: timestamp(),
    expires_at: timestamp(),
    reusable: flag(),
    reuse_cost_cents: optionalCount(),
  }),
);
export type WireVerification = z.infer<ReturnType<typeof verificationSchema>>;

export const verificationListSchema = /* @__PURE__ */ lazy(() => z.array(verificationSchema()));

export const verificationMessageSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.nullish(id()),
    code: code(),
    received_at: timestamp(),
  }),
);
export const verificationMessagesSchema = /* @__PURE__ */ lazy(() => z.array(verificationMessageSchema()));
export type WireVerificationMessage = z.infer<ReturnType<typeof verificationMessageSchema>>;

export const rentalSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    ref: text(),
    service: serviceRef(),
    service_name: text(),
    number: nonEmpty(),
    duration_days: z.nullish(z.int()),
    extended_days: z.nullish(z.int()),
    custom_area_code: flag(),
    status: nonEmpty(),
    /** May be an old code: never read as "a new code arrived". */
    last_code: code(),
    cost_cents: optionalCount(),
    refunded: flag(),
    created_at: timestamp(),
    expires_at: timestamp(),
    cancel_deadline: timestamp(),
  }),
);
export type WireRental = z.infer<ReturnType<typeof rentalSchema>>;

export const rentalListSchema = /* @__PURE__ */ lazy(() => z.array(rentalSchema()));

export const rentalMessageSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.nullish(id()),
    sender: text(),
    body: text(),
    code: code(),
    received_at: timestamp(),
  }),
);
export const rentalMessagesSchema = /* @__PURE__ */ lazy(() => z.array(rentalMessageSchema()));
export type WireRentalMessage = z.infer<ReturnType<typeof rentalMessageSchema>>;

export const serviceSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: id(),
    slug: nonEmpty(),
    name: text(),
    price_cents: optionalCount(),
    long_prices: z.optional(z.unknown()),
    short_available: stock(),
    long_available: stock(),
  }),
);
export const servicesSchema = /* @__PURE__ */ lazy(() => z.array(serviceSchema()));
export type WireService = z.infer<ReturnType<typeof serviceSchema>>;

export const quoteSchema = /* @__PURE__ */ lazy(() => z.looseObject({ total_cents: count() }));

export const areaCodesSchema = /* @__PURE__ */ lazy(() => z.array(id()));

export const balanceSchema = /* @__PURE__ */ lazy(() => z.looseObject({ balance_cents: z.int() }));

/** A cancel's reply: 204 with no body (read as null), or the verification / rental in its new state. */
export const cancelVerificationReply = /* @__PURE__ */ lazy(() => z.union([z.null(), verificationSchema()]));
export const cancelRentalReply = /* @__PURE__ */ lazy(() => z.union([z.null(), rentalSchema()]));
