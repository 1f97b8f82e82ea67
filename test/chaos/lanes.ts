/**
 * One chaos lane per provider: its fake (an account with a distinctive key, a deep wallet and deep
 * stock), one provider object and one client over it, and what the flows and the ledger reconciliation
 * need to know of that provider: which request is which route, how a ledger `ref` names an order or a
 * rental, what state an order is in on the provider's side, and how a careful user settles what the SDK
 * reported as unknown.
 *
 * Flows on one lane run one after the other (the lanes run side by side): reconciliation after a lost
 * reply reads the account's order lists and cannot tell two concurrent purchases on one account apart.
 */

import { inspect } from "node:util";
import type { setupServer } from "msw/node";
import { createClient, type SmsClient } from "../../src/client/client.js";
import type { BuyInput, RentInput, RequestOptions } from "../../src/client/inputs.js";
import { NetworkError } from "../../src/core/errors.js";
import type { CancelResult, Order, ProviderName } from "../../src/core/model.js";
import type { Provider } from "../../src/core/provider.js";
import type { Logger, TransportHooks } from "../../src/core/transport/http-client.js";
import { type SandboxProvider, sandbox } from "../../src/providers/sandbox/index.js";
import { buildOrder } from "../../src/testing/builders.js";
import type { Fault, FaultScript } from "../../src/testing/fake-kit.js";
import { createFetchSmsFake, type FetchSmsFake } from "../../src/testing/fakes/fetchsms.js";
import { createJuicySmsFake, type JuicySmsFake } from "../../src/testing/fakes/juicysms.js";
import { createNumariqFake, type NumariqFake } from "../../src/testing/fakes/numariq.js";
import { createNumpoolFake, type NumpoolFake } from "../../src/testing/fakes/numpool.js";
import { createTempNumberFake, type TempNumberFake } from "../../src/testing/fakes/tempnumber.js";
import {
  ATTEMPT_TIMEOUT_MS,
  buildFault,
  type FaultKind,
  faultKindsFor,
  type HttpProviderName,
} from "./faults.js";
import type { Rng } from "./rng.js";
import type { SecretWatch } from "./secrets.js";

export type FlowType =
  | "code"
  | "timeout"
  | "cancel"
  | "expire"
  | "reuse"
  | "skip"
  | "withOrder"
  | "watch"
  | "rental";

/** Distinctive keys, one per fake account: any of them appearing in SDK output is a leak of a secret. */
export const CHAOS_KEYS: Record<HttpProviderName, string> = {
  numariq: "nmq_chaosKEY_4c8e1f7a2b9d6053",
  numpool: "np_chaosKEY_9b1d7e3f5a2c8406",
  juicysms: "jcy_chaosKEY_6e2a9c4f1b7d3085",
  fetchsms: "fs_chaosKEY_3f7b1e9d5c2a8064",
  tempnumber: "tn_chaosKEY_8d4c2a6e1f9b7053",
};

export interface LedgerRow {
  kind: "charge" | "refund";
  amount: number;
  ref: string;
}

/** What a ledger ref is about. `renewal` is set where the ref itself says so (else: a later charge). */
export interface RefInfo {
  id: string;
  rental: boolean;
  renewal?: boolean;
}

/** An activation as the provider sees it. */
export interface OrderView {
  exists: boolean;
  /** Not closed yet (waiting, or with a code but not finished). */
  open: boolean;
  hasCode: boolean;
  status: string;
}

/** Counters and fault bookkeeping shared by a lane and the runner. */
export interface LaneStats {
  requests: number;
  faulted: number;
  byKind: Map<FaultKind, number>;
  /** `route|kind` pairs met by a fault. */
  met: Set<string>;
  /** The faults met since the runner last emptied it (one flow's). */
  trail: string[];
  /** Unknown outcomes reported so far on this lane (a purchase may be out there unclaimed). */
  unknowns: number;
  /** Every order and rental id the SDK handed to a flow on this lane. */
  handed: Set<string>;
}

export interface Lane {
  readonly name: ProviderName;
  readonly apiKey: string | null;
  readonly provider: Provider;
  readonly client: SmsClient;
  readonly kinds: readonly FaultKind[];
  /** Every paid route and every cancel route: each must meet every fault kind. */
  readonly coveredRoutes: readonly string[];
  readonly flowTypes: readonly FlowType[];
  readonly buyInput?: BuyInput;
  readonly rentInput?: RentInput;
  /** The `days` a renewal asks for (null: the provider's own default). */
  readonly renewDays: number | null;
  /** Passed to the client calls a flow makes itself (the sandbox's per-call timeout). */
  readonly callOptions: RequestOptions | undefined;
  /** Whether purchases carry an idempotency key (retried with the same key). */
  readonly keyed: boolean;
  readonly stats: LaneStats;
  /** Which purchase the next `POST` to a shared purchase route is (Numariq buys and rents on one). */
  currentPaid: "buy" | "rent";
  ledger(): readonly LedgerRow[];
  refInfo(ref: string): RefInfo;
  order(id: string): Promise<OrderView>;
  /** An SMS reaches the order or rental (ignored when it can no longer receive). */
  deliver(id: string, text: string): void;
  /** Time runs out for the activation on the provider's side (refunded by the provider's rules). */
  expire?(id: string): void;
  reuse?(order: Order): Promise<Order>;
  skip?(order: Order): Promise<CancelResult>;
  /** Random faults for the following requests (`rate` 0: none). */
  deal(rng: Rng | null, rate: number): void;
  /** One fault of `kind` for the next request of `route`. */
  script(route: string, kind: FaultKind, rng: Rng): void;
  clearScripted(): void;
  /** Requests the fake is still handling (a slow handler may charge after the client gave up). */
  pending(): number;
  /**
   * A careful user acting on an OutcomeUnknownError with the handle it carries: cancels the order it
   * names (JuicySMS `openOrderId`), or finds the charge in the account's dashboard where the provider
   * has one (NumPool), so the next purchase's reconciliation is not confused by an order nobody claimed.
   */
  settleUnknown(known: Readonly<Record<string, unknown>>, chargedIds: readonly string[]): Promise<void>;
  /** Harness hygiene after a flow was judged: activations left open are closed by the provider's time. */
  sweep(openIds: readonly string[]): Promise<void>;
  /** Objects to inspect for secrets. */
  inspectables(): unknown[];
}

interface LaneEnv {
  server: ReturnType<typeof setupServer>;
  secrets: SecretWatch;
}

const RICH = 1_000_000_000;
const STOCK = 1_000_000;

function observers(secrets: SecretWatch): { logger: Logger; hooks: TransportHooks } {
  return {
    logger: {
      debug(message, event) {
        secrets.scan("log line", message, "log lines");
        secrets.scan("log event", JSON.stringify(event), "log lines");
      },
    },
    hooks: {
      onRequest(event) {
        secrets.scan("hook onRequest", JSON.stringify(event), "hook events");
      },
      onResponse(event) {
        secrets.scan("hook onResponse", JSON.stringify(event), "hook events");
      },
    },
  };
}

function newStats(): LaneStats {
  return {
    requests: 0,
    faulted: 0,
    byKind: new Map(),
    met: new Set(),
    trail: [],
    unknowns: 0,
    handed: new Set(),
  };
}

interface RouteRule {
  route: string;
  method: string;
  path: RegExp;
}

/** Fault plumbing common to every HTTP lane. */
function httpFaults(
  name: HttpProviderName,
  faults: FaultScript,
  rules: readonly RouteRule[],
  lane: { currentPaid: "buy" | "rent" },
  stats: LaneStats,
) {
  const kinds = faultKindsFor(name);
  const kindOf = new WeakMap<Fault, FaultKind>();
  let dealer: { rng: Rng; rate: number } | null = null;
  faults.recordRequests = false;
  const routeOf = (method: string, path: string): string => {
    const rule = rules.find((r) => r.method === method && r.path.test(path));
    if (!rule) return `${method} ${path.split("?")[0]}`;
    return rule.route === "buy|rent" ? lane.currentPaid : rule.route;
  };
  faults.dealer = () => {
    stats.requests += 1;
    if (!dealer || dealer.rate <= 0 || !dealer.rng.chance(dealer.rate)) return undefined;
    const kind = dealer.rng.pick(kinds);
    const fault = buildFault(kind, name, dealer.rng);
    kindOf.set(fault, kind);
    return fault;
  };
  faults.onFault = (method, path, fault, dealt) => {
    if (!dealt) stats.requests += 1;
    const kind = kindOf.get(fault);
    if (!kind) return;
    stats.faulted += 1;
    stats.byKind.set(kind, (stats.byKind.get(kind) ?? 0) + 1);
    stats.met.add(`${routeOf(method, path)}|${kind}`);
    stats.trail.push(`${routeOf(method, path)}|${kind}${dealt ? "" : "*"}`);
  };
  return {
    kinds,
    deal(rng: Rng | null, rate: number) {
      dealer = rng ? { rng, rate } : null;
    },
    script(route: string, kind: FaultKind, rng: Rng) {
      const rule = rules.find(
        (r) => r.route === route || (r.route === "buy|rent" && /^(buy|rent)$/.test(route)),
      );
      if (!rule) throw new Error(`${name}: no route ${route}`);
      const fault = buildFault(kind, name, rng);
      kindOf.set(fault, kind);
      faults.add({ method: rule.method, path: rule.path }, fault);
    },
    clearScripted: () => faults.clearScripted(),
    pending: () => faults.pending,
  };
}

/** A minimal order for an id a careful user learnt from an error or the dashboard. */
function orderFor(provider: ProviderName, id: string, number: string): Order {
  return buildOrder({ id, provider, number, service: null, country: null });
}

async function quietly(call: () => Promise<unknown>): Promise<void> {
  await call().catch(() => undefined);
}

// ---------------------------------------------------------------------------------------------------

export function numariqLane(env: LaneEnv): Lane {
  const fake: NumariqFake = createNumariqFake({ apiKey: CHAOS_KEYS.numariq, balance: RICH, stock: STOCK });
  env.server.use(...fake.handlers);
  const stats = newStats();
  const state = { currentPaid: "buy" as "buy" | "rent" };
  const plumbing = httpFaults(
    "numariq",
    fake.faults,
    [
      { route: "buy|rent", method: "POST", path: /\/numbers$/ },
      { route: "renew", method: "POST", path: /\/rentals\/[^/]+\/renew$/ },
      { route: "cancel", method: "POST", path: /\/orders\/[^/]+\/cancel$/ },
      { route: "done", method: "POST", path: /\/orders\/[^/]+\/done$/ },
      { route: "poll", method: "GET", path: /\/orders\/[^/?]+$/ },
    ],
    state,
    stats,
  );
  const provider = fake.provider({ timeoutMs: ATTEMPT_TIMEOUT_MS, ...observers(env.secrets) });
  const client = createClient<Provider>({ provider });
  return {
    name: "numariq",
    apiKey: fake.apiKey,
    provider,
    client,
    kinds: plumbing.kinds,
    coveredRoutes: ["buy", "rent", "renew", "cancel"],
    flowTypes: ["code", "timeout", "cancel", "expire", "withOrder", "watch", "rental"],
    buyInput: { service: "whatsapp", country: "US" },
    rentInput: { country: "US", days: 30 },
    renewDays: null,
    callOptions: undefined,
    keyed: false,
    stats,
    get currentPaid() {
      return state.currentPaid;
    },
    set currentPaid(value) {
      state.currentPaid = value;
    },
    ledger: () => fake.wallet.ledger,
    refInfo: (ref) => ({ id: ref, rental: fake.order(ref)?.type === "rental" }),
    async order(id) {
      const o = fake.order(id);
      if (!o) return { exists: false, open: false, hasCode: false, status: "missing" };
      return {
        exists: true,
        open: o.status === "waiting" || o.status === "received",
        hasCode: o.messages.length > 0,
        status: o.status,
      };
    },
    deliver(id, text) {
      try {
        fake.deliver(id, text);
      } catch {
        // Closed already: nothing reaches it.
      }
    },
    expire: (id) => fake.expire(id),
    deal: plumbing.deal,
    script: plumbing.script,
    clearScripted: plumbing.clearScripted,
    pending: plumbing.pending,
    // Numariq has no list to settle against: the order expires in 15 minutes and is refunded.
    async settleUnknown() {},
    async sweep(openIds) {
      for (const id of openIds) if (fake.order(id)?.type === "activation") fake.expire(id);
    },
    inspectables: () => [provider, client],
  };
}

// ---------------------------------------------------------------------------------------------------

export function numpoolLane(env: LaneEnv): Lane {
  const fake: NumpoolFake = createNumpoolFake({ apiKey: CHAOS_KEYS.numpool, balance: RICH });
  env.server.use(...fake.handlers);
  const stats = newStats();
  const state = { currentPaid: "buy" as "buy" | "rent" };
  const plumbing = httpFaults(
    "numpool",
    fake.faults,
    [
      { route: "buy", method: "POST", path: /\/buy$/ },
      { route: "rent", method: "POST", path: /\/rentals$/ },
      { route: "cancel", method: "POST", path: /\/cancel\/[^/]+$/ },
      { route: "poll", method: "GET", path: /\/sms\/[^/?]+$/ },
      { route: "orders", method: "GET", path: /\/orders(\?|$)/ },
      { route: "rentals", method: "GET", path: /\/rentals(\?|$)/ },
      { route: "inbox", method: "GET", path: /\/rentals\/[^/]+\/sms$/ },
    ],
    state,
    stats,
  );
  const provider = fake.provider({ timeoutMs: ATTEMPT_TIMEOUT_MS, ...observers(env.secrets) });
  const client = createClient<Provider>({ provider });
  const cancelThroughSdk = async (id: string) => {
    const order = fake.orders.get(id);
    if (order?.status !== "pending") return;
    await quietly(() => client.cancel(orderFor("numpool", id, order.number)));
  };
  return {
    name: "numpool",
    apiKey: fake.apiKey,
    provider,
    client,
    kinds: plumbing.kinds,
    coveredRoutes: ["buy", "rent", "cancel"],
    flowTypes: ["code", "timeout", "cancel", "withOrder", "watch", "rental"],
    buyInput: { service: "whatsapp", country: "US" },
    rentInput: { service: "discord", days: 7 },
    renewDays: null,
    callOptions: undefined,
    keyed: false,
    stats,
    get currentPaid() {
      return state.currentPaid;
    },
    set currentPaid(value) {
      state.currentPaid = value;
    },
    ledger: () => fake.wallet.ledger,
    refInfo: (ref) => ({ id: ref, rental: fake.rentals.has(ref) }),
    async order(id) {
      const o = fake.orders.get(id);
      if (!o) return { exists: false, open: false, hasCode: false, status: "missing" };
      return {
        exists: true,
        open: o.status === "pending" || o.status === "received",
        hasCode: o.full_sms !== null,
        status: o.status,
      };
    },
    deliver(id, text) {
      try {
        fake.deliver(id, text);
      } catch {
        // Cancelled already.
      }
    },
    deal: plumbing.deal,
    script: plumbing.script,
    clearScripted: plumbing.clearScripted,
    pending: plumbing.pending,
    // The user finds the charged order in the NumPool dashboard and cancels it through the SDK (which
    // also tells the provider object that order is accounted for).
    async settleUnknown(_error, chargedIds) {
      for (const id of chargedIds) await cancelThroughSdk(id);
    },
    async sweep(openIds) {
      for (const id of openIds) await cancelThroughSdk(id);
    },
    inspectables: () => [provider, client],
  };
}

// ---------------------------------------------------------------------------------------------------

export function juicysmsLane(env: LaneEnv): Lane {
  const fake: JuicySmsFake = createJuicySmsFake({ apiKey: CHAOS_KEYS.juicysms, balance: RICH, stock: STOCK });
  env.server.use(...fake.handlers);
  const stats = newStats();
  const state = { currentPaid: "buy" as "buy" | "rent" };
  const plumbing = httpFaults(
    "juicysms",
    fake.faults,
    [
      { route: "buy", method: "GET", path: /\/api\/makeorder(\?|$)/ },
      { route: "reuse", method: "GET", path: /\/api\/reuse(\?|$)/ },
      { route: "cancel", method: "GET", path: /\/api\/cancelorder(\?|$)/ },
      { route: "skip", method: "GET", path: /\/api\/skipnumber(\?|$)/ },
      { route: "poll", method: "GET", path: /\/api\/getsms(\?|$)/ },
      { route: "rent", method: "POST", path: /\/api\/rental\/new(\?|$)/ },
      { route: "renew", method: "POST", path: /\/api\/rental\/extend(\?|$)/ },
      { route: "view", method: "POST", path: /\/api\/rental\/view(\?|$)/ },
    ],
    state,
    stats,
  );
  const provider = fake.provider({ timeoutMs: ATTEMPT_TIMEOUT_MS, ...observers(env.secrets) });
  const client = createClient<Provider>({ provider });
  return {
    name: "juicysms",
    apiKey: fake.apiKey,
    provider,
    client,
    kinds: plumbing.kinds,
    coveredRoutes: ["buy", "reuse", "rent", "renew", "cancel", "skip"],
    flowTypes: ["code", "timeout", "cancel", "expire", "reuse", "skip", "withOrder", "watch", "rental"],
    buyInput: { service: "telegram", country: "GB" },
    rentInput: { country: "GB", days: 30 },
    renewDays: null,
    callOptions: undefined,
    keyed: false,
    stats,
    get currentPaid() {
      return state.currentPaid;
    },
    set currentPaid(value) {
      state.currentPaid = value;
    },
    ledger: () => fake.wallet.ledger,
    refInfo: (ref) =>
      ref.startsWith("rental-")
        ? { id: ref.slice("rental-".length), rental: true }
        : { id: ref, rental: false },
    async order(id) {
      const o = fake.order(id);
      if (!o) return { exists: false, open: false, hasCode: false, status: "missing" };
      return { exists: true, open: o.state === "open", hasCode: o.sms.length > 0, status: o.state };
    },
    deliver(id, text) {
      try {
        fake.deliver(id, text);
      } catch {
        // Cancelled or expired already.
      }
    },
    expire: (id) => fake.expire(id),
    reuse: (order) => provider.reuse(order),
    skip: (order) => provider.skip(order),
    deal: plumbing.deal,
    script: plumbing.script,
    clearScripted: plumbing.clearScripted,
    pending: plumbing.pending,
    // `known.openOrderId` names the order: cancel it (the next purchase would meet it otherwise).
    async settleUnknown(known) {
      const id = known.openOrderId;
      if (typeof id !== "string") return;
      for (let i = 0; i < 4; i++) {
        const o = fake.order(id);
        if (o?.state !== "open") return;
        await quietly(() => client.cancel(orderFor("juicysms", id, "+447684560000")));
      }
    },
    async sweep(openIds) {
      for (const id of openIds) if (fake.order(id)?.state === "open") fake.expire(id);
    },
    inspectables: () => [provider, client],
  };
}

// ---------------------------------------------------------------------------------------------------

export function fetchsmsLane(env: LaneEnv): Lane {
  const fake: FetchSmsFake = createFetchSmsFake({ apiKey: CHAOS_KEYS.fetchsms, balance: RICH });
  fake.setStock(STOCK);
  env.server.use(...fake.handlers);
  const stats = newStats();
  const state = { currentPaid: "buy" as "buy" | "rent" };
  const plumbing = httpFaults(
    "fetchsms",
    fake.faults,
    [
      { route: "buy", method: "POST", path: /\/verifications$/ },
      { route: "reuse", method: "POST", path: /\/verifications\/[^/]+\/reuse$/ },
      { route: "cancel", method: "POST", path: /\/verifications\/[^/]+\/cancel$/ },
      { route: "rent", method: "POST", path: /\/rentals$/ },
      { route: "renew", method: "POST", path: /\/rentals\/[^/]+\/extend$/ },
      { route: "cancelRental", method: "POST", path: /\/rentals\/[^/]+\/cancel$/ },
      { route: "list", method: "GET", path: /\/verifications\?/ },
      { route: "poll", method: "GET", path: /\/verifications\/[^/?]+$/ },
      { route: "messages", method: "GET", path: /\/verifications\/[^/]+\/messages$/ },
      { route: "rentals", method: "GET", path: /\/rentals\?/ },
      { route: "getRental", method: "GET", path: /\/rentals\/[^/?]+$/ },
    ],
    state,
    stats,
  );
  const provider = fake.provider({ timeoutMs: ATTEMPT_TIMEOUT_MS, ...observers(env.secrets) });
  const client = createClient<Provider>({ provider });
  const VERIFICATION_WINDOW = 15 * 60_000 + 1_000;
  return {
    name: "fetchsms",
    apiKey: fake.apiKey,
    provider,
    client,
    kinds: plumbing.kinds,
    coveredRoutes: ["buy", "reuse", "rent", "renew", "cancel", "cancelRental"],
    flowTypes: ["code", "timeout", "cancel", "expire", "reuse", "withOrder", "watch", "rental"],
    buyInput: { service: "whatsapp" },
    rentInput: { days: 30 },
    renewDays: 1,
    callOptions: undefined,
    keyed: false,
    stats,
    get currentPaid() {
      return state.currentPaid;
    },
    set currentPaid(value) {
      state.currentPaid = value;
    },
    ledger: () => fake.wallet.ledger,
    refInfo(ref) {
      if (ref.startsWith("expired ")) return { id: ref.slice("expired ".length), rental: false };
      if (ref.endsWith(":extend"))
        return { id: ref.slice(0, -":extend".length), rental: true, renewal: true };
      return { id: ref, rental: fake.rental(ref) !== undefined };
    },
    async order(id) {
      const v = fake.verification(id);
      if (!v) return { exists: false, open: false, hasCode: false, status: "missing" };
      return {
        exists: true,
        open: v.status === "waiting" || v.status === "received",
        hasCode: v.messages.length > 0,
        status: v.status,
      };
    },
    deliver: (id, text) => fake.deliver(id, text),
    // FetchSMS's window is fixed: the provider's clock moves past it (every open verification expires).
    expire: () => fake.advance(VERIFICATION_WINDOW),
    reuse: (order) => provider.reuse(order),
    deal: plumbing.deal,
    script: plumbing.script,
    clearScripted: plumbing.clearScripted,
    pending: plumbing.pending,
    // The active list reconciles by "new since the purchase began": an unclaimed order confuses nothing.
    async settleUnknown() {},
    async sweep(openIds) {
      if (openIds.some((id) => fake.verification(id)?.status === "waiting"))
        fake.advance(VERIFICATION_WINDOW);
    },
    inspectables: () => [provider, client],
  };
}

// ---------------------------------------------------------------------------------------------------

export function tempnumberLane(env: LaneEnv): Lane {
  const fake: TempNumberFake = createTempNumberFake({
    apiKey: CHAOS_KEYS.tempnumber,
    balance: RICH,
    stock: STOCK,
  });
  env.server.use(...fake.handlers);
  const stats = newStats();
  const state = { currentPaid: "rent" as "buy" | "rent" };
  const plumbing = httpFaults(
    "tempnumber",
    fake.faults,
    [
      { route: "rent", method: "POST", path: /\/numbers\/buy$/ },
      { route: "renew", method: "POST", path: /\/numbers\/\d+\/renew$/ },
      { route: "cancelRental", method: "POST", path: /\/numbers\/\d+\/cancel$/ },
      { route: "getRental", method: "GET", path: /\/numbers\/\d+\/sms$/ },
    ],
    state,
    stats,
  );
  const provider = fake.provider({ timeoutMs: ATTEMPT_TIMEOUT_MS, ...observers(env.secrets) });
  const client = createClient<Provider>({ provider });
  return {
    name: "tempnumber",
    apiKey: fake.apiKey,
    provider,
    client,
    kinds: plumbing.kinds,
    coveredRoutes: ["rent", "renew", "cancelRental"],
    flowTypes: ["rental"],
    rentInput: { country: "US", days: 30 },
    renewDays: null,
    callOptions: undefined,
    keyed: true,
    stats,
    get currentPaid() {
      return state.currentPaid;
    },
    set currentPaid(value) {
      state.currentPaid = value;
    },
    ledger: () => fake.wallet.ledger,
    refInfo(ref) {
      const [what, id] = ref.split(":") as [string, string];
      return { id, rental: true, renewal: what === "renew" };
    },
    async order() {
      return { exists: false, open: false, hasCode: false, status: "missing" };
    },
    deliver: (id, text) => fake.deliver(id, text),
    deal: plumbing.deal,
    script: plumbing.script,
    clearScripted: plumbing.clearScripted,
    pending: plumbing.pending,
    // `known.idempotencyKey` makes a retry safe; rentals are held by design: nothing to close.
    async settleUnknown() {},
    async sweep() {},
    inspectables: () => [provider, client],
  };
}

// ---------------------------------------------------------------------------------------------------

const SANDBOX_METHODS = [
  "buy",
  "poll",
  "done",
  "cancel",
  "rent",
  "getRental",
  "renew",
  "cancelRental",
  "inbox",
  "balance",
  "services",
] as const;
type SandboxMethod = (typeof SANDBOX_METHODS)[number];

/** How long the sandbox's "slow" scenario takes: past the per-call timeout the flows pass. */
const SANDBOX_SLOW_MS = 8_000;

/**
 * The sandbox behind a wrapper that deals its faults: `provider_error` and `slow` for one call (the
 * scenario is set for the call's synchronous start, where the sandbox reads it, and put back at once),
 * or a reply "lost" before or after the sandbox acted (a `NetworkError` that may have been sent).
 */
export function sandboxLane(_env: LaneEnv): Lane {
  let offset = 0;
  const inner: SandboxProvider = sandbox({
    seed: 7,
    balance: RICH,
    // Codes come only when a flow delivers them.
    smsDelayMs: 10 * 86_400_000,
    stock: { whatsapp: STOCK },
    latencyMs: SANDBOX_SLOW_MS,
    now: () => Date.now() + offset,
  });
  const stats = newStats();
  const kinds = faultKindsFor("sandbox");
  let dealer: { rng: Rng; rate: number } | null = null;
  const scripted: Array<{ route: string; kind: FaultKind }> = [];

  function faultFor(route: SandboxMethod): FaultKind | undefined {
    stats.requests += 1;
    const at = scripted.findIndex((s) => s.route === route);
    let kind: FaultKind | undefined;
    if (at >= 0) kind = scripted.splice(at, 1)[0]!.kind;
    else if (dealer && dealer.rate > 0 && dealer.rng.chance(dealer.rate)) kind = dealer.rng.pick(kinds);
    if (kind) {
      stats.faulted += 1;
      stats.byKind.set(kind, (stats.byKind.get(kind) ?? 0) + 1);
      stats.met.add(`${route}|${kind}`);
      stats.trail.push(`${route}|${kind}${at >= 0 ? "*" : ""}`);
    }
    return kind;
  }

  const lost = (route: string, acted: boolean) =>
    new NetworkError(
      `sandbox: the reply to ${route} was lost (chaos, ${acted ? "after" : "before"} it acted)`,
      {
        provider: "sandbox",
        requestMayHaveBeenSent: true,
      },
    );

  const wrapped: Record<string, unknown> = {
    name: "sandbox",
    capabilities: inner.capabilities,
  };
  for (const method of SANDBOX_METHODS) {
    wrapped[method] = async (...args: unknown[]) => {
      const call = inner[method] as (...a: unknown[]) => Promise<unknown>;
      const kind = faultFor(method);
      if (kind === "reset-before") throw lost(method, false);
      if (kind === "503-json-before" || kind === "timeout-before") {
        inner.setScenario(kind === "503-json-before" ? "provider_error" : "slow");
        let started: Promise<unknown>;
        try {
          started = call.apply(inner, args);
        } finally {
          inner.setScenario("normal");
        }
        return started;
      }
      const result = await call.apply(inner, args);
      if (kind === "reset-after") throw lost(method, true);
      return result;
    };
  }
  const provider = wrapped as unknown as Provider;
  const client = createClient<Provider>({ provider });
  const TTL = 15 * 60_000 + 1_000;

  return {
    name: "sandbox",
    apiKey: null,
    provider,
    client,
    kinds,
    coveredRoutes: ["buy", "rent", "renew", "cancel", "cancelRental"],
    flowTypes: ["code", "timeout", "cancel", "expire", "withOrder", "watch", "rental"],
    buyInput: { service: "whatsapp", country: "US" },
    rentInput: { days: 7, country: "NL" },
    renewDays: null,
    callOptions: { timeoutMs: 5_000 },
    keyed: true,
    stats,
    currentPaid: "buy",
    ledger: () => inner.ledger(),
    refInfo: (ref) => ({ id: ref, rental: ref.startsWith("rnt_") }),
    async order(id) {
      try {
        const o = await inner.poll(orderFor("sandbox", id, "+12125550100"));
        return {
          exists: true,
          open: o.status === "waiting" || o.status === "received",
          hasCode: o.code !== null,
          status: o.status,
        };
      } catch {
        return { exists: false, open: false, hasCode: false, status: "missing" };
      }
    },
    deliver(id, text) {
      try {
        inner.deliver(id, text);
      } catch {
        // Closed already.
      }
    },
    // The sandbox's clock moves past the activation window (every waiting activation expires).
    expire() {
      offset += TTL;
    },
    deal(rng, rate) {
      dealer = rng ? { rng, rate } : null;
    },
    script(route, kind) {
      scripted.push({ route, kind });
    },
    clearScripted() {
      scripted.length = 0;
    },
    pending: () => 0,
    async settleUnknown() {},
    async sweep(openIds) {
      if (openIds.length > 0) offset += TTL;
    },
    inspectables: () => [provider, client, inner],
  };
}

export function inspectForSecrets(lane: Lane, secrets: SecretWatch): void {
  for (const object of lane.inspectables()) {
    const objects = "provider/client objects";
    secrets.scan(`${lane.name}: util.inspect`, inspect(object, { depth: 8, showHidden: true }), objects);
    secrets.scan(`${lane.name}: JSON.stringify`, JSON.stringify(object) ?? "", objects);
  }
}
