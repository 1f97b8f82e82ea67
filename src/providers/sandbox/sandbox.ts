/**
 * `sandbox()`: an offline, in-memory provider that implements every operation of the contract, so the
 * SDK's whole flow (buy, wait for the code, done or cancel, rent, renew, inbox, balance, services) runs
 * without a network or an account. It simulates a wallet in cents with a ledger, services with prices
 * and stock, numbers of the right shape in a few countries, and each service's real SMS wording arriving
 * after a configurable delay. Time is read from the injectable clock and nothing runs in the
 * background: deliveries, expiries (with their refunds) and auto-renewals happen on the next call
 * that looks. Scenario switches make it fail as real providers do.
 *
 * Decisions: cancel after a code is `OrderStateError` (as FetchSMS and NumPool refuse it; the client's
 * timeout path relies on that); `done` needs a code; an activation with a code closes as `done` at
 * its expiry, without refund; purchases with an `idempotencyKey` are de-duplicated.
 */
import * as z from "zod/mini";
import { serviceName } from "../../core/catalog.js";
import { lazy } from "../../core/lazy.js";
import type { Message, Order, Rental, RentalOffer, ServiceOffer } from "../../core/model.js";
import type {
  CallOptions,
  ProviderCapabilities,
  ProviderWith,
  RentalOffersRequest,
} from "../../core/provider.js";
import { validate } from "../../core/validation.js";
import { buyActivation, cancelActivation, doneActivation, pollActivation } from "./activations.js";
import { RENTAL_DAYS } from "./catalog.js";
import { deliver, settleAll } from "./deliver.js";
import { SANDBOX_COUNTRIES } from "./numbers.js";
import {
  forcedCode,
  resolveOptions,
  type SandboxOptions,
  type SandboxScenario,
  SCENARIOS,
} from "./options.js";
import { rentalOffers } from "./rental-offers.js";
import { cancelRental, getRental, inbox, renew, rent } from "./rentals.js";
import { gate } from "./scenario.js";
import { createState, type SandboxState, serviceSpec } from "./state.js";
import type { LedgerEntry } from "./wallet.js";

/** The sandbox: every operation of the contract, plus switches and a ledger for tests. */
export interface SandboxProvider
  extends ProviderWith<
    | "buy"
    | "poll"
    | "done"
    | "cancel"
    | "rent"
    | "getRental"
    | "renew"
    | "cancelRental"
    | "inbox"
    | "balance"
    | "services"
  > {
  /** Always `"sandbox"`. */
  readonly name: "sandbox";
  /**
   * Every rental period in every sandbox country, priced in the sandbox's currency; no service (a rental
   * takes any sender), no number type, stock unknown (0 in the `out_of_stock` scenario).
   */
  rentalOffers(request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]>;
  /** The scenario now in force. */
  readonly scenario: SandboxScenario;
  /** Switches the scenario for every later call. */
  setScenario(scenario: SandboxScenario): void;
  /**
   * Puts an SMS on an open activation or active rental, named by id, by number, or by the object
   * itself; it is received now. Returns the message as the order or inbox will show it.
   */
  deliver(target: string | Order | Rental, text: string, from?: string): Message;
  /** Every charge and refund so far, oldest first. */
  ledger(): LedgerEntry[];
  /** Sets how many numbers are on hand for `service`. */
  setStock(service: string, count: number): void;
  /**
   * The code the automatic SMS of activations bought from now on carry (3-10 digits or letters), or
   * `null` to draw one again. Orders bought before keep theirs.
   */
  setCode(code: string | null): void;
  /**
   * Back to the state the sandbox was created in: wallet, ledger, stock, orders, rentals, scenario,
   * forced code, and the seeded draws (the same seed gives the same numbers and codes again).
   */
  reset(): void;
}

const scenarioSchema = /* @__PURE__ */ lazy(() => z.enum(SCENARIOS));
const stockSchema = /* @__PURE__ */ lazy(() =>
  z.object({ service: z.string().check(z.minLength(1)), count: z.int().check(z.gte(0)) }),
);

/** What the sandbox can do: everything, so every path of the client can be tried offline. */
export const sandboxCapabilities: ProviderCapabilities = /* @__PURE__ */ Object.freeze({
  activations: true,
  done: true,
  rentals: true,
  renew: true,
  cancelRental: true,
  balance: true,
  services: true,
  voice: true,
  areaCode: true,
  idempotency: true,
  countries: SANDBOX_COUNTRIES,
  rentalDays: RENTAL_DAYS,
  pollIntervalMs: 500,
});

/**
 * An offline provider for demos and tests: no account, no network, deterministic with a `seed`. Its
 * behaviour is in docs/providers/sandbox.md.
 */
export function sandbox(options?: SandboxOptions): SandboxProvider {
  const resolved = resolveOptions(options);
  let state = createState(resolved);
  return {
    name: "sandbox",
    capabilities: sandboxCapabilities,
    get scenario() {
      return state.scenario;
    },
    setScenario(scenario) {
      state.scenario = validate(scenarioSchema(), scenario, "scenario", "sandbox");
    },
    async buy(request, opts) {
      await gate(state, opts);
      return buyActivation(state, request);
    },
    async poll(order, opts) {
      await gate(state, opts);
      return pollActivation(state, order.id);
    },
    async done(order, opts) {
      await gate(state, opts);
      return doneActivation(state, order.id);
    },
    async cancel(order, opts) {
      await gate(state, opts);
      return cancelActivation(state, order.id);
    },
    async rent(request, opts) {
      await gate(state, opts);
      return rent(state, request);
    },
    async getRental(rental, opts) {
      await gate(state, opts);
      return getRental(state, rental.id);
    },
    async renew(rental, request, opts) {
      await gate(state, opts);
      return renew(state, rental.id, request);
    },
    async cancelRental(rental, opts) {
      await gate(state, opts);
      return cancelRental(state, rental.id);
    },
    async inbox(rental, opts) {
      await gate(state, opts);
      return inbox(state, rental.id);
    },
    async balance(opts) {
      await gate(state, opts);
      settleAll(state);
      return state.wallet.balance();
    },
    async services(request, opts) {
      await gate(state, opts);
      settleAll(state);
      return offers(state, request.country);
    },
    async rentalOffers(request, opts) {
      await gate(state, opts);
      return rentalOffers(state, request);
    },
    deliver(target, text, from) {
      return deliver(state, target, text, from);
    },
    ledger() {
      settleAll(state);
      return state.wallet.ledger();
    },
    setCode(code) {
      state.code = code === null ? null : validate(forcedCode(), code, "code", "sandbox");
    },
    reset() {
      state = createState(resolved);
    },
    setStock(service, count) {
      const checked = validate(stockSchema(), { service, count }, "setStock", "sandbox");
      serviceSpec(state, checked.service);
      state.stock.set(checked.service, checked.count);
    },
  };
}

function offers(state: SandboxState, country: string | null): ServiceOffer[] {
  if (country && !SANDBOX_COUNTRIES.includes(country)) return [];
  return [...state.services].map(([slug, spec]) => ({
    provider: "sandbox",
    service: slug,
    name: serviceName(slug),
    country,
    price: { amount: spec.price, currency: state.wallet.currency },
    stock: state.scenario === "out_of_stock" ? 0 : (state.stock.get(slug) ?? 0),
    providerServiceId: slug,
  }));
}
