/** What only the file journal has to get right: survival across processes, torn lines, size, the lock. */
import { execFile } from "node:child_process";
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileJournal } from "../../../src/client/journal/file-journal.js";
import { entry } from "../../contract/journal-contract.js";

const run = promisify(execFile);
let dir: string;
let path: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "unisms-journal-"));
  path = join(dir, "orders.ndjson");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("fileJournal", () => {
  it("is read back by a new journal on the same file (another process after a restart)", async () => {
    const first = fileJournal(path);
    await first.put(entry("a"));
    await first.put(entry("b"));
    await first.close("a");
    expect((await fileJournal(path).pending()).map((e) => e.id)).toEqual(["b"]);
  });

  it("skips a torn last line, and starts the next record on a line of its own", async () => {
    await fileJournal(path).put(entry("a"));
    await appendFile(path, '{"put":{"id":"torn","provider":"num');
    const after = fileJournal(path);
    expect((await after.pending()).map((e) => e.id)).toEqual(["a"]);
    await after.put(entry("b"));
    expect((await fileJournal(path).pending()).map((e) => e.id)).toEqual(["a", "b"]);
  });

  it("is on disk, one JSON line per record, before put resolves", async () => {
    const journal = fileJournal(path);
    await journal.put(entry("a"));
    const lines = (await readFile(path, "utf8")).trim().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toEqual([{ put: entry("a") }]);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it("does not grow without bound: closed entries are compacted away", async () => {
    const journal = fileJournal(path, { compactAfter: 50 });
    await journal.put(entry("kept"));
    for (let i = 0; i < 500; i++) {
      await journal.put(entry(`e${i}`));
      await journal.close(`e${i}`);
    }
    const lines = (await readFile(path, "utf8")).trim().split("\n");
    // At most the live entry and the records since the last compaction.
    expect(lines.length).toBeLessThanOrEqual(1 + 2 * 50);
    expect((await journal.pending()).map((e) => e.id)).toEqual(["kept"]);
  });

  it("lets one process claim it: another live process is refused, a dead one's lock is broken", async () => {
    // A live process (this test's parent: alive for the test's duration) holds the lock.
    await writeFile(`${path}.lock`, String(process.ppid));
    expect(await fileJournal(path).claim()).toBeNull();
    // A process that has exited.
    const { stdout } = await run(process.execPath, ["-e", "console.log(process.pid)"]);
    await writeFile(`${path}.lock`, stdout.trim());
    const release = await fileJournal(path).claim();
    expect(release).toBeTypeOf("function");
    expect(await readFile(`${path}.lock`, "utf8")).toBe(String(process.pid));
    await release!();
    await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: "ENOENT" });
  });
});
