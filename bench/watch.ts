/**
 * Watching many orders: `client.watch(order, { intervalMs })` against a loopback FetchSMS that enforces a
 * rate limit (watch-server.ts), side by side with the naive loop of a provider's quick-start (each order
 * GETs its verification every 4 s, a 429 being just "no code yet"). For N = 1, 10, 100, 1,000 orders, each
 * order's SMS becomes visible at a random moment in the first SMS_WINDOW_MS; every client runs against a
 * fresh server with the same arrival schedule and codes, until every code came or the deadline passed.
 *
 * unisms runs twice: with the per-order endpoint only (a copy of the provider without `pollMany`, so it
 * has its own scheduler) and with the list endpoint (`GET /verifications?tab=active`, the provider as
 * is). Each watcher stops at its code, as `waitForCode` does. The provider is given the server's limit
 * (FetchSMS documents none). All loops and watchers of a run start at once, as after a batch purchase.
 *
 * Figures: requests and 429s as the server counted them; delay = the `code` event (or the naive loop
 * seeing the code) minus the moment the server began to show that SMS; CPU time of this process (the
 * server runs in its own); heap growth per order right after the N watchers (or loops) were set up,
 * before any reply came, after a full gc, compiled code left out. At N = 10,000 (watchers only) heap is read again after every
 * watcher's first look, when each holds a fresh order.
 *
 * Targets (the issue's): 0 x 429 at every N; every code received; p95 delay within 10% of
 * `max(intervalMs, N / requests-per-second)` with the per-order endpoint, of `intervalMs` plus one look's
 * round trips (list, then `/messages`) with the list endpoint; under 2 KB heap per watched order (judged
 * at N >= 1,000, where the fixed cost of a scheduler, a client and a connection pool is spread thin).
 *
 * With UNISMS_BENCH_WATCH_WHATIF=1 two more runs at N = 1,000 tell the scheduler apart from the FetchSMS
 * adapter: a look that costs one request (no `/messages` read, as a provider whose one GET carries the
 * code), and list watchers kept after their code (`watch`'s default). They are reported, not judged. Figures of the last run: results.md.
 */
import dc from "node:diagnostics_channel";
import { setMaxListeners } from "node:events";
import type { Socket } from "node:net";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import v8 from "node:v8";
import {
  createClient,
  type FetchSmsProvider,
  fetchsms,
  type Order,
  type OrderWatcher,
  orderState,
  type Provider,
} from "../src/index.js";
import { fmt, hasGc, percentile, type Result, settledHeap } from "./harness.js";
import { type Planned, plan } from "./watch-plan.js";
import { startWatchServer, type WatchServerStats } from "./watch-server.js";

const API_KEY = "fs_bench_key_0123456789";
/** The server's limit, and the `rateLimit` the provider is given. */
const LIMIT = { limit: 100, intervalMs: 1_000 };
/** Between looks: the watchers' `intervalMs` and the naive loop's sleep (4 s). */
const INTERVAL_MS = 4_000;
/** Each order's SMS becomes visible at a uniformly random moment in this window after t0. */
const SMS_WINDOW_MS = 10_000;
const NS = [1, 10, 100, 1_000];
const HEAP_N = 10_000;
const HEAP_TARGET = 2_048;
/** "within 10%". */
const TOLERANCE = 1.1;
/** How long the "kept" what-if goes on after its last code. */
const TAIL_MS = 12_000;
/** Set-up time before t0 (servers and watchers are ready before the first SMS can show). */
const LEAD_MS = 300;

/** Set to 1 for the what-if runs at N = 1,000 (see above). */
const WHAT_IF_ENV = "UNISMS_BENCH_WATCH_WHATIF";

type Variant = "naive" | "per-order" | "list" | "per-order-1req" | "list-kept";
const VARIANTS: Variant[] = ["naive", "per-order", "list"];
const WHAT_IFS: Variant[] = ["per-order-1req", "list-kept"];
const LABEL: Record<Variant, string> = {
  naive: "naive loop",
  "per-order": "unisms, per-order endpoint",
  list: "unisms, list endpoint",
  "per-order-1req": "what-if: per-order, a look = 1 request (no /messages)",
  "list-kept": "what-if: list, watchers kept after their code",
};
const isListVariant = (v: Variant) => v === "list" || v === "list-kept";

interface Figures {
  variant: Variant;
  n: number;
  server: WatchServerStats;
  codes: number;
  wrongCodes: number;
  /** `error` and `retry` events (watchers), failed fetches (naive). */
  errors: number;
  retries: number;
  delays: number[];
  p50: number;
  p95: number;
  /** The p95 target before the 10% (NaN for the naive loop). */
  boundMs: number;
  boundNote: string;
  cpuMs: number;
  heapPerOrder: number;
  /** t0 to the last code (or to the deadline). */
  durationMs: number;
  /** "list-kept" only: what the watchers still sent in the TAIL_MS after every code was in. */
  tail: string;
}

interface Started {
  stop(): void;
}

interface Client {
  /** Starts watching every order; `onCode(i, code)` once per order (the first code). */
  start(orders: Order[], onCode: (i: number, code: string) => void): Started;
  /** Counted failures (after the run). */
  errors: number;
  retries: number;
  /** Client-side durations of served requests by route, ms (watchers only). */
  rtt: { list: number[]; messages: number[]; one: number[] };
}

/**
 * Heap in use after a full collection, without yielding (no reply can land in between). Code spaces are
 * left out: the JIT compiles as the watchers are set up, a one-off that is not per order.
 */
function heapNow(): number {
  globalThis.gc?.();
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) {
    if (!space.space_name.startsWith("code")) used += space.space_used_size;
  }
  return used;
}

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const AUTH = { authorization: `Bearer ${API_KEY}`, accept: "application/json" };

/**
 * What-if: a look that reads only `GET /verifications/:id` and takes the code it shows, inside the
 * provider's budget (a slot until the reply, as the transport holds it). Not the adapter: the run that
 * uses it tells the scheduler's pacing apart from the adapter's second request per code.
 */
function oneRequestPoll(base: FetchSmsProvider, baseUrl: string): NonNullable<Provider["poll"]> {
  return async (order) => {
    const release = (await base.budget?.acquire()) ?? (() => {});
    let v: { status?: string; code?: unknown };
    try {
      const reply = await fetch(`${baseUrl}/verifications/${order.id}`, { headers: AUTH });
      v = (await reply.json()) as typeof v;
      if (!reply.ok) throw new Error(`what-if poll: HTTP ${reply.status}`);
    } finally {
      release();
    }
    const code = v.code ? String(v.code) : null;
    return {
      ...order,
      ...orderState(v.status === "received" ? "received" : "waiting", code),
      messages: code ? [{ id: null, from: null, text: null, code, receivedAt: null }] : [],
    };
  };
}

function watcherClient(variant: Exclude<Variant, "naive">, baseUrl: string, intervalMs: number): Client {
  const rtt = { list: [] as number[], messages: [] as number[], one: [] as number[] };
  const base = fetchsms({
    apiKey: API_KEY,
    baseUrl,
    rateLimit: LIMIT,
    hooks: {
      onResponse: (e) => {
        if (e.status !== 200) return;
        const bucket =
          e.path === "/verifications" ? rtt.list : e.path.endsWith("/messages") ? rtt.messages : rtt.one;
        bucket.push(e.durationMs);
      },
    },
  });
  // A separate object gets its own scheduler; without `pollMany` it looks at each order alone.
  const provider: Provider =
    variant === "per-order"
      ? { ...base, pollMany: undefined }
      : variant === "per-order-1req"
        ? { ...base, pollMany: undefined, poll: oneRequestPoll(base, baseUrl) }
        : base;
  const keep = variant === "list-kept";
  const client = createClient({ provider });
  const self: Client = {
    errors: 0,
    retries: 0,
    rtt,
    start(orders, onCode) {
      const watchers: OrderWatcher<Order>[] = orders.map((order, i) => {
        const w = client.watch(order, { intervalMs });
        w.on("code", (code) => {
          onCode(i, code);
          if (!keep) w.stop();
        });
        w.on("retry", () => self.retries++);
        w.on("error", () => self.errors++);
        return w;
      });
      return {
        stop: () => {
          for (const w of watchers) w.stop();
        },
      };
    },
  };
  return self;
}

/**
 * The naive loop, per order: sleep 4 s, GET the verification, stop at a code. A 429's body has no code,
 * so it reads as "not yet" (its Retry-After is ignored). A failed fetch is tried again next round (kinder
 * than a bare loop, which would end on it).
 */
function naiveClient(baseUrl: string, intervalMs: number): Client {
  const self: Client = {
    errors: 0,
    retries: 0,
    rtt: { list: [], messages: [], one: [] },
    start(orders, onCode) {
      // One signal ends every loop's sleep (a fetch in flight ends with the server).
      const stop = new AbortController();
      const { signal } = stop;
      setMaxListeners(orders.length + 10, signal);
      const loop = async (url: string, i: number) => {
        for (;;) {
          try {
            await sleep(intervalMs, undefined, { signal });
            const v = (await (await fetch(url, { headers: AUTH })).json()) as { code?: unknown };
            if (v.code) return onCode(i, String(v.code));
          } catch {
            if (signal.aborted) return;
            self.errors++;
          }
        }
      };
      orders.forEach((order, i) => void loop(`${baseUrl}/verifications/${order.id}`, i));
      return { stop: () => stop.abort() };
    },
  };
  return self;
}

/** With the per-order endpoint a round costs N requests: the issue's limit. */
const perOrderBoundMs = (n: number) => Math.max(INTERVAL_MS, (n / LIMIT.limit) * LIMIT.intervalMs);
const deadlineMs = (n: number) => SMS_WINDOW_MS + 3 * perOrderBoundMs(n) + 2_000;

async function run(
  variant: Variant,
  planned: Planned[],
  options: { intervalMs: number; leadMs: number; deadlineMs: number },
): Promise<Figures> {
  const n = planned.length;
  const t0 = Date.now() + options.leadMs;
  const server = await startWatchServer({
    apiKey: API_KEY,
    limit: LIMIT.limit,
    windowMs: LIMIT.intervalMs,
    t0,
    orders: planned.map((p) => p.seeded),
  });
  let started: Started | undefined;
  try {
    const client =
      variant === "naive"
        ? naiveClient(server.baseUrl, options.intervalMs)
        : watcherClient(variant, server.baseUrl, options.intervalMs);
    const orders = planned.map((p) => p.order);
    const delays: number[] = [];
    let wrongCodes = 0;
    let lastCodeAt = t0;
    let allIn: () => void = () => {};
    const finished = new Promise<void>((resolve) => {
      allIn = resolve;
    });
    const onCode = (i: number, code: string) => {
      const at = Date.now();
      const seeded = planned[i]!.seeded;
      if (code !== seeded.code) wrongCodes++;
      else delays.push(at - (t0 + seeded.offsetMs!));
      lastCodeAt = at;
      if (delays.length + wrongCodes === n) allIn();
    };

    // Settled first (finalizers run), then read in the same synchronous block as the set-up and the
    // reading after it: only what the set-up allocated lies between the two readings.
    await settledHeap();
    const heapBefore = heapNow();
    const cpuStart = process.cpuUsage();
    started = client.start(orders, onCode);
    const gcStart = process.cpuUsage();
    const heapAfter = heapNow();
    const gcMs = cpuMsSince(gcStart);

    const deadline = new AbortController();
    const wait = Math.max(0, t0 + options.deadlineMs - Date.now());
    await Promise.race([finished, sleep(wait, undefined, { signal: deadline.signal }).catch(() => {})]);
    deadline.abort();
    if (variant !== "list-kept") started.stop();
    const cpuMs = cpuMsSince(cpuStart) - gcMs;
    const complete = delays.length + wrongCodes === n;
    const durationMs = (complete ? lastCodeAt : Date.now()) - t0;
    const stats = await server.stats();
    let tail = "";
    if (variant === "list-kept") {
      // The watchers go on after their code, as `watch` does by default: what do they cost then?
      await sleep(TAIL_MS);
      const later = await server.stats();
      const lists = later.list - stats.list;
      tail = `then ${fmt(((later.requests - stats.requests) / TAIL_MS) * 1000)} req/s for ${fmt(TAIL_MS / 1000)} s (${count(later.messages - stats.messages)} /messages, ${lists} list${lists === 1 ? "" : "s"})`;
    }
    started.stop();

    let boundMs = Number.NaN;
    let boundNote = "";
    if (isListVariant(variant)) {
      const list = percentile(client.rtt.list, 50);
      const messages = client.rtt.messages.length ? percentile(client.rtt.messages, 50) : 0;
      boundMs = options.intervalMs + list + messages;
      boundNote = `${fmt(options.intervalMs)} ms + a look's round trips (p50 list ${fmt(list)} ms + /messages ${fmt(messages)} ms)`;
    } else if (variant !== "naive") {
      boundMs = perOrderBoundMs(n);
      boundNote = `max(${fmt(INTERVAL_MS)} ms, ${n} / ${LIMIT.limit} req/s)`;
    }
    return {
      variant,
      n,
      server: stats,
      codes: delays.length,
      wrongCodes,
      errors: client.errors,
      retries: client.retries,
      delays,
      p50: percentile(delays, 50),
      p95: percentile(delays, 95),
      boundMs,
      boundNote,
      cpuMs,
      heapPerOrder: (heapAfter - heapBefore) / n,
      durationMs,
      tail,
    };
  } finally {
    started?.stop();
    await server.close();
  }
}

/** Compiles every path once (codes already in, a short interval), so the N = 1 runs do not pay for it. */
async function warmUp(): Promise<void> {
  const planned = plan(20, 1, 0);
  for (const variant of VARIANTS) {
    await run(variant, planned, { intervalMs: 50, leadMs: -1_000, deadlineMs: 5_000 });
  }
}

interface AtScale {
  createdPerOrder: number;
  polledPerOrder: number;
  polled: number;
  roundMs: number;
  cpuMs: number;
}

/** N = 10,000 watchers on the list endpoint, no SMS: heap once set up, and again after every first look. */
async function heapAtScale(): Promise<AtScale> {
  const planned = plan(HEAP_N, 10_000, null);
  const server = await startWatchServer({
    apiKey: API_KEY,
    limit: LIMIT.limit,
    windowMs: LIMIT.intervalMs,
    t0: Date.now(),
    orders: planned.map((p) => p.seeded),
  });
  let watchers: OrderWatcher<Order>[] = [];
  try {
    const client = createClient({
      provider: fetchsms({ apiKey: API_KEY, baseUrl: server.baseUrl, rateLimit: LIMIT }),
    });
    const orders = planned.map((p) => p.order);
    let polled = 0;
    let allPolled: () => void = () => {};
    const round = new Promise<void>((resolve) => {
      allPolled = resolve;
    });
    await settledHeap();
    const before = heapNow();
    const cpuStart = process.cpuUsage();
    const t = performance.now();
    watchers = orders.map((order) => {
      const w = client.watch(order, { intervalMs: INTERVAL_MS });
      w.on("code", () => w.stop());
      w.once("poll", () => {
        if (++polled === HEAP_N) allPolled();
      });
      return w;
    });
    const gcStart = process.cpuUsage();
    const created = heapNow();
    const gcMs = cpuMsSince(gcStart);
    const timeout = new AbortController();
    await Promise.race([round, sleep(60_000, undefined, { signal: timeout.signal }).catch(() => {})]);
    timeout.abort();
    const roundMs = performance.now() - t;
    const cpuMs = cpuMsSince(cpuStart) - gcMs;
    await settledHeap();
    const after = heapNow();
    return {
      createdPerOrder: (created - before) / HEAP_N,
      polledPerOrder: (after - before) / HEAP_N,
      polled,
      roundMs,
      cpuMs,
    };
  } finally {
    for (const w of watchers) w.stop();
    await server.close();
  }
}

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : "-");
const count = (n: number) => n.toLocaleString("en-US");

function tableOf(all: Figures[], scale: AtScale): string {
  const cpus = os.cpus();
  const lines = [
    `Run ${new Date().toISOString()}: Node ${process.version}, ${cpus.length} x ${cpus[0]?.model.trim() ?? "unknown CPU"}, ${process.platform}/${process.arch}, gc ${hasGc() ? "exposed" : "NOT exposed"}.`,
    `Server limit ${LIMIT.limit} requests per ${fmt(LIMIT.intervalMs)} ms (sliding, 429 + Retry-After past it; refused requests do not use quota), intervalMs ${fmt(INTERVAL_MS)}, SMS visible at a random moment in the first ${fmt(SMS_WINDOW_MS / 1000)} s, deadline t0 + ${fmt(SMS_WINDOW_MS / 1000)} s + 3 rounds + 2 s.`,
    "",
    "| N | client | requests (GET one / messages / list) | 429s | codes | p50 delay | p95 delay | p95 target | CPU | heap / order | last code |",
    "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const f of all) {
    const s = f.server;
    const target = f.variant === "naive" ? "-" : `<= ${seconds(TOLERANCE * f.boundMs)}`;
    lines.push(
      `| ${count(f.n)} | ${LABEL[f.variant]} | ${count(s.requests)} (${count(s.one)} / ${count(s.messages)} / ${count(s.list)}) | ${count(s.limited)} | ${count(f.codes)}/${count(f.n)}${f.wrongCodes ? ` (${f.wrongCodes} wrong)` : ""} | ${seconds(f.p50)} | ${seconds(f.p95)} | ${target} | ${fmt(f.cpuMs)} ms | ${fmt(f.heapPerOrder)} B | ${seconds(f.durationMs)}${f.tail ? `, ${f.tail}` : ""} |`,
    );
  }
  lines.push(
    `| ${count(HEAP_N)} | unisms, list endpoint (heap only) | - | - | - | - | - | - | ${fmt(scale.cpuMs)} ms | ${fmt(scale.createdPerOrder)} B set up, ${fmt(scale.polledPerOrder)} B after a look | first round ${seconds(scale.roundMs)} |`,
  );
  return lines.join("\n");
}

function resultsOf(all: Figures[], scale: AtScale, sockets: { total: number; foreign: string[] }): Result[] {
  const results: Result[] = [];
  for (const n of NS) {
    const naive = all.find((f) => f.n === n && f.variant === "naive")!;
    results.push({
      name: `naive N=${n}: requests`,
      value: naive.server.requests,
      unit: "requests",
      compare: "info",
      target: 0,
      detail: `${count(naive.server.limited)} x 429, codes ${naive.codes}/${n} by the deadline, delay p50 ${seconds(naive.p50)} p95 ${seconds(naive.p95)}, CPU ${fmt(naive.cpuMs)} ms, heap ${fmt(naive.heapPerOrder)} B/order`,
    });
    for (const mode of ["per-order", "list"] as const) {
      const f = all.find((x) => x.n === n && x.variant === mode)!;
      const s = f.server;
      results.push(
        {
          name: `${mode} N=${n}: 429s`,
          value: s.limited,
          unit: "429s",
          compare: "<=",
          target: 0,
          detail: `${count(s.requests)} requests (${count(s.one)} GET /:id, ${count(s.messages)} /messages, ${count(s.list)} lists; naive ${count(naive.server.requests)}, ${count(naive.server.limited)} x 429); CPU ${fmt(f.cpuMs)} ms (naive ${fmt(naive.cpuMs)} ms); at most ${s.peakWindow} served in a window; server CPU ${fmt(s.cpuMs)} ms`,
        },
        {
          name: `${mode} N=${n}: codes`,
          value: f.codes,
          unit: "codes",
          compare: ">=",
          target: n,
          detail: `${f.wrongCodes} wrong, ${f.errors} errors, ${f.retries} retries; last code ${seconds(f.durationMs)} after t0 (naive ${naive.codes}/${n})`,
        },
        {
          name: `${mode} N=${n}: p95 delay`,
          value: f.p95,
          unit: "ms",
          compare: "<=",
          target: TOLERANCE * f.boundMs,
          detail: `p50 ${fmt(f.p50)} ms; target ${TOLERANCE} x ${f.boundNote}; naive p50 ${fmt(naive.p50)} ms, p95 ${fmt(naive.p95)} ms`,
        },
        {
          name: `${mode} N=${n}: heap per order`,
          value: f.heapPerOrder,
          unit: "B/order",
          compare: n >= 1_000 ? "<=" : "info",
          target: HEAP_TARGET,
          detail: `after setting up ${n} watcher${n === 1 ? "" : "s"}, before any reply; naive ${fmt(naive.heapPerOrder)} B/order${n < 1_000 ? " (judged from N = 1,000: fixed costs dominate below)" : ""}`,
        },
      );
    }
  }
  for (const f of all.filter((x) => WHAT_IFS.includes(x.variant))) {
    const s = f.server;
    results.push({
      name: `${f.variant} N=${f.n}: p95 delay`,
      value: f.p95,
      unit: "ms",
      compare: "info",
      target: TOLERANCE * f.boundMs,
      detail: `${LABEL[f.variant]}: p50 ${fmt(f.p50)} ms, target would be ${fmt(TOLERANCE * f.boundMs)} ms (${TOLERANCE} x ${f.boundNote}); ${count(s.requests)} requests (${count(s.one)} GET /:id, ${count(s.messages)} /messages, ${count(s.list)} lists), ${count(s.limited)} x 429, codes ${f.codes}/${f.n}, last ${seconds(f.durationMs)}${f.tail ? `; once every code was in, ${f.tail}` : ""}`,
    });
  }
  results.push(
    {
      name: `list N=${count(HEAP_N)}: heap set up`,
      value: scale.createdPerOrder,
      unit: "B/order",
      compare: "<=",
      target: HEAP_TARGET,
      detail: `${count(HEAP_N)} watchers created, before any reply`,
    },
    {
      name: `list N=${count(HEAP_N)}: heap after a look`,
      value: scale.polledPerOrder,
      unit: "B/order",
      compare: "<=",
      target: HEAP_TARGET,
      detail: `${count(scale.polled)}/${count(HEAP_N)} looked at once (each holds the fresh order it got) in ${fmt(scale.roundMs)} ms, ${fmt(scale.cpuMs)} ms CPU`,
    },
    {
      name: "watch: non-loopback connections",
      value: sockets.foreign.length,
      unit: "sockets",
      compare: "<=",
      target: 0,
      detail: `${count(sockets.total)} client sockets opened by this process during the suite${sockets.foreign.length ? `; foreign: ${[...new Set(sockets.foreign)].join(", ")}` : ", every one to 127.0.0.1"}`,
    },
  );
  return results;
}

export async function benchWatch(): Promise<Result[]> {
  const sockets = { total: 0, foreign: [] as string[] };
  const onSocket = (message: unknown) => {
    const { socket } = message as { socket: Socket };
    sockets.total++;
    socket.once("connect", () => {
      const address = socket.remoteAddress ?? "unknown";
      if (address !== "127.0.0.1" && address !== "::1") sockets.foreign.push(address);
    });
  };
  dc.subscribe("net.client.socket", onSocket);
  try {
    await warmUp();
    const all: Figures[] = [];
    for (const n of NS) {
      const planned = plan(n, 1_000 + n, SMS_WINDOW_MS);
      for (const variant of VARIANTS) {
        all.push(
          await run(variant, planned, {
            intervalMs: INTERVAL_MS,
            leadMs: LEAD_MS,
            deadlineMs: deadlineMs(n),
          }),
        );
      }
    }
    if (process.env[WHAT_IF_ENV] === "1") {
      const n = NS[NS.length - 1]!;
      const planned = plan(n, 1_000 + n, SMS_WINDOW_MS);
      for (const variant of WHAT_IFS) {
        const options = { intervalMs: INTERVAL_MS, leadMs: LEAD_MS, deadlineMs: deadlineMs(n) };
        all.push(await run(variant, planned, options));
      }
    }
    const scale = await heapAtScale();
    console.log(`\n${tableOf(all, scale)}\n`);
    return resultsOf(all, scale, sockets);
  } finally {
    dc.unsubscribe("net.client.socket", onSocket);
  }
}
