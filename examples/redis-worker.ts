/**
 * One worker of a fleet: start as many as you like with the same REDIS_URL and NUMPOOL_API_KEY. They
 * share one rate budget (the account's limit holds across all of them, and a 429 pauses them all) and one
 * order journal (when a worker dies, another one refunds the orders it left).
 *
 *   REDIS_URL=redis://127.0.0.1:6379 NUMPOOL_API_KEY=... npx tsx examples/redis-worker.ts
 */
import { Redis } from "ioredis";
import { createClient, numpool } from "unisms";
import { redisBudget, redisJournal } from "unisms/redis";

const redis = new Redis(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
const journal = redisJournal(redis); // this worker's lease: 15 s, renewed while it lives
const client = createClient({
  provider: numpool({
    apiKey: process.env.NUMPOOL_API_KEY ?? "",
    baseUrl: process.env.NUMPOOL_BASE_URL, // unset: NumPool itself
    budget: redisBudget(redis), // one budget per API key, fleet-wide (Redis holds a hash of the key)
  }),
  journal,
});

// A dead worker's orders are taken over once its lease has run out: look at start, then once a lease.
const recover = () =>
  client
    .recover({ cancelOpen: true })
    .then((report) => {
      for (const e of report.entries) console.log(`recovered ${e.action}`);
    })
    .catch((error: Error) => console.error(`recover: ${error.message}`));
await recover();
const sweeper = setInterval(recover, 15_000);

try {
  const order = await client.buy({ service: "whatsapp", country: "US" });
  console.log(`bought ${order.id}`);
  const { code } = await client.waitForCode(order);
  console.log(`code ${order.id} ${code}`);
} finally {
  clearInterval(sweeper);
  await journal.stop(); // gives the lease back: whatever is left is taken over at once
  redis.disconnect();
}
