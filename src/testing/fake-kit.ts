/**
 * Building blocks shared by the provider fakes: a wallet with a ledger, scripted faults, and an msw
 * server bound to loopback-only fake hosts. Each provider's fake (one file per provider beside this one)
 * speaks that provider's documented wire protocol; nothing here knows any provider.
 */
import { delay, HttpResponse, type HttpResponseResolver } from "msw";
import { setupServer } from "msw/node";
import type { BuyInput, Provider, ProviderName, RentInput } from "unisms";

/** One movement of a fake's wallet. */
export interface LedgerEntry {
  /** Money taken, or money given back. */
  kind: "charge" | "refund";
  /** Cents. */
  amount: number;
  /** The fake's id of the order or rental it belongs to. */
  ref: string;
}

/** A fake provider's account balance, in cents, with a ledger to reconcile against what the SDK reported. */
export class Wallet {
  /** Every charge and refund, oldest first. */
  readonly ledger: LedgerEntry[] = [];
  constructor(
    /** Cents left; tests may set it. */
    public balance: number,
  ) {}

  /** False (and nothing charged) when the balance cannot pay. */
  charge(amount: number, ref: string): boolean {
    if (amount > this.balance) return false;
    this.balance -= amount;
    this.ledger.push({ kind: "charge", amount, ref });
    return true;
  }

  /** Gives `amount` cents back for `ref`. */
  refund(amount: number, ref: string): void {
    this.balance += amount;
    this.ledger.push({ kind: "refund", amount, ref });
  }

  /** How many charges the ledger holds. */
  charges(): number {
    return this.ledger.filter((e) => e.kind === "charge").length;
  }
}

/** What a scripted fault does to one request, instead of or around the fake's real answer. */
export type Fault =
  /**
   * Answer with this status (and body/headers) instead of the real handler; with `after`, the handler
   * runs (and charges) first, as when a gateway gives up on a request the provider went on to serve.
   */
  | {
      /** An HTTP status of our choosing. */
      kind: "status";
      /** The status sent. */
      status: number;
      /** A JSON body (default `{"error": "fault"}`). */
      body?: unknown;
      /** A raw body instead of `body` (an HTML error page, say). */
      text?: string;
      /** Headers to send (`Retry-After`, say). */
      headers?: Record<string, string>;
      /** Run the real handler first, so the provider has acted. */
      after?: boolean;
    }
  /** Drop the connection before the provider acts: nothing happened. */
  | {
      /** A connection dropped unanswered. */
      kind: "reset-before";
    }
  /** The provider acts (and charges), then the reply is lost. */
  | {
      /** A reply lost after the fact. */
      kind: "reset-after";
    }
  /**
   * Reply after `ms` (use with a short `timeoutMs` to provoke a timeout). Without `after` the provider
   * acts only once the delay is over (a request queued at the provider, which may act after the client
   * gave up); with `after` it acts at once and only its reply is slow.
   */
  | {
      /** A slow reply. */
      kind: "delay";
      /** How slow, in ms. */
      ms: number;
      /** Act at once; only the reply is late. */
      after?: boolean;
    }
  /**
   * A 200 with this raw body (`content-type: application/json` unless `contentType` says otherwise);
   * with `after`, the handler runs (and charges) first.
   */
  | {
      /** A 200 that is not the documented reply. */
      kind: "malformed";
      /** The raw body sent. */
      body: string;
      /** Run the real handler first, so the provider has acted. */
      after?: boolean;
      /** Its content type (default `application/json`). */
      contentType?: string;
    }
  /** The handler runs (and charges); its reply arrives cut off after `keep` (default half) of its body. */
  | {
      /** A reply cut short. */
      kind: "truncated";
      /** Characters of the body kept. */
      keep?: number;
    }
  /** The handler runs (and charges); its reply (status and body) arrives under another content type. */
  | {
      /** A reply relabelled. */
      kind: "retyped";
      /** The content type it arrives under. */
      contentType: string;
    };

/** Decides a fault for a request no scripted fault matched (chaos dealing); undefined: none. */
export type FaultDealer = (method: string, path: string) => Fault | undefined;

interface ScriptedFault {
  method: string | undefined;
  path: RegExp;
  fault: Fault;
  times: number;
}

/** Faults scripted by tests, taken in order by the first request that matches. */
export class FaultScript {
  private readonly faults: ScriptedFault[] = [];
  /** Every request the fake saw: method and path (query included). */
  readonly requests: {
    /** Upper case. */
    method: string;
    /** Path and query string. */
    path: string;
    /** As received (auth and idempotency headers included). */
    headers: Headers;
  }[] = [];
  /** Whether `requests` keeps every request (long chaos runs turn it off). */
  recordRequests = true;
  /** Consulted when no scripted fault matches a request. */
  dealer: FaultDealer | undefined;
  /** Told of every fault taken, scripted or dealt. */
  onFault: ((method: string, path: string, fault: Fault, dealt: boolean) => void) | undefined;
  /** Requests whose handling (faults included) has not finished yet, replies sent or not. */
  pending = 0;

  /** Scripts `fault` for the next `times` requests matching `match` (any method when none is named). */
  add(match: { method?: string; path: RegExp }, fault: Fault, times = 1): void {
    this.faults.push({ method: match.method?.toUpperCase(), path: match.path, fault, times });
  }

  /** The fault for this request, scripted or dealt, counted as taken; undefined for none. */
  take(method: string, path: string): Fault | undefined {
    const index = this.faults.findIndex((f) => (!f.method || f.method === method) && f.path.test(path));
    if (index < 0) {
      const dealt = this.dealer?.(method, path);
      if (dealt) this.onFault?.(method, path, dealt, true);
      return dealt;
    }
    const scripted = this.faults[index]!;
    scripted.times -= 1;
    if (scripted.times <= 0) this.faults.splice(index, 1);
    this.onFault?.(method, path, scripted.fault, false);
    return scripted.fault;
  }

  /** Scripted faults not taken yet. */
  get scripted(): number {
    return this.faults.length;
  }

  /** Drops the scripted faults not taken yet (recorded requests stay). */
  clearScripted(): void {
    this.faults.length = 0;
  }

  /** Drops the scripted faults and the recorded requests. */
  clear(): void {
    this.faults.length = 0;
    this.requests.length = 0;
  }

  /** How many recorded requests had this method and a path matching `path`. */
  count(method: string, path: RegExp): number {
    return this.requests.filter((r) => r.method === method && path.test(r.path)).length;
  }
}

/** Wraps a real handler so scripted faults apply to it. */
export function faulty(script: FaultScript, resolver: HttpResponseResolver): HttpResponseResolver {
  return async (info) => {
    script.pending += 1;
    try {
      return await withFault(script, resolver, info);
    } finally {
      script.pending -= 1;
    }
  };
}

async function withFault(
  script: FaultScript,
  resolver: HttpResponseResolver,
  info: Parameters<HttpResponseResolver>[0],
) {
  const url = new URL(info.request.url);
  const path = `${url.pathname}${url.search}`;
  if (script.recordRequests) {
    script.requests.push({ method: info.request.method, path, headers: info.request.headers });
  }
  const fault = script.take(info.request.method, path);
  if (!fault) return resolver(info);
  if ((fault.kind === "status" || fault.kind === "malformed") && fault.after) await resolver(info);
  switch (fault.kind) {
    case "status":
      if (fault.text !== undefined) {
        return new HttpResponse(fault.text, { status: fault.status, headers: fault.headers ?? {} });
      }
      return HttpResponse.json((fault.body ?? { error: "fault" }) as never, {
        status: fault.status,
        headers: fault.headers ?? {},
      });
    case "reset-before":
      return HttpResponse.error();
    case "reset-after":
      await resolver(info);
      return HttpResponse.error();
    case "delay": {
      if (!fault.after) {
        await delay(fault.ms);
        return resolver(info);
      }
      const reply = await resolver(info);
      await delay(fault.ms);
      return reply;
    }
    case "malformed":
      return new HttpResponse(fault.body, {
        status: 200,
        headers: { "content-type": fault.contentType ?? "application/json" },
      });
    case "truncated": {
      const reply = (await resolver(info)) as Response | undefined;
      const text = reply ? await reply.text() : "";
      // A reply without a body (204) is cut inside the body it would have had: an opening brace.
      const cut = text === "" ? "{" : text.slice(0, fault.keep ?? Math.max(1, Math.floor(text.length / 2)));
      const status = reply && reply.status !== 204 ? reply.status : 200;
      return new HttpResponse(cut, {
        status,
        headers: { "content-type": reply?.headers.get("content-type") ?? "application/json" },
      });
    }
    case "retyped": {
      const reply = (await resolver(info)) as Response | undefined;
      const text = reply ? await reply.text() : "";
      const status = reply?.status ?? 200;
      return new HttpResponse(status === 204 ? null : text, {
        status,
        headers: { "content-type": fault.contentType },
      });
    }
  }
}

/** A request a fault can be scripted on. */
export interface Route {
  /** Upper case. */
  method: string;
  /** Matched against path and query. */
  path: RegExp;
}

/** What the shared contract suite needs from every provider's fake. */
export interface ProviderFake {
  /** Routes the contract suite scripts faults on (the purchase, the status poll, the rental purchase). */
  readonly routes: {
    /** The activation purchase. */
    buy?: Route;
    /** The status poll of an activation. */
    poll?: Route;
    /** The rental purchase. */
    rent?: Route;
  };
  /** Client `buy()` input the fake can serve out of the box (a service and country it stocks). */
  readonly buyInput?: BuyInput;
  /** Client `rent()` input the fake can serve out of the box, where the provider rents. */
  readonly rentInput?: RentInput;
  /** The provider it fakes. */
  readonly name: ProviderName;
  /** A fake host, only ever reached through msw; the adapter's `baseUrl`. */
  readonly baseUrl: string;
  /** The key the fake accepts. */
  readonly apiKey: string;
  /** The account's money and ledger. */
  readonly wallet: Wallet;
  /** Faults to script, and every request seen. */
  readonly faults: FaultScript;
  /** msw handlers for this provider's API at `baseUrl`. */
  readonly handlers: Parameters<typeof setupServer>;
  /** The adapter, pointed at the fake, fast retries; `overrides` go to the factory. */
  provider(overrides?: Record<string, unknown>): Provider;
  /** No numbers in stock from now on (or stock back with `n > 0`). */
  setStock(n: number): void;
  /** An SMS arrives for the activation or rental with this provider id. */
  deliver(id: string, text: string, from?: string): void;
  /**
   * What a purchase answered with an unreadable 200 ends in: "settled" where the provider can be asked
   * (an order list, a replay with the same key), "unknown" where it cannot (`OutcomeUnknownError`).
   */
  readonly unreadablePurchase: "settled" | "unknown";
  /** The same for a rental purchase. */
  readonly unreadableRental: "settled" | "unknown";
}

/** A `ProviderFake` of a provider that both buys and rents: all three routes and both inputs are there. */
export interface BuyingRentingFake extends ProviderFake {
  readonly routes: Required<ProviderFake["routes"]>;
  readonly buyInput: BuyInput;
  readonly rentInput: RentInput;
}

/**
 * What every fake's `provider()` gives its adapter besides the fake's URL and key: retries a test does
 * not wait for, and a budget a test never queues behind (a test of the budget passes its own).
 */
export const FAKE_ADAPTER_OPTIONS = {
  retry: { minDelayMs: 1, maxDelayMs: 5 },
  rateLimit: { limit: 10_000, intervalMs: 1_000 },
} as const;

/** One msw server for a test file; fakes' handlers are installed per test. */
export function fakeServer() {
  return setupServer();
}
