/**
 * A small circuit breaker per provider: after `failures` failures in a row (a 5xx, no reply, a rate
 * limit, an unreadable reply) the router rests the provider for `cooldownMs`, leaving it out of buys,
 * rents and quotes without a request. After the rest it is tried again; one more failure rests it again
 * at once, a success makes it whole. Purchases and catalog reads are counted apart, so a provider whose
 * price list answers but whose purchases keep failing still rests (and the other way round). An
 * out-of-stock answer is a provider working, not failing; a refusal made before any request tells
 * nothing either way. Calls on an order or rental always go to its seller, resting or not.
 */
import { SmsError, UnsupportedError } from "../../core/errors.js";
import type { ProviderName } from "../../core/model.js";

/** What `createClient({ providers, breaker })` takes. */
export interface BreakerOptions {
  /** Failures in a row that rest a provider: a positive integer (default 3). */
  failures?: number;
  /** How long it rests, in ms (default 30 000). */
  cooldownMs?: number;
}

/** One provider's health, as `client.health()` shows it. */
export interface ProviderHealth {
  /** The provider. */
  provider: ProviderName;
  /** `"resting"` while it is left out after repeated failures; `"ok"` otherwise. */
  state: "ok" | "resting";
  /** Failures in a row (of purchases, or of catalog reads, whichever has more), reset by a success. */
  failures: number;
  /** Until when it rests (ISO 8601); null when it does not. */
  restingUntil: string | null;
  /** The last failure, while the provider has not yet succeeded since. */
  lastError: SmsError | null;
}

/** Errors that count against a provider's health: it failed, whatever was asked. */
export function isProviderFailure(error: unknown): error is SmsError {
  return (
    error instanceof SmsError &&
    (error.code === "provider_error" ||
      error.code === "network" ||
      error.code === "rate_limited" ||
      error.code === "bad_response")
  );
}

/** What a counted call was: a purchase (buy, rent) or a catalog read (prices, for quotes and ranking). */
export type CallKind = "purchase" | "catalog";

/**
 * Whether a failure came from a request (and so tells about the provider's health): not a refusal the
 * adapter made before sending (`UnsupportedError`, a `ValidationError` with no reply behind it).
 */
export function cameFromRequest(error: SmsError): boolean {
  return error.code !== "unsupported" && !(error.code === "invalid_request" && error.status === undefined);
}

interface State {
  failures: Record<CallKind, number>;
  restingUntil: number;
  lastError: SmsError | null;
}

export class Breaker {
  private readonly states = new Map<ProviderName, State>();
  private readonly threshold: number;
  private readonly cooldownMs: number;

  constructor(
    private readonly names: readonly ProviderName[],
    options: BreakerOptions = {},
    private readonly now: () => number = Date.now,
  ) {
    this.threshold = options.failures ?? 3;
    this.cooldownMs = options.cooldownMs ?? 30_000;
    for (const name of names) {
      this.states.set(name, { failures: { purchase: 0, catalog: 0 }, restingUntil: 0, lastError: null });
    }
  }

  /** Why `name` is left out now (it rests), or null. */
  resting(name: ProviderName): SmsError | null {
    const state = this.states.get(name)!;
    if (state.restingUntil <= this.now()) return null;
    const until = new Date(state.restingUntil).toISOString();
    return new UnsupportedError(
      `${name} is resting until ${until} after ${most(state)} failures in a row (last: ${state.lastError?.message ?? "unknown"})`,
      { provider: name, cause: state.lastError ?? undefined },
    );
  }

  /**
   * What a request to `name` ended with: a failure counts against its kind; anything else (null, an
   * answer such as out of stock) clears that kind's count, and the rest once neither kind is failing.
   * Only outcomes of requests belong here, never a refusal made before one.
   */
  record(name: ProviderName, error: unknown, kind: CallKind): void {
    const state = this.states.get(name);
    if (!state) return;
    if (!isProviderFailure(error)) {
      state.failures[kind] = 0;
      if (most(state) === 0) {
        state.restingUntil = 0;
        state.lastError = null;
      }
      return;
    }
    state.failures[kind] += 1;
    state.lastError = error;
    if (state.failures[kind] >= this.threshold) state.restingUntil = this.now() + this.cooldownMs;
  }

  health(): ProviderHealth[] {
    const now = this.now();
    return this.names.map((provider) => {
      const state = this.states.get(provider)!;
      const resting = state.restingUntil > now;
      return {
        provider,
        state: resting ? "resting" : "ok",
        failures: most(state),
        restingUntil: resting ? new Date(state.restingUntil).toISOString() : null,
        lastError: state.lastError,
      };
    });
  }
}

function most(state: State): number {
  return Math.max(state.failures.purchase, state.failures.catalog);
}
