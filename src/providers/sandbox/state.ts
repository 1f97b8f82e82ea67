/** Everything one sandbox holds, shared by its activation and rental halves. */
import { ValidationError } from "../../core/errors.js";
import { isFinalOrderStatus, type Message, type OrderStatus, type RentalStatus } from "../../core/model.js";
import type { Channel } from "../../core/provider.js";
import { DEFAULT_SERVICES, genericService, type ServiceSpec } from "./catalog.js";
import type { ResolvedOptions, SandboxScenario } from "./options.js";
import { createRandom, type Random } from "./random.js";
import { SandboxWallet } from "./wallet.js";

export interface ActivationRecord {
  id: string;
  number: string;
  service: string;
  country: string;
  channel: Channel;
  price: number;
  createdAt: number;
  expiresAt: number;
  /** When the service's SMS lands; drawn at purchase so timing never changes what is drawn. */
  deliverAt: number;
  code: string;
  /** `code` was forced by the test rather than drawn. */
  codeForced: boolean;
  status: OrderStatus;
  /** Oldest first. */
  messages: Message[];
  /** The automatic SMS has landed, or was lost to "never_delivers". */
  settled: boolean;
}

export interface RentalRecord {
  id: string;
  number: string;
  country: string;
  service: string | null;
  /** The period a renewal repeats. */
  days: number;
  autoRenew: boolean;
  /** Price of the current period, in cents. */
  price: number;
  createdAt: number;
  expiresAt: number;
  status: RentalStatus;
  messages: Message[];
}

export interface SandboxState {
  readonly options: ResolvedOptions;
  readonly random: Random;
  readonly wallet: SandboxWallet;
  readonly services: Map<string, ServiceSpec>;
  readonly stock: Map<string, number>;
  readonly activations: Map<string, ActivationRecord>;
  readonly rentals: Map<string, RentalRecord>;
  /** Purchase key -> what it bought, so a retried purchase answers the first result. */
  readonly idempotency: Map<string, { fingerprint: string; id: string }>;
  scenario: SandboxScenario;
  /** The code automatic SMS carry from now on, or null to draw one per activation. */
  code: string | null;
  now(): number;
}

export function createState(options: ResolvedOptions): SandboxState {
  const services = new Map(Object.entries(DEFAULT_SERVICES));
  for (const [slug, price] of Object.entries(options.services)) {
    const known = services.get(slug);
    services.set(slug, known ? { ...known, price } : genericService(slug, price));
  }
  const stock = new Map([...services].map(([slug, spec]) => [slug, spec.stock]));
  for (const [slug, count] of Object.entries(options.stock)) {
    if (!services.has(slug)) {
      throw new ValidationError(`sandbox options: stock names an unknown service "${slug}"`, {
        provider: "sandbox",
        field: `stock.${slug}`,
        allowed: [...services.keys()],
      });
    }
    stock.set(slug, count);
  }
  return {
    options,
    random: createRandom(options.seed),
    wallet: new SandboxWallet(options.balance, options.currency),
    services,
    stock,
    activations: new Map(),
    rentals: new Map(),
    idempotency: new Map(),
    scenario: options.scenario,
    code: options.code,
    now: options.now,
  };
}

/** The service spec, or a `ValidationError` listing what the sandbox sells. */
export function serviceSpec(state: SandboxState, service: string): ServiceSpec {
  const spec = state.services.get(service);
  if (!spec) {
    throw new ValidationError(`sandbox sells no service "${service}"`, {
      provider: "sandbox",
      field: "service",
      allowed: [...state.services.keys()],
    });
  }
  return spec;
}

/** True while an open activation or an active rental holds `number`. */
export function numberInUse(state: SandboxState, number: string): boolean {
  for (const a of state.activations.values())
    if (a.number === number && !isFinalOrderStatus(a.status)) return true;
  for (const r of state.rentals.values()) if (r.number === number && r.status === "active") return true;
  return false;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * The id an earlier purchase with `key` made, or null. A key reused for a different request is refused,
 * as idempotent APIs do, rather than answering with something the caller did not ask for.
 */
export function priorPurchase(state: SandboxState, key: string | null, fingerprint: string): string | null {
  if (!key) return null;
  const prior = state.idempotency.get(key);
  if (!prior) return null;
  if (prior.fingerprint !== fingerprint) {
    throw new ValidationError("sandbox: this idempotencyKey was already used for a different request", {
      provider: "sandbox",
      field: "idempotencyKey",
    });
  }
  return prior.id;
}

export function rememberPurchase(
  state: SandboxState,
  key: string | null,
  fingerprint: string,
  id: string,
): void {
  if (key) state.idempotency.set(key, { fingerprint, id });
}
