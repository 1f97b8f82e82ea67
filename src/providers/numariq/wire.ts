/**
 * Every Numariq reply the adapter reads, in the shapes docs/providers/numariq.md lists. Objects are loose
 * (unknown extra fields are ignored); fields not every reply carries are optional.
 */
import * as z from "zod/mini";
import { lazy } from "../../core/lazy.js";
import { toIsoUtc } from "../../core/time.js";

const cents = /* @__PURE__ */ lazy(() => z.nullish(z.int().check(z.nonnegative())));
const timestamp = /* @__PURE__ */ lazy(() =>
  z.nullish(z.string().check(z.refine((value) => toIsoUtc(value) !== null, "not a timestamp"))),
);
const codeValue = /* @__PURE__ */ lazy(() => z.union([z.string(), z.number()]));
const text = /* @__PURE__ */ lazy(() => z.nullish(z.string()));
const nonEmpty = /* @__PURE__ */ lazy(() => z.string().check(z.minLength(1)));

export const wireOrder = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: nonEmpty(),
    status: nonEmpty(),
    type: text(),
    channel: text(),
    /** Absent from the purchase reply; present on `GET /orders/:id`. */
    service: text(),
    number: nonEmpty(),
    price_cents: cents(),
    expires_at: timestamp(),
    renews_at: timestamp(),
    // Not in Numariq's examples; read when a reply carries them.
    created_at: timestamp(),
    renewable: z.nullish(z.boolean()),
    period_days: z.nullish(z.int().check(z.positive())),
  }),
);
export type WireOrder = z.infer<ReturnType<typeof wireOrder>>;

export const wireMessage = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.nullish(codeValue()),
    sender: text(),
    body: text(),
    code: z.nullish(codeValue()),
    received_at: timestamp(),
  }),
);
export type WireMessage = z.infer<ReturnType<typeof wireMessage>>;

/** `POST /numbers` -> 201. */
export const purchaseReply = /* @__PURE__ */ lazy(() => z.looseObject({ order: wireOrder() }));

/** `GET /orders/:id`. */
export const orderReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    order: wireOrder(),
    code: z.nullish(codeValue()),
    messages: z.nullish(z.array(wireMessage())),
  }),
);
export type OrderReply = z.infer<ReturnType<typeof orderReply>>;

/** `GET /services`. */
export const servicesReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    country: text(),
    channel: text(),
    services: z.array(
      z.looseObject({
        slug: nonEmpty(),
        name: text(),
        channel: text(),
        price_cents: cents(),
      }),
    ),
  }),
);
export type ServicesReply = z.infer<ReturnType<typeof servicesReply>>;

/** `POST /orders/:id/done` and `POST /rentals/:id/renew`: `{ "ok": true, "status": "done" | "renewed" }`. */
export const statusReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    ok: z.boolean(),
    status: text(),
    error: text(),
  }),
);
export type StatusReply = z.infer<ReturnType<typeof statusReply>>;

/** `POST /orders/:id/cancel`: `{ "ok": true, "result": "refunded" | "closed" }`. */
export const cancelReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    ok: z.boolean(),
    result: text(),
    error: text(),
  }),
);
