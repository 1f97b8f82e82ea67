/**
 * Transport cost against a real loopback HTTP server speaking NumPool's `GET /balance`, through
 * `createClient(numpool(...)).balance()`: sequential and 32-way concurrent requests per second with
 * latency percentiles, beside a bare `fetch` of the same URL so the SDK's own share is visible (on a
 * small machine Node's HTTP client, not the SDK, sets the ceiling). Then the rate budget (rate-limit.ts)
 * against the same server.
 */
import { createClient, numpool } from "../src/index.js";
import { elapsedMs, fmt, nowNs, percentile, type Result } from "./harness.js";
import { LEAN_API_KEY as API_KEY, startLeanServer } from "./lean-server.js";
import { benchRateLimit } from "./rate-limit.js";

const BUDGET_MS = 2_000;
const WARM_UP_MS = 500;
const CONCURRENCY = 32;

interface Run {
  perSecond: number;
  latencies: number[];
}

async function hammer(call: () => Promise<unknown>, workers: number, budgetMs = BUDGET_MS): Promise<Run> {
  const latencies: number[] = [];
  const start = nowNs();
  const worker = async () => {
    while (elapsedMs(start) < budgetMs) {
      const t = performance.now();
      await call();
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return { perSecond: (latencies.length / elapsedMs(start)) * 1000, latencies };
}

const latencyNote = (run: Run, bare: Run) =>
  `${run.latencies.length.toLocaleString("en-US")} requests, p50 ${fmt(percentile(run.latencies, 50))} ms, p99 ${fmt(percentile(run.latencies, 99))} ms; bare fetch: ${fmt(bare.perSecond)} req/s, p50 ${fmt(percentile(bare.latencies, 50))} ms, p99 ${fmt(percentile(bare.latencies, 99))} ms`;

export async function benchTransport(): Promise<Result[]> {
  const server = await startLeanServer();
  try {
    const fast = createClient({
      provider: numpool({
        apiKey: API_KEY,
        baseUrl: server.baseUrl,
        rateLimit: { limit: 1_000_000, intervalMs: 1_000 },
      }),
    });
    const reply = await fast.balance();
    if (reply.amount !== 1240 || reply.currency !== "USD") {
      throw new Error(`unexpected balance ${JSON.stringify(reply)}`);
    }
    const url = `${server.baseUrl}/balance`;
    const headers = { "x-api-key": API_KEY, accept: "application/json" };
    const bare = async () => (await fetch(url, { headers })).json();

    // Warm-up: JIT and keep-alive sockets for both clients.
    await hammer(bare, 4, WARM_UP_MS);
    await hammer(() => fast.balance(), 4, WARM_UP_MS);
    const bareSequential = await hammer(bare, 1);
    const sequential = await hammer(() => fast.balance(), 1);
    const bareConcurrent = await hammer(bare, CONCURRENCY);
    const concurrent = await hammer(() => fast.balance(), CONCURRENCY);
    const overhead = percentile(sequential.latencies, 50) - percentile(bareSequential.latencies, 50);

    return [
      {
        name: "balance() sequential",
        value: sequential.perSecond,
        unit: "req/s",
        compare: ">=",
        target: 250,
        detail: latencyNote(sequential, bareSequential),
      },
      {
        name: "balance() sequential p99",
        value: percentile(sequential.latencies, 99),
        unit: "ms",
        compare: "<=",
        target: 40,
        detail:
          "loopback with keep-alive, the server in a child process; p99 is mostly GC and scheduler noise",
      },
      {
        name: "SDK overhead per request (p50)",
        value: overhead,
        unit: "ms",
        compare: "<=",
        target: 1,
        detail:
          "sequential p50 of balance() minus that of a bare fetch: rate gate, ky, retry wrapper, zod, money",
      },
      {
        name: `balance() ${CONCURRENCY} concurrent`,
        value: concurrent.perSecond,
        unit: "req/s",
        compare: ">=",
        target: 400,
        detail: latencyNote(concurrent, bareConcurrent),
      },
      {
        name: `balance() ${CONCURRENCY} concurrent p99`,
        value: percentile(concurrent.latencies, 99),
        unit: "ms",
        compare: "<=",
        target: 300,
        detail: `p50 ${fmt(percentile(concurrent.latencies, 50))} ms with ${CONCURRENCY} calls in flight`,
      },
      ...(await benchRateLimit(server.baseUrl)),
    ];
  } finally {
    await server.close();
  }
}
