/**
 * Every Numariq reply the adapter reads, in the shapes docs/providers/numariq.md lists. Objects are loose
 * (unknown extra fields are ignored); fields not every reply carries are optional.
 */
import * as z from "zod";
import { lazy } from "../../core/lazy.js";
import { toIsoUtc } from "../../core/time.js";

const cents = /* @__PURE__ */ lazy(() => z.number().int().nonnegative());
const timestamp = /* @__PURE__ */ lazy(() =>
  z.string().refine((value) => toIsoUtc(value) !== null, "not a timestamp"),
);
const codeValue = /* @__PURE__ */ lazy(() => z.union([z.string(), z.number()]));

export const wireOrder = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.string().min(1),
    status: z.string().min(1),
    type: z.string().nullish(),
    channel: z.string().nullish(),
    /** Absent from the purchase reply; present on `GET /orders/:id`. */
    service: z.string().nullish(),
    number: z.string().min(1),
    price_cents: cents().nullish(),
    expires_at: timestamp().nullish(),
    renews_at: timestamp().nullish(),
    // Not in Numariq's examples; read when a reply carries them.
    created_at: timestamp().nullish(),
    renewable: z.boolean().nullish(),
    period_days: z.number().int().positive().nullish(),
  }),
);
export type WireOrder = z.infer<ReturnType<typeof wireOrder>>;

export const wireMessage = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: codeValue().nullish(),
    sender: z.string().nullish(),
    body: z.string().nullish(),
    code: codeValue().nullish(),
    received_at: timestamp().nullish(),
  }),
);
export type WireMessage = z.infer<ReturnType<typeof wireMessage>>;

/** `POST /numbers` -> 201. */
export const purchaseReply = /* @__PURE__ */ lazy(() => z.looseObject({ order: wireOrder() }));

/** `GET /orders/:id`. */
export const orderReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    order: wireOrder(),
    code: codeValue().nullish(),
    messages: z.array(wireMessage()).nullish(),
  }),
);
export type OrderReply = z.infer<ReturnType<typeof orderReply>>;

/** `GET /services`. */
export const servicesReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    country: z.string().nullish(),
    channel: z.string().nullish(),
    services: z.array(
      z.looseObject({
        slug: z.string().min(1),
        name: z.string().nullish(),
        channel: z.string().nullish(),
        price_cents: cents().nullish(),
      }),
    ),
  }),
);
export type ServicesReply = z.infer<ReturnType<typeof servicesReply>>;

/** `POST /orders/:id/done` and `POST /rentals/:id/renew`: `{ "ok": true, "status": "done" | "renewed" }`. */
export const statusReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    ok: z.boolean(),
    status: z.string().nullish(),
    error: z.string().nullish(),
  }),
);
export type StatusReply = z.infer<ReturnType<typeof statusReply>>;

/** `POST /orders/:id/cancel`: `{ "ok": true, "result": "refunded" | "closed" }`. */
export const cancelReply = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    ok: z.boolean(),
    result: z.string().nullish(),
    error: z.string().nullish(),
  }),
);
