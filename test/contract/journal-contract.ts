/**
 * The contract every order journal keeps (the file one, the memory one, a user's own): what was put is
 * pending until closed, a put replaces the entry with its id, entries come back as the JSON they were, and
 * one claim at a time.
 *
 * "Pending" is read as the process that recovers sees it (`later`). For a journal one process owns, that
 * is the journal itself. A journal shared by live processes (Redis) shows a process only what it may
 * settle, never the purchases of a live one: its `later` is another worker, after the writer stopped.
 */
import { describe, expect, it } from "vitest";
import type { Journal, JournalEntry } from "../../src/client/journal/journal.js";

export function entry(id: string, overrides: Partial<JournalEntry> = {}): JournalEntry {
  return {
    id,
    provider: "numpool",
    operation: "buy",
    stage: "intent",
    startedAt: "2026-12-05T03:00:00.000Z",
    request: { service: "wa", country: 187 },
    ...overrides,
  };
}

/** The journal a process recovering after `writer` sees (default: the same journal). */
export type Later = (writer: Journal) => Promise<Journal> | Journal;

export function runJournalContract(
  label: string,
  make: () => Promise<Journal> | Journal,
  later: Later = (writer) => writer,
): void {
  describe(`${label}: journal contract`, () => {
    it("holds what was put until it is closed", async () => {
      const writer = await make();
      await writer.put(entry("a"));
      await writer.put(entry("b"));
      const journal = await later(writer);
      expect((await journal.pending()).map((e) => e.id).sort()).toEqual(["a", "b"]);
      await journal.close("a");
      expect((await journal.pending()).map((e) => e.id)).toEqual(["b"]);
    });

    it("keeps the last state put for an id", async () => {
      const writer = await make();
      await writer.put(entry("a"));
      const holding = {
        id: "o-1",
        provider: "numpool" as const,
        number: "+12125550100",
        service: "whatsapp",
        country: "US",
        status: "waiting" as const,
        code: null,
        messages: [],
        price: { amount: 43, currency: "USD" as const },
        createdAt: null,
        expiresAt: null,
      };
      await writer.put(entry("a", { stage: "held", holding }));
      const pending = await (await later(writer)).pending();
      expect(pending).toHaveLength(1);
      expect(pending[0]).toEqual(entry("a", { stage: "held", holding }));
    });

    it("gives back copies: changing one changes nothing in the journal", async () => {
      const writer = await make();
      const put = entry("a");
      await writer.put(put);
      put.stage = "held";
      const journal = await later(writer);
      const [first] = await journal.pending();
      first!.request.service = "tg";
      expect((await journal.pending())[0]).toEqual(entry("a"));
    });

    it("ignores closing an id it does not hold", async () => {
      const writer = await make();
      await writer.close("nothing");
      expect(await (await later(writer)).pending()).toEqual([]);
    });

    it("grants one claim at a time, and again once released", async () => {
      const journal = await make();
      const release = await journal.claim();
      expect(release).toBeTypeOf("function");
      expect(await journal.claim()).toBeNull();
      await release!();
      const again = await journal.claim();
      expect(again).toBeTypeOf("function");
      await again!();
    });
  });
}
