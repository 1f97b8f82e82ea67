/**
 * The order journal as an append-only NDJSON file: one line a record (`{"put": entry}` or
 * `{"close": id}`), each appended and fsynced before the call resolves, so a paid request is on disk before
 * it is sent. A crash can tear the last line: it is skipped when read, and the next append starts on a new
 * line. Closed entries are compacted away (the live ones rewritten to a temporary file, fsynced, renamed
 * over the journal) once `compactAfter` records have been closed, so the file does not grow without bound.
 *
 * One process writes a given file at a time (for many processes on one account, use a shared journal);
 * `claim()` takes `<path>.lock`, created exclusively and naming its process, and breaks it only when that
 * process is gone.
 */
import { constants } from "node:fs";
import { type FileHandle, open, readFile, rename, stat, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import type { Journal, JournalEntry } from "./journal.js";

export interface FileJournalOptions {
  /** Closed records that trigger a compaction (default 1 000). */
  compactAfter?: number;
}

type JournalRecord = { put: JournalEntry } | { close: string };

/** The entries still open after replaying the records; a line that does not parse (a torn write) is skipped. */
export function replay(text: string): Map<string, JournalEntry> {
  const entries = new Map<string, JournalEntry>();
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let record: JournalRecord;
    try {
      record = JSON.parse(line) as JournalRecord;
    } catch {
      continue;
    }
    if (record && typeof record === "object" && "put" in record && record.put?.id) {
      entries.set(record.put.id, record.put);
    } else if (record && typeof record === "object" && "close" in record) {
      entries.delete(record.close);
    }
  }
  return entries;
}

export function fileJournal(path: string, options: FileJournalOptions = {}): Journal {
  const compactAfter = options.compactAfter ?? 1_000;
  let handle: FileHandle | undefined;
  let closedSince = 0;
  // One operation at a time: appends stay whole lines, and a compaction never races one.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  async function appendHandle(): Promise<FileHandle> {
    if (handle) return handle;
    handle = await open(path, constants.O_CREAT | constants.O_APPEND | constants.O_RDWR, 0o600);
    // A torn last line from a crash: end it, so the next record starts on a line of its own.
    const { size } = await handle.stat();
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      if (last[0] !== 0x0a) await handle.write("\n");
    }
    return handle;
  }

  async function append(record: JournalRecord): Promise<void> {
    const file = await appendHandle();
    await file.write(`${JSON.stringify(record)}\n`);
    await file.datasync();
  }

  async function readAll(): Promise<string> {
    try {
      return await readFile(path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return "";
      throw error;
    }
  }

  async function compact(): Promise<void> {
    const live = replay(await readAll());
    const temp = `${path}.compact-${process.pid}`;
    const body = [...live.values()].map((entry) => `${JSON.stringify({ put: entry })}\n`).join("");
    const out = await open(temp, "w", 0o600);
    try {
      await out.write(body);
      await out.sync();
    } finally {
      await out.close();
    }
    await handle?.close();
    handle = undefined;
    await rename(temp, path);
    await syncDirectory(dirname(path));
    closedSince = 0;
  }

  return {
    put: (entry) => serial(() => append({ put: entry })),
    close: (id) =>
      serial(async () => {
        await append({ close: id });
        if (++closedSince >= compactAfter) await compact();
      }),
    pending: () => serial(async () => [...replay(await readAll()).values()]),
    claim: () => claimLock(`${path}.lock`),
  };
}

async function syncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable; not every platform lets a directory be opened for that.
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function claimLock(lockPath: string): Promise<(() => Promise<void>) | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx", 0o600);
      await handle.write(String(process.pid));
      await handle.sync();
      await handle.close();
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number.parseInt(await readFile(lockPath, "utf8").catch(() => ""), 10);
      // Held by a live process: not ours to take. A lock whose process is gone is stale; one that names no
      // process yet is being written, unless it has stayed so for seconds.
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) return null;
      if (!Number.isInteger(holder)) {
        const age = Date.now() - ((await stat(lockPath).catch(() => null))?.mtimeMs ?? 0);
        if (age < 5_000) return null;
      }
      await unlink(lockPath).catch(() => undefined);
    }
  }
  return null;
}
