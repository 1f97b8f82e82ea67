/**
 * `recover()` finding purchases whose reply was never seen, on the FetchSMS fake: the process "died" after
 * writing the intent and sending the request (simulated here by writing the intent and buying through the
 * adapter directly; the real crashes are in test/crash).
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import type { JournalEntry } from "../../../src/client/journal/journal.js";
import { memoryJournal } from "../../../src/client/journal/memory-journal.js";
import { useFetchSmsFake } from "../../providers/fetchsms/setup.js";

const t = useFetchSmsFake();
const BUY = {
  service: "whatsapp",
  country: null,
  channel: "sms",
  areaCode: null,
  idempotencyKey: null,
} as const;

const intent = (id: string, startedAt = new Date().toISOString()): JournalEntry => ({
  id,
  provider: "fetchsms",
  operation: "buy",
  stage: "intent",
  startedAt,
  request: { ...BUY },
});

describe("recover on FetchSMS", () => {
  it("finds a charged purchase that got its code and left the active list (never 'not-bought')", async () => {
    const journal = memoryJournal();
    await journal.put(intent("e-1"));
    const provider = t.fake.provider();
    const order = await provider.buy!(BUY);
    t.fake.deliver(order.id, "Your WhatsApp code is 118-204");
    t.fake.advance(16 * 60_000);
    const report = await createClient({ provider, journal }).recover({ landingWindowMs: 0 });
    expect(report.entries.map((e) => [e.action, e.order?.id, e.code])).toEqual([
      ["code", order.id, "118204"],
    ]);
  });

  it("keeps a found order whose cancel failed for now as held, so the next recover goes straight to it", async () => {
    const journal = memoryJournal();
    await journal.put(intent("e-1", new Date(Date.now() - 1_000).toISOString()));
    const provider = t.fake.provider();
    const order = await provider.buy!(BUY);
    t.fake.faults.add(
      { method: "POST", path: /\/cancel$/ },
      { kind: "status", status: 403, body: { detail: "no" } },
    );
    const report = await createClient({ provider, journal }).recover({ cancelOpen: true, cancelGraceMs: 0 });
    expect(report.entries.map((e) => [e.action, e.closed])).toEqual([["failed", false]]);
    const [kept] = await journal.pending();
    expect(kept).toMatchObject({ id: "e-1", stage: "held", holding: { id: order.id } });
    const again = await createClient({ provider, journal }).recover({ cancelOpen: true });
    expect(again.entries.map((e) => [e.action, e.order?.id])).toEqual([["cancelled", order.id]]);
  });

  it("two lost purchases of which one landed: one finds it, the other was not bought", async () => {
    const journal = memoryJournal();
    const startedAt = new Date(Date.now() - 1_000).toISOString();
    await journal.put(intent("e-1", startedAt));
    await journal.put(intent("e-2", startedAt));
    const provider = t.fake.provider();
    const order = await provider.buy!(BUY);
    const report = await createClient({ provider, journal }).recover({
      landingWindowMs: 0,
      cancelOpen: true,
    });
    const actions = report.entries.map((e) => [e.action, e.order?.id ?? null]);
    // Never the same order for both (that would report one charge as two).
    expect(actions).toEqual([
      ["cancelled", order.id],
      ["not-bought", null],
    ]);
    expect(t.fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("does not take a purchase made after the request could have landed (the app's next one)", async () => {
    const journal = memoryJournal();
    await journal.put(intent("e-1", new Date(Date.now() - 3_600_000).toISOString()));
    const provider = t.fake.provider();
    await provider.buy!(BUY);
    const report = await createClient({ provider, journal }).recover({ cancelOpen: true });
    expect(report.entries.map((e) => e.action)).toEqual(["not-bought"]);
    expect(t.fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge"]);
  });
});
