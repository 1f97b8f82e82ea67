/**
 * A user's process, run by the crash tests as a child and killed with SIGKILL part-way: it builds the
 * adapter against a fake served on a loopback port, journals to a file, and runs one flow, writing a line
 * to stdout at each point the parent may kill it. It never exits on its own before the kill but at the
 * end of a flow ("end").
 *
 * argv[2]: JSON { provider, baseUrl, apiKey, journal, flow, stopAtIntent }
 */
import { createClient } from "../../src/client/client.js";
import { fileJournal } from "../../src/client/journal/file-journal.js";
import type { Journal } from "../../src/client/journal/journal.js";
import { type CrashFlow, FAKES } from "./crash-fakes.js";

interface ChildConfig {
  provider: keyof typeof FAKES;
  baseUrl: string;
  apiKey: string;
  journal: string;
  flow: CrashFlow;
  /** Hang once the purchase's intent is on disk, before its request can leave. */
  stopAtIntent: boolean;
}

const config = JSON.parse(process.argv[2]!) as ChildConfig;
const say = (line: string) => process.stdout.write(`${line}\n`);
// A pending promise alone does not keep Node running: a timer does, until the parent's SIGKILL.
const forever = () => new Promise<never>(() => setInterval(() => {}, 60_000));

const fake = FAKES[config.provider]({ apiKey: config.apiKey, baseUrl: config.baseUrl });
const file = fileJournal(config.journal);
const journal: Journal = config.stopAtIntent
  ? {
      ...file,
      async put(entry) {
        await file.put(entry);
        if (entry.stage === "intent") {
          say("intent");
          await forever();
        }
      },
    }
  : file;
const client = createClient({ provider: fake.provider({ timeoutMs: 60_000 }), journal });

async function main(): Promise<void> {
  say("ready");
  if (config.flow === "rent") {
    const rental = await client.rent(fake.rentInput!);
    say(`rented ${rental.id}`);
    return;
  }
  const order = await client.buy(fake.buyInput!);
  say(`bought ${order.id}`);
  if (config.flow === "buy-wait") {
    await client.waitForCode(order, { timeoutMs: 600_000, intervalMs: 100 });
  } else if (config.flow === "buy-cancel") {
    await client.cancel(order);
  }
}

main().then(
  async () => {
    say("end");
    await forever();
  },
  (error: unknown) => {
    say(`error ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    process.exitCode = 1;
  },
);
