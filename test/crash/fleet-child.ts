/**
 * One worker of a fleet, run by the fleet test as a child process: it journals to a shared Redis, buys
 * orders against a provider fake served on a loopback port and waits for their codes, and runs
 * `recover({ cancelOpen: true })` twice a lease, as a worker of a fleet should. It writes a line to
 * stdout for each thing it does; it runs until it is killed.
 *
 * argv[2]: JSON { provider, baseUrl, apiKey, redisUrl, name, leaseMs, orders }
 */
import { Redis } from "ioredis";
import { createClient } from "../../src/client/client.js";
import { redisJournal } from "../../src/redis/redis-journal.js";
import { FAKES } from "./crash-fakes.js";

interface WorkerConfig {
  provider: keyof typeof FAKES;
  baseUrl: string;
  apiKey: string;
  redisUrl: string;
  name: string;
  leaseMs: number;
  /** How many orders it buys. */
  orders: number;
}

const config = JSON.parse(process.argv[2]!) as WorkerConfig;
const say = (line: string) => process.stdout.write(`${line}\n`);

const fake = FAKES[config.provider]({ apiKey: config.apiKey, baseUrl: config.baseUrl });
const redis = new Redis(config.redisUrl);
const journal = redisJournal(redis, { name: config.name, leaseMs: config.leaseMs });
const client = createClient({ provider: fake.provider({ timeoutMs: 60_000 }), journal });

async function recoverForever(): Promise<never> {
  for (;;) {
    try {
      const report = await client.recover({ cancelOpen: true, cancelGraceMs: 5_000 });
      for (const e of report.entries) say(`recovered ${e.action} ${e.order?.id ?? e.entry.id}`);
    } catch (error) {
      say(`recover-failed ${error instanceof Error ? error.message : String(error)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, config.leaseMs / 2));
  }
}

async function main(): Promise<void> {
  say(`worker ${journal.workerId}`);
  // Recovering from the start, while its own purchases are in flight: they must never be touched.
  void recoverForever();
  for (let i = 0; i < config.orders; i++) {
    const order = await client.buy(fake.buyInput!);
    say(`bought ${order.id}`);
    void client.waitForCode(order, { timeoutMs: 600_000, intervalMs: 100 }).then(
      (result) => say(`code ${order.id} ${result.code}`),
      (error: unknown) => say(`wait-failed ${order.id} ${error instanceof Error ? error.message : error}`),
    );
  }
}

main().catch((error: unknown) => {
  say(`error ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  process.exitCode = 1;
});
