/** Numariq's own example responses and error strings, byte for byte (docs/providers/numariq.md). */

/** `GET /services?country=US&channel=sms` -> 200. */
export const servicesExample = {
  country: "US",
  channel: "sms",
  services: [
    { slug: "google", name: "Google", channel: "sms", price_cents: 10 },
    { slug: "whatsapp", name: "WhatsApp", channel: "sms", price_cents: 20 },
  ],
};

/** `POST /numbers` -> 201 Created. */
export const purchaseExample = {
  order: {
    id: "5f3c…-order-uuid",
    status: "waiting",
    type: "activation",
    channel: "sms",
    price_cents: 20,
    number: "+12125550199",
    expires_at: "2026-06-07T18:15:00Z",
    renews_at: null,
  },
};

/** `GET /orders/:id` -> 200. */
export const orderExample = {
  order: {
    id: "5f3c…-order-uuid",
    status: "received",
    type: "activation",
    channel: "sms",
    service: "whatsapp",
    number: "+12125550199",
    price_cents: 20,
    expires_at: "2026-06-07T18:15:00Z",
    renews_at: null,
  },
  code: "558213",
  messages: [
    {
      id: "msg-uuid",
      sender: "WhatsApp",
      body: "Your code is 558-213",
      code: "558213",
      received_at: "2026-06-07T18:03:11Z",
    },
  ],
};

/** `POST /orders/:id/done` -> 200. */
export const doneExample = { ok: true, status: "done" };

/** `POST /orders/:id/cancel` -> 200; the prose adds `"closed"` when a code was already delivered. */
export const cancelRefundedExample = { ok: true, result: "refunded" };
export const cancelClosedExample = { ok: true, result: "closed" };

/** `POST /rentals/:id/renew` -> 200. */
export const renewExample = { ok: true, status: "renewed" };

/** Error bodies Numariq quotes. */
export const invalidKeyBody = { error: "Invalid API key." };
export const orderNotFoundBody = { error: "Order not found." };

/** Numariq's common 400 failures, as it words them, and the 503's meaning. */
export const common400s = {
  balance: "insufficient balance",
  stock: "no numbers available for this selection",
  service: "unknown or disabled service",
  rentalDays: "rental days must be 1-14",
} as const;
export const notConfigured503 = "API temporarily not configured on the server.";
