/**
 * The chaos run: full flows (buy -> code -> done, timeouts, cancels, expiries, reuse, withOrder, watch,
 * rentals rented, read, renewed and cancelled) against the five provider fakes and the sandbox, with
 * faults dealt to their requests, then every fake's ledger reconciled with what the SDK reported.
 *
 * Dealing: first a deterministic pass (one flow per paid or cancel route and fault kind, so every such
 * route meets every kind, before and after the provider acted; the cancel route twice, through an
 * explicit cancel and through a timeout's cancel), with no other fault in those flows; then flows of
 * random types with every request faulted at `rate` (seeded). A pair whose fault the flow never reached
 * is run again (at most twice more).
 *
 * Replay: everything random derives from `seed` per lane and per flow (`deriveSeed`), so a lane's
 * flows do not depend on how far the other lanes got; `only` ("numpool" or "numpool#37") runs one lane,
 * or one flow of it.
 */
import { setupServer } from "msw/node";
import type { ProviderName } from "../../src/core/model.js";
import { onChaosClock, sleep } from "./clock.js";
import type { FaultKind } from "./faults.js";
import { Flow, type FlowRecord } from "./flows.js";
import {
  CHAOS_KEYS,
  fetchsmsLane,
  inspectForSecrets,
  juicysmsLane,
  type Lane,
  numariqLane,
  numpoolLane,
  sandboxLane,
  tempnumberLane,
} from "./lanes.js";
import { type ChargeState, type FlowVerdict, RentalHistory, reconcileFlow } from "./reconcile.js";
import { createRng, deriveSeed } from "./rng.js";
import { SecretWatch } from "./secrets.js";

export interface ChaosOptions {
  /** Flows in all (at least the deterministic pass's, when `pairs` is "all"). */
  flows: number;
  seed: number;
  /** Share of requests faulted in the random pass. */
  rate: number;
  /** "all": every (route x kind) pair; "sample": each route and each kind at least once per lane. */
  pairs: "all" | "sample";
  /** "lane" or "lane#index": run only that. */
  only?: string | undefined;
  /** Fake time between two flows of a lane (orders' time windows, as on a real account). */
  gapMs?: number;
}

interface PlannedFlow {
  type: Lane["flowTypes"][number];
  pair: { route: string; kind: FaultKind } | null;
}

export interface LaneResult {
  name: ProviderName;
  flows: FlowRecord[];
  verdicts: FlowVerdict[];
  requests: number;
  faulted: number;
  byKind: Map<FaultKind, number>;
  /** route|kind pairs that had to be met, and those that were not. */
  required: string[];
  unmet: string[];
}

export interface ChaosReport {
  seed: number;
  options: ChaosOptions;
  lanes: LaneResult[];
  secrets: SecretWatch;
  unhandled: string[];
  warnings: string[];
  turns: number;
  wallMs: number;
}

const FLOW_FOR_ROUTE: Record<string, PlannedFlow["type"][]> = {
  buy: ["code"],
  reuse: ["reuse"],
  rent: ["rental"],
  renew: ["rental"],
  cancelRental: ["rental"],
  cancel: ["cancel", "timeout"],
  skip: ["skip"],
};

function planLane(lane: Lane, options: ChaosOptions, randomFlows: number, seed: number): PlannedFlow[] {
  const rng = createRng(deriveSeed(seed, lane.name, "plan"));
  const planned: PlannedFlow[] = [];
  const pairs: Array<{ route: string; kind: FaultKind }> = [];
  if (options.pairs === "all") {
    for (const route of lane.coveredRoutes) for (const kind of lane.kinds) pairs.push({ route, kind });
  } else {
    const seen = new Set<string>();
    const add = (route: string, kind: FaultKind) => {
      if (seen.has(`${route}|${kind}`)) return;
      seen.add(`${route}|${kind}`);
      pairs.push({ route, kind });
    };
    for (const route of lane.coveredRoutes) add(route, rng.pick(lane.kinds));
    for (const kind of lane.kinds) add(rng.pick(lane.coveredRoutes), kind);
  }
  for (const pair of pairs) for (const type of FLOW_FOR_ROUTE[pair.route]!) planned.push({ type, pair });
  for (let i = 0; i < randomFlows; i++) planned.push({ type: rng.pick(lane.flowTypes), pair: null });
  return planned;
}

/** How many flows a lane would plan for its deterministic pass. */
function deterministicCount(lane: Lane, options: ChaosOptions): number {
  return planLane(lane, options, 0, 0).length;
}

async function drain(lane: Lane): Promise<void> {
  for (let i = 0; i < 600 && lane.pending() > 0; i++) await sleep(100);
}

async function runLane(
  lane: Lane,
  plan: PlannedFlow[],
  options: ChaosOptions,
  secrets: SecretWatch,
  onlyIndex: number | null,
): Promise<LaneResult> {
  const flows: FlowRecord[] = [];
  const verdicts: FlowVerdict[] = [];
  const history = new RentalHistory();
  const required = new Set<string>();
  for (const p of plan) if (p.pair) required.add(`${p.pair.route}|${p.pair.kind}`);
  const queue = plan.map((p, index) => ({ ...p, index, retries: 0 }));
  let next = plan.length;

  while (queue.length > 0) {
    const planned = queue.shift()!;
    if (onlyIndex !== null && planned.index !== onlyIndex) continue;
    const seed = deriveSeed(options.seed, lane.name, planned.index);
    const rng = createRng(seed);
    const from = lane.ledger().length;
    const flow = new Flow(lane, rng, secrets, {
      lane: lane.name,
      index: planned.index,
      type: planned.type,
      pair: planned.pair,
      seed,
      ledgerFrom: from,
      ledgerTo: from,
      refundsReported: [],
      smsErrors: 0,
      nonSms: [],
      problems: [],
      armed: false,
    });
    lane.stats.trail = flow.rec.faults;
    lane.deal(planned.pair ? null : createRng(deriveSeed(seed, "dealer")), planned.pair ? 0 : options.rate);
    try {
      await flow.run();
    } catch (error) {
      flow.caught("flow", error);
      flow.rec.problems.push(
        `the flow itself threw: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    flow.stopDeliveries();
    lane.clearScripted();
    await drain(lane);

    // The careful user settles what was reported unknown (no more faults: the SDK has spoken).
    lane.deal(null, 0);
    if (flow.rec.unknowns.length > 0) {
      const held = new Set(flow.rec.orders.keys());
      const charged = lane
        .ledger()
        .slice(from)
        .filter((r) => r.kind === "charge")
        .map((r) => lane.refInfo(r.ref))
        .filter((info) => !info.rental && !held.has(info.id))
        .map((info) => info.id);
      for (const report of flow.rec.unknowns) {
        await lane.settleUnknown(report.known, charged).catch((e) => flow.caught("settle unknown", e));
      }
      await drain(lane);
    }

    flow.rec.ledgerTo = lane.ledger().length;
    const verdict = await reconcileFlow(lane, flow.rec, lane.ledger(), history);
    flows.push(flow.rec);
    verdicts.push(verdict);

    // Hygiene: activations still open (unknown, leaked, unsettled) are closed by the provider's time.
    const open: string[] = [];
    for (const charge of verdict.charges) {
      if (charge.category === "activation" && (await lane.order(charge.id)).open) open.push(charge.id);
    }
    await lane.sweep(open);
    await drain(lane);

    const pairKey = planned.pair ? `${planned.pair.route}|${planned.pair.kind}` : null;
    if (pairKey && !lane.stats.met.has(pairKey) && planned.retries < 2 && onlyIndex === null) {
      queue.push({ ...planned, index: next++, retries: planned.retries + 1 });
    }
    if (options.gapMs) await sleep(options.gapMs);
  }

  const unmet = onlyIndex === null ? [...required].filter((k) => !lane.stats.met.has(k)) : [];
  return {
    name: lane.name,
    flows,
    verdicts,
    requests: lane.stats.requests,
    faulted: lane.stats.faulted,
    byKind: lane.stats.byKind,
    required: [...required],
    unmet,
  };
}

export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const started = performance.now();
  const server = setupServer();
  server.listen({ onUnhandledRequest: "error" });
  const secrets = new SecretWatch(Object.values(CHAOS_KEYS));
  const unhandled: string[] = [];
  const warnings: string[] = [];
  const onUnhandled = (reason: unknown) => {
    secrets.scanError("unhandled rejection", reason);
    unhandled.push(reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason));
  };
  const onWarning = (warning: Error) => {
    secrets.scan("process warning", String(warning), "process warnings");
    secrets.scan("process warning message", warning.message, "process warnings");
    secrets.scan("process warning stack", warning.stack, "process warnings");
    warnings.push(`${warning.name}: ${warning.message}`);
  };
  process.on("unhandledRejection", onUnhandled);
  process.on("warning", onWarning);
  // The SDK's jitter (backoff, p-retry) draws from Math.random: seeded too, so a seed replays the run.
  const random = Math.random;
  const seeded = createRng(deriveSeed(options.seed, "Math.random"));
  Math.random = () => seeded.next();

  try {
    const env = { server, secrets };
    const [onlyLane, onlyIndexText] = (options.only ?? "").split("#");
    const onlyIndex = onlyIndexText === undefined ? null : Number(onlyIndexText);
    // Everything is built on the fast clock: the SDK reads `Date.now` as it was when an object was built
    // (the request budget's clock), and the fakes and the SDK must read one clock.
    const { value, turns } = await onChaosClock(async () => {
      const all = [numariqLane, numpoolLane, juicysmsLane, fetchsmsLane, tempnumberLane, sandboxLane].map(
        (make) => make(env),
      );
      const lanes = onlyLane ? all.filter((l) => l.name === onlyLane) : all;
      if (lanes.length === 0) throw new Error(`no lane ${onlyLane}`);
      for (const lane of all) inspectForSecrets(lane, secrets);
      // The random flows are shared evenly; the deterministic ones are what they are.
      const fixed = lanes.reduce((sum, lane) => sum + deterministicCount(lane, options), 0);
      const random = Math.max(0, options.flows - fixed);
      const plans = lanes.map((lane, i) => {
        const share = Math.floor(random / lanes.length) + (i < random % lanes.length ? 1 : 0);
        return planLane(lane, options, share, options.seed);
      });
      const results = await Promise.all(
        lanes.map((lane, i) => runLane(lane, plans[i]!, options, secrets, onlyIndex)),
      );
      for (const lane of all) inspectForSecrets(lane, secrets);
      return results;
    });
    return {
      seed: options.seed,
      options,
      lanes: value,
      secrets,
      unhandled,
      warnings,
      turns,
      wallMs: performance.now() - started,
    };
  } finally {
    // A late rejection still counts: give the loop a moment before the listeners go.
    await new Promise((resolve) => setTimeout(resolve, 50));
    Math.random = random;
    process.off("unhandledRejection", onUnhandled);
    process.off("warning", onWarning);
    server.close();
  }
}

// --- figures --------------------------------------------------------------------------------------

export interface Figures {
  flows: number;
  requests: number;
  faulted: number;
  charges: number;
  refunds: number;
  states: Record<ChargeState, number>;
  unknownJustified: number;
  unknownUnjustified: number;
  doubleCharges: number;
  leaks: number;
  unsettled: number;
  nonSms: number;
  problems: number;
}

export function figuresOf(lane: LaneResult): Figures {
  const states: Record<ChargeState, number> = {
    used: 0,
    cancelled: 0,
    expired: 0,
    held: 0,
    renewed: 0,
    unknown: 0,
    unsettled: 0,
    leak: 0,
  };
  let charges = 0;
  for (const v of lane.verdicts) {
    for (const c of v.charges) {
      charges += 1;
      states[c.state] += 1;
    }
  }
  const unknowns = lane.flows.flatMap((f) => f.unknowns);
  return {
    flows: lane.flows.length,
    requests: lane.requests,
    faulted: lane.faulted,
    charges,
    refunds: lane.verdicts.reduce((sum, v) => sum + v.refunds, 0),
    states,
    unknownJustified: unknowns.filter((u) => u.justified).length,
    unknownUnjustified: unknowns.filter((u) => !u.justified).length,
    doubleCharges: lane.verdicts.reduce((sum, v) => sum + v.doubleCharges, 0),
    leaks: states.leak,
    unsettled: states.unsettled,
    nonSms: lane.flows.reduce((sum, f) => sum + f.nonSms.length, 0),
    problems:
      lane.flows.reduce((sum, f) => sum + f.problems.length, 0) +
      lane.verdicts.reduce((sum, v) => sum + v.problems.length, 0),
  };
}

function add(a: Figures, b: Figures): Figures {
  const states = { ...a.states };
  for (const key of Object.keys(states) as ChargeState[]) states[key] += b.states[key];
  return {
    flows: a.flows + b.flows,
    requests: a.requests + b.requests,
    faulted: a.faulted + b.faulted,
    charges: a.charges + b.charges,
    refunds: a.refunds + b.refunds,
    states,
    unknownJustified: a.unknownJustified + b.unknownJustified,
    unknownUnjustified: a.unknownUnjustified + b.unknownUnjustified,
    doubleCharges: a.doubleCharges + b.doubleCharges,
    leaks: a.leaks + b.leaks,
    unsettled: a.unsettled + b.unsettled,
    nonSms: a.nonSms + b.nonSms,
    problems: a.problems + b.problems,
  };
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
  return [
    line(head),
    `|${widths.map((w, i) => `${i === 0 ? ":" : ""}${"-".repeat(w + 1)}${i === 0 ? "" : ":"}`).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

export function formatReport(report: ChaosReport): string {
  const per = report.lanes.map((lane) => [lane.name, figuresOf(lane)] as const);
  const total = per.map(([, f]) => f).reduce(add);
  const pct = (f: Figures) => (f.requests ? `${((100 * f.faulted) / f.requests).toFixed(1)}%` : "-");
  const row = (name: string, f: Figures) => [
    name,
    String(f.flows),
    String(f.requests),
    `${f.faulted} (${pct(f)})`,
    String(f.charges),
    String(f.refunds),
    `${f.states.used}/${f.states.cancelled}/${f.states.expired}/${f.states.held}/${f.states.renewed}/${f.states.unknown}`,
    `${f.unknownJustified}/${f.unknownUnjustified}`,
    String(f.doubleCharges),
    String(f.leaks),
    String(f.unsettled),
    String(f.nonSms),
    String(f.problems),
  ];
  const main = table(
    [
      "provider",
      "flows",
      "requests",
      "faulted",
      "charges",
      "refunds",
      "used/cancelled/expired/held/renewed/unknown",
      "unknown (justified/unjustified)",
      "double charges",
      "leaks",
      "unsettled",
      "non-SmsError",
      "other problems",
    ],
    [...per.map(([name, f]) => row(name, f)), row("total", total)],
  );
  const kinds = [...new Set(report.lanes.flatMap((l) => [...l.byKind.keys()]))].sort();
  const byKind = table(
    ["fault kind", ...report.lanes.map((l) => l.name), "total"],
    kinds.map((kind) => {
      const counts = report.lanes.map((l) => l.byKind.get(kind) ?? 0);
      return [kind, ...counts.map((c) => (c ? String(c) : "-")), String(counts.reduce((a, b) => a + b, 0))];
    }),
  );
  const flows = report.lanes.flatMap((l) => l.flows);
  const types = new Map<string, number>();
  for (const f of flows) types.set(f.type, (types.get(f.type) ?? 0) + 1);
  const timeouts = flows.flatMap((f) => f.timeouts);
  const categories = [...report.secrets.byCategory].map(([c, n]) => `${c} ${n}`).join(", ");
  const pairs = report.lanes.reduce((sum, l) => sum + l.required.length, 0);
  const unmet = report.lanes.reduce((sum, l) => sum + l.unmet.length, 0);
  const lines = [
    `chaos seed ${report.seed}: ${total.flows} flows, ${total.requests} requests, ${total.faulted} faulted (${pct(total)}), ` +
      `random rate ${report.options.rate}; (route x kind) pairs met ${pairs - unmet}/${pairs}; ` +
      `${(report.wallMs / 1000).toFixed(1)} s wall, ${report.turns} clock turns`,
    "",
    main,
    "",
    byKind,
    "",
    `flows by type: ${[...types].map(([t, n]) => `${t} ${n}`).join(", ")}; ` +
      `TimeoutErrors ${timeouts.length} (cancelled: true ${timeouts.filter((t) => t.cancelled).length}, ` +
      `false ${timeouts.filter((t) => !t.cancelled).length})`,
    `secrets: ${report.secrets.scanned} texts (${report.secrets.scannedChars} chars) scanned [${categories}], ` +
      `${report.secrets.hits.length} key sightings; unhandled rejections: ${report.unhandled.length}; ` +
      `process warnings: ${report.warnings.length}; non-SmsErrors: ${flows.reduce((n, f) => n + f.nonSms.length, 0)}`,
  ];
  return lines.join("\n");
}

/** Every failure worth a line, with what replays it. */
export function failures(report: ChaosReport): string[] {
  const out: string[] = [];
  const replay = (f: FlowRecord) =>
    `[${f.lane}#${f.index} ${f.type}; faults ${f.faults.join(",") || "none"}; CHAOS_SEED=${report.seed} CHAOS_ONLY=${f.lane}#${f.index}]`;
  for (const lane of report.lanes) {
    lane.flows.forEach((f, i) => {
      const v = lane.verdicts[i]!;
      for (const c of v.charges) {
        if (c.state === "leak" || c.state === "unsettled") out.push(`${c.state}: ${c.note} ${replay(f)}`);
      }
      for (const d of v.doubles) out.push(`double charge: ${d} ${replay(f)}`);
      for (const p of v.problems) out.push(`problem: ${p} ${replay(f)}`);
      for (const u of f.unknowns) if (!u.justified) out.push(`unjustified unknown: ${u.reason} ${replay(f)}`);
      for (const e of f.nonSms) out.push(`non-SmsError from ${e.what}: ${e.error} ${replay(f)}`);
      for (const p of f.problems) out.push(`problem: ${p} ${replay(f)}`);
    });
    for (const pair of lane.unmet) out.push(`${lane.name}: pair ${pair} never met`);
  }
  for (const hit of report.secrets.hits) out.push(`secret in ${hit.where}: ...${hit.excerpt}...`);
  for (const u of report.unhandled) out.push(`unhandled rejection: ${u}`);
  return out;
}

/** One line per flow: what it did, what the SDK said, where each charge ended (CHAOS_VERBOSE). */
export function describeFlows(report: ChaosReport): string[] {
  const out: string[] = [];
  for (const lane of report.lanes) {
    lane.flows.forEach((f, i) => {
      const v = lane.verdicts[i]!;
      const charges = v.charges.map((c) => `${c.category}:${c.state}`).join(",") || "none";
      const unknowns = f.unknowns.map((u) => `${u.operation}:${u.justified ? "J" : "U"}`).join(",");
      const timeouts = f.timeouts.map((t) => `cancelled=${t.cancelled}`).join(",");
      out.push(
        `${f.lane}#${f.index} ${f.type}${f.pair ? ` [${f.pair.route} x ${f.pair.kind}${f.armed ? "" : " NOT ARMED"}]` : ""}: ` +
          `calls a${f.calls.activation}/r${f.calls.rent}/n${[...f.calls.renew.values()].reduce((a, b) => a + b, 0)} ` +
          `errors ${f.smsErrors} charges ${charges}${unknowns ? ` unknown ${unknowns}` : ""}${timeouts ? ` timeout ${timeouts}` : ""}` +
          `${f.faults.length ? ` faults ${f.faults.join(",")}` : ""}`,
      );
    });
  }
  return out;
}
