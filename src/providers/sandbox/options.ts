/** The sandbox's own options, checked with zod at construction (a typo is a `ValidationError`). */
import * as z from "zod/mini";
import { canonicalService } from "../../core/catalog.js";
import { lazy } from "../../core/lazy.js";
import { CURRENCIES, type Currency } from "../../core/model.js";
import { validate } from "../../core/validation.js";

/** Every sandbox scenario, for pickers and validation. */
export const SCENARIOS = [
  "normal",
  "out_of_stock",
  "insufficient_balance",
  "never_delivers",
  "provider_error",
  "slow",
] as const;
/** How the sandbox misbehaves, as real providers do on a bad day. */
export type SandboxScenario = (typeof SCENARIOS)[number];

/** `sandbox()` options; all optional, and a misspelled one is a `ValidationError`. */
export interface SandboxOptions {
  /** Same seed and same calls give the same numbers, ids, codes and delays. Omitted: varies per run. */
  seed?: number;
  /** Starting wallet in cents (default 1000, i.e. $10.00). */
  balance?: number;
  /** The wallet's and every price's currency: `"USD"` (the default) or `"EUR"`. */
  currency?: Currency;
  /** Delay from purchase to the SMS: fixed, or drawn from [min, max] (default [1000, 3000]). */
  smsDelayMs?: number | readonly [number, number];
  /** Activation price in cents per service slug; merged over the built-in table (new slugs are added). */
  services?: Record<string, number>;
  /** Numbers on hand per service slug, merged over the built-in counts (a service it does not sell is refused). */
  stock?: Record<string, number>;
  /** How long an activation waits for its code before it expires and is refunded (default 15 min). */
  activationTtlMs?: number;
  /** The clock (ms since epoch); inject one to drive expiry and delivery in tests (default `Date.now`). */
  now?: () => number;
  /**
   * How it misbehaves (default `"normal"`): `"out_of_stock"` and `"insufficient_balance"` refuse purchases,
   * `"never_delivers"` sends no SMS of its own (`deliver()` still does), `"provider_error"` fails every call as a 503 would, `"slow"` makes
   * every call take `latencyMs`.
   */
  scenario?: SandboxScenario;
  /** How long every call takes in the "slow" scenario, in ms (default 2000). */
  latencyMs?: number;
  /**
   * `"auto"` (default): each activation gets its service's SMS after `smsDelayMs`. `"manual"`: no SMS
   * arrives unless a test delivers one with `deliver()`, so nothing races what the test injects.
   */
  delivery?: SandboxDelivery;
  /** The code every automatic SMS carries (digits or letters, 3-10), instead of a drawn one. */
  code?: string;
}

export const DELIVERIES = ["auto", "manual"] as const;
/** Whether activations get their service's SMS on their own (`"auto"`) or only from `deliver()`. */
export type SandboxDelivery = (typeof DELIVERIES)[number];

/** A code a user could type: what `extractCode` reads back out of the service's SMS. */
export const forcedCode = /* @__PURE__ */ lazy(() =>
  z.string().check(z.regex(/^[0-9A-Za-z]{3,10}$/, "must be 3-10 digits or letters")),
);

const cents = /* @__PURE__ */ lazy(() =>
  z.number().check(z.int("must be an integer number of cents"), z.gte(0)),
);
const ms = /* @__PURE__ */ lazy(() => z.int().check(z.gte(0)));
const perService = (value: z.ZodMiniNumber<number>) =>
  z.pipe(
    z.record(z.string().check(z.trim(), z.minLength(1)), value),
    z.transform((table: Record<string, number>) => {
      const out: Record<string, number> = {};
      for (const [slug, n] of Object.entries(table)) out[canonicalService(slug)] = n;
      return out;
    }),
  );

const schema = /* @__PURE__ */ lazy(() =>
  z.strictObject({
    seed: z.optional(z.int()),
    balance: z.optional(cents()),
    currency: z.optional(z.enum(CURRENCIES)),
    smsDelayMs: z.optional(
      z.union([
        ms(),
        z.tuple([ms(), ms()]).check(z.refine(([min, max]) => min <= max, "min must not exceed max")),
      ]),
    ),
    services: z.optional(perService(cents())),
    stock: z.optional(perService(ms())),
    activationTtlMs: z.optional(z.int().check(z.positive())),
    now: z.optional(z.custom<() => number>((v) => typeof v === "function", "now must be a function")),
    scenario: z.optional(z.enum(SCENARIOS)),
    latencyMs: z.optional(ms()),
    delivery: z.optional(z.enum(DELIVERIES)),
    code: z.optional(forcedCode()),
  }),
);

export interface ResolvedOptions {
  seed: number;
  balance: number;
  currency: Currency;
  smsDelayMs: readonly [number, number];
  services: Record<string, number>;
  stock: Record<string, number>;
  activationTtlMs: number;
  now: () => number;
  scenario: SandboxScenario;
  latencyMs: number;
  delivery: SandboxDelivery;
  code: string | null;
}

export function resolveOptions(options: SandboxOptions | undefined): ResolvedOptions {
  const o = validate(schema(), options ?? {}, "sandbox options", "sandbox");
  const now = o.now ?? Date.now;
  const delay = o.smsDelayMs ?? [1000, 3000];
  return {
    // Without a seed each sandbox differs, yet still draws nothing from Math.random.
    seed: o.seed ?? now() % 2 ** 32,
    balance: o.balance ?? 1000,
    currency: o.currency ?? "USD",
    smsDelayMs: typeof delay === "number" ? [delay, delay] : delay,
    services: o.services ?? {},
    stock: o.stock ?? {},
    activationTtlMs: o.activationTtlMs ?? 15 * 60_000,
    now,
    scenario: o.scenario ?? "normal",
    latencyMs: o.latencyMs ?? 2000,
    delivery: o.delivery ?? "auto",
    code: o.code ?? null,
  };
}
