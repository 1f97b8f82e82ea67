/**
 * A stateful fake of NumPool's API (docs/providers/numpool.md), for msw. Paths, methods, the `X-API-Key`
 * header, field names and float-dollar amounts are NumPool's; where NumPool says nothing the fake
 * decides, as a plausible NumPool would:
 * - errors are `{"error": "..."}`: 401 "Missing or invalid API key", 400 for bad parameters
 *   ("Invalid service", ...), 400 "No numbers available for this service and country" when out of stock,
 *   402 "Insufficient wallet balance", 404 "Order not found" / "Rental not found", and 400
 *   "Order cannot be cancelled" once an order is received or cancelled;
 * - `GET /orders` answers `{orders: [...], total, limit, offset}`, newest first, items
 *   `{order_id, number, service, country, status, cost, created_at}` (status `pending|received|cancelled`);
 * - `GET /rentals` answers `{rentals: [...]}`, items `{rental_id, number, service, duration, days, cost,
 *   status, created_at, ends_at}`;
 * - `GET /sms/:id` answers `waiting` while the order is pending, with `code` and `full_sms` null;
 * - `GET /countries?service=` lists every country, `stock: 0` where none is left;
 * - NumPool reads the code out of the SMS itself (`code`), as its poll reply shows;
 * - numbers are real-looking E.164 (NumPool's examples show `+1XXXXXXXXXX` placeholders).
 */
import { randomBytes } from "node:crypto";
import { HttpResponse, http } from "msw";
import { type NumpoolProvider, numpool } from "unisms";
import { type BuyingRentingFake, FAKE_ADAPTER_OPTIONS, FaultScript, faulty, Wallet } from "../fake-kit.js";

/** Options of `createNumpoolFake`. */
export interface NumpoolFakeOptions {
  /** Wallet balance in cents (default 10 000). */
  balance?: number;
  /** The key it accepts (default a fixed `np_live_` test key). */
  apiKey?: string;
  /** Where it answers (default `https://numpool.test/api/v1`). */
  baseUrl?: string;
}

interface FakeCountry {
  id: number;
  name: string;
  flag: string;
  /** Number template: each `#` becomes a digit. */
  template: string;
  /** Verification price in cents. */
  price: number;
}

/** NumPool's ids (its table, and `{id: 0, name: "Russia"}`, `{id: 28, name: "England"}`). */
const COUNTRIES: readonly FakeCountry[] = [
  { id: 187, name: "USA", flag: "US", template: "+1212555####", price: 43 },
  { id: 28, name: "England", flag: "GB", template: "+447700900###", price: 55 },
  { id: 188, name: "Canada", flag: "CA", template: "+1416555####", price: 50 },
  { id: 0, name: "Russia", flag: "RU", template: "+7900555####", price: 12 },
  { id: 129, name: "Germany", flag: "DE", template: "+4915155#####", price: 80 },
  { id: 13, name: "Nigeria", flag: "NG", template: "+234803555####", price: 20 },
  // Not in NumPool's table of common ids: the adapter must learn it from GET /countries.
  { id: 48, name: "Netherlands", flag: "NL", template: "+31612345###", price: 90 },
];

/** NumPool's service codes: code, name. */
const SERVICES: ReadonlyArray<readonly [string, string]> = [
  ["wa", "WhatsApp"],
  ["tn", "Snapchat"],
  ["tg", "Telegram"],
  ["vi", "Viber"],
  ["fb", "Facebook"],
  ["fu", "Lazada"],
  ["go", "Google"],
  ["mo", "Shopee"],
  ["tw", "Twitter / X"],
  ["dp", "Steam"],
  ["cn", "Fiverr"],
  ["bw", "Binance"],
  ["ig", "Instagram"],
  ["ok", "OKX"],
  ["lf", "TikTok"],
  ["oi", "OLX"],
  ["am", "Amazon"],
  ["ka", "KuCoin"],
  ["ds", "Discord"],
  ["ab", "Bybit"],
  ["ts", "PayPal"],
  ["ya", "Yahoo"],
  ["wx", "Apple"],
  ["vk", "VK"],
  ["ub", "Uber"],
  ["li", "LinkedIn"],
  ["nf", "Netflix"],
  ["mm", "Microsoft"],
];

const RENTAL_SERVICES: ReadonlyArray<readonly [string, string]> = [
  ["discord", "Discord"],
  ["whatsapp", "WhatsApp"],
  ["telegram", "Telegram"],
  ["google", "Google"],
];

/** Duration key, days, price in cents. */
const DURATIONS: ReadonlyArray<readonly [string, number, number]> = [
  ["oneDay", 1, 120],
  ["threeDay", 3, 240],
  ["sevenDay", 7, 450],
  ["fourteenDay", 14, 790],
  ["thirtyDay", 30, 1290],
];

const DEFAULT_STOCK = 338_400;
const DAY_MS = 86_400_000;

export interface FakeOrder {
  order_id: string;
  number: string;
  service: string;
  country: number;
  operator: string | null;
  cost: number;
  status: string;
  code: string | null;
  full_sms: string | null;
  created_at: string;
}

export interface FakeRental {
  rental_id: string;
  number: string;
  service: string;
  duration: string;
  days: number;
  cost: number;
  status: string;
  created_at: string;
  ends_at: string;
  messages: { from: string; body: string; code: string | null; at: string }[];
}

/** What NumPool itself would read as the code: the first 4-8 digit group (`123-456` counts). */
function serverCode(text: string): string | null {
  const match = /\b(\d{3}[- ]\d{3}|\d{4,8})\b/.exec(text);
  return match ? match[1]!.replace(/[- ]/g, "") : null;
}

const dollars = (cents: number) => cents / 100;
const fail = (status: number, error: string) => HttpResponse.json({ error }, { status });

/**
 * What `createNumpoolFake` returns. An unreadable purchase reply is settled through `GET /orders`, an
 * unreadable rental reply through `GET /rentals`.
 */
export interface NumpoolFake extends BuyingRentingFake {
  /** Every order by id, in NumPool's wire form; tests may read and change them. */
  readonly orders: Map<string, FakeOrder>;
  /** Every rental by id, in NumPool's wire form. */
  readonly rentals: Map<string, FakeRental>;
  /**
   * The adapter pointed at this fake: fast retries, no rate limit in the way, no list cache;
   * `overrides` go to `numpool()`.
   */
  provider(overrides?: Record<string, unknown>): NumpoolProvider;
  /** Numbers in stock from now on, per country and service (`0`: none). */
  setStock(n: number): void;
  /** The verification price of `service` (a NumPool code) in `countryId`, in cents. */
  setPrice(service: string, countryId: number, cents: number): void;
  /** An SMS reaches the order (which then shows it and its code) or the rental with this id. */
  deliver(target: string, text: string, from?: string): void;
  /** Puts a raw status word on an order (e.g. one NumPool does not document). */
  setStatus(orderId: string, status: string): void;
  /** Ends a rental now. */
  expireRental(rentalId: string): void;
}

/** A stateful NumPool API for msw: wallet, orders, rentals, stock and scripted faults, all in memory. */
export function createNumpoolFake(opts: NumpoolFakeOptions = {}): NumpoolFake {
  const apiKey = opts.apiKey ?? "np_live_fake_key_0123456789";
  const baseUrl = opts.baseUrl ?? "https://numpool.test/api/v1";
  const wallet = new Wallet(opts.balance ?? 10_000);
  const faults = new FaultScript();
  const orders = new Map<string, FakeOrder>();
  const rentals = new Map<string, FakeRental>();
  const prices = new Map<string, number>();
  let stockOverride: number | null = null;
  let serial = 0;

  const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
  const numberFrom = (template: string) => {
    serial += 1;
    let n = serial;
    return template.replace(/#+/, (hashes) => String(n++ % 10 ** hashes.length).padStart(hashes.length, "0"));
  };
  const priceOf = (service: string, country: FakeCountry) =>
    prices.get(`${service}:${country.id}`) ?? country.price;
  const stock = () => stockOverride ?? DEFAULT_STOCK;
  const iso = (ms: number) => new Date(ms).toISOString();

  const authorized = (request: Request) => request.headers.get("x-api-key") === apiKey;
  const guard =
    (resolver: Parameters<typeof http.get>[1]): Parameters<typeof http.get>[1] =>
    (info) =>
      authorized(info.request) ? resolver(info) : fail(401, "Missing or invalid API key");
  const route = (resolver: Parameters<typeof http.get>[1]) => faulty(faults, guard(resolver));

  async function jsonBody(request: Request): Promise<Record<string, unknown> | null> {
    try {
      const body = await request.json();
      return body && typeof body === "object" ? (body as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  }

  const wireOrder = (o: FakeOrder) => ({
    order_id: o.order_id,
    number: o.number,
    service: o.service,
    country: o.country,
    status: o.status,
    cost: dollars(o.cost),
    created_at: o.created_at,
  });

  const wireRental = (r: FakeRental) => ({
    rental_id: r.rental_id,
    number: r.number,
    service: r.service,
    duration: r.duration,
    days: r.days,
    cost: dollars(r.cost),
    status: r.status,
    created_at: r.created_at,
    ends_at: r.ends_at,
  });

  const handlers = [
    http.get(
      `${baseUrl}/balance`,
      route(() => HttpResponse.json({ balance: dollars(wallet.balance), currency: "USD" })),
    ),

    http.get(
      `${baseUrl}/services`,
      route(() =>
        HttpResponse.json(
          SERVICES.map(([code, name]) => ({
            id: code,
            name,
            domain: `${name.split(" ")[0]!.toLowerCase()}.com`,
          })),
        ),
      ),
    ),

    http.get(
      `${baseUrl}/countries`,
      route(({ request }) => {
        const service = new URL(request.url).searchParams.get("service");
        if (service === null) return HttpResponse.json(COUNTRIES.map((c) => ({ id: c.id, name: c.name })));
        if (!SERVICES.some(([code]) => code === service)) return fail(400, "Invalid service");
        return HttpResponse.json(
          COUNTRIES.map((c) => ({
            id: c.id,
            name: c.name,
            flag: c.flag,
            price: dollars(priceOf(service, c)),
            stock: stock(),
            currency: "USD",
          })),
        );
      }),
    ),

    http.post(
      `${baseUrl}/buy`,
      route(async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return fail(400, "Invalid JSON body");
        if (typeof body.service !== "string" || body.service === "") {
          return fail(400, "Missing required parameter: service");
        }
        if (!SERVICES.some(([code]) => code === body.service)) return fail(400, "Invalid service");
        if (body.country === undefined) return fail(400, "Missing required parameter: country");
        const country = COUNTRIES.find((c) => c.id === body.country);
        if (!country) return fail(400, "Invalid country");
        if (body.operator !== undefined && typeof body.operator !== "string")
          return fail(400, "Invalid operator");
        if (stock() <= 0) return fail(400, "No numbers available for this service and country");
        const order: FakeOrder = {
          order_id: id(""),
          number: numberFrom(country.template),
          service: body.service,
          country: country.id,
          operator: (body.operator as string | undefined) ?? null,
          cost: priceOf(body.service, country),
          status: "pending",
          code: null,
          full_sms: null,
          created_at: iso(Date.now()),
        };
        if (!wallet.charge(order.cost, order.order_id)) return fail(402, "Insufficient wallet balance");
        orders.set(order.order_id, order);
        return HttpResponse.json({
          order_id: order.order_id,
          number: order.number,
          cost: dollars(order.cost),
          status: "pending",
          poll_url: `${baseUrl}/sms/${order.order_id}`,
        });
      }),
    ),

    http.get(
      `${baseUrl}/sms/:id`,
      route(({ params }) => {
        const order = orders.get(String(params.id));
        if (!order) return fail(404, "Order not found");
        return HttpResponse.json({
          order_id: order.order_id,
          status: order.status === "pending" ? "waiting" : order.status,
          code: order.code,
          full_sms: order.full_sms,
          number: order.number,
        });
      }),
    ),

    http.post(
      `${baseUrl}/cancel/:id`,
      route(({ params }) => {
        const order = orders.get(String(params.id));
        if (!order) return fail(404, "Order not found");
        if (order.status !== "pending") return fail(400, "Order cannot be cancelled");
        order.status = "cancelled";
        wallet.refund(order.cost, order.order_id);
        return HttpResponse.json({ ok: true, order_id: order.order_id, refunded: dollars(order.cost) });
      }),
    ),

    http.get(
      `${baseUrl}/orders`,
      route(({ request }) => {
        const query = new URL(request.url).searchParams;
        const limit = Number(query.get("limit") ?? 20);
        const offset = Number(query.get("offset") ?? 0);
        if (!Number.isInteger(limit) || limit < 1 || limit > 100) return fail(400, "Invalid limit");
        if (!Number.isInteger(offset) || offset < 0) return fail(400, "Invalid offset");
        const all = [...orders.values()].reverse();
        return HttpResponse.json({
          orders: all.slice(offset, offset + limit).map(wireOrder),
          total: all.length,
          limit,
          offset,
        });
      }),
    ),

    http.get(
      `${baseUrl}/rentals/services`,
      route(() => HttpResponse.json(RENTAL_SERVICES.map(([service, name]) => ({ service, name })))),
    ),

    http.get(
      `${baseUrl}/rentals/prices`,
      route(({ request }) => {
        const service = new URL(request.url).searchParams.get("service");
        if (!service) return fail(400, "Missing required parameter: service");
        if (!RENTAL_SERVICES.some(([s]) => s === service)) return fail(400, "Invalid service");
        return HttpResponse.json({
          service,
          durations: DURATIONS.map(([duration, days, cents]) => ({ duration, days, price: dollars(cents) })),
        });
      }),
    ),

    http.post(
      `${baseUrl}/rentals`,
      route(async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return fail(400, "Invalid JSON body");
        if (typeof body.service !== "string" || body.service === "") {
          return fail(400, "Missing required parameter: service");
        }
        if (!RENTAL_SERVICES.some(([s]) => s === body.service)) return fail(400, "Invalid service");
        const duration = DURATIONS.find(([key]) => key === body.duration);
        if (!duration) return fail(400, "Invalid duration");
        if (stock() <= 0) return fail(400, "No numbers available for rent");
        const now = Date.now();
        const rental: FakeRental = {
          rental_id: id("r"),
          number: numberFrom("+1332555####"),
          service: body.service,
          duration: duration[0],
          days: duration[1],
          cost: duration[2],
          status: "active",
          created_at: iso(now),
          ends_at: iso(now + duration[1] * DAY_MS),
          messages: [],
        };
        if (!wallet.charge(rental.cost, rental.rental_id)) return fail(402, "Insufficient wallet balance");
        rentals.set(rental.rental_id, rental);
        return HttpResponse.json({
          rental_id: rental.rental_id,
          number: rental.number,
          days: rental.days,
          cost: dollars(rental.cost),
          ends_at: rental.ends_at,
          inbox_url: `${baseUrl}/rentals/${rental.rental_id}/sms`,
        });
      }),
    ),

    http.get(
      `${baseUrl}/rentals`,
      route(() => HttpResponse.json({ rentals: [...rentals.values()].reverse().map(wireRental) })),
    ),

    http.get(
      `${baseUrl}/rentals/:id/sms`,
      route(({ params }) => {
        const rental = rentals.get(String(params.id));
        if (!rental) return fail(404, "Rental not found");
        return HttpResponse.json({ rental_id: rental.rental_id, messages: rental.messages });
      }),
    ),
  ];

  const fake: NumpoolFake = {
    name: "numpool",
    baseUrl,
    apiKey,
    wallet,
    faults,
    handlers,
    orders,
    rentals,
    routes: {
      buy: { method: "POST", path: /\/buy$/ },
      poll: { method: "GET", path: /\/sms\/[^/?]+$/ },
      rent: { method: "POST", path: /\/rentals$/ },
    },
    unreadablePurchase: "settled",
    unreadableRental: "settled",
    buyInput: { service: "whatsapp", country: "US" },
    rentInput: { service: "discord", days: 7 },
    provider(overrides = {}) {
      return numpool({
        apiKey,
        baseUrl,
        ...FAKE_ADAPTER_OPTIONS,
        // Tests change stock and prices between calls; the adapter's list cache would hide that.
        catalogCacheMs: 0,
        ...overrides,
      });
    },
    setStock(n) {
      stockOverride = n;
    },
    setPrice(service, countryId, cents) {
      prices.set(`${service}:${countryId}`, cents);
    },
    deliver(target, text, from) {
      const order = orders.get(target);
      if (order) {
        if (order.status === "cancelled") throw new Error(`numpool fake: order ${target} is cancelled`);
        order.status = "received";
        order.full_sms = text;
        order.code = serverCode(text);
        return;
      }
      const rental = rentals.get(target);
      if (!rental) throw new Error(`numpool fake: no order or rental ${target}`);
      const name = RENTAL_SERVICES.find(([s]) => s === rental.service)?.[1] ?? "Unknown";
      rental.messages.push({ from: from ?? name, body: text, code: serverCode(text), at: iso(Date.now()) });
    },
    setStatus(orderId, status) {
      const order = orders.get(orderId);
      if (!order) throw new Error(`numpool fake: no order ${orderId}`);
      order.status = status;
    },
    expireRental(rentalId) {
      const rental = rentals.get(rentalId);
      if (!rental) throw new Error(`numpool fake: no rental ${rentalId}`);
      rental.status = "expired";
      rental.ends_at = iso(Date.now() - 1_000);
    },
  };
  return fake;
}
