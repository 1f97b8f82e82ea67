import { describe, expect, it } from "vitest";
import { sandbox } from "../../../src/providers/sandbox/index.js";
import { setup } from "./setup.js";

async function script(seed: number) {
  const { client, clock, provider } = setup({ seed, balance: 10_000 });
  const a = await client.buy({ service: "whatsapp" });
  const b = await client.buy({ service: "telegram", country: "GB" });
  const r = await client.rent({ days: 7, country: "NL" });
  clock.advance(5000);
  const pa = await client.poll(a);
  const pb = await client.poll(b);
  return {
    ids: [a.id, b.id, r.id],
    numbers: [a.number, b.number, r.number],
    codes: [pa.code, pb.code],
    texts: [pa.messages[0]?.text, pb.messages[0]?.text],
    ledger: provider.ledger(),
  };
}

describe("sandbox: determinism", () => {
  it("gives the same numbers, ids and codes for the same seed and calls", async () => {
    const first = await script(1);
    expect(first.codes.every((c) => c !== null)).toBe(true);
    expect(await script(1)).toEqual(first);
  });

  it("gives different ones for another seed", async () => {
    const one = await script(1);
    const two = await script(2);
    expect(two.ids).not.toEqual(one.ids);
    expect([...two.numbers, ...two.codes]).not.toEqual([...one.numbers, ...one.codes]);
  });

  it("draws the SMS delay from the range, deterministically", async () => {
    const delays: number[] = [];
    for (let i = 0; i < 2; i++) {
      let t = 0;
      const provider = sandbox({ seed: 7, now: () => t, smsDelayMs: [1000, 3000] });
      const order = await provider.buy({
        service: "google",
        country: null,
        channel: "sms",
        areaCode: null,
        idempotencyKey: null,
      });
      while ((await provider.poll(order)).code === null) t += 100;
      delays.push(t);
    }
    expect(delays[0]).toBe(delays[1]);
    expect(delays[0]).toBeGreaterThanOrEqual(1000);
    expect(delays[0]).toBeLessThanOrEqual(3000);
  });
});
