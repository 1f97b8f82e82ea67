/**
 * A stateful fake of the Temp Number API (docs/providers/tempnumber.md), speaking its wire protocol: bearer
 * auth, `{ success, data, meta }` envelopes, `{ success: false, message }` errors with their statuses,
 * `X-RateLimit-*` headers, `Idempotency-Key` de-duplication of every POST for 24 hours (same key ->
 * the stored reply, no second charge), the 120-minute refund rule, and cursor-paged `/receive-sms`.
 *
 * Where Temp Number says nothing the fake answers as a Laravel API would (the `api:access` token
 * ability is Sanctum's): 401 "Unauthenticated.", 429 "Too Many Attempts.", 422 for invalid input, 409 for
 * a number in the wrong state or out of stock, 402 with Temp Number's "Insufficient funds" message.
 */
import { HttpResponse, http } from "msw";
import { type TempNumberProvider, tempnumber } from "unisms";
import { FAKE_ADAPTER_OPTIONS, FaultScript, faulty, type ProviderFake, Wallet } from "../fake-kit.js";

const DAY_MS = 86_400_000;
const REFUND_WINDOW_MS = 120 * 60_000;
const EXPIRING_SOON_MS = 10 * DAY_MS;
const MONTHS: Record<string, number> = { oneMonth: 1, threeMonths: 3, sixMonths: 6, oneYear: 12 };
const LABELS: Record<string, string> = {
  oneMonth: "1 Month",
  threeMonths: "3 Months",
  sixMonths: "6 Months",
  oneYear: "1 Year",
};

interface FakePackage {
  number_type: string;
  duration: string;
  /** Cents. */
  price: number;
  original: number | null;
}

interface FakeCountry {
  name: string;
  /** Phone numbers are this prefix plus a 4-digit counter. */
  prefix: string;
  packages: FakePackage[];
  stock: number;
}

interface FakeSms {
  id: number;
  from: string;
  body: string;
  at: number;
}

interface FakeNumber {
  id: number;
  phone: string;
  country: string;
  numberType: string;
  cancelled: boolean;
  purchasedAt: number;
  expiresAt: number;
  sms: FakeSms[];
}

interface Reply {
  status: number;
  body: unknown;
}

interface StoredReply extends Reply {
  fingerprint: string;
  at: number;
}

/** Options of `createTempNumberFake`. */
export interface TempNumberFakeOptions {
  /** The key it accepts (default a fixed test key). */
  apiKey?: string;
  /** Where it answers (default `https://tempnumber.test/v1`). */
  baseUrl?: string;
  /** Wallet start, cents (default 10 000 = $100.00). */
  balance?: number;
  /** Numbers in stock per country (default 47). */
  stock?: number;
  /**
   * Requests per minute before a 429 (the real API allows 60). Default 10 000 so long suites never
   * stall; set 60 to reproduce the real budget.
   */
  requestsPerMinute?: number;
}

/** What `createTempNumberFake` returns. */
export interface TempNumberFake extends ProviderFake {
  /** The adapter pointed at this fake, fast retries, no rate limit in the way; `overrides` go to the factory. */
  provider(overrides?: Record<string, unknown>): TempNumberProvider;
  /** No stock (and no active route: `/pricing/{cc}` 404) from now on, in one country or all. */
  setStock(n: number, country?: string): void;
  /** Sets a package price, cents. */
  setPrice(country: string, numberType: string, duration: string, cents: number): void;
  /** Moves the fake's clock forward (refund window, expiry, idempotency window). */
  advance(ms: number): void;
  /** The number's expiry passes now. */
  expire(id: string): void;
  /** How many POSTs were answered from the idempotency store instead of acting again. */
  readonly replays: number;
}

const fail = (message: string) => ({ success: false, message });

/**
 * A stateful Temp Number API for msw: wallet, numbers and their SMS, `X-RateLimit-*` headers, idempotent
 * POSTs, a clock to move, and scripted faults.
 */
export function createTempNumberFake(options: TempNumberFakeOptions = {}): TempNumberFake {
  const apiKey = options.apiKey ?? "tn_test_9f8e7d6c5b4a";
  const baseUrl = options.baseUrl ?? "https://tempnumber.test/v1";
  const perMinute = options.requestsPerMinute ?? 10_000;
  const wallet = new Wallet(options.balance ?? 10_000);
  const faults = new FaultScript();
  let offset = 0;
  const now = () => Date.now() + offset;
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

  const countries = new Map<string, FakeCountry>([
    [
      "US",
      {
        name: "United States",
        prefix: "+1403555",
        stock: options.stock ?? 47,
        packages: [
          { number_type: "voip", duration: "oneMonth", price: 499, original: 599 },
          { number_type: "voip", duration: "threeMonths", price: 1299, original: null },
          { number_type: "voip", duration: "sixMonths", price: 2299, original: null },
          { number_type: "voip", duration: "oneYear", price: 3999, original: null },
          { number_type: "non_voip", duration: "oneMonth", price: 999, original: null },
        ],
      },
    ],
    [
      "GB",
      {
        name: "United Kingdom",
        prefix: "+44770090",
        stock: options.stock ?? 47,
        packages: [{ number_type: "voip", duration: "oneMonth", price: 549, original: null }],
      },
    ],
  ]);
  const numbers = new Map<number, FakeNumber>();
  const idempotency = new Map<string, StoredReply>();
  let nextNumberId = 1482;
  let nextSmsId = 9912;
  let windowStart = 0;
  let windowCount = 0;
  let replays = 0;

  const dollars = (cents: number) => cents / 100;
  const addMonths = (ms: number, months: number) => {
    const d = new Date(ms);
    d.setUTCMonth(d.getUTCMonth() + months);
    return d.getTime();
  };
  const statusOf = (n: FakeNumber) =>
    n.cancelled ? "cancelled" : now() >= n.expiresAt ? "expired" : "active";
  const numberView = (n: FakeNumber) => ({
    id: n.id,
    phone_number: n.phone,
    country_code: n.country,
    country_name: countries.get(n.country)?.name ?? n.country,
    number_type: n.numberType,
    status: statusOf(n),
    purchase_date: iso(n.purchasedAt),
    expire_date: iso(n.expiresAt),
  });
  const newestFirst = (sms: FakeSms[]) => [...sms].sort((a, b) => b.at - a.at || b.id - a.id);
  const pricingView = (code: string, c: FakeCountry) => ({
    country_code: code,
    country_name: c.name,
    packages: c.packages.map((p) => ({
      number_type: p.number_type,
      duration: p.duration,
      duration_label: LABELS[p.duration] ?? p.duration,
      price: dollars(p.price),
      original_price: p.original === null ? null : dollars(p.original),
      updated_at: null,
    })),
  });
  const ok = (data: unknown, meta?: unknown): Reply => ({
    status: 200,
    body: meta === undefined ? { success: true, data } : { success: true, data, meta },
  });
  const err = (status: number, message: string): Reply => ({ status, body: fail(message) });
  const owned = (id: string | undefined) => numbers.get(Number(id)) ?? null;
  const notYours = () => err(404, "Number not found.");

  /** Rate budget, auth, JSON-or-HTML errors and the idempotency store, around every endpoint. */
  function endpoint(act: (request: Request, params: Record<string, string>) => Reply | Promise<Reply>) {
    return faulty(faults, async ({ request, params }) => {
      if (now() - windowStart >= 60_000) {
        windowStart = now();
        windowCount = 0;
      }
      windowCount += 1;
      const remaining = Math.max(0, perMinute - windowCount);
      const headers: Record<string, string> = {
        "X-RateLimit-Limit": String(perMinute),
        "X-RateLimit-Remaining": String(remaining),
      };
      const send = (reply: Reply) => {
        const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
        if (reply.status >= 400 && !wantsJson) {
          // Without `Accept: application/json` Temp Number promises no structured error body.
          return new HttpResponse(`<!DOCTYPE html><html><body>Error ${reply.status}</body></html>`, {
            status: reply.status,
            headers: { ...headers, "content-type": "text/html" },
          });
        }
        return HttpResponse.json(reply.body as never, { status: reply.status, headers });
      };
      if (windowCount > perMinute) {
        headers["Retry-After"] = String(Math.ceil((windowStart + 60_000 - now()) / 1000));
        return send(err(429, "Too Many Attempts."));
      }
      if (request.headers.get("authorization") !== `Bearer ${apiKey}`)
        return send(err(401, "Unauthenticated."));

      const key = request.method === "POST" ? request.headers.get("idempotency-key") : null;
      const fingerprint = `${request.method} ${new URL(request.url).pathname} ${await request.clone().text()}`;
      if (key) {
        const stored = idempotency.get(key);
        if (stored && now() - stored.at < DAY_MS) {
          if (stored.fingerprint !== fingerprint) {
            return send(err(422, "This Idempotency-Key was already used for a different request."));
          }
          replays += 1;
          return send(stored);
        }
      }
      const reply = await act(request, params as Record<string, string>);
      // Only completed actions are stored: a refused request may be sent again with its key.
      if (key && reply.status < 300) idempotency.set(key, { ...reply, fingerprint, at: now() });
      return send(reply);
    });
  }

  async function readJson(request: Request): Promise<Record<string, unknown>> {
    const text = await request.text();
    if (!text) return {};
    try {
      const body = JSON.parse(text) as unknown;
      return body && typeof body === "object" ? (body as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  function buy(body: Record<string, unknown>): Reply {
    const code = typeof body.country_code === "string" ? body.country_code.toUpperCase() : "";
    if (!code) return err(422, "The country code field is required.");
    if (typeof body.duration !== "string") return err(422, "The duration field is required.");
    const country = countries.get(code);
    if (!country) return err(422, "The selected country code is invalid.");
    const type = body.number_type ?? country.packages[0]!.number_type;
    if (type !== "voip" && type !== "non_voip") return err(422, "The selected number type is invalid.");
    const pkg = country.packages.find((p) => p.number_type === type && p.duration === body.duration);
    if (!pkg) return err(422, "The selected duration is invalid.");
    if (country.stock <= 0) return err(409, "No numbers available for this country and duration right now.");
    const id = nextNumberId++;
    if (!wallet.charge(pkg.price, `buy:${id}`)) {
      nextNumberId--;
      return err(402, "Insufficient funds to complete this purchase.");
    }
    country.stock -= 1;
    const at = now();
    const n: FakeNumber = {
      id,
      phone: `${country.prefix}${String(1234 + numbers.size).padStart(4, "0")}`,
      country: code,
      numberType: pkg.number_type,
      cancelled: false,
      purchasedAt: at,
      expiresAt: addMonths(at, MONTHS[pkg.duration] ?? 1),
      sms: [],
    };
    numbers.set(id, n);
    return ok(numberView(n), {
      charged: dollars(pkg.price),
      currency: "USD",
      wallet_balance_after: dollars(wallet.balance),
    });
  }

  function renew(n: FakeNumber, body: Record<string, unknown>): Reply {
    const duration = body.package ?? "oneMonth";
    if (typeof duration !== "string" || !(duration in MONTHS))
      return err(422, "The selected package is invalid.");
    if (n.cancelled) return err(409, "Cancelled numbers cannot be renewed.");
    if (statusOf(n) === "expired") return err(409, "Expired numbers cannot be renewed.");
    const pkg = countries
      .get(n.country)
      ?.packages.find((p) => p.number_type === n.numberType && p.duration === duration);
    if (!pkg) return err(422, "The selected package is not sold for this number.");
    if (!wallet.charge(pkg.price, `renew:${n.id}`))
      return err(402, "Insufficient funds to complete this purchase.");
    // "The new expiry is added to the current expiry, so you can renew early."
    n.expiresAt = addMonths(n.expiresAt, MONTHS[duration]!);
    return ok(
      { id: n.id, phone_number: n.phone, status: statusOf(n), expire_date: iso(n.expiresAt) },
      { charged: dollars(pkg.price), currency: "USD", wallet_balance_after: dollars(wallet.balance) },
    );
  }

  function cancel(n: FakeNumber): Reply {
    const status = statusOf(n);
    if (status === "cancelled") return err(409, "This number is already cancelled.");
    if (status === "expired") return err(409, "Only active numbers can be cancelled.");
    const charged = wallet.ledger.find((e) => e.kind === "charge" && e.ref === `buy:${n.id}`)?.amount ?? 0;
    const refundable = now() - n.purchasedAt <= REFUND_WINDOW_MS && n.sms.length === 0;
    n.cancelled = true;
    if (refundable && charged > 0) wallet.refund(charged, `cancel:${n.id}`);
    return ok(
      { id: n.id, phone_number: n.phone, status: statusOf(n) },
      {
        refunded: refundable ? dollars(charged) : 0,
        currency: "USD",
        wallet_balance_after: dollars(wallet.balance),
      },
    );
  }

  function matchesFilter(n: FakeNumber, filter: string): boolean {
    const status = statusOf(n);
    if (filter === "expiring_soon") return status === "active" && n.expiresAt - now() <= EXPIRING_SOON_MS;
    return filter === "all" || status === filter;
  }

  function receiveSms(url: URL): Reply {
    const raw = url.searchParams.get("phoneNumber") ?? "";
    if (!raw) return err(422, "The phone number field is required.");
    const digits = raw.replace(/\D/g, "");
    const n = [...numbers.values()].find((x) => x.phone.replace(/\D/g, "") === digits);
    if (!n) return err(404, "Phone number not found.");
    const limit = Number(url.searchParams.get("limit") ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      return err(422, "The limit must be between 1 and 100.");
    const cursor = url.searchParams.get("cursor");
    let start = 0;
    if (cursor) {
      const decoded = Number(Buffer.from(cursor, "base64url").toString("utf8").replace(/^o:/, ""));
      if (!Number.isInteger(decoded) || decoded < 0) return err(422, "The cursor is invalid.");
      start = decoded;
    }
    const all = newestFirst(n.sms);
    const page = all.slice(start, start + limit);
    const hasMore = start + limit < all.length;
    const encode = (o: number) => Buffer.from(`o:${o}`).toString("base64url");
    return ok(
      {
        phoneNumber: n.phone,
        purchaseStatus: statusOf(n),
        messages: page.map((m) => ({
          id: m.id,
          from: m.from,
          to: n.phone,
          message: m.body,
          receivedAt: iso(m.at),
        })),
      },
      {
        count: page.length,
        pageSize: limit,
        hasMore,
        nextCursor: hasMore ? encode(start + limit) : null,
        prevCursor: start > 0 ? encode(Math.max(0, start - limit)) : null,
        requestedAt: iso(now()),
      },
    );
  }

  const url = (path: string) => `${baseUrl}${path}`;
  const handlers = [
    http.get(
      url("/account"),
      endpoint(() => ({
        status: 200,
        body: { success: true, balance: dollars(wallet.balance), currency: "USD" },
      })),
    ),
    http.get(
      url("/pricing"),
      endpoint(() => {
        const live = [...countries].filter(([, c]) => c.stock > 0);
        return ok(
          live.map(([code, c]) => pricingView(code, c)),
          { count: live.length },
        );
      }),
    ),
    http.get(
      url("/pricing/:countryCode"),
      endpoint((_request, params) => {
        const code = String(params.countryCode).toUpperCase();
        const country = countries.get(code);
        if (!country || country.stock <= 0) return err(404, "No active route for this country right now.");
        return ok(pricingView(code, country));
      }),
    ),
    http.get(
      url("/inventory"),
      endpoint((request) => {
        const q = new URL(request.url).searchParams;
        const code = (q.get("country_code") ?? "").toUpperCase();
        if (!code) return err(422, "The country code field is required.");
        const country = countries.get(code);
        const duration = q.get("duration") ?? "oneMonth";
        const type = q.get("number_type") ?? country?.packages[0]?.number_type ?? "voip";
        const sold =
          country?.packages.some((p) => p.duration === duration && p.number_type === type) ?? false;
        const stock = sold ? (country?.stock ?? 0) : 0;
        return ok({
          country_code: code,
          duration,
          number_type: type,
          stock,
          available: stock > 0,
          status: stock > 0 ? "In Stock" : "Out of Stock",
        });
      }),
    ),
    http.post(
      url("/numbers/buy"),
      endpoint(async (request) => buy(await readJson(request))),
    ),
    http.post(
      url("/numbers/:id/renew"),
      endpoint(async (request, params) => {
        const n = owned(params.id);
        return n ? renew(n, await readJson(request)) : notYours();
      }),
    ),
    http.post(
      url("/numbers/:id/cancel"),
      endpoint((_request, params) => {
        const n = owned(params.id);
        return n ? cancel(n) : notYours();
      }),
    ),
    http.get(
      url("/numbers"),
      endpoint((request) => {
        const filter = new URL(request.url).searchParams.get("status") ?? "all";
        if (!["active", "expiring_soon", "expired", "cancelled", "all"].includes(filter)) {
          return err(422, "The selected status is invalid.");
        }
        const list = [...numbers.values()]
          .filter((n) => matchesFilter(n, filter))
          .sort((a, b) => b.purchasedAt - a.purchasedAt || b.id - a.id)
          .map(numberView);
        return ok(list, { count: list.length, status: filter });
      }),
    ),
    http.get(
      url("/numbers/:id/sms"),
      endpoint((_request, params) => {
        const n = owned(params.id);
        if (!n) return notYours();
        const messages = newestFirst(n.sms).map((m) => ({
          id: m.id,
          from: m.from,
          body: m.body,
          received_at: iso(m.at),
        }));
        return ok({ number: numberView(n), messages }, { count: messages.length });
      }),
    ),
    http.get(
      url("/receive-sms"),
      endpoint((request) => receiveSms(new URL(request.url))),
    ),
  ];

  const fake: TempNumberFake = {
    name: "tempnumber",
    baseUrl,
    apiKey,
    wallet,
    faults,
    handlers,
    routes: {
      rent: { method: "POST", path: /\/numbers\/buy$/ },
      poll: { method: "GET", path: /\/numbers\/\d+\/sms$/ },
    },
    unreadablePurchase: "settled" as const,
    unreadableRental: "settled" as const,
    rentInput: { country: "US", days: 30 },
    get replays() {
      return replays;
    },
    provider(overrides = {}) {
      return tempnumber({
        apiKey,
        baseUrl,
        ...FAKE_ADAPTER_OPTIONS,
        ...overrides,
      } as Parameters<typeof tempnumber>[0]);
    },
    setStock(n, country) {
      for (const [code, c] of countries) if (!country || code === country.toUpperCase()) c.stock = n;
    },
    setPrice(country, numberType, duration, cents) {
      const c = countries.get(country.toUpperCase());
      const pkg = c?.packages.find((p) => p.number_type === numberType && p.duration === duration);
      if (pkg) pkg.price = cents;
      else c?.packages.push({ number_type: numberType, duration, price: cents, original: null });
    },
    advance(ms) {
      offset += ms;
    },
    expire(id) {
      const n = owned(id);
      if (n) n.expiresAt = now() - 1;
    },
    deliver(id, text, from = "+18005550199") {
      const n = owned(id);
      // A cancelled or expired number receives nothing ("stops further SMS").
      if (!n || statusOf(n) !== "active") return;
      n.sms.push({ id: nextSmsId++, from, body: text, at: now() });
    },
  };
  return fake;
}
