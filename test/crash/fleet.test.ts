/**
 * The fleet proof: three worker processes share one Redis journal and one provider account (a fake
 * served on a loopback port, its ledger kept here), each buying orders and waiting for their codes while
 * it runs `recover({ cancelOpen: true })` twice a lease. One is killed with SIGKILL. The other two must
 * take its orders over within about three leases and cancel them for their refunds (each exactly once), never
 * touch each other's orders or their own, and, once their codes come, leave every charge on the ledger
 * settled (refunded, or used) and the journal empty.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";
import { Redis } from "ioredis";
import { describe, expect, it } from "vitest";
import type { ProviderFake } from "../../src/testing/fake-kit.js";
import { serveOnLoopback } from "../../src/testing/loopback.js";
import { bundled } from "../support/bundle.js";
import { redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";
import { FAKES } from "./crash-fakes.js";

skipNotice("the fleet crash test");

const CHILD = join(import.meta.dirname, "fleet-child.ts");
const LEASE_MS = 1_000;
const ORDERS = 2;

interface Worker {
  child: ChildProcess;
  lines: string[];
  stderr: string;
}

async function until(what: string, ready: () => boolean, timeoutMs: number, workers: Worker[]) {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (Date.now() > deadline) {
      const said = workers.map((w, i) => `worker ${i}: ${w.lines.join(" | ")} ${w.stderr.slice(-500)}`);
      throw new Error(`timed out waiting for ${what}\n${said.join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const idsOf = (w: Worker, verb: string) =>
  w.lines.filter((l) => l.startsWith(`${verb} `)).map((l) => l.split(" ")[1]!);

describe.skipIf(!redisBinary())("a fleet sharing a Redis journal", () => {
  it("takes a killed worker's orders over within a few leases, and settles every charge", async () => {
    const server = await startRedisServer();
    let fake: ProviderFake | undefined;
    const loop = await serveOnLoopback({ handlers: () => fake!.handlers as unknown as readonly unknown[] });
    const path = new URL(FAKES.numpool().baseUrl).pathname;
    fake = FAKES.numpool({ baseUrl: `${loop.origin}${path}` }) as ProviderFake;
    const redis = new Redis(server.url);
    const workers: Worker[] = [];
    try {
      const script = await bundled(CHILD);
      const config = {
        provider: "numpool",
        baseUrl: fake.baseUrl,
        apiKey: fake.apiKey,
        redisUrl: server.url,
        name: "fleet",
        leaseMs: LEASE_MS,
        orders: ORDERS,
      };
      for (let i = 0; i < 3; i++) {
        const child = spawn(process.execPath, [script, JSON.stringify(config)], {
          stdio: ["ignore", "pipe", "pipe"],
        });
        const worker: Worker = { child, lines: [], stderr: "" };
        let buffered = "";
        child.stdout!.on("data", (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split("\n");
          buffered = lines.pop()!;
          worker.lines.push(...lines);
        });
        child.stderr!.on("data", (chunk: Buffer) => {
          worker.stderr += chunk.toString();
        });
        workers.push(worker);
      }
      await until(
        "every worker's orders",
        () => workers.every((w) => idsOf(w, "bought").length === ORDERS),
        15_000,
        workers,
      );

      const [victim, ...survivors] = workers as [Worker, Worker, Worker];
      const victimOrders = idsOf(victim, "bought");
      const killedAt = Date.now();
      await new Promise<void>((resolve) => {
        victim.child.once("exit", () => resolve());
        victim.child.kill("SIGKILL");
      });
      const refunds = () => fake!.wallet.ledger.filter((e) => e.kind === "refund").map((e) => e.ref);
      await until(
        "the victim's refunds",
        () => victimOrders.every((id) => refunds().includes(id)),
        10_000,
        workers,
      );
      const tookMs = Date.now() - killedAt;
      // Its lease runs out within a lease, a survivor's recovery (twice a lease) sees it missing within half
      // a lease more, and adopts it once it has stayed missing a whole lease: by the recovery after, within
      // half a lease. About 3 s at worst with a 1 s lease (measured 2.0 to 2.3 s; 0.9 to 1.4 s when a
      // lease seen missing was adopted at once), and the cancels' own time.
      expect(tookMs).toBeLessThan(LEASE_MS * 3 + 1_000);

      // Each of its orders was cancelled by exactly one survivor's recovery, and nothing else was.
      const cancelled = () =>
        survivors.flatMap((w) =>
          w.lines.filter((l) => l.startsWith("recovered cancelled ")).map((l) => l.split(" ")[2]!),
        );
      await until("the survivors' reports", () => cancelled().length >= victimOrders.length, 5_000, workers);
      expect(cancelled().sort()).toEqual([...victimOrders].sort());

      // The survivors' orders were never touched: their codes come and are used.
      const survivorOrders = survivors.flatMap((w) => idsOf(w, "bought"));
      for (const id of survivorOrders) fake.deliver(id, "Your verification code is 482-913");
      await until(
        "the survivors' codes",
        () => survivors.every((w) => idsOf(w, "code").length === ORDERS),
        10_000,
        workers,
      );

      const charges = fake.wallet.ledger.filter((e) => e.kind === "charge").map((e) => e.ref);
      expect(charges.sort()).toEqual([...victimOrders, ...survivorOrders].sort());
      expect(refunds().sort()).toEqual([...victimOrders].sort());
      // Every entry closed: the victim's by the survivor that settled it, theirs as their codes came.
      let left = await redis.hlen("unisms:journal:{fleet}:entries");
      for (let i = 0; i < 40 && left > 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        left = await redis.hlen("unisms:journal:{fleet}:entries");
      }
      expect(left).toBe(0);
      for (const w of workers) expect(w.lines.filter((l) => /failed|error/.test(l))).toEqual([]);
    } finally {
      for (const w of workers) w.child.kill("SIGKILL");
      redis.disconnect();
      await loop.close();
      await server.stop();
    }
  }, 30_000);
});
