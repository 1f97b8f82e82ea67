import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";
import { fileJournal } from "../../../src/client/journal/file-journal.js";
import { memoryJournal } from "../../../src/client/journal/memory-journal.js";
import { runJournalContract } from "../../contract/journal-contract.js";

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

runJournalContract("memoryJournal", () => memoryJournal());
runJournalContract("fileJournal", async () => {
  const dir = await mkdtemp(join(tmpdir(), "unisms-journal-"));
  dirs.push(dir);
  return fileJournal(join(dir, "orders.ndjson"));
});
runJournalContract("fileJournal, compacting after every close", async () => {
  const dir = await mkdtemp(join(tmpdir(), "unisms-journal-"));
  dirs.push(dir);
  return fileJournal(join(dir, "orders.ndjson"), { compactAfter: 1 });
});
