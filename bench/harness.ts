/**
 * Small timing and memory helpers shared by the benchmarks. Throughput is measured over a fixed time
 * budget (not a fixed count) so the whole run stays near a minute on a slow machine; latencies are
 * per-call `process.hrtime` readings, so they include ~0.1 µs of timer overhead.
 */

export interface Result {
  name: string;
  value: number;
  unit: string;
  /** How `value` is judged against `target`; "info" is reported, never judged. */
  compare: ">=" | "<=" | "info";
  target: number;
  /** Context printed under the line (how it was measured, spread, side numbers). */
  detail?: string;
}

export function passed(r: Result): boolean {
  if (r.compare === "info") return true;
  return r.compare === ">=" ? r.value >= r.target : r.value <= r.target;
}

export const nowNs = (): bigint => process.hrtime.bigint();
export const elapsedMs = (startNs: bigint): number => Number(process.hrtime.bigint() - startNs) / 1e6;

/**
 * Calls `fn` in batches for `budgetMs`, split into `rounds`; returns the best round's calls per second.
 * Best-of-rounds, because on a shared machine a neighbour's burst only ever makes a round slower.
 */
export function opsPerSecond(fn: (i: number) => unknown, budgetMs: number, batch = 1000, rounds = 3): number {
  let best = 0;
  // The sink keeps V8 from discarding calls whose result nobody reads.
  let sink = 0;
  for (let round = 0; round < rounds; round++) {
    let calls = 0;
    let spent = 0;
    const start = nowNs();
    while (spent < budgetMs / rounds) {
      for (let j = 0; j < batch; j++) {
        if (fn(calls + j) !== undefined) sink++;
      }
      calls += batch;
      spent = elapsedMs(start);
    }
    best = Math.max(best, (calls / spent) * 1000);
  }
  if (sink < 0) console.log(sink);
  return best;
}

/** Per-call durations in microseconds for `count` calls. */
export function perCallMicros(fn: (i: number) => unknown, count: number): Float64Array {
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    fn(i);
    out[i] = Number(process.hrtime.bigint() - t) / 1e3;
  }
  return out;
}

/** The p-th percentile (0..100) by nearest rank. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const hasGc = (): boolean => typeof globalThis.gc === "function";

/** Heap in use after a full collection (when `--expose-gc` is on; otherwise a plain reading). */
export async function settledHeap(): Promise<number> {
  if (hasGc()) {
    // Two rounds with a turn of the event loop between: finalizers and weak callbacks run in between.
    globalThis.gc!();
    await new Promise((resolve) => setImmediate(resolve));
    globalThis.gc!();
  }
  return process.memoryUsage().heapUsed;
}

export function fmt(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 100) return Math.round(n).toLocaleString("en-US");
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}
