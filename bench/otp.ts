/**
 * `extractCode` speed: throughput and per-call p99 over a realistic mix of SMS texts, then the worst
 * case: 50 KB texts of digits and separators shaped to make the number and keyword scanners work.
 */
import { extractCode } from "../src/index.js";
import { NEGATIVE, POSITIVE } from "../test/core/otp-corpus.js";

const SMS_MIX = [...POSITIVE, ...NEGATIVE];

import { fmt, opsPerSecond, perCallMicros, percentile, type Result } from "./harness.js";

const ADVERSARIAL_BYTES = 50_000;

const fill = (unit: string): string => unit.repeat(Math.ceil(ADVERSARIAL_BYTES / unit.length));

/** Shapes that would be quadratic for a scanner that re-reads a long run of digit groups. */
const ADVERSARIAL: readonly [string, string][] = [
  ["digit groups with mixed separators", fill("1-2 3.4:5 6,789 ")],
  ["3-digit groups split by dashes", fill("123-")],
  ["single digits and spaces", fill("1 ")],
  ["one 50 KB digit run", fill("7")],
  ["code keyword before every number", fill("code 4821 ")],
  ["G- prefixes and digits", fill("G-12 ")],
];

export function benchOtp(): Result[] {
  const texts = SMS_MIX.map((c) => c.text);
  const options = SMS_MIX.map((c) => (c.service ? { service: c.service } : undefined));
  const correct = SMS_MIX.filter((c, i) => extractCode(c.text, options[i]) === c.expected).length;
  const call = (i: number) => extractCode(texts[i % texts.length], options[i % texts.length]);

  opsPerSecond(call, 300); // warm-up: let V8 optimise before measuring
  const ops = opsPerSecond(call, 2000, texts.length * 20);
  const micros = perCallMicros(call, texts.length * 1000);
  const p50 = percentile(micros, 50);
  const p99 = percentile(micros, 99);

  let worstMs = 0;
  let worstShape = "";
  for (const [shape, text] of ADVERSARIAL) {
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t = performance.now();
      extractCode(text);
      runs.push(performance.now() - t);
    }
    const median = percentile(runs, 50);
    if (median > worstMs) [worstMs, worstShape] = [median, shape];
  }

  const mix = `${texts.length} texts, 18 languages, ${SMS_MIX.filter((c) => !c.expected).length} negatives; ${correct}/${texts.length} answered as the test corpus expects`;
  return [
    { name: "extractCode throughput", value: ops, unit: "ops/s", compare: ">=", target: 15_000, detail: mix },
    {
      name: "extractCode p99 per call",
      value: p99,
      unit: "µs",
      compare: "<=",
      target: 250,
      detail: `p50 ${fmt(p50)} µs over ${micros.length.toLocaleString("en-US")} timed calls`,
    },
    {
      name: "extractCode worst 50 KB text",
      value: worstMs,
      unit: "ms",
      compare: "<=",
      target: 200,
      detail: `slowest of ${ADVERSARIAL.length} adversarial shapes (median of 3): ${worstShape}`,
    },
  ];
}
