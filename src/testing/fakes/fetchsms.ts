/**
 * A stateful msw fake of the FetchSMS REST API (https://api.fetchsms.com/v1), as docs/providers/fetchsms.md
 * describes it: bearer auth (public `/services*`), `{"detail": ...}` errors (422 as a validation array),
 * integer cents, offset-less timestamps with microseconds, formatted US numbers, verifications with a
 * fixed 15-minute window, rentals cancellable within 15 minutes and before any code.
 */
import { randomUUID } from "node:crypto";
import { HttpResponse, http } from "msw";
import { type FetchSmsProvider, fetchsms } from "unisms";
import { type BuyingRentingFake, FAKE_ADAPTER_OPTIONS, FaultScript, faulty, Wallet } from "../fake-kit.js";

/** Options of `createFetchSmsFake`. */
export interface FetchSmsFakeOptions {
  /** The key it accepts (default a fixed test key). */
  apiKey?: string;
  /** Where it answers (default `https://fetchsms.test/v1`). */
  baseUrl?: string;
  /** Starting wallet, cents (default 10 000). */
  balance?: number;
  /** How a successful verification cancel answers: 204 without a body (default) or 200 with the Verification. */
  cancelReply?: "204" | "body";
}

interface FakeService {
  id: number;
  slug: string;
  name: string;
  price_cents: number;
  long_prices: Record<string, number>;
  short_available: number;
  long_available: number;
}

interface VerificationMessage {
  id: string;
  code: string;
  at: number;
}

interface FakeVerification {
  id: string;
  ref: string;
  service: FakeService;
  number: string;
  status: string;
  messages: VerificationMessage[];
  cost: number;
  created: number;
  expires: number;
}

interface RentalMessage {
  id: string;
  sender: string;
  body: string;
  code: string | null;
  at: number;
}

interface FakeRental {
  id: string;
  ref: string;
  number: string;
  duration: number;
  extended: number;
  customAreaCode: boolean;
  status: string;
  messages: RentalMessage[];
  cost: number;
  refunded: boolean;
  created: number;
  expires: number;
  cancelDeadline: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RENTAL_DAYS = [1, 7, 30, 90, 365];
const AREA_CODES = ["212", "332", "415", "646", "929"];
const SHORT_AREA_SURCHARGE = 25;
const LONG_AREA_SURCHARGE = 50;

const SERVICES: FakeService[] = [
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
    id: 2,
    slug: "whatsapp",
    name: "WhatsApp",
    price_cents: 85,
    long_prices: {},
    short_available: 40,
    long_available: 0,
  },
  {
    id: 4,
    slug: "telegram",
    name: "Telegram",
    price_cents: 70,
    long_prices: {},
    short_available: 12,
    long_available: 0,
  },
  {
    id: 7,
    slug: "discord",
    name: "Discord",
    price_cents: 45,
    long_prices: {},
    short_available: 9,
    long_available: 0,
  },
  {
    id: 9,
    slug: "google",
    name: "Google / Gmail",
    price_cents: 60,
    long_prices: {},
    short_available: 31,
    long_available: 0,
  },
];

const detail = (status: number, text: string, headers?: Record<string, string>) =>
  HttpResponse.json({ detail: text }, { status, ...(headers ? { headers } : {}) });

const invalid = (loc: (string | number)[], msg: string, type = "value_error") =>
  HttpResponse.json({ detail: [{ type, loc, msg, input: null }] }, { status: 422 });

/** `2026-06-17T22:14:05.481203`: no offset, microseconds, as FetchSMS sends it. */
export const wireTime = (ms: number) => `${new Date(ms).toISOString().slice(0, -1)}203`;

/** Sender-side code detection, as the provider does it: keeps the separator it found. */
function detectCode(text: string): string | null {
  return /\b(\d{3}[- ]\d{3})\b/.exec(text)?.[1] ?? /\b(\d{4,8})\b/.exec(text)?.[1] ?? null;
}

/**
 * What `createFetchSmsFake` returns. An unreadable purchase or rental reply is settled through the active
 * list.
 */
export interface FetchSmsFake extends BuyingRentingFake {
  /** The adapter pointed at this fake, fast retries, no rate limit in the way; `overrides` go to the factory. */
  provider(overrides?: Record<string, unknown>): FetchSmsProvider;
  /** Numbers in stock from now on, for every verification service and for rentals (`0`: none). */
  setStock(n: number): void;
  /** An SMS reaches the verification or rental with this id; a verification only records a code. */
  deliver(id: string, text: string, from?: string): void;
  /** Moves the fake's clock (expiry, cancel deadlines). */
  advance(ms: number): void;
  /** A verification's price for this service slug, in cents. */
  setPrice(slug: string, cents: number): void;
  /** How many verifications may be active at once before a 429 active-number refusal. */
  setActiveLimit(n: number): void;
  /** How a successful verification cancel answers from now on (see `FetchSmsFakeOptions.cancelReply`). */
  setCancelReply(kind: "204" | "body"): void;
  /** The verification with this id, as the fake holds it. */
  verification(id: string): FakeVerification | undefined;
  /** The rental with this id, as the fake holds it. */
  rental(id: string): FakeRental | undefined;
}

/** A stateful FetchSMS API for msw: wallet, verifications, rentals, a clock to move, and scripted faults. */
export function createFetchSmsFake(opts: FetchSmsFakeOptions = {}): FetchSmsFake {
  const apiKey = opts.apiKey ?? "fs_live_test_key_5c1e9a";
  const baseUrl = opts.baseUrl ?? "https://fetchsms.test/v1";
  const wallet = new Wallet(opts.balance ?? 10_000);
  const faults = new FaultScript();
  const services = SERVICES.map((s) => ({ ...s, long_prices: { ...s.long_prices } }));
  const verifications = new Map<string, FakeVerification>();
  const rentals = new Map<string, FakeRental>();
  let cancelReply = opts.cancelReply ?? "204";
  let activeLimit = Number.POSITIVE_INFINITY;
  let offset = 0;
  let lastStamp = 0;
  let serial = 0;

  const now = () => Date.now() + offset;
  /** Strictly increasing message times, so "newest first" is never a tie. */
  const stamp = () => {
    lastStamp = Math.max(now(), lastStamp + 1);
    return lastStamp;
  };

  function newNumber(areaCode: string, style: "paren" | "spaced"): string {
    serial += 1;
    const line = String(100 + serial).padStart(4, "0");
    return style === "paren" ? `(${areaCode}) 555-${line}` : `+1 ${areaCode} 555 ${line}`;
  }

  function findService(ref: unknown): FakeService | undefined {
    if (typeof ref === "number") return services.find((s) => s.id === ref);
    if (typeof ref === "string") return services.find((s) => s.slug === ref || String(s.id) === ref);
    return undefined;
  }

  /** Time passes: open verifications without a code expire (refunded), rentals run out. */
  function tick(): void {
    const at = now();
    for (const v of verifications.values()) {
      if (v.status === "waiting" && at >= v.expires) {
        v.status = "expired";
        wallet.refund(v.cost, `expired ${v.id}`);
      }
    }
    for (const r of rentals.values()) {
      if ((r.status === "waiting" || r.status === "received") && at >= r.expires) r.status = "expired";
    }
  }

  const isActiveVerification = (v: FakeVerification) =>
    v.status === "waiting" || (v.status === "received" && now() < v.expires);
  const isActiveRental = (r: FakeRental) => r.status === "waiting" || r.status === "received";

  const verificationJson = (v: FakeVerification) => ({
    id: v.id,
    ref: v.ref,
    service: v.service.slug,
    service_name: v.service.name,
    number: v.number,
    code: v.messages[v.messages.length - 1]?.code ?? null,
    code_count: v.messages.length,
    status: v.status,
    cost_cents: v.cost,
    created_at: wireTime(v.created),
    expires_at: wireTime(v.expires),
    reusable: v.messages.length > 0,
    reuse_cost_cents: v.messages.length > 0 ? v.service.price_cents : null,
  });

  const rentalJson = (r: FakeRental) => ({
    id: r.id,
    ref: r.ref,
    service: "unlimited-services",
    service_name: "Unlimited Services",
    number: r.number,
    duration_days: r.duration,
    extended_days: r.extended,
    custom_area_code: r.customAreaCode,
    status: r.status,
    last_code: [...r.messages].reverse().find((m) => m.code)?.code ?? null,
    cost_cents: r.cost,
    refunded: r.refunded,
    created_at: wireTime(r.created),
    expires_at: wireTime(r.expires),
    cancel_deadline: wireTime(r.cancelDeadline),
  });

  /** null when the bearer key is right; the 401 reply otherwise. */
  function unauthorized(request: Request): Response | null {
    const header = request.headers.get("authorization");
    if (!header) return detail(401, "Not authenticated");
    if (header !== `Bearer ${apiKey}`) return detail(401, "Invalid API key");
    return null;
  }

  async function jsonBody(request: Request): Promise<Record<string, unknown> | null> {
    try {
      const body = await request.json();
      return body && typeof body === "object" && !Array.isArray(body)
        ? (body as Record<string, unknown>)
        : null;
    } catch {
      return null;
    }
  }

  const url = (path: string) => `${baseUrl}${path}`;
  type Resolver = Parameters<typeof faulty>[1];
  /** Every handler: scripted faults first, then the key (except public routes), then time passes. */
  const route = (isPublic: boolean, resolver: Resolver): Resolver =>
    faulty(faults, (info) => {
      if (!isPublic) {
        const denied = unauthorized(info.request);
        if (denied) return denied;
      }
      tick();
      return resolver(info);
    });

  const tabOf = (request: Request): string | Response => {
    const tab = new URL(request.url).searchParams.get("tab") ?? "active";
    return tab === "active" || tab === "history"
      ? tab
      : invalid(["query", "tab"], "Input should be 'active' or 'history'", "enum");
  };

  const handlers = [
    // ---- public catalog ----
    http.get(
      url("/services"),
      route(true, () => HttpResponse.json(services)),
    ),
    http.get(
      url("/services/quote"),
      route(true, ({ request }) => {
        const q = new URL(request.url).searchParams;
        const mode = q.get("mode");
        if (!q.get("service")) return invalid(["query", "service"], "Field required", "missing");
        if (mode !== "short" && mode !== "long")
          return invalid(["query", "mode"], "Input should be 'short' or 'long'", "enum");
        const service = findService(q.get("service"));
        if (!service) return detail(404, "Service not found");
        const custom = q.get("custom_area_code") === "true";
        if (mode === "short") {
          const surcharge = custom ? SHORT_AREA_SURCHARGE : 0;
          return HttpResponse.json({
            service: service.slug,
            mode,
            days: null,
            base_daily_cents: service.price_cents,
            discount_pct: 0,
            per_day_cents: null,
            surcharge_cents: surcharge,
            total_cents: service.price_cents + surcharge,
          });
        }
        const days = Number(q.get("days"));
        const price = service.long_prices[String(days)];
        if (!RENTAL_DAYS.includes(days) || price === undefined) {
          return invalid(["query", "days"], "Input should be 1, 7, 30, 90 or 365");
        }
        const daily = service.long_prices["1"] ?? price;
        const surcharge = custom ? LONG_AREA_SURCHARGE : 0;
        return HttpResponse.json({
          service: service.slug,
          mode,
          days,
          base_daily_cents: daily,
          discount_pct: Math.round((1 - price / (daily * days)) * 100),
          per_day_cents: Math.round(price / days),
          surcharge_cents: surcharge,
          total_cents: price + surcharge,
        });
      }),
    ),
    http.get(
      url("/services/area-codes"),
      route(true, ({ request }) => {
        const mode = new URL(request.url).searchParams.get("mode") ?? "short";
        if (mode !== "short" && mode !== "long")
          return invalid(["query", "mode"], "Input should be 'short' or 'long'", "enum");
        return HttpResponse.json(AREA_CODES);
      }),
    ),

    // ---- wallet ----
    http.get(
      url("/wallet/balance"),
      route(false, () => HttpResponse.json({ balance_cents: wallet.balance })),
    ),

    // ---- verifications ----
    http.post(
      url("/verifications"),
      route(false, async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return invalid(["body"], "JSON decode error", "json_invalid");
        if (body.service === undefined || body.service === null)
          return invalid(["body", "service"], "Field required", "missing");
        const areaCode = body.area_code;
        if (areaCode !== undefined && (typeof areaCode !== "string" || !/^\d{3}$/.test(areaCode))) {
          return invalid(
            ["body", "area_code"],
            "String should match pattern '^\\d{3}$'",
            "string_pattern_mismatch",
          );
        }
        const service = findService(body.service);
        if (!service) return detail(404, "Service not found");
        if (service.id === 1) return detail(400, "This service is only sold as a rental");
        const open = [...verifications.values()].filter((v) => v.status === "waiting").length;
        if (open >= activeLimit)
          return detail(429, "Active-number limit reached: finish or cancel a verification first");
        if (service.short_available <= 0) return detail(409, `${service.name} is out of stock`);
        if (areaCode !== undefined && !AREA_CODES.includes(areaCode)) {
          return detail(409, `No numbers available in area code ${areaCode}`);
        }
        const cost = service.price_cents + (areaCode ? SHORT_AREA_SURCHARGE : 0);
        const id = randomUUID();
        if (!wallet.charge(cost, id)) return detail(402, "Insufficient wallet balance");
        service.short_available -= 1;
        const created = now();
        const v: FakeVerification = {
          id,
          ref: `V-${1000 + verifications.size}`,
          service,
          number: newNumber(areaCode ?? "332", "paren"),
          status: "waiting",
          messages: [],
          cost,
          created,
          expires: created + 15 * MINUTE,
        };
        verifications.set(id, v);
        return HttpResponse.json(verificationJson(v), { status: 201 });
      }),
    ),
    http.get(
      url("/verifications"),
      route(false, ({ request }) => {
        const tab = tabOf(request);
        if (tab instanceof Response) return tab;
        const items = [...verifications.values()].filter(
          (v) => isActiveVerification(v) === (tab === "active"),
        );
        return HttpResponse.json(items.reverse().map(verificationJson));
      }),
    ),
    http.get(
      url("/verifications/:id"),
      route(false, ({ params }) => {
        const v = verifications.get(String(params.id));
        return v ? HttpResponse.json(verificationJson(v)) : detail(404, "Verification not found");
      }),
    ),
    http.get(
      url("/verifications/:id/messages"),
      route(false, ({ params }) => {
        const v = verifications.get(String(params.id));
        if (!v) return detail(404, "Verification not found");
        const newestFirst = [...v.messages].reverse();
        return HttpResponse.json(
          newestFirst.map((m) => ({ id: m.id, code: m.code, received_at: wireTime(m.at) })),
        );
      }),
    ),
    http.post(
      url("/verifications/:id/cancel"),
      route(false, ({ params }) => {
        const v = verifications.get(String(params.id));
        if (!v) return detail(404, "Verification not found");
        if (v.messages.length > 0)
          return detail(409, "A code has already been received; this verification cannot be cancelled");
        if (v.status !== "waiting") return detail(409, `Verification is already ${v.status}`);
        v.status = "cancelled";
        v.service.short_available += 1;
        wallet.refund(v.cost, v.id);
        return cancelReply === "204"
          ? new HttpResponse(null, { status: 204 })
          : HttpResponse.json(verificationJson(v));
      }),
    ),
    http.post(
      url("/verifications/:id/reuse"),
      route(false, ({ params }) => {
        const old = verifications.get(String(params.id));
        if (!old) return detail(404, "Verification not found");
        if (old.messages.length === 0)
          return detail(409, "Only a verification that received a code can be reused");
        const id = randomUUID();
        const cost = old.service.price_cents;
        if (!wallet.charge(cost, id)) return detail(402, "Insufficient wallet balance");
        const created = now();
        const v: FakeVerification = {
          ...old,
          id,
          ref: `V-${1000 + verifications.size}`,
          status: "waiting",
          messages: [],
          cost,
          created,
          expires: created + 15 * MINUTE,
        };
        verifications.set(id, v);
        return HttpResponse.json(verificationJson(v), { status: 201 });
      }),
    ),

    // ---- rentals ----
    http.post(
      url("/rentals"),
      route(false, async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return invalid(["body"], "JSON decode error", "json_invalid");
        if (body.service === undefined) return invalid(["body", "service"], "Field required", "missing");
        if (body.days === undefined) return invalid(["body", "days"], "Field required", "missing");
        const areaCode = body.area_code;
        if (areaCode !== undefined && (typeof areaCode !== "string" || !/^\d{3}$/.test(areaCode))) {
          return invalid(
            ["body", "area_code"],
            "String should match pattern '^\\d{3}$'",
            "string_pattern_mismatch",
          );
        }
        if (body.service !== 1 && body.service !== "unlimited-services") {
          return detail(400, "Rentals are only sold as unlimited-services (id 1)");
        }
        const days = body.days;
        if (typeof days !== "number" || !RENTAL_DAYS.includes(days)) {
          return invalid(["body", "days"], "Input should be 1, 7, 30, 90 or 365", "literal_error");
        }
        const plan = services[0]!;
        if (plan.long_available <= 0) return detail(409, "No numbers available for rental right now");
        if (areaCode !== undefined && !AREA_CODES.includes(areaCode)) {
          return detail(409, `No numbers available in area code ${areaCode}`);
        }
        const cost = plan.long_prices[String(days)]! + (areaCode ? LONG_AREA_SURCHARGE : 0);
        const id = randomUUID();
        if (!wallet.charge(cost, id)) return detail(402, "Insufficient wallet balance");
        plan.long_available -= 1;
        const created = now();
        const r: FakeRental = {
          id,
          ref: `R-${2000 + rentals.size}`,
          number: newNumber(areaCode ?? "415", "spaced"),
          duration: days,
          extended: 0,
          customAreaCode: areaCode !== undefined,
          status: "waiting",
          messages: [],
          cost,
          refunded: false,
          created,
          expires: created + days * DAY,
          cancelDeadline: created + 15 * MINUTE,
        };
        rentals.set(id, r);
        return HttpResponse.json(rentalJson(r), { status: 201 });
      }),
    ),
    http.get(
      url("/rentals"),
      route(false, ({ request }) => {
        const tab = tabOf(request);
        if (tab instanceof Response) return tab;
        const limitText = new URL(request.url).searchParams.get("limit");
        const limit = limitText === null ? 100 : Number(limitText);
        if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
          return invalid(["query", "limit"], "Input should be between 1 and 200");
        }
        const items = [...rentals.values()].filter((r) => isActiveRental(r) === (tab === "active"));
        return HttpResponse.json(items.reverse().slice(0, limit).map(rentalJson));
      }),
    ),
    http.get(
      url("/rentals/:id"),
      route(false, ({ params }) => {
        const r = rentals.get(String(params.id));
        return r ? HttpResponse.json(rentalJson(r)) : detail(404, "Rental not found");
      }),
    ),
    http.get(
      url("/rentals/:id/messages"),
      route(false, ({ params }) => {
        const r = rentals.get(String(params.id));
        if (!r) return detail(404, "Rental not found");
        const newestFirst = [...r.messages].reverse();
        const wire = newestFirst.map((m) => ({ ...m, at: undefined, received_at: wireTime(m.at) }));
        return HttpResponse.json(wire);
      }),
    ),
    http.post(
      url("/rentals/:id/extend"),
      route(false, async ({ params, request }) => {
        const r = rentals.get(String(params.id));
        if (!r) return detail(404, "Rental not found");
        const body = await jsonBody(request);
        const days = body?.days;
        if (typeof days !== "number" || !RENTAL_DAYS.includes(days)) {
          return invalid(["body", "days"], "Input should be 1, 7, 30, 90 or 365", "literal_error");
        }
        if (!isActiveRental(r)) return detail(409, `Rental is ${r.status} and cannot be extended`);
        const cost = services[0]!.long_prices[String(days)]! + (r.customAreaCode ? LONG_AREA_SURCHARGE : 0);
        if (!wallet.charge(cost, `${r.id}:extend`)) return detail(402, "Insufficient wallet balance");
        r.extended += days;
        r.expires += days * DAY;
        r.cost += cost;
        return HttpResponse.json(rentalJson(r));
      }),
    ),
    http.post(
      url("/rentals/:id/cancel"),
      route(false, ({ params }) => {
        const r = rentals.get(String(params.id));
        if (!r) return detail(404, "Rental not found");
        if (!isActiveRental(r)) return detail(409, `Rental is already ${r.status}`);
        if (r.messages.some((m) => m.code) || now() > r.cancelDeadline) {
          return detail(
            409,
            "Rentals can only be cancelled within 15 minutes of purchase and before any code arrives",
          );
        }
        r.status = "cancelled";
        r.refunded = true;
        services[0]!.long_available += 1;
        wallet.refund(r.cost, r.id);
        return HttpResponse.json(rentalJson(r));
      }),
    ),
  ];

  const fake: FetchSmsFake = {
    name: "fetchsms",
    baseUrl,
    apiKey,
    wallet,
    faults,
    handlers,
    routes: {
      buy: { method: "POST", path: /\/verifications$/ },
      poll: { method: "GET", path: /\/verifications\/[^/?]+$/ },
      rent: { method: "POST", path: /\/rentals$/ },
    },
    unreadablePurchase: "settled",
    unreadableRental: "settled",
    buyInput: { service: "whatsapp" },
    rentInput: { days: 30 },
    provider(overrides = {}) {
      return fetchsms({
        apiKey,
        baseUrl,
        ...FAKE_ADAPTER_OPTIONS,
        ...overrides,
      } as Parameters<typeof fetchsms>[0]);
    },
    setStock(n) {
      for (const s of services) {
        s.short_available = s.id === 1 ? 0 : n;
        s.long_available = s.id === 1 ? n : 0;
      }
    },
    deliver(id, text, from) {
      tick();
      const v = verifications.get(id);
      if (v) {
        const code = detectCode(text);
        if (!code || !isActiveVerification(v)) return;
        v.messages.push({ id: randomUUID(), code, at: stamp() });
        v.status = "received";
        return;
      }
      const r = rentals.get(id);
      if (!r) throw new Error(`fetchsms fake: no verification or rental ${id}`);
      if (!isActiveRental(r)) return;
      r.messages.push({
        id: randomUUID(),
        sender: from ?? "Unknown",
        body: text,
        code: detectCode(text),
        at: stamp(),
      });
      r.status = "received";
    },
    advance(ms) {
      offset += ms;
      tick();
    },
    setPrice(slug, cents) {
      const s = services.find((x) => x.slug === slug);
      if (!s) throw new Error(`fetchsms fake: no service ${slug}`);
      s.price_cents = cents;
    },
    setActiveLimit(n) {
      activeLimit = n;
    },
    setCancelReply(kind) {
      cancelReply = kind;
    },
    verification: (id) => verifications.get(id),
    rental: (id) => rentals.get(id),
  };
  return fake;
}
