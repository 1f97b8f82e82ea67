/**
 * A stateful fake of the Numariq API (docs/providers/numariq.md), spoken over msw at a fake host. Paths,
 * fields, statuses and error strings are Numariq's; where Numariq says nothing (the wording of some 400s,
 * done or cancel on a finished order, renew on a lapsed rental) the choices are marked "undocumented".
 */
import { HttpResponse, http } from "msw";
import { type NumariqProvider, numariq } from "unisms";
import { type BuyingRentingFake, FAKE_ADAPTER_OPTIONS, FaultScript, faulty, Wallet } from "../fake-kit.js";

type Channel = "sms" | "voice";
type OrderType = "activation" | "rental";

interface FakeMessage {
  id: string;
  sender: string;
  body: string;
  code: string | null;
  received_at: string;
}

export interface FakeOrder {
  id: string;
  type: OrderType;
  status: string;
  channel: Channel;
  service: string | null;
  number: string;
  price_cents: number;
  expires_at: string;
  renews_at: string | null;
  renewable: boolean;
  period_days: number | null;
  messages: FakeMessage[];
}

/** Options of `createNumariqFake`. */
export interface NumariqFakeOptions {
  /** The key it accepts (default a fixed `nmq_` test key). */
  apiKey?: string;
  /** Where it answers (default `https://numariq.test/api/v1`). */
  baseUrl?: string;
  /** Wallet in cents (default 10 000). */
  balance?: number;
  /** Numbers in stock per service and for rentals (default 100). */
  stock?: number;
}

/** Numariq's example prices for sms (Google 10, WhatsApp 20); the rest are ours. */
const PRICES: Record<Channel, Record<string, number>> = {
  sms: { google: 10, whatsapp: 20, telegram: 25 },
  voice: { google: 15, whatsapp: 30 },
};
const NAMES: Record<string, string> = { google: "Google", whatsapp: "WhatsApp", telegram: "Telegram" };
/** "Rental tier: 7 ($29), 30 ($49), or 90 ($129)". */
const RENTAL_PRICES: Record<number, number> = { 7: 2900, 30: 4900, 90: 12900 };
const ACTIVATION_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
const RENTAL_STOCK = "rental";

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const error = (status: number, message: string) => HttpResponse.json({ error: message }, { status });

/** The provider recognises a code in the text: `558-213` -> `558213`, or a run of 4-8 digits. */
function recogniseCode(text: string): string | null {
  const split = /\b(\d{3})[-\s](\d{3})\b/.exec(text);
  if (split) return `${split[1]}${split[2]}`;
  return /\b\d{4,8}\b/.exec(text)?.[0] ?? null;
}

/**
 * What `createNumariqFake` returns. Numariq cannot list orders: an unreadable purchase or rental reply
 * stays unknown. `buyInput` and `rentInput` (the default 30-day tier) are in the US, the one country.
 */
export interface NumariqFake extends BuyingRentingFake {
  /** The adapter pointed at this fake, fast retries, no rate limit in the way; `overrides` go to the factory. */
  provider(overrides?: Record<string, unknown>): NumariqProvider;
  /** Stock of every service (or of one: a slug, or "rental"). */
  setStock(n: number, key?: string): void;
  /** An SMS reaches the open order or rental with this id (the sender defaults to WhatsApp). */
  deliver(id: string, text: string, from?: string): void;
  /** Time runs out: a waiting activation expires (refunded), a rental period finishes. */
  expire(id: string): void;
  /** Forces a status string, e.g. one Numariq does not document. */
  setStatus(id: string, status: string): void;
  /** The order or rental with this id, in Numariq's wire form. */
  order(id: string): FakeOrder | undefined;
}

/** A stateful Numariq API for msw: wallet, orders (activations and rentals), stock and scripted faults. */
export function createNumariqFake(options: NumariqFakeOptions = {}): NumariqFake {
  const apiKey = options.apiKey ?? "nmq_test_4f9a2c7e1b83";
  const baseUrl = options.baseUrl ?? "https://numariq.test/api/v1";
  const wallet = new Wallet(options.balance ?? 10_000);
  const faults = new FaultScript();
  const orders = new Map<string, FakeOrder>();
  const stock = new Map<string, number>();
  const initialStock = options.stock ?? 100;
  for (const slug of [...Object.keys(NAMES), RENTAL_STOCK]) stock.set(slug, initialStock);
  let nextLine = 100;

  /** Undocumented: Numariq gives no body for a missing key; a wrong one is `Invalid API key.`. */
  function authError(request: Request): Response | null {
    const header =
      request.headers.get("x-api-key") ??
      /^Bearer\s+(.+)$/i.exec(request.headers.get("authorization") ?? "")?.[1];
    if (!header) return error(401, "Missing API key.");
    if (header !== apiKey) return error(401, "Invalid API key.");
    return null;
  }

  /** Lapses what time has run out on: activations expire (refunded), rental periods finish. */
  function settle(order: FakeOrder): void {
    if (Date.parse(order.expires_at) > Date.now()) return;
    if (order.type === "activation" && order.status === "waiting") {
      order.status = "expired";
      wallet.refund(order.price_cents, order.id);
    } else if (order.type === "rental" && (order.status === "waiting" || order.status === "received")) {
      order.status = "done";
    }
  }

  function find(params: Record<string, unknown>): FakeOrder | undefined {
    const order = orders.get(decodeURIComponent(String(params.id)));
    if (order) settle(order);
    return order;
  }

  const isOpen = (order: FakeOrder) => order.status === "waiting" || order.status === "received";

  function createOrder(body: Record<string, unknown>): Response {
    if (body.country === undefined) return error(400, "country is required.");
    if (body.country !== "US") return error(400, "Only US numbers are available.");
    const type = body.type ?? "activation";
    if (type !== "activation" && type !== "rental") return error(400, "type must be activation or rental.");
    const channel = body.channel ?? "sms";
    if (channel !== "sms" && channel !== "voice") return error(400, "channel must be sms or voice.");
    const areaCode = body.area_code;
    if (areaCode !== undefined && !/^\d{3}$/.test(String(areaCode)))
      return error(400, "area_code must be 3 digits.");

    let price: number;
    let stockKey: string;
    let service: string | null = null;
    let periodDays: number | null = null;
    let renewable = false;
    if (type === "activation") {
      if (typeof body.service !== "string" || body.service === "") {
        return error(400, "service is required for activations.");
      }
      const listed = PRICES[channel][body.service];
      if (listed === undefined) return error(400, "Unknown or disabled service.");
      price = listed;
      stockKey = body.service;
      service = body.service;
    } else {
      periodDays = body.period_days === undefined ? 30 : Number(body.period_days);
      // Numariq lists this very message, though the tiers are 7 / 30 / 90.
      if (RENTAL_PRICES[periodDays] === undefined) return error(400, "Rental days must be 1-14.");
      if (body.renewable !== undefined && typeof body.renewable !== "boolean") {
        return error(400, "renewable must be a boolean.");
      }
      renewable = body.renewable ?? true;
      price = RENTAL_PRICES[periodDays]!;
      stockKey = RENTAL_STOCK;
    }
    if ((stock.get(stockKey) ?? 0) <= 0) return error(400, "No numbers available for this selection.");

    const id = crypto.randomUUID();
    if (!wallet.charge(price, id)) return error(400, "Insufficient balance.");
    stock.set(stockKey, (stock.get(stockKey) ?? 0) - 1);
    const expires = Date.now() + (periodDays === null ? ACTIVATION_MS : periodDays * DAY_MS);
    const order: FakeOrder = {
      id,
      type,
      status: "waiting",
      channel,
      service,
      number: `+1${areaCode ?? "212"}555${String(nextLine++).padStart(4, "0")}`,
      price_cents: price,
      expires_at: iso(expires),
      renews_at: type === "rental" && renewable ? iso(expires) : null,
      renewable,
      period_days: periodDays,
      messages: [],
    };
    orders.set(id, order);
    const { id: _, status, channel: ch, price_cents, number, expires_at, renews_at } = order;
    return HttpResponse.json(
      { order: { id, status, type, channel: ch, price_cents, number, expires_at, renews_at } },
      { status: 201 },
    );
  }

  const view = (order: FakeOrder) => ({
    order: {
      id: order.id,
      status: order.status,
      type: order.type,
      channel: order.channel,
      service: order.service,
      number: order.number,
      price_cents: order.price_cents,
      expires_at: order.expires_at,
      renews_at: order.renews_at,
    },
    code: order.messages.findLast((m) => m.code)?.code ?? null,
    // Newest first, as an inbox shows them (clients must not rely on it: Numariq says nothing).
    messages: [...order.messages].reverse(),
  });

  const url = (path: string) => `${baseUrl}${path}`;
  const handlers = [
    http.get(
      url("/services"),
      faulty(faults, ({ request }) => {
        const denied = authError(request);
        if (denied) return denied;
        const query = new URL(request.url).searchParams;
        const country = query.get("country") ?? "US";
        const channel = query.get("channel") ?? "sms";
        if (channel !== "sms" && channel !== "voice") return error(400, "channel must be sms or voice.");
        // Undocumented: another country lists nothing (the shop is "currently US only").
        const services =
          country === "US"
            ? Object.entries(PRICES[channel]).map(([slug, price_cents]) => ({
                slug,
                name: NAMES[slug],
                channel,
                price_cents,
              }))
            : [];
        return HttpResponse.json({ country, channel, services });
      }),
    ),
    http.post(
      url("/numbers"),
      faulty(faults, async ({ request }) => {
        const denied = authError(request);
        if (denied) return denied;
        let body: unknown;
        try {
          body = await request.json();
        } catch {
          return error(400, "Invalid JSON body.");
        }
        if (!body || typeof body !== "object") return error(400, "Invalid JSON body.");
        return createOrder(body as Record<string, unknown>);
      }),
    ),
    http.get(
      url("/orders/:id"),
      faulty(faults, ({ request, params }) => {
        const denied = authError(request);
        if (denied) return denied;
        const order = find(params);
        return order ? HttpResponse.json(view(order)) : error(404, "Order not found.");
      }),
    ),
    http.post(
      url("/orders/:id/done"),
      faulty(faults, ({ request, params }) => {
        const denied = authError(request);
        if (denied) return denied;
        const order = find(params);
        if (!order) return error(404, "Order not found.");
        if (order.type !== "activation") return error(400, "Only activations can be marked done.");
        if (!isOpen(order)) return error(400, "Order is not active.");
        order.status = "done";
        return HttpResponse.json({ ok: true, status: "done" });
      }),
    ),
    http.post(
      url("/orders/:id/cancel"),
      faulty(faults, ({ request, params }) => {
        const denied = authError(request);
        if (denied) return denied;
        const order = find(params);
        if (!order) return error(404, "Order not found.");
        if (order.type !== "activation") return error(400, "Only activations can be cancelled.");
        if (!isOpen(order)) return error(400, "Order is not active.");
        const hadCode = order.status === "received";
        order.status = "cancelled";
        if (!hadCode) wallet.refund(order.price_cents, order.id);
        return HttpResponse.json({ ok: true, result: hadCode ? "closed" : "refunded" });
      }),
    ),
    http.post(
      url("/rentals/:id/renew"),
      faulty(faults, ({ request, params }) => {
        const denied = authError(request);
        if (denied) return denied;
        const order = find(params);
        if (!order) return error(404, "Order not found.");
        if (order.type !== "rental" || !order.renewable || !isOpen(order)) {
          return error(400, "Rental is not renewable.");
        }
        if (!wallet.charge(order.price_cents, order.id)) return error(400, "Insufficient balance.");
        const from = Math.max(Date.now(), Date.parse(order.expires_at));
        order.expires_at = iso(from + order.period_days! * DAY_MS);
        order.renews_at = order.expires_at;
        return HttpResponse.json({ ok: true, status: "renewed" });
      }),
    ),
  ];

  function mustFind(id: string): FakeOrder {
    const order = orders.get(id);
    if (!order) throw new Error(`numariq fake: no order ${id}`);
    return order;
  }

  return {
    name: "numariq",
    baseUrl,
    apiKey,
    wallet,
    faults,
    handlers,
    routes: {
      buy: { method: "POST", path: /\/numbers$/ },
      poll: { method: "GET", path: /\/orders\/[^/?]+$/ },
      rent: { method: "POST", path: /\/numbers$/ },
    },
    unreadablePurchase: "unknown",
    unreadableRental: "unknown",
    buyInput: { service: "whatsapp", country: "US" },
    rentInput: { country: "US", days: 30 },
    provider(overrides = {}) {
      return numariq({
        apiKey,
        baseUrl,
        ...FAKE_ADAPTER_OPTIONS,
        ...overrides,
      });
    },
    setStock(n, key) {
      for (const slug of key ? [key] : [...stock.keys()]) stock.set(slug, n);
    },
    deliver(id, text, from = "WhatsApp") {
      const order = mustFind(id);
      settle(order);
      if (!isOpen(order)) throw new Error(`numariq fake: order ${id} is ${order.status}`);
      order.messages.push({
        id: crypto.randomUUID(),
        sender: from,
        body: text,
        code: recogniseCode(text),
        received_at: iso(Date.now()),
      });
      order.status = "received";
    },
    expire(id) {
      const order = mustFind(id);
      order.expires_at = iso(Date.now() - 1_000);
      settle(order);
    },
    setStatus(id, status) {
      mustFind(id).status = status;
    },
    order(id) {
      return orders.get(id);
    },
  };
}
