/** Wire-value parsing on every provider reply: `moneyFromDecimal` and `toE164`. */
import { moneyFromDecimal, toE164 } from "../src/index.js";
import { AMOUNTS, PHONES } from "./fixtures.js";
import { opsPerSecond, type Result } from "./harness.js";

export function benchParsing(): Result[] {
  const money = (i: number) => moneyFromDecimal(AMOUNTS[i % AMOUNTS.length]!);
  const phone = (i: number) => {
    const [raw, country] = PHONES[i % PHONES.length]!;
    return toE164(raw, country);
  };
  opsPerSecond(money, 200);
  const moneyOps = opsPerSecond(money, 1500, 10_000);
  opsPerSecond(phone, 200);
  const phoneOps = opsPerSecond(phone, 1500, 10_000);
  return [
    {
      name: "moneyFromDecimal",
      value: moneyOps,
      unit: "ops/s",
      compare: ">=",
      target: 1_000_000,
      detail: `${AMOUNTS.length} wire forms: float dollars, decimal strings, whole numbers, sub-cent rounding`,
    },
    {
      name: "toE164",
      value: phoneOps,
      unit: "ops/s",
      compare: ">=",
      target: 500_000,
      detail: `${PHONES.length} forms: E.164, NANP punctuation, GB/NL/RU national, 00 prefix, (0) trunk`,
    },
  ];
}
