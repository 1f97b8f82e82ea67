/**
 * NumPool's own example responses, kept as the raw text so the exact bytes go over the (fake) wire.
 * Where NumPool elides list items with `, ...` the elision is dropped; placeholders inside values
 * (`"a1b2c3..."`, `"+1XXXXXXXXXX"`, `"2026-06-20T..."`) are kept.
 */

/** GET /services (NumPool shows `[{ ... }, ...]`). */
export const servicesExample = `[{ "id": "wa", "name": "WhatsApp", "domain": "whatsapp.com" }]`;

/** GET /countries without a service (NumPool shows `[..., ...]`). */
export const countriesExample = `[{ "id": 0, "name": "Russia" }, { "id": 28, "name": "England" }, { "id": 187, "name": "USA" }]`;

/** GET /countries?service=wa */
export const countriesForServiceExample = `[{ "id": 187, "name": "USA", "flag": "US", "price": 0.43, "stock": 338400, "currency": "USD" }]`;

/** POST /buy */
export const buyExample = `{
  "order_id": "a1b2c3...",
  "number": "+1XXXXXXXXXX",
  "cost": 0.43,
  "status": "pending",
  "poll_url": "https://numpool.com/api/v1/sms/a1b2c3..."
}`;

/** GET /sms/:order_id */
export const smsExample = `{ "order_id": "a1b2c3", "status": "received", "code": "123456", "full_sms": "Your code is 123456", "number": "+1..." }`;

/** POST /cancel/:order_id */
export const cancelExample = `{ "ok": true, "order_id": "a1b2c3", "refunded": 0.43 }`;

/** GET /rentals/services (NumPool shows `[{ ... }, ...]`). */
export const rentalServicesExample = `[{ "service": "discord", "name": "Discord" }]`;

/** GET /rentals/prices?service=discord (NumPool shows `"durations": [{ ... }, ...]`). */
export const rentalPricesExample = `{ "service": "discord", "durations": [{ "duration": "oneDay", "days": 1, "price": 1.20 }] }`;

/** POST /rentals */
export const rentExample = `{
  "rental_id": "r1...",
  "number": "+1XXXXXXXXXX",
  "days": 7,
  "cost": 4.50,
  "ends_at": "2026-06-20T...",
  "inbox_url": "https://numpool.com/api/v1/rentals/r1.../sms"
}`;

/** GET /rentals/:id/sms */
export const inboxExample = `{ "rental_id": "r1", "messages": [
  { "from": "Discord", "body": "Your code is 123456", "code": "123456", "at": "2026-06-13T..." }
]}`;

/** GET /balance */
export const balanceExample = `{ "balance": 12.40, "currency": "USD" }`;
