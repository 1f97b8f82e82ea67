/**
 * FetchSMS replies. The first group is FetchSMS's own examples, byte for byte (its create and poll
 * examples, a balance reply and a timestamp). FetchSMS gives the other shapes as field lists only, so
 * those fixtures carry exactly those fields with values in FetchSMS's forms (formatted numbers,
 * offset-less timestamps with microseconds, cents); docs/providers/fetchsms.md lists them.
 */

// ---- FetchSMS's own examples ----

/** `POST /verifications` with `{"service": "whatsapp"}`. */
export const EXAMPLE_CREATE_REQUEST = { service: "whatsapp" };
/** The reply to that request. */
export const EXAMPLE_CREATE_REPLY = {
  id: "9f3e1c2a-…",
  status: "waiting",
  number: "(332) 555-0184",
  code: null,
};
/** `GET /verifications/9f3e1c2a-…` once the code landed. */
export const EXAMPLE_POLL_REPLY = { id: "9f3e1c2a-…", status: "received", code: "482910" };
/** `GET /wallet/balance`. */
export const BALANCE_REPLY = { balance_cents: 12345 };
/** A timestamp without offset, with microseconds. */
export const OFFSETLESS_TIMESTAMP = "2026-06-17T22:14:05.481203";

// ---- built from FetchSMS's field lists ----

/** Verification: `{id, ref, service, service_name, number, code, code_count, status, cost_cents, created_at, expires_at, reusable, reuse_cost_cents}`. */
export const VERIFICATION_RECEIVED = {
  id: "3b0d6f4e-8a1c-4c59-9e27-5d1f0a7b2c11",
  ref: "V-48213",
  service: "telegram",
  service_name: "Telegram",
  number: "+1 332 555 0184",
  code: "558-213",
  code_count: 2,
  status: "received",
  cost_cents: 70,
  created_at: OFFSETLESS_TIMESTAMP,
  expires_at: "2026-06-17T22:29:05.481203",
  reusable: true,
  reuse_cost_cents: 70,
};

/** `GET /verifications/:id/messages`: `[{id, code, received_at}]`, newest first, no body. */
export const VERIFICATION_MESSAGES = [
  { id: "m-2", code: "558-213", received_at: "2026-06-17T22:19:44.120981" },
  { id: "m-1", code: "093114", received_at: "2026-06-17T22:16:02.300415" },
];

/** Rental: `{id, ref, service, number, duration_days, extended_days, status, last_code, cost_cents, refunded, created_at, expires_at, cancel_deadline}`. */
export const RENTAL = {
  id: "c7e2a9d0-51b4-4f0e-a3c8-2e6b9d14f075",
  ref: "R-20731",
  service: "unlimited-services",
  number: "(646) 555-0142",
  duration_days: 30,
  extended_days: 7,
  status: "received",
  last_code: "662190",
  cost_cents: 3200,
  refunded: false,
  created_at: OFFSETLESS_TIMESTAMP,
  expires_at: "2026-07-24T22:14:05.481203",
  cancel_deadline: "2026-06-17T22:29:05.481203",
};

/** `GET /rentals/:id/messages`: `[{id, sender, body, code, received_at}]`. */
export const RENTAL_MESSAGES = [
  {
    id: "rm-1",
    sender: "Discord",
    body: "Your Discord code is 662190",
    code: "662190",
    received_at: "2026-06-18T09:01:12.000001",
  },
  {
    id: "rm-2",
    sender: "WhatsApp",
    body: "WhatsApp code 821-193",
    code: "821-193",
    received_at: "2026-06-19T10:30:00.500000",
  },
];

/** `GET /services`: `[{id, slug, name, price_cents, long_prices, short_available, long_available}]`. */
export const SERVICES_REPLY = [
  {
    id: 1,
    slug: "unlimited-services",
    name: "Unlimited Services",
    price_cents: 0,
    long_prices: { "1": 150, "7": 700, "30": 2500, "90": 6900, "365": 24900 },
    short_available: 0,
    long_available: 25,
  },
  {
    id: 4,
    slug: "telegram",
    name: "Telegram",
    price_cents: 70,
    long_prices: {},
    short_available: 3,
    long_available: 0,
  },
];

/** `GET /services/quote`: answers `total_cents`. */
export const QUOTE_REPLY = {
  service: "telegram",
  mode: "short",
  days: null,
  base_daily_cents: 70,
  discount_pct: 0,
  per_day_cents: null,
  surcharge_cents: 25,
  total_cents: 95,
};

/** `GET /services/quote?service=1&mode=long&days=30`: the all-services rental for 30 days. */
export const RENTAL_QUOTE_REPLY = {
  service: "unlimited-services",
  mode: "long",
  days: 30,
  base_daily_cents: 150,
  discount_pct: 44,
  per_day_cents: 83,
  surcharge_cents: 0,
  total_cents: 2500,
};

/** Errors: `{"detail": "..."}`, or a validation array (422). */
export const VALIDATION_ERROR = {
  detail: [
    {
      type: "string_pattern_mismatch",
      loc: ["body", "area_code"],
      msg: "String should match pattern '^\\d{3}$'",
    },
  ],
};

/** Webhook envelope `{event, data, created_at}`: `sms.received` for a verification (no body). */
export const WEBHOOK_SMS_VERIFICATION = {
  event: "sms.received",
  data: {
    verification_id: "9f3e1c2a-5d7b-4e10-8c3f-0a2b4c6d8e10",
    number: "(332) 555-0184",
    sender: "WhatsApp",
    code: "482-910",
    received_at: "2026-06-17T22:16:41.004512",
  },
  created_at: "2026-06-17T22:16:41.210330",
};

/** `sms.received` for a rental: carries the SMS `body`. */
export const WEBHOOK_SMS_RENTAL = {
  event: "sms.received",
  data: {
    rental_id: "c7e2a9d0-51b4-4f0e-a3c8-2e6b9d14f075",
    number: "+1 646 555 0142",
    sender: "Discord",
    code: "662190",
    body: "Your Discord code is 662190",
    received_at: "2026-06-18T09:01:12.000001",
  },
  created_at: "2026-06-18T09:01:12.400000",
};

/** `rental.expired`: `rental_id`, `number`. */
export const WEBHOOK_RENTAL_EXPIRED = {
  event: "rental.expired",
  data: { rental_id: "c7e2a9d0-51b4-4f0e-a3c8-2e6b9d14f075", number: "+1 646 555 0142" },
  created_at: "2026-07-24T22:14:06.000000",
};
