/**
 * The chaos suite. `npm test` runs a small seeded version (each paid and cancel route of every lane
 * meets a fault, each fault kind meets a route, then random flows); `npm run chaos` runs the full one
 * (every route x kind pair, then random flows, CHAOS_FLOWS in all). Env: CHAOS_FLOWS, CHAOS_SEED,
 * CHAOS_RATE (share of requests faulted in the random flows), CHAOS_PAIRS (all | sample), CHAOS_ONLY
 * (a lane, or lane#flow, to replay one), CHAOS_VERBOSE (a line per flow).
 */
import { describe, expect, it } from "vitest";
import { OutcomeUnknownError, SmsError } from "../../src/core/errors.js";
import { describeFlows, failures, figuresOf, formatReport, runChaos } from "./chaos-runner.js";
import type { FlowRecord } from "./flows.js";
import { CHAOS_KEYS, type Lane } from "./lanes.js";
import { RentalHistory, reconcileFlow } from "./reconcile.js";
import { SecretWatch } from "./secrets.js";

const env = process.env;
const flows = Number(env.CHAOS_FLOWS ?? 400);
const seed = Number(env.CHAOS_SEED ?? 20_260_607);
const rate = Number(env.CHAOS_RATE ?? 0.12);
const pairs = (env.CHAOS_PAIRS ?? (flows >= 1_000 ? "all" : "sample")) as "all" | "sample";

describe("chaos", () => {
  it(
    `${flows} flows (seed ${seed}): no double charge, no leak, every charge settled or reported, no key anywhere`,
    async () => {
      const report = await runChaos({ flows, seed, rate, pairs, only: env.CHAOS_ONLY, gapMs: 20_000 });
      if (env.CHAOS_VERBOSE) console.log(describeFlows(report).join("\n"));
      console.log(formatReport(report));
      const found = failures(report);
      if (found.length > 0) console.log(`failures (${found.length}):\n${found.slice(0, 120).join("\n")}`);

      const figures = report.lanes.map(figuresOf);
      const sum = (pick: (f: ReturnType<typeof figuresOf>) => number) =>
        figures.reduce((total, f) => total + pick(f), 0);
      expect(sum((f) => f.flows)).toBeGreaterThanOrEqual(env.CHAOS_ONLY ? 1 : Math.min(flows, 100));
      expect({
        doubleCharges: sum((f) => f.doubleCharges),
        leaks: sum((f) => f.leaks),
        unsettled: sum((f) => f.unsettled),
        unjustifiedUnknowns: sum((f) => f.unknownUnjustified),
        nonSmsErrors: sum((f) => f.nonSms),
        otherProblems: sum((f) => f.problems),
        secretSightings: report.secrets.hits.length,
        unhandledRejections: report.unhandled.length,
        unmetPairs: report.lanes.flatMap((l) => l.unmet),
      }).toEqual({
        doubleCharges: 0,
        leaks: 0,
        unsettled: 0,
        unjustifiedUnknowns: 0,
        nonSmsErrors: 0,
        otherProblems: 0,
        secretSightings: 0,
        unhandledRejections: 0,
        unmetPairs: [],
      });
    },
    30 * 60_000,
  );
});

describe("chaos: the checks themselves", () => {
  it("the secret watch finds a key in a cause of an aggregated error, URL-encoded, in `known`, or in part", () => {
    const key = CHAOS_KEYS.juicysms;
    const nested = new SecretWatch([key]);
    const inner = new Error(`GET https://juicysms.test/api/getsms?key=${encodeURIComponent(key)}`);
    nested.scanError("test", new AggregateError([new SmsError("outer", { cause: inner })], "both failed"));
    expect(nested.hits.length).toBeGreaterThan(0);
    const known = new SecretWatch([key]);
    known.scanError("test", new OutcomeUnknownError("x", { operation: "buy", known: { reply: `k=${key}` } }));
    expect(known.hits.length).toBeGreaterThan(0);
    const partial = new SecretWatch([key]);
    partial.scan("test", `...${key.slice(-16)}`);
    expect(partial.hits).toHaveLength(1);
  });

  it("the reconciliation flags a double charge, a leak and an order left open", async () => {
    const ledger = [
      { kind: "charge" as const, amount: 50, ref: "held-open" },
      { kind: "charge" as const, amount: 50, ref: "never-told" },
    ];
    const lane = {
      name: "numariq",
      refInfo: (ref: string) => ({ id: ref, rental: false }),
      order: async () => ({ exists: true, open: true, hasCode: false, status: "waiting" }),
    } as unknown as Lane;
    const rec = {
      lane: "numariq",
      index: 0,
      type: "code",
      pair: null,
      seed: 0,
      ledgerFrom: 0,
      ledgerTo: 2,
      orders: new Map([["held-open", { expected: null, got: null, sdkClosed: false, timeoutOpen: false }]]),
      rentals: new Set(),
      renewals: new Map(),
      calls: { activation: 1, rent: 0, renew: new Map() },
      unknowns: [],
      timeouts: [],
      refundsReported: [{ id: "held-open", amount: 50 }],
      smsErrors: 0,
      nonSms: [],
      problems: [],
      armed: false,
      faults: [],
    } satisfies FlowRecord;
    const verdict = await reconcileFlow(lane, rec, ledger, new RentalHistory());
    expect(verdict.charges.map((c) => c.state)).toEqual(["unsettled", "leak"]);
    expect(verdict.doubleCharges).toBe(1);
    expect(verdict.problems).toEqual(["the SDK reported 50 refunded for held-open; the ledger shows 0"]);
  });
});
