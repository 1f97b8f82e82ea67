/**
 * The shapes JuicySMS answers with. Verification calls answer one plain-text word (or a word with data
 * glued on); the rental calls answer JSON on success and a plain word on failure. Every pattern is
 * anchored: a reply is read whole or not at all. JSON schemas follow the shapes in
 * docs/providers/juicysms.md and ignore unknown fields.
 */
import * as z from "zod/mini";
import { lazy } from "../../core/lazy.js";

/** `ORDER_ID_{ORDER_ID}_NUMBER_{PHONE_NUMBER}`: makeorder and reuse. */
export const ORDER_CREATED = /^ORDER_ID_(\d+)_NUMBER_(\S+)$/;
/** `ORDER_ALREADY_OPEN_{ORDER_ID}`: makeorder and reuse, one open order per account. */
export const ORDER_ALREADY_OPEN = /^ORDER_ALREADY_OPEN_(\d+)$/;
/** `SUCCESS_{SMS_CONTENT}`: getsms; everything after the prefix is the SMS, newlines included. */
export const SMS_RECEIVED = /^SUCCESS_([\s\S]*)$/;
export const WAITING = "WAITING";
/** "The order has been canceled or has been expired." */
export const ORDER_EXPIRED = "ORDER_EXPIRED";
export const ORDER_CANCELED = "ORDER_CANCELED";
export const NUMBER_SKIPPED = "NUMBER_SKIPPED_ORDER_CANCELED";
/** `{YOUR_BALANCE}`: a bare decimal number, USD. */
export const BALANCE = /^-?\d+(?:\.\d+)?$/;
/** The unspecified failure seen in the wild. */
export const UNSPECIFIED_ERROR = "ERROR";

/** Every reply is read as text: the transport hands it over unparsed. */
export const textReply = /* @__PURE__ */ lazy(() => z.string());

const id = /* @__PURE__ */ lazy(() =>
  z.pipe(z.union([z.int().check(z.nonnegative()), z.string().check(z.regex(/^\d+$/))]), z.transform(String)),
);

/** JuicySMS sends `"auto_renew": "true"` on rental/new and a JSON boolean elsewhere. */
const flag = /* @__PURE__ */ lazy(() =>
  z.union([
    z.boolean(),
    z.pipe(
      z.enum(["true", "false", "1", "0"]),
      z.transform((v) => v === "true" || v === "1"),
    ),
    z.pipe(
      z.union([z.literal(0), z.literal(1)]),
      z.transform((v) => v === 1),
    ),
  ]),
);

const success = /* @__PURE__ */ lazy(() => z.literal(true));
const text = /* @__PURE__ */ lazy(() => z.nullish(z.string()));

export const rentalCreatedReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: success(),
    contract_id: id(),
    package: z.string(),
    auto_renew: z.optional(flag()),
    expire_on: z.string(),
    phone_number: z.string(),
    country: z.string(),
  }),
);
export type RentalCreatedReply = z.infer<ReturnType<typeof rentalCreatedReply>>;

export const rentalExtendedReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: success(),
    package: z.string(),
    new_expire: z.string(),
  }),
);
export type RentalExtendedReply = z.infer<ReturnType<typeof rentalExtendedReply>>;

export const rentalEditedReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({ success: success(), auto_renew: flag() }),
);
export type RentalEditedReply = z.infer<ReturnType<typeof rentalEditedReply>>;

const receivedSms = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.nullish(id()),
    sender: text(),
    body: text(),
    receive_date: text(),
  }),
);
export type WireSms = z.infer<ReturnType<typeof receivedSms>>;

export const rentalViewReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: success(),
    contract_id: id(),
    phone_number: z.string(),
    country: z.string(),
    package: text(),
    renewal_package: text(),
    auto_renew: z.nullish(flag()),
    expire_on: text(),
    received_sms: z.nullish(z.array(receivedSms())),
  }),
);
export type RentalViewReply = z.infer<ReturnType<typeof rentalViewReply>>;

/** What a JSON refusal may look like (undocumented): `{"success": false, "message": "..."}`. */
export const jsonRefusal = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    success: z.literal(false),
    message: z.optional(z.string()),
    error: z.optional(z.string()),
  }),
);
