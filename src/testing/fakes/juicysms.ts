/**
 * A stateful fake of the JuicySMS v1 string API (docs/providers/juicysms.md), spoken over msw at a fake
 * host. Every reply is HTTP 200; verification calls answer the documented words, rental calls JSON
 * shaped like JuicySMS's. Where JuicySMS says nothing the choice is marked "undocumented":
 * an unknown or foreign id (and a missing parameter) gets the `ERROR` seen in the wild; an order
 * completes when its SMS arrives; an order left waiting expires after 20 minutes, refunded; rentals
 * are debited in EUR cents from the same wallet, one to one.
 */
import { HttpResponse, http } from "msw";
import { type JuicySmsProvider, juicysms } from "unisms";
import { type BuyingRentingFake, FAKE_ADAPTER_OPTIONS, FaultScript, faulty, Wallet } from "../fake-kit.js";

type OrderState = "open" | "completed" | "canceled" | "expired";
type WireCountry = "USA" | "NL" | "UK";

export interface FakeOrder {
  id: string;
  serviceId: string;
  country: WireCountry;
  /** National form, as the API sends it. */
  number: string;
  price: number;
  state: OrderState;
  sms: string[];
  createdAt: number;
  completedAt: number | null;
  skipped: boolean;
}

export interface FakeSms {
  id: number;
  sender: string;
  body: string;
  receive_date: string;
}

export interface FakeRental {
  contractId: string;
  country: "NL" | "UK";
  number: string;
  package: string;
  renewalPackage: string;
  autoRenew: boolean;
  expireOn: number;
  sms: FakeSms[];
}

/** Options of `createJuicySmsFake`. */
export interface JuicySmsFakeOptions {
  /** The key it accepts (default a fixed test key). */
  apiKey?: string;
  /** Where it answers (default `https://juicysms.test/api`). */
  baseUrl?: string;
  /** Wallet in cents (default 10 000). */
  balance?: number;
  /** Numbers in stock, per service and for rentals (default 100). */
  stock?: number;
}

/** Undocumented prices (cents) by service id; the API shows none. */
const PRICES: Record<string, number> = { "1": 50, "4": 40, "5": 60, "12": 45 };
const DEFAULT_PRICE = 50;
/** "1m (1 Month, €15), 3m (3 Months, €30), 6m (6 Months, €50), 1y (1 Year, €70)". */
const PACKAGES: Record<string, { months: number; cents: number }> = {
  "1m": { months: 1, cents: 1500 },
  "3m": { months: 3, cents: 3000 },
  "6m": { months: 6, cents: 5000 },
  "1y": { months: 12, cents: 7000 },
};
const ORDER_WINDOW_MS = 20 * 60_000;
/** "Re-using is only available for a very short time after the initial order. (A few hours usually)". */
const REUSE_WINDOW_MS = 3 * 3_600_000;
const RENTAL_STOCK = "rental";
const ANY_SERVICE = "*";

/** Laravel's timestamp form, as JuicySMS sends it: `2026-06-22T12:57:03.000000Z`. */
const laravelTime = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
const text = (body: string) =>
  new HttpResponse(body, { status: 200, headers: { "content-type": "text/html; charset=UTF-8" } });

function addMonths(ms: number, months: number): number {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
}

function parseFlag(value: string | undefined, fallback: boolean): boolean | null {
  if (value === undefined || value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  return null;
}

/** Parameters from the query string, and for POSTs from a form or JSON body too (body wins, as in Laravel). */
async function paramsOf(request: Request): Promise<Record<string, string>> {
  const params: Record<string, string> = Object.fromEntries(new URL(request.url).searchParams);
  if (request.method !== "POST") return params;
  const type = request.headers.get("content-type") ?? "";
  if (type.includes("application/json")) {
    const body = (await request.json().catch(() => null)) as Record<string, unknown> | null;
    for (const [key, value] of Object.entries(body ?? {})) {
      if (value !== null && value !== undefined) params[key] = String(value);
    }
  } else if (type.includes("form")) {
    const form = await request.formData();
    form.forEach((value, key) => {
      if (typeof value === "string") params[key] = value;
    });
  }
  return params;
}

/**
 * What `createJuicySmsFake` returns. An unreadable purchase reply ends unknown (asking again can only name
 * the open order), and so does an unreadable rental reply (no call lists rentals). `buyInput` (a mapped
 * service id) and `rentInput` (the `1m` package) name `GB`, which goes over the wire as `UK`.
 */
export interface JuicySmsFake extends BuyingRentingFake {
  /** The adapter pointed at this fake, fast retries, no rate limit in the way; `overrides` go to the factory. */
  provider(overrides?: Record<string, unknown>): JuicySmsProvider;
  /** Numbers in stock for every service and rentals, or for one service id (or "rental"). */
  setStock(n: number, key?: string): void;
  /** What an order for this service id costs, in cents (JuicySMS shows no prices). */
  setPrice(serviceId: string, cents: number): void;
  /** An SMS arrives for an order (which completes) or a rental. */
  deliver(id: string, body: string, from?: string): void;
  /** The order's time runs out (refunded). */
  expire(id: string): void;
  /** The number of this order was replaced: reuse answers NUMBER_OFFLINE. */
  takeOffline(id: string): void;
  /** The rental's period ran out. */
  expireRental(id: string): void;
  /** The order with this id, as the fake holds it. */
  order(id: string): FakeOrder | undefined;
  /** The rental with this contract id, as the fake holds it. */
  rental(id: string): FakeRental | undefined;
}

/** A stateful JuicySMS v1 API for msw: wallet, the one open order, rentals, stock and scripted faults. */
export function createJuicySmsFake(options: JuicySmsFakeOptions = {}): JuicySmsFake {
  const apiKey = options.apiKey ?? "jcy_7d41f0c2a9e85b36";
  const baseUrl = options.baseUrl ?? "https://juicysms.test/api";
  const wallet = new Wallet(options.balance ?? 10_000);
  const faults = new FaultScript();
  const orders = new Map<string, FakeOrder>();
  const rentals = new Map<string, FakeRental>();
  const stock = new Map<string, number>([
    [ANY_SERVICE, options.stock ?? 100],
    [RENTAL_STOCK, options.stock ?? 100],
  ]);
  const prices = new Map(Object.entries(PRICES));
  const offline = new Set<string>();
  let nextOrder = 5_824_700;
  let nextContract = 34_405;
  let nextSms = 1;
  let nextLine = 1000;
  let lastSmsAt = 0;

  function nationalNumber(country: WireCountry): string {
    const line = String(nextLine++).padStart(4, "0");
    if (country === "UK") return `0768456${line}`;
    if (country === "NL") return `0612${line}00`;
    return `201555${line}`;
  }

  /** Undocumented: a missing key and a wrong one, as seen in the wild. */
  function denied(params: Record<string, string>): Response | null {
    if (!params.key) return text("NO_KEY_PROVIDED");
    if (params.key !== apiKey) return text("UNAUTHORIZED");
    return null;
  }

  /** An order left waiting runs out (undocumented: after 20 minutes, refunded). */
  function settle(order: FakeOrder): FakeOrder {
    if (order.state === "open" && Date.now() - order.createdAt >= ORDER_WINDOW_MS) {
      order.state = "expired";
      wallet.refund(order.price, order.id);
    }
    return order;
  }

  function openOrder(): FakeOrder | undefined {
    return [...orders.values()].map(settle).find((o) => o.state === "open");
  }

  function stockOf(key: string): number {
    return stock.get(key) ?? stock.get(ANY_SERVICE) ?? 0;
  }

  function takeStock(key: string): void {
    stock.set(key, stockOf(key) - 1);
  }

  function createOrder(serviceId: string, country: WireCountry, number: string | null): Response {
    const open = openOrder();
    if (open) return text(`ORDER_ALREADY_OPEN_${open.id}`);
    if (number === null && stockOf(serviceId) <= 0) return text("NO_PHONE_AVAILABLE");
    const id = String(nextOrder++);
    const price = prices.get(serviceId) ?? DEFAULT_PRICE;
    if (!wallet.charge(price, id)) return text("NO_BALANCE");
    if (number === null) takeStock(serviceId);
    const order: FakeOrder = {
      id,
      serviceId,
      country,
      number: number ?? nationalNumber(country),
      price,
      state: "open",
      sms: [],
      createdAt: Date.now(),
      completedAt: null,
      skipped: false,
    };
    orders.set(id, order);
    return text(`ORDER_ID_${id}_NUMBER_${order.number}`);
  }

  function cancelOrder(params: Record<string, string>, skip: boolean): Response {
    const order = orders.get(params.orderId ?? "");
    if (!order) return text("ERROR");
    settle(order);
    if (order.state === "completed") return text("ORDER_ALREADY_COMPLETED");
    if (order.state !== "open") return text("ORDER_ALREADY_EXPIRED");
    order.state = "canceled";
    order.skipped = skip;
    wallet.refund(order.price, order.id);
    return text(skip ? "NUMBER_SKIPPED_ORDER_CANCELED" : "ORDER_CANCELED");
  }

  const rentalJson = (rental: FakeRental) => ({
    success: true,
    contract_id: Number(rental.contractId),
    phone_number: rental.number,
    country: rental.country,
    package: rental.package,
    renewal_package: rental.renewalPackage,
    auto_renew: rental.autoRenew,
    expire_on: laravelTime(rental.expireOn),
    // Oldest first, as JuicySMS lists them.
    received_sms: rental.sms,
  });

  const url = (path: string) => `${baseUrl}${path}`;
  const get = (path: string, handle: (params: Record<string, string>) => Response) =>
    http.get(
      url(path),
      faulty(faults, async ({ request }) => {
        const params = await paramsOf(request);
        return denied(params) ?? handle(params);
      }),
    );
  const post = (path: string, handle: (params: Record<string, string>) => Response) =>
    http.post(
      url(path),
      faulty(faults, async ({ request }) => {
        const params = await paramsOf(request);
        return denied(params) ?? handle(params);
      }),
    );

  function findRental(params: Record<string, string>): FakeRental | undefined {
    return rentals.get(params.contract_id ?? "");
  }

  const handlers = [
    get("/makeorder", (params) => {
      const serviceId = params.serviceId ?? "";
      const country = (params.country || "NL") as WireCountry;
      // Undocumented: a missing or malformed service id, or a country not offered.
      if (!/^\d+$/.test(serviceId) || !["USA", "NL", "UK"].includes(country)) return text("ERROR");
      return createOrder(serviceId, country, null);
    }),
    get("/getsms", (params) => {
      const order = orders.get(params.orderId ?? "");
      if (!order) return text("ERROR");
      settle(order);
      const latest = order.sms.at(-1);
      if (latest !== undefined) return text(`SUCCESS_${latest}`);
      return text(order.state === "open" ? "WAITING" : "ORDER_EXPIRED");
    }),
    get("/cancelorder", (params) => cancelOrder(params, false)),
    get("/skipnumber", (params) => cancelOrder(params, true)),
    get("/getbalance", () => text((wallet.balance / 100).toFixed(2))),
    get("/reuse", (params) => {
      const source = orders.get(params.orderId ?? "");
      if (!source) return text("ERROR");
      const open = openOrder();
      if (open) return text(`ORDER_ALREADY_OPEN_${open.id}`);
      const reusable =
        source.state === "completed" &&
        !offline.has(source.number) &&
        Date.now() - (source.completedAt ?? 0) < REUSE_WINDOW_MS;
      // Undocumented: a cancelled or expired order's number went back to the pool.
      if (!reusable) return text("NUMBER_OFFLINE");
      return createOrder(source.serviceId, source.country, source.number);
    }),
    post("/rental/new", (params) => {
      const country = params.country;
      if (country !== "NL" && country !== "UK") return text("ERROR");
      const pkg = params.package || "1m";
      const plan = PACKAGES[pkg];
      if (!plan) return text("INVALID_PACKAGE");
      const autoRenew = parseFlag(params.auto_renew, true);
      if (autoRenew === null) return text("ERROR");
      if (stockOf(RENTAL_STOCK) <= 0) return text("NO_STOCK");
      const contractId = String(nextContract++);
      if (!wallet.charge(plan.cents, `rental-${contractId}`)) return text("NO_BALANCE");
      takeStock(RENTAL_STOCK);
      const rental: FakeRental = {
        contractId,
        country,
        number: nationalNumber(country),
        package: pkg,
        renewalPackage: pkg,
        autoRenew,
        expireOn: addMonths(Date.now(), plan.months),
        sms: [],
      };
      rentals.set(contractId, rental);
      return HttpResponse.json({
        success: true,
        contract_id: Number(contractId),
        package: pkg,
        // As JuicySMS sends it: a string here, a boolean elsewhere.
        auto_renew: String(autoRenew),
        expire_on: laravelTime(rental.expireOn),
        phone_number: rental.number,
        country,
      });
    }),
    post("/rental/extend", (params) => {
      const rental = findRental(params);
      if (!rental) return text("ERROR");
      if (rental.expireOn <= Date.now()) return text("NUMBER_EXPIRED");
      const pkg = params.package || "1m";
      const plan = PACKAGES[pkg];
      if (!plan) return text("INVALID_PACKAGE");
      if (!wallet.charge(plan.cents, `rental-${rental.contractId}`)) return text("NO_BALANCE");
      rental.expireOn = addMonths(rental.expireOn, plan.months);
      // "This also updates the auto-renewal package."
      rental.package = pkg;
      rental.renewalPackage = pkg;
      return HttpResponse.json({ success: true, package: pkg, new_expire: laravelTime(rental.expireOn) });
    }),
    post("/rental/edit", (params) => {
      const rental = findRental(params);
      if (!rental) return text("ERROR");
      const autoRenew = parseFlag(params.auto_renew, rental.autoRenew);
      if (autoRenew === null || params.auto_renew === undefined) return text("ERROR");
      rental.autoRenew = autoRenew;
      return HttpResponse.json({ success: true, auto_renew: autoRenew });
    }),
    post("/rental/view", (params) => {
      const rental = findRental(params);
      return rental ? HttpResponse.json(rentalJson(rental)) : text("ERROR");
    }),
  ];

  function mustOrder(id: string): FakeOrder {
    const order = orders.get(id);
    if (!order) throw new Error(`juicysms fake: no order ${id}`);
    return order;
  }

  function mustRental(id: string): FakeRental {
    const rental = rentals.get(id);
    if (!rental) throw new Error(`juicysms fake: no rental ${id}`);
    return rental;
  }

  return {
    name: "juicysms",
    baseUrl,
    apiKey,
    wallet,
    faults,
    handlers,
    routes: {
      buy: { method: "GET", path: /\/api\/makeorder(?:\?|$)/ },
      poll: { method: "GET", path: /\/api\/getsms(?:\?|$)/ },
      rent: { method: "POST", path: /\/api\/rental\/new(?:\?|$)/ },
    },
    unreadablePurchase: "unknown",
    unreadableRental: "unknown",
    buyInput: { service: "telegram", country: "GB" },
    rentInput: { country: "GB", days: 30 },
    provider(overrides = {}) {
      return juicysms({
        apiKey,
        baseUrl,
        ...FAKE_ADAPTER_OPTIONS,
        ...overrides,
      } as Parameters<typeof juicysms>[0]);
    },
    setStock(n, key) {
      if (key) stock.set(key, n);
      else for (const k of stock.keys()) stock.set(k, n);
    },
    setPrice(serviceId, cents) {
      prices.set(serviceId, cents);
    },
    deliver(id, body, from = "Unknown") {
      const order = orders.get(id);
      if (order) {
        settle(order);
        if (order.state === "canceled" || order.state === "expired") {
          throw new Error(`juicysms fake: order ${id} is ${order.state}`);
        }
        order.sms.push(body);
        if (order.state === "open") {
          order.state = "completed";
          order.completedAt = Date.now();
        }
        return;
      }
      const rental = mustRental(id);
      // Strictly increasing times, so "newest" is never a tie.
      lastSmsAt = Math.max(Date.now(), lastSmsAt + 1_000);
      rental.sms.push({ id: nextSms++, sender: from, body, receive_date: laravelTime(lastSmsAt) });
    },
    expire(id) {
      const order = mustOrder(id);
      order.createdAt = Date.now() - ORDER_WINDOW_MS;
      settle(order);
    },
    takeOffline(id) {
      offline.add(mustOrder(id).number);
    },
    expireRental(id) {
      mustRental(id).expireOn = Date.now() - 1_000;
    },
    order(id) {
      return orders.get(id);
    },
    rental(id) {
      return rentals.get(id);
    },
  };
}
