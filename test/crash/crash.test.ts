/**
 * Real crashes: a child process running a flow against a provider fake (served on a loopback port, its
 * ledger kept here) is killed with SIGKILL at each point, and a client in this process recovers from the
 * child's journal file. The fake's ledger must show every charge settled (refunded, used, or held as a
 * rental the report hands back) or reported as an unknown outcome, and never a second charge.
 *
 * Temp Number sells rentals only, so only the purchase points apply to it. The sandbox keeps its state in
 * the process that dies, so nothing outlives the crash to recover.
 */
import { describe, expect, it } from "vitest";
import { OrderStateError, OutcomeUnknownError } from "../../src/core/errors.js";
import type { CrashProvider } from "./crash-fakes.js";
import { type Crash, crash, type KillPoint } from "./crash-harness.js";

const ACTIVATIONS: CrashProvider[] = ["numariq", "numpool", "juicysms", "fetchsms"];
/** Providers whose own record (an order list with times) can find a purchase whose reply was lost. */
const FINDS = new Set<CrashProvider>(["numpool", "fetchsms", "tempnumber"]);
const PURCHASES: Array<[CrashProvider, "buy" | "rent"]> = [
  ...ACTIVATIONS.map((p) => [p, "buy"] as [CrashProvider, "buy"]),
  ["tempnumber", "rent"],
  ["numpool", "rent"],
];
const TIMEOUT = 30_000;

const charges = (c: Crash) => c.fake.wallet.ledger.filter((e) => e.kind === "charge");
const refunds = (c: Crash) => c.fake.wallet.ledger.filter((e) => e.kind === "refund");

async function withCrash(
  provider: CrashProvider,
  flow: "buy" | "buy-wait" | "buy-cancel" | "rent",
  point: KillPoint,
  check: (c: Crash) => Promise<void>,
): Promise<void> {
  const c = await crash(provider, flow, point);
  try {
    await check(c);
    // Whatever it did, recovering never bought: the charges are the child's.
    expect(charges(c).length).toBeLessThanOrEqual(1);
  } finally {
    await c.cleanup();
  }
}

describe.concurrent("killed after the intent was written, before the request left", () => {
  it.each(PURCHASES)("%s %s: nothing was charged, and recover never buys", async (provider, flow) => {
    await withCrash(provider, flow, "intent", async (c) => {
      const first = await c.client.recover({ cancelOpen: true });
      expect(first.entries).toHaveLength(1);
      expect(charges(c)).toHaveLength(0);
      const [entry] = first.entries;
      expect(entry!.action).toBe("unknown");
      expect(entry!.error).toBeInstanceOf(OutcomeUnknownError);
      if (!FINDS.has(provider)) {
        // No record to look in: listed once with its error, then closed.
        expect(entry!.closed).toBe(true);
        expect((await c.client.recover()).entries).toHaveLength(0);
        return;
      }
      // Not in the record yet, but a request that recent may still land: kept for later.
      expect(entry!.error!.message).toMatch(/may still land/);
      expect(entry!.closed).toBe(false);
      const later = await c.client.recover({ landingWindowMs: 0 });
      expect(later.entries.map((e) => [e.action, e.closed])).toEqual([["not-bought", true]]);
      expect((await c.client.recover()).entries).toHaveLength(0);
      expect(charges(c)).toHaveLength(0);
    });
  });
});

describe.concurrent("killed after the provider took the purchase, before the reply arrived", () => {
  it.each(PURCHASES)(
    "%s %s: found and settled, or reported unknown; charged once",
    async (provider, flow) => {
      await withCrash(provider, flow, "purchase-acted", async (c) => {
        expect(charges(c)).toHaveLength(1);
        const report = await c.client.recover({ cancelOpen: true });
        expect(report.entries).toHaveLength(1);
        const [entry] = report.entries;
        const charged = charges(c)[0]!.ref;
        if (!FINDS.has(provider)) {
          expect(entry!.action).toBe("unknown");
          expect(entry!.error).toBeInstanceOf(OutcomeUnknownError);
          expect(entry!.error!.message).toMatch(/no record/);
          expect(refunds(c)).toHaveLength(0);
        } else if (flow === "rent") {
          // The rental was found and handed back in the report: the caller holds it.
          expect(entry!.action).toBe("found");
          expect(charged).toMatch(new RegExp(`(^|:)${entry!.rental?.id}$`));
        } else {
          expect(entry!.action).toBe("cancelled");
          expect(entry!.order?.id).toBe(charged);
          expect(refunds(c).map((r) => r.ref)).toEqual([charged]);
          expect(entry!.refunded?.amount).toBe(charges(c)[0]!.amount);
        }
        expect(entry!.closed).toBe(true);
        expect((await c.client.recover({ cancelOpen: true })).entries).toHaveLength(0);
      });
    },
  );
});

describe.concurrent("killed while waiting for the code", () => {
  it.each(ACTIVATIONS)(
    "%s: a code that came meanwhile is handed back; nothing refunded",
    async (provider) => {
      await withCrash(provider, "buy-wait", "waiting", async (c) => {
        expect(c.boughtId).not.toBeNull();
        c.fake.deliver(c.boughtId!, "Your verification code is 482-913");
        const report = await c.client.recover({ cancelOpen: true });
        expect(report.entries.map((e) => [e.action, e.code, e.closed])).toEqual([["code", "482913", true]]);
        expect(charges(c)).toHaveLength(1);
        expect(refunds(c)).toHaveLength(0);
      });
    },
  );

  it.each(ACTIVATIONS)("%s: without a code, the order is cancelled for its refund", async (provider) => {
    await withCrash(provider, "buy-wait", "waiting", async (c) => {
      const report = await c.client.recover({ cancelOpen: true });
      expect(report.entries.map((e) => [e.action, e.order?.id, e.closed])).toEqual([
        ["cancelled", c.boughtId, true],
      ]);
      expect(refunds(c).map((r) => r.ref)).toEqual([c.boughtId]);
    });
  });

  it.each(ACTIVATIONS)(
    "%s: without cancelOpen, the open order is listed to resume and kept",
    async (provider) => {
      await withCrash(provider, "buy-wait", "waiting", async (c) => {
        const report = await c.client.recover();
        expect(report.entries.map((e) => [e.action, e.order?.id, e.closed])).toEqual([
          ["open", c.boughtId, false],
        ]);
        // Resumed here: its code closes the entry.
        c.fake.deliver(c.boughtId!, "Your verification code is 771-204");
        const result = await c.client.waitForCode(report.entries[0]!.order!, {
          timeoutMs: 5_000,
          intervalMs: 50,
        });
        expect(result.code).toBe("771204");
        // The watcher closes the entry as it ends; the journal shows it gone.
        let left = (await c.client.recover()).entries.length;
        for (let i = 0; i < 20 && left > 0; i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          left = (await c.client.recover()).entries.length;
        }
        expect(left).toBe(0);
        expect(refunds(c)).toHaveLength(0);
      });
    },
  );
});

describe.concurrent("killed while a cancel was in flight", () => {
  it.each(ACTIVATIONS)("%s: a cancel the provider never saw is completed, once", async (provider) => {
    await withCrash(provider, "buy-cancel", "cancel-unseen", async (c) => {
      expect(refunds(c)).toHaveLength(0);
      const report = await c.client.recover();
      expect(report.entries.map((e) => [e.action, e.closed])).toEqual([["cancelled", true]]);
      expect(refunds(c).map((r) => r.ref)).toEqual([c.boughtId]);
    });
  });

  it.each(ACTIVATIONS)(
    "%s: a cancel the provider carried out is seen closed, not cancelled again",
    async (provider) => {
      await withCrash(provider, "buy-cancel", "cancel-acted", async (c) => {
        expect(refunds(c)).toHaveLength(1);
        const report = await c.client.recover();
        expect(report.entries.map((e) => [e.action, e.closed])).toEqual([["closed", true]]);
        expect(refunds(c).map((r) => r.ref)).toEqual([c.boughtId]);
      });
    },
  );
});

describe("two processes recovering one journal", () => {
  it(
    "only one acts on the entries; the other is refused",
    async () => {
      await withCrash("numpool", "buy-wait", "waiting", async (c) => {
        const other = (await import("../../src/client/client.js")).createClient({
          provider: c.fake.provider(),
          journal: (await import("../../src/client/journal/file-journal.js")).fileJournal(c.journalPath),
        });
        const [a, b] = await Promise.allSettled([
          c.client.recover({ cancelOpen: true }),
          other.recover({ cancelOpen: true }),
        ]);
        const done = [a, b].filter((r) => r.status === "fulfilled");
        const refused = [a, b].filter((r) => r.status === "rejected");
        expect(done).toHaveLength(1);
        expect(refused).toHaveLength(1);
        expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(OrderStateError);
        expect(refunds(c)).toHaveLength(1);
      });
    },
    TIMEOUT,
  );
});
