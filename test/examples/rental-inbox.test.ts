import { createClient, type Message, type Rental, type SandboxProvider, sandbox } from "unisms";
import { describe, expect, it } from "vitest";
import { rentAndWatch } from "../../examples/rental-inbox.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse("2026-03-02T09:00:00Z");

/** Waits (in real time) until `check` holds. */
async function until(check: () => boolean, what: string, withinMs = 5_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A sandbox on a clock the test moves, and the example running on it. */
function run(balance = 1000) {
  let now = T0;
  const provider = sandbox({ seed: 3, balance, now: () => now });
  const client = createClient({ provider });
  const stop = new AbortController();
  const seen: Message[] = [];
  const lines: string[] = [];
  let rental: Rental | undefined;
  const done = rentAndWatch({
    client,
    intervalMs: 10,
    renewWithinMs: HOUR,
    now: () => now,
    signal: stop.signal,
    onRented: (r) => {
      rental = r;
    },
    onMessage: (m) => seen.push(m),
    log: (line) => lines.push(line),
  });
  return {
    provider,
    client,
    stop,
    seen,
    lines,
    done,
    rental: () => rental,
    setNow: (ms: number) => {
      now = ms;
    },
  };
}

describe("examples/rental-inbox.ts", () => {
  it("prints each message once as it arrives, renews once near expiry, and the wallet pays two periods", async () => {
    const r = run();
    await until(() => r.rental() !== undefined, "the rental");
    const rental = r.rental()!;
    expect(Date.parse(rental.expiresAt!)).toBe(T0 + DAY); // the shortest period: 1 day, $1.50

    r.provider.deliver(rental, "Your Discord security code is: 662190", "Discord");
    await until(() => r.seen.length === 1, "the first message");
    r.provider.deliver(rental, "Hey, is this still your number?", "+14155550123");
    await until(() => r.seen.length === 2, "the second message");
    expect(r.seen.map((m) => [m.from, m.code])).toEqual([
      ["Discord", "662190"],
      ["+14155550123", null],
    ]);

    // Not near its end yet: nothing renewed.
    r.setNow(T0 + 20 * HOUR);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(r.provider.ledger()).toHaveLength(1);

    // Within the hour before it ends: renewed once, however many looks see it there.
    r.setNow(T0 + DAY - 30 * 60_000);
    await until(() => r.provider.ledger().length === 2, "the renewal");
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(r.provider.ledger().map((e) => [e.kind, e.amount])).toEqual([
      ["charge", 150],
      ["charge", 150],
    ]);
    expect(Date.parse((await r.client.getRental(rental)).expiresAt!)).toBe(T0 + 2 * DAY);

    // Past the first period's end, the rental lives on.
    r.setNow(T0 + DAY + HOUR);
    await new Promise((resolve) => setTimeout(resolve, 40));
    r.stop.abort();
    const summary = await r.done;
    expect(summary).toMatchObject({ renewals: 1, rental: { status: "active" } });
    expect(summary.messages).toHaveLength(2);
    expect((await r.client.balance()).amount).toBe(1000 - 300);
    expect(r.seen).toHaveLength(2); // no message twice
  });

  it("does not renew what the wallet cannot pay: warns, and the watch ends when the rental expires", async () => {
    const r = run(200); // $2.00: the rental ($1.50) but not a second period
    await until(() => r.rental() !== undefined, "the rental");
    r.setNow(T0 + DAY - 10 * 60_000);
    await until(() => r.lines.some((l) => l.startsWith("Cannot afford")), "the warning");
    await new Promise((resolve) => setTimeout(resolve, 60)); // more looks: the warning is not repeated
    r.setNow(T0 + DAY + 1);
    const summary = await r.done;
    expect(summary).toMatchObject({ renewals: 0, rental: { status: "expired" } });
    expect(r.provider.ledger().map((e) => [e.kind, e.amount])).toEqual([["charge", 150]]);
    expect((await r.client.balance()).amount).toBe(50);
    expect(r.lines.filter((l) => l.startsWith("Cannot afford"))).toHaveLength(1);
  });

  it("renews once when replies are slow: neither a look during the renewal nor one read before it renews again", async () => {
    // Replies that take time, as over HTTP: a look reads the rental, and its reply lands later.
    let now = T0;
    const sb = sandbox({ seed: 4, now: () => now });
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const slow: SandboxProvider = {
      ...sb,
      getRental: async (rental, opts) => {
        const read = await sb.getRental(rental, opts);
        await sleep(90);
        return read;
      },
      balance: async (opts) => {
        const read = await sb.balance(opts);
        await sleep(180);
        return read;
      },
      renew: async (rental, request, opts) => {
        const renewed = await sb.renew(rental, request, opts);
        await sleep(30);
        return renewed;
      },
    };
    const stop = new AbortController();
    const done = rentAndWatch({
      client: createClient({ provider: slow }),
      intervalMs: 30,
      renewWithinMs: HOUR,
      now: () => now,
      signal: stop.signal,
      onRented: () => {
        now = T0 + DAY - 30 * 60_000; // from the first look on, it is within the hour before its end
      },
      log: () => {},
    });
    await until(() => sb.ledger().length === 2, "the renewal");
    await sleep(500);
    stop.abort();
    expect((await done).renewals).toBe(1);
    expect(sb.ledger().map((e) => e.kind)).toEqual(["charge", "charge"]);
  });
});
