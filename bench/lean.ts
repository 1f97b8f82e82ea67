/**
 * The lean report: what the SDK costs a user beside what they could write instead, measured in one run
 * on this machine. Each figure has a goal; the README's "Size and speed" table is this suite's output.
 *
 * - Size: `createClient` + `numpool()` bundled as a user's bundler does it (bench/size.ts), beside a
 *   hand-written fetch of the balance.
 * - Import: wall time of `node -e 'await import(<built index.js>)'` beside an empty `node -e 0` and
 *   beside `import "zod/mini"` alone (median of interleaved runs).
 * - Throughput: `balance()` and `poll()` at concurrency 1, 8 and 32 beside bare `fetch` and bare `ky`
 *   doing the same requests (JSON parsed) against a loopback NumPool in a child process; the three
 *   clients take turns, best of two rounds each.
 * - CPU: client CPU (`process.cpuUsage`, the server is another process) per sequential `poll()`.
 * - Rate budget: 200 `balance()` calls through `rateLimit: { limit: 20, intervalMs: 1000 }`, arrivals
 *   counted at the server, in any 1,000 ms window.
 */
import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import ky from "ky";
import { createTransport } from "../src/core/transport/http-client.js";
import { createClient, numpool, type Order } from "../src/index.js";
import { smsReply } from "../src/providers/numpool/wire.js";
import { buildOrder } from "../src/testing/builders.js";
import { buildPackage, ROOT } from "../test/support/user-bundle.js";
import { elapsedMs, fmt, nowNs, percentile, type Result } from "./harness.js";
import { LEAN_API_KEY, startLeanServer } from "./lean-server.js";
import { measureSizes, sizeResults, sizeTable } from "./size.js";

const CONCURRENCY = [1, 8, 32] as const;
const ROUND_MS = 1_000;
const CPU_CALLS = 1_000;
const IMPORT_RUNS = 15;
const RATE = { limit: 20, intervalMs: 1_000 };
const RATE_CALLS = 200;

type Call = () => Promise<unknown>;

async function perSecond(call: Call, workers: number, budgetMs = ROUND_MS): Promise<number> {
  let done = 0;
  const start = nowNs();
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (elapsedMs(start) < budgetMs) {
        await call();
        done++;
      }
    }),
  );
  return (done / elapsedMs(start)) * 1000;
}

/** The clients take turns, three times, and each keeps its best round: a neighbour's burst only slows one. */
async function sideBySide(calls: Record<string, Call>, workers: number): Promise<Record<string, number>> {
  const best: Record<string, number> = {};
  for (let round = 0; round < 3; round++) {
    for (const [name, call] of Object.entries(calls)) {
      best[name] = Math.max(best[name] ?? 0, await perSecond(call, workers));
    }
  }
  return best;
}

async function cpuPerCall(call: Call): Promise<number> {
  for (let i = 0; i < 200; i++) await call();
  const before = process.cpuUsage();
  for (let i = 0; i < CPU_CALLS; i++) await call();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / CPU_CALLS;
}

/**
 * CPU per call of each client, in five interleaved rounds, the median round kept: one round alone moved
 * by a third between runs (a collection landing in it, a neighbour's burst).
 */
async function cpuSideBySide<K extends string>(calls: Record<K, Call>): Promise<Record<K, number>> {
  const names = Object.keys(calls) as K[];
  const rounds = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < 5; round++) {
    for (const name of names) rounds[name].push(await cpuPerCall(calls[name]));
  }
  const median = {} as Record<K, number>;
  for (const name of names) median[name] = percentile(rounds[name], 50);
  return median;
}

function medianWallMs(args: readonly string[]): () => number {
  const times: number[] = [];
  return () => {
    if (times.length < IMPORT_RUNS) {
      const t = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
      if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${run.status}`);
      times.push(performance.now() - t);
    }
    return percentile(times, 50);
  };
}

function importTimes(indexFile: string): { empty: number; zod: number; unisms: number } {
  const importOf = (specifier: string) => [
    "--input-type=module",
    "-e",
    `await import(${JSON.stringify(specifier)})`,
  ];
  const runs = {
    empty: medianWallMs(["-e", "0"]),
    zod: medianWallMs(importOf("zod/mini")),
    unisms: medianWallMs(importOf(pathToFileURL(indexFile).href)),
  };
  // Interleaved, so a slow moment of the machine lands on all three alike.
  for (let i = 0; i < IMPORT_RUNS; i++) for (const run of Object.values(runs)) run();
  return { empty: runs.empty(), zod: runs.zod(), unisms: runs.unisms() };
}

/** The most arrivals inside any `windowMs`. */
function densest(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! >= windowMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/** Minified output per part of the tree: a dependency, a folder or a file of src/ (three levels deep). */
function breakdown(modules: ReadonlyMap<string, number>): string {
  const parts = new Map<string, number>();
  for (const [path, chars] of modules) {
    const segments = path.split("/");
    const part = path.startsWith("node_modules/")
      ? segments.slice(0, 2).join("/")
      : path.startsWith("src/")
        ? segments.slice(0, 3).join("/")
        : path;
    parts.set(part, (parts.get(part) ?? 0) + chars);
  }
  const total = [...parts.values()].reduce((a, b) => a + b, 0);
  const rows = [...parts].sort((a, b) => b[1] - a[1]);
  const rest = rows.slice(20).reduce((sum, [, chars]) => sum + chars, 0);
  return [...rows.slice(0, 20), [`${rows.length - 20} more`, rest] as const]
    .map(
      ([part, chars]) =>
        `  ${(chars / 1000).toFixed(1).padStart(6)} KB ${((chars / total) * 100).toFixed(0).padStart(3)}%  ${part}`,
    )
    .join("\n");
}

const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

export async function benchLean(): Promise<Result[]> {
  const rows = await measureSizes();
  console.log(sizeTable(rows));
  const numpoolRow = rows.find((r) => r.label === "createClient + numpool()")!;
  const handRow = rows.find((r) => r.label.startsWith("baseline: fetch by hand"))!;
  const foreign = rows.reduce((sum, r) => sum + r.foreign, 0);

  const built = await buildPackage();
  let imports: { empty: number; zod: number; unisms: number };
  try {
    imports = importTimes(built.file("index"));
  } finally {
    built.remove();
  }

  const server = await startLeanServer();
  try {
    const headers = { "x-api-key": LEAN_API_KEY, accept: "application/json" };
    const sdk = createClient({
      provider: numpool({
        apiKey: LEAN_API_KEY,
        baseUrl: server.baseUrl,
        rateLimit: { limit: 1e9, intervalMs: 1_000 },
      }),
    });
    const order: Order = buildOrder({ id: "ord_8f2k1", provider: "numpool", number: "+14155550123" });
    const polled = await sdk.poll(order);
    if (polled.status !== "waiting") throw new Error(`unexpected poll ${JSON.stringify(polled)}`);
    const balanceUrl = `${server.baseUrl}/balance`;
    const smsUrl = `${server.baseUrl}/sms/ord_8f2k1`;
    const bareKy = ky.create({ headers, retry: 0 });
    const ops = {
      "balance()": {
        fetch: async () => (await fetch(balanceUrl, { headers })).json(),
        ky: () => bareKy.get(balanceUrl).json(),
        unisms: () => sdk.balance(),
      },
      "poll()": {
        fetch: async () => (await fetch(smsUrl, { headers })).json(),
        ky: () => bareKy.get(smsUrl).json(),
        unisms: () => sdk.poll(order),
      },
    };

    const speed: { op: string; workers: number; rates: Record<string, number> }[] = [];
    for (const [op, calls] of Object.entries(ops)) {
      await sideBySide(calls, 4); // warm-up: JIT and keep-alive sockets
      for (const workers of CONCURRENCY) speed.push({ op, workers, rates: await sideBySide(calls, workers) });
    }
    // Layer by layer, where a poll's CPU goes: the transport alone (budget, retry wrapper, attempt signal,
    // ky, reply schema), then the adapter (mapping to an Order), then the client (input checks, journal).
    const transport = createTransport({
      provider: "numpool",
      baseUrl: server.baseUrl,
      auth: { type: "header", name: "x-api-key", value: LEAN_API_KEY },
      errorTable: [],
      rateLimit: { limit: 1e9, intervalMs: 1_000 },
    });
    const adapter = numpool({
      apiKey: LEAN_API_KEY,
      baseUrl: server.baseUrl,
      rateLimit: { limit: 1e9, intervalMs: 1_000 },
    });
    const cpu = await cpuSideBySide({
      fetch: ops["poll()"].fetch,
      ky: ops["poll()"].ky,
      transport: () => transport.request({ method: "GET", path: "/sms/ord_8f2k1", schema: smsReply() }),
      adapter: () => adapter.poll!(order),
      unisms: ops["poll()"].unisms,
    });

    await server.takeArrivals();
    const limited = createClient({
      provider: numpool({ apiKey: LEAN_API_KEY, baseUrl: server.baseUrl, rateLimit: RATE }),
    });
    await Promise.all(Array.from({ length: RATE_CALLS }, () => limited.balance()));
    const peak = densest(await server.takeArrivals(), RATE.intervalMs);

    const worstVsKy = Math.min(...speed.map((s) => s.rates.unisms! / s.rates.ky!));
    const table = [
      "| measure | unisms | baseline | goal |",
      "|---|---|---|---|",
      `| \`createClient\` + \`numpool\`, bundled with its dependencies, min+gz | ${(numpoolRow.withDeps.gzipped / 1000).toFixed(1)} KB (zod ${(numpoolRow.zod / 1000).toFixed(1)} KB min) | hand-written client ${(handRow.withDeps.gzipped / 1000).toFixed(1)} KB | <= 25 KB |`,
      `| other adapters' code in a one-adapter bundle | ${foreign} chars, summed over ${rows.filter((r) => r.label.startsWith("createClient")).length} bundles | - | none |`,
      `| \`import "unisms"\` wall time | ${fmt(imports.unisms)} ms, ${ratio(imports.unisms, imports.empty)} an empty \`node\` (${fmt(imports.empty)} ms) | \`import "zod/mini"\` alone: ${fmt(imports.zod)} ms | <= 2x empty node |`,
      ...speed.map(
        (s) =>
          `| ${s.op} requests per second, concurrency ${s.workers} | ${fmt(s.rates.unisms!)}: ${ratio(s.rates.unisms!, s.rates.ky!)} of bare ky, ${ratio(s.rates.unisms!, s.rates.fetch!)} of bare fetch | ky ${fmt(s.rates.ky!)}, fetch ${fmt(s.rates.fetch!)} | >= 0.9x of bare ky |`,
      ),
      `| client CPU per \`poll()\` | ${fmt(cpu.unisms)} us, ${ratio(cpu.unisms, cpu.ky)} of bare ky (the transport alone ${fmt(cpu.transport)} us, the adapter's poll ${fmt(cpu.adapter)} us) | ky ${fmt(cpu.ky)} us, fetch ${fmt(cpu.fetch)} us | <= 1.2x of bare ky |`,
      `| ${RATE_CALLS} calls through \`rateLimit { limit: ${RATE.limit}, intervalMs: ${RATE.intervalMs} }\` | at most ${peak} requests in any ${fmt(RATE.intervalMs)} ms at the server | - | never more than ${RATE.limit} |`,
    ].join("\n");
    console.log(`\n${table}`);
    console.log(
      `\nWhere the createClient + numpool() bundle's minified bytes come from:\n${breakdown(numpoolRow.withDeps.modules)}`,
    );

    return [
      ...sizeResults(rows),
      {
        name: "lean: createClient + numpool min+gz",
        value: numpoolRow.withDeps.gzipped / 1000,
        unit: "KB",
        compare: "info",
        target: 25,
        detail: `the issue's goal is 25 KB: ${numpoolRow.withDeps.gzipped <= 25_000 ? "met" : "missed"}; own code ${(numpoolRow.ownOnly.gzipped / 1000).toFixed(1)} KB of it (README, "Size and speed")`,
      },
      {
        name: "lean: import time vs empty node",
        value: imports.unisms / imports.empty,
        unit: "x",
        compare: "<=",
        target: 2,
        detail: `median of ${IMPORT_RUNS}: unisms ${fmt(imports.unisms)} ms, empty node ${fmt(imports.empty)} ms, zod/mini ${fmt(imports.zod)} ms`,
      },
      {
        name: "lean: req/s vs bare ky (worst case)",
        value: worstVsKy,
        unit: "x",
        compare: ">=",
        target: 0.9,
        detail: speed.map((s) => `${s.op} c=${s.workers}: ${ratio(s.rates.unisms!, s.rates.ky!)}`).join(", "),
      },
      {
        name: "lean: client CPU per poll() vs bare ky",
        value: cpu.unisms / cpu.ky,
        unit: "x",
        compare: "<=",
        target: 1.2,
        detail: `unisms ${fmt(cpu.unisms)} us (transport alone ${fmt(cpu.transport)} us, adapter's poll ${fmt(cpu.adapter)} us), ky ${fmt(cpu.ky)} us, fetch ${fmt(cpu.fetch)} us per call`,
      },
      {
        name: "lean: busiest 1 s at the server",
        value: peak,
        unit: "requests",
        compare: "<=",
        target: RATE.limit,
        detail: `${RATE_CALLS} calls at ${RATE.limit} per ${RATE.intervalMs} ms, counted by the server`,
      },
    ];
  } finally {
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  benchLean().then(
    (results) => {
      for (const r of results) console.log(`${r.name}: ${fmt(r.value)} ${r.unit} (${r.detail ?? ""})`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
