/**
 * The order journal as an append-only NDJSON file: one line a record (`{"put": entry}` or
 * `{"close": id}`), each appended and fsynced before the call resolves, so a paid request is on disk before
 * it is sent. A crash can tear the last line: it is skipped when read, and the next append starts on a new
 * line. Closed entries are compacted away (the live ones rewritten to a temporary file, fsynced, renamed
 * over the journal) once `compactAfter` records have been closed, so the file does not grow without bound.
 *
 * One process owns a given file (`file-lock.ts`): the first write or `claim()` takes `<path>.lock`, and
 * another live process is then refused both (its purchase fails before any request; its `recover()` is
 * refused), so nothing compacts the file from under another's appends or cancels orders another still
 * waits on. For many processes on one account, use a shared journal. Within a process every
 * `fileJournal(path)` of one file is the same journal.
 */
import { constants } from "node:fs";
import { type FileHandle, open, readFile, rename } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { OrderStateError } from "../../core/errors.js";
import { own } from "./file-lock.js";
import type { Journal, JournalEntry } from "./journal.js";

/** One journal per file in this process: two instances would compact the file from under each other. */
const instances = new Map<string, Journal>();

/** Options of `fileJournal`. */
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

/**
 * The journal as an append-only NDJSON file, fsynced before every paid request leaves, compacted as
 * entries close, and claimed through `<path>.lock` while a process recovers it. A torn last line (a
 * crash mid-write) is skipped. One instance per path in a process.
 */
export function fileJournal(path: string, options: FileJournalOptions = {}): Journal {
  const key = resolve(path);
  let journal = instances.get(key);
  if (!journal) {
    journal = openFileJournal(key, options);
    instances.set(key, journal);
  }
  return journal;
}

/**
 * A journal on the file that shares nothing with this process's other journals on it: what a process
 * started later sees (tests use it for that). Use `fileJournal`.
 */
export function openFileJournal(path: string, options: FileJournalOptions = {}): Journal {
  const compactAfter = options.compactAfter ?? 1_000;
  const lockPath = `${path}.lock`;
  let recovering = false;
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

  async function ensureOwner(): Promise<void> {
    if (!(await own(lockPath))) {
      throw new OrderStateError(
        `the journal ${path} belongs to another running process (see ${lockPath}); use a journal of this process's own`,
      );
    }
  }

  async function append(record: JournalRecord): Promise<void> {
    await ensureOwner();
    const file = await appendHandle();
    try {
      await file.write(`${JSON.stringify(record)}\n`);
      await file.datasync();
    } catch (error) {
      // A write cut short (a full disk) may leave a torn line: reopening ends it before the next record.
      handle = undefined;
      await file.close().catch(() => undefined);
      throw error;
    }
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
    // One recovery at a time in this process, and none while another live process owns the file.
    claim: async () => {
      if (recovering) return null;
      recovering = true;
      if (!(await own(lockPath))) {
        recovering = false;
        return null;
      }
      return async () => {
        recovering = false;
      };
    },
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
