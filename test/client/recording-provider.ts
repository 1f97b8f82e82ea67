/**
 * A provider that implements every method and records what it is handed, while declaring whatever
 * capabilities a test gives it. Real adapters repeat some of the client's checks themselves, so only a
 * provider like this shows that the client alone keeps a request from reaching an adapter.
 */
import type { Order, Provider, ProviderCapabilities, Rental, ServiceOffer } from "../../src/index.js";
import { buildOrder } from "../../src/testing/builders.js";

const ORDER: Order = buildOrder({ price: { amount: 50, currency: "USD" } });

const RENTAL: Rental = {
  id: "rnt-1",
  provider: "sandbox",
  number: "+12125550101",
  country: "US",
  service: null,
  status: "active",
  autoRenew: false,
  price: null,
  expiresAt: null,
  messages: [],
};

export const ALL_CAPABILITIES: ProviderCapabilities = {
  activations: true,
  done: true,
  rentals: true,
  renew: true,
  cancelRental: true,
  balance: true,
  services: true,
  voice: true,
  areaCode: true,
  idempotency: false,
  countries: null,
  rentalDays: [7, 30],
  pollIntervalMs: 1_000,
};

export function recordingProvider(
  capabilities: Partial<ProviderCapabilities> = {},
  offers: ServiceOffer[] = [],
) {
  const calls: Array<[string, ...unknown[]]> = [];
  const record =
    <T>(op: string, answer: T) =>
    async (...args: unknown[]): Promise<T> => {
      calls.push([op, ...args.filter((a) => a !== undefined)]);
      return structuredClone(answer);
    };
  const provider: Provider = {
    // The name only has to be one the model knows; nothing here is the sandbox.
    name: "sandbox",
    capabilities: { ...ALL_CAPABILITIES, ...capabilities },
    buy: record("buy", ORDER),
    poll: record("poll", ORDER),
    done: record("done", { ...ORDER, status: "done" }),
    cancel: record("cancel", { order: { ...ORDER, status: "cancelled" }, refunded: ORDER.price }),
    rent: record("rent", RENTAL),
    getRental: record("getRental", RENTAL),
    renew: record("renew", RENTAL),
    cancelRental: record("cancelRental", { rental: { ...RENTAL, status: "cancelled" }, refunded: null }),
    inbox: record("inbox", []),
    balance: record("balance", { amount: 1_000, currency: "USD" }),
    services: record("services", offers),
  };
  return { provider, calls, order: ORDER, rental: RENTAL };
}
