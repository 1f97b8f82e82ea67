import { describe, expect, it } from "vitest";
import { type Due, DueQueue } from "../../../src/client/due-queue.js";

const entry = (name: string, dueAt: number, expiresAtMs = Number.POSITIVE_INFINITY) => ({
  name,
  dueAt,
  expiresAtMs,
  queueIndex: -1,
});

describe("due queue", () => {
  it("hands out the earliest due first, and among equals the one that expires first", () => {
    const q = new DueQueue<Due & { name: string }>();
    for (const e of [
      entry("c", 5),
      entry("late", 1),
      entry("a", 5, 900),
      entry("b", 5, 1_000),
      entry("d", 9),
    ]) {
      q.push(e);
    }
    const order: string[] = [];
    for (let e = q.pop(); e; e = q.pop()) order.push(e.name);
    expect(order).toEqual(["late", "a", "b", "c", "d"]);
  });

  it("removes any entry and keeps the order of the rest", () => {
    const q = new DueQueue<Due & { name: string }>();
    const all = Array.from({ length: 50 }, (_, i) => entry(`e${i}`, (i * 37) % 50));
    for (const e of all) q.push(e);
    for (const e of all.filter((_, i) => i % 3 === 0)) q.remove(e);
    const times: number[] = [];
    for (let e = q.pop(); e; e = q.pop()) times.push(e.dueAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times).toHaveLength(50 - 17);
    expect(all.every((e) => e.queueIndex === -1)).toBe(true);
  });
});
