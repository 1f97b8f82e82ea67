/**
 * What the client writes to its journal, checked on the NumPool fake with a journal that records every
 * write beside the requests on the wire.
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import type { Journal, JournalEntry } from "../../../src/client/journal/journal.js";
import { memoryJournal } from "../../../src/client/journal/memory-journal.js";
import {
  OrderStateError,
  OutcomeUnknownError,
  OutOfStockError,
  ValidationError,
} from "../../../src/core/errors.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { useNumpoolFake } from "../../providers/numpool/harness.js";

const h = useNumpoolFake();
const BUY = { method: "POST", path: /\/buy$/ };

interface Write {
  kind: "put" | "close";
  at: number;
  entry?: JournalEntry;
  id?: string;
}

/** A memory journal that records its writes (with the time) for the test to compare with the wire. */
function recordingJournal(): Journal & { writes: Write[]; live(): Promise<JournalEntry[]> } {
  const inner = memoryJournal();
  const writes: Write[] = [];
  return {
    writes,
    live: () => inner.pending(),
    async put(entry) {
      writes.push({ kind: "put", at: performance.now(), entry: structuredClone(entry) });
      await inner.put(entry);
    },
    async close(id) {
      writes.push({ kind: "close", at: performance.now(), id });
      await inner.close(id);
    },
    pending: () => inner.pending(),
    claim: () => inner.claim(),
  };
}

const sentAt = (method: string, path: RegExp) =>
  h.sent.find((r) => r.method === method && path.test(r.path))!.at;

describe("the client's journal", () => {
  it("writes a buy's intent before the request leaves, then holds the order", async () => {
    const journal = recordingJournal();
    const client = createClient({ provider: h.provider, journal });
    const order = await client.buy({ service: "whatsapp" });
    const [intent, held] = journal.writes;
    expect(intent!.entry).toMatchObject({ stage: "intent", operation: "buy", provider: "numpool" });
    expect(intent!.entry!.request).toMatchObject({ service: "whatsapp", country: null });
    expect(intent!.at).toBeLessThan(sentAt("POST", /\/buy$/));
    expect(held!.entry).toMatchObject({ id: intent!.entry!.id, stage: "held", holding: { id: order.id } });
    expect(await journal.live()).toHaveLength(1);
  });

  it("closes the entry when the order gets its code, is cancelled, or is finished", async () => {
    const journal = recordingJournal();
    const client = createClient({ provider: h.provider, journal });
    const coded = await client.buy({ service: "whatsapp" });
    h.fake.deliver(coded.id, "Your WhatsApp code is 123-456");
    await client.waitForCode(coded, { intervalMs: 20, timeoutMs: 2_000 });
    const cancelled = await client.buy({ service: "whatsapp" });
    await client.cancel(cancelled);
    const polled = await client.buy({ service: "whatsapp" });
    h.fake.deliver(polled.id, "Your WhatsApp code is 654-321");
    await client.poll(polled);
    expect(await journal.live()).toHaveLength(0);
  });

  it("marks a cancel before it is sent, and puts the order back as held when the cancel fails", async () => {
    const journal = recordingJournal();
    const client = createClient({ provider: h.provider, journal });
    const order = await client.buy({ service: "whatsapp" });
    h.fake.deliver(order.id, "Your WhatsApp code is 123-456");
    // NumPool refuses to cancel an order with its code in.
    await expect(client.cancel(order)).rejects.toBeInstanceOf(OrderStateError);
    const stages = journal.writes.filter((w) => w.kind === "put").map((w) => w.entry!.stage);
    expect(stages).toEqual(["intent", "held", "cancelling", "held"]);
    const marked = journal.writes.find((w) => w.entry?.stage === "cancelling")!;
    expect(marked.at).toBeLessThan(sentAt("POST", /\/cancel\//));
    expect((await journal.live())[0]!.stage).toBe("held");
  });

  it("marks the cancel a timeout makes (waitForCode, withOrder) before it is sent, then closes the entry", async () => {
    const journal = recordingJournal();
    const client = createClient({ provider: h.provider, journal });
    const order = await client.buy({ service: "whatsapp" });
    await expect(client.waitForCode(order, { intervalMs: 20, timeoutMs: 100 })).rejects.toMatchObject({
      cancelled: true,
    });
    const marked = journal.writes.find((w) => w.entry?.stage === "cancelling")!;
    expect(marked.at).toBeLessThan(sentAt("POST", /\/cancel\//));
    await client.withOrder({ service: "whatsapp" }, () => "no code needed");
    expect(journal.writes.filter((w) => w.entry?.stage === "cancelling")).toHaveLength(2);
    expect(await journal.live()).toHaveLength(0);
  });

  it("closes a purchase that failed as proven not bought, and keeps one whose outcome is unknown", async () => {
    const journal = recordingJournal();
    const client = createClient({ provider: h.provider, journal });
    h.fake.setStock(0);
    await expect(client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OutOfStockError);
    expect(await journal.live()).toHaveLength(0);
    h.fake.setStock(10);
    // A gateway's timeout: the purchase may still land, whatever the looks show.
    h.fake.faults.add(BUY, { kind: "status", status: 504, text: "<html>504 Gateway Time-out</html>" });
    const outcome = await onFastClock(() => client.buy({ service: "whatsapp" })).catch((e: unknown) => e);
    expect(outcome).toBeInstanceOf(OutcomeUnknownError);
    const [kept] = await journal.live();
    expect(kept).toMatchObject({ stage: "intent", operation: "buy" });
  });

  it("closes a rental's entry once it is handed back", async () => {
    const journal = recordingJournal();
    const client = createClient({ provider: h.provider, journal });
    await client.rent({ service: "discord", days: 7 });
    expect(await journal.live()).toHaveLength(0);
    expect(journal.writes.map((w) => w.kind)).toEqual(["put", "close"]);
  });

  it("never turns a bought order into an error when the journal fails after the charge", async () => {
    const inner = memoryJournal();
    let puts = 0;
    const failing: Journal = {
      ...inner,
      async put(entry) {
        puts += 1;
        if (puts > 1) throw new Error("disk full");
        await inner.put(entry);
      },
    };
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on("warning", onWarning);
    try {
      const client = createClient({ provider: h.provider, journal: failing });
      const order = await client.buy({ service: "whatsapp" });
      expect(order.status).toBe("waiting");
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.some((m) => m.includes("disk full"))).toBe(true);
      // The intent stays, for recover() to settle.
      expect((await inner.pending())[0]!.stage).toBe("intent");
    } finally {
      process.off("warning", onWarning);
    }
  });

  it("refuses a purchase (sending nothing) when the intent cannot be written", async () => {
    const broken: Journal = {
      ...memoryJournal(),
      put: async () => Promise.reject(new Error("read-only file system")),
    };
    const client = createClient({ provider: h.provider, journal: broken });
    const error = await client.buy({ service: "whatsapp" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OrderStateError);
    expect((error as OrderStateError).message).toMatch(
      /^numpool: the buy was not sent, and nothing was charged: .*read-only file system/,
    );
    expect((error as OrderStateError).cause).toBeInstanceOf(Error);
    expect(h.sent.filter((r) => r.method === "POST")).toHaveLength(0);
    expect(h.fake.wallet.charges()).toBe(0);
  });
});

describe("client.recover", () => {
  it("needs a journal, and its options are strict", async () => {
    await expect(createClient({ provider: h.provider }).recover()).rejects.toBeInstanceOf(ValidationError);
    const client = createClient({ provider: h.provider, journal: memoryJournal() });
    const error = await client.recover({ cancelopen: true } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain("cancelopen");
  });

  it("leaves another provider's entries alone (skipped, kept)", async () => {
    const journal = memoryJournal();
    await journal.put({
      id: "e-1",
      provider: "fetchsms",
      operation: "buy",
      stage: "intent",
      startedAt: new Date().toISOString(),
      request: { service: "whatsapp" },
    });
    const report = await createClient({ provider: h.provider, journal }).recover({ cancelOpen: true });
    expect(report.entries.map((e) => [e.action, e.closed])).toEqual([["skipped", false]]);
    expect(await journal.pending()).toHaveLength(1);
  });

  it("never takes an order the journal holds for a purchase whose reply was lost", async () => {
    const journal = memoryJournal();
    await journal.put({
      id: "lost",
      provider: "numpool",
      operation: "buy",
      stage: "intent",
      startedAt: new Date(Date.now() - 500).toISOString(),
      request: { service: "whatsapp", country: null, channel: "sms", areaCode: null, idempotencyKey: null },
    });
    const client = createClient({ provider: h.provider, journal });
    const held = await client.buy({ service: "whatsapp" });
    const report = await createClient({ provider: h.fake.provider(), journal }).recover({
      landingWindowMs: 0,
    });
    const actions = Object.fromEntries(
      report.entries.map((e) => [e.entry.id === "lost" ? "lost" : "held", e.action]),
    );
    expect(actions).toEqual({ lost: "not-bought", held: "open" });
    expect(report.entries.find((e) => e.entry.id !== "lost")?.order?.id).toBe(held.id);
  });

  it("keeps an entry whose look failed now (a later recover settles it), and a renewal too recent to tell", async () => {
    const journal = memoryJournal();
    const client = createClient({ provider: h.provider, journal });
    const order = await client.buy({ service: "whatsapp" });
    const rental = await client.rent({ service: "discord", days: 7 });
    await journal.put({
      id: "renew-now",
      provider: "numpool",
      operation: "renew",
      stage: "intent",
      startedAt: new Date().toISOString(),
      request: { rentalId: rental.id, expiresAt: rental.expiresAt, rental },
    });
    h.fake.faults.add(
      { method: "GET", path: /\/sms\// },
      { kind: "status", status: 401, body: { error: "bad key" } },
    );
    const report = await createClient({ provider: h.fake.provider(), journal }).recover();
    const byId = new Map(report.entries.map((e) => [e.entry.id === "renew-now" ? "renew" : "order", e]));
    expect([byId.get("order")!.action, byId.get("order")!.closed]).toEqual(["failed", false]);
    expect([byId.get("renew")!.action, byId.get("renew")!.closed]).toEqual(["unknown", false]);
    expect(byId.get("renew")!.error!.message).toMatch(/may still land/);
    expect((await journal.pending()).map((e) => e.holding?.id ?? e.id).sort()).toEqual(
      [order.id, "renew-now"].sort(),
    );
  });

  it("settles a renewal by the rental's expiry against the one it had", async () => {
    const journal = memoryJournal();
    const client = createClient({ provider: h.provider, journal });
    const rental = await client.rent({ service: "discord", days: 7 });
    const startedAt = new Date(Date.now() - 600_000).toISOString();
    const entry = (expiresAt: string): JournalEntry => ({
      id: `renew-${expiresAt}`,
      provider: "numpool",
      operation: "renew",
      stage: "intent",
      startedAt,
      request: { rentalId: rental.id, expiresAt, rental },
    });
    // Moved since: renewed. Unmoved, and old enough to have landed: not renewed.
    await journal.put(entry(new Date(Date.parse(rental.expiresAt!) - 86_400_000).toISOString()));
    await journal.put(entry(rental.expiresAt!));
    const report = await client.recover();
    expect(report.entries.map((e) => [e.action, e.closed]).sort()).toEqual([
      ["not-renewed", true],
      ["renewed", true],
    ]);
    expect(await journal.pending()).toHaveLength(0);
  });
});
