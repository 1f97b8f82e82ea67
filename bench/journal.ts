/**
 * What the order journal costs a paid call: the sandbox's buy -> cancel, one order after another, with no
 * journal, with `memoryJournal()` and with `fileJournal()` (append + fsync per write: the intent, the held
 * order, the cancel mark, the close), side by side in the same run. The file journal's share is the
 * difference per paid call, and it is the disk's fsync that sets it (about 3 ms measured on the 2-core
 * CI machine): judged against 10 ms.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, fileJournal, type Journal, memoryJournal, sandbox } from "../src/index.js";
import { elapsedMs, fmt, nowNs, type Result } from "./harness.js";

const ORDERS = 200;
const WARM_UP = 20;

async function perOrderMs(journal: Journal | undefined): Promise<number> {
  const provider = sandbox({
    seed: 7,
    smsDelayMs: 3_600_000,
    balance: 100_000_000,
    stock: { whatsapp: 1_000_000 },
  });
  const client = createClient({ provider, ...(journal ? { journal } : {}) });
  const flow = async () => {
    const order = await client.buy({ service: "whatsapp" });
    await client.cancel(order);
  };
  for (let i = 0; i < WARM_UP; i++) await flow();
  const start = nowNs();
  for (let i = 0; i < ORDERS; i++) await flow();
  return elapsedMs(start) / ORDERS;
}

export async function benchJournal(): Promise<Result[]> {
  const dir = await mkdtemp(join(tmpdir(), "unisms-bench-journal-"));
  try {
    const none = await perOrderMs(undefined);
    const memory = await perOrderMs(memoryJournal());
    const file = await perOrderMs(fileJournal(join(dir, "orders.ndjson")));
    return [
      {
        name: "journal: file journal cost per paid call",
        value: file - none,
        unit: "ms",
        compare: "<=",
        target: 10,
        detail: `buy + cancel: ${fmt(none)} ms without a journal, ${fmt(memory)} ms with memoryJournal, ${fmt(file)} ms with fileJournal (4 fsynced writes); ${ORDERS} orders each`,
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
