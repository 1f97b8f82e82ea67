/**
 * `<journal>.lock`: which process owns a journal file. The owner is the one process that writes it and
 * may recover it; another live process is refused both, so that one never compacts the file from under
 * the other's appends, nor cancels orders the other still waits on.
 *
 * The lock file names its process by pid and by a random id drawn when this module loads, so that a
 * process restarted with the same pid (PID 1 in a container) is not taken for the one that died. A lock
 * whose process is gone is stale and is broken by renaming it away, which only one contender can do; a
 * fresh lock renamed by mistake (it changed between the read and the rename) is put back. The owner
 * removes the lock when it exits; a process killed outright leaves it stale.
 */
import { randomUUID } from "node:crypto";
import { readFileSync, unlinkSync } from "node:fs";
import { link, open, readFile, rename, stat, unlink } from "node:fs/promises";

const SELF = `${process.pid} ${randomUUID()}`;
/** Locks this process owns, removed when it exits. */
const owned = new Set<string>();
let exitHook = false;

function onExit(): void {
  for (const lockPath of owned) {
    try {
      if (readFileSync(lockPath, "utf8") === SELF) unlinkSync(lockPath);
    } catch {
      // Gone already.
    }
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

/** Whether a lock's content names a process other than this one that is still running. */
function heldByAnother(content: string): boolean {
  if (content === SELF) return false;
  const pid = Number.parseInt(content, 10);
  if (!Number.isInteger(pid) || pid <= 0) return true;
  // This pid, another id: a process that died and left its pid to this one.
  if (pid === process.pid) return false;
  return alive(pid);
}

/**
 * Makes this process the owner of `lockPath`; true when it is (or already was), false when another live
 * process owns it.
 */
export async function own(lockPath: string): Promise<boolean> {
  if (owned.has(lockPath)) return true;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(lockPath, "wx", 0o600);
      try {
        await handle.write(SELF);
        await handle.sync();
      } finally {
        await handle.close();
      }
      owned.add(lockPath);
      if (!exitHook) {
        exitHook = true;
        process.once("exit", onExit);
      }
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const content = await readFile(lockPath, "utf8").catch(() => null);
    if (content === null) continue;
    if (content === "") {
      // Being written by its creator, unless it has stayed empty for seconds (a crash mid-write).
      const age = Date.now() - ((await stat(lockPath).catch(() => null))?.mtimeMs ?? 0);
      if (age < 5_000) return false;
    } else if (heldByAnother(content)) {
      return false;
    }
    await breakStale(lockPath, content);
  }
  return false;
}

/** Gives up ownership (the lock is removed only if it is still this process's). */
export async function disown(lockPath: string): Promise<void> {
  if (!owned.delete(lockPath)) return;
  const content = await readFile(lockPath, "utf8").catch(() => null);
  if (content === SELF) await unlink(lockPath).catch(() => undefined);
}

async function breakStale(lockPath: string, stale: string): Promise<void> {
  const aside = `${lockPath}.stale-${randomUUID()}`;
  try {
    await rename(lockPath, aside);
  } catch {
    return; // Another contender moved it first.
  }
  const moved = await readFile(aside, "utf8").catch(() => null);
  // It changed between the read and the rename: a fresh lock, which goes back (unless a new one is there).
  if (moved !== stale) await link(aside, lockPath).catch(() => undefined);
  await unlink(aside).catch(() => undefined);
}
