/**
 * A string API that answers every look with the same SMS (JuicySMS's `getsms`): the watcher emits it
 * once, however many looks repeat it.
 */
import { describe, expect, it } from "vitest";
import { createJuicySmsFake } from "../../../src/testing/fakes/juicysms.js";
import { useFake } from "../../fakes/harness.js";

const h = useFake(() => createJuicySmsFake());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("watching a provider that repeats its SMS", () => {
  it("emits the JuicySMS message and code once over many looks", async () => {
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    h.fake.deliver(order.id, "Telegram code: 55123");
    const messages: unknown[] = [];
    const codes: string[] = [];
    let looks = 0;
    const w = h.client.watch(order, { intervalMs: 30 });
    w.on("message", (m) => messages.push(m));
    w.on("code", (c) => codes.push(c));
    w.on("poll", () => looks++);
    await sleep(600);
    w.stop();
    // Relaxed after the code (30 ms x 6), yet several looks repeated the same SMS.
    expect(looks).toBeGreaterThanOrEqual(3);
    expect(codes).toEqual(["55123"]);
    expect(messages).toHaveLength(1);
  });
});
