/** What only the file journal has to get right: survival across processes, torn lines, size, the lock. */
import { execFile } from "node:child_process";
import { appendFile, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileJournal, openFileJournal } from "../../../src/client/journal/file-journal.js";
import { OrderStateError } from "../../../src/core/errors.js";
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
    // The process that starts after the crash.
    const after = openFileJournal(path);
    expect((await after.pending()).map((e) => e.id)).toEqual(["a"]);
    await after.put(entry("b"));
    expect((await openFileJournal(path).pending()).map((e) => e.id)).toEqual(["a", "b"]);
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

  it("is one journal per file in a process, so one never compacts the file from under the other", async () => {
    const a = fileJournal(path, { compactAfter: 2 });
    const b = fileJournal(path);
    expect(b).toBe(a);
    await a.put(entry("kept"));
    for (const id of ["x", "y", "z"]) {
      await a.put(entry(id));
      await b.close(id);
    }
    await b.put(entry("late"));
    expect((await openFileJournal(path).pending()).map((e) => e.id)).toEqual(["kept", "late"]);
  });

  it("belongs to one live process: another one's purchases and recovery are refused", async () => {
    // A live process (this test's parent, alive for the test's duration) owns the file.
    await writeFile(`${path}.lock`, `${process.ppid} 7d3f0c1e-owner`);
    const journal = openFileJournal(path);
    expect(await journal.claim()).toBeNull();
    await expect(journal.put(entry("a"))).rejects.toBeInstanceOf(OrderStateError);
    expect(await readFile(path, "utf8").catch(() => "")).toBe("");
  });

  it("takes over the lock of a process that is gone, or of an earlier process with this pid", async () => {
    const { stdout } = await run(process.execPath, ["-e", "console.log(process.pid)"]);
    for (const stale of [
      `${stdout.trim()} 11111111-dead`,
      `${process.pid} 22222222-earlier-life`,
      String(stdout.trim()),
    ]) {
      await writeFile(`${path}.lock`, stale);
      const journal = openFileJournal(path);
      const release = await journal.claim();
      expect(release).toBeTypeOf("function");
      expect(await readFile(`${path}.lock`, "utf8")).toMatch(new RegExp(`^${process.pid} [0-9a-f-]{36}$`));
      // One recovery at a time in this process too.
      expect(await journal.claim()).toBeNull();
      await release!();
      expect(await journal.claim()).toBeTypeOf("function");
      await (await import("../../../src/client/journal/file-lock.js")).disown(`${path}.lock`);
      await expect(stat(`${path}.lock`)).rejects.toMatchObject({ code: "ENOENT" });
    }
  });

  it("lets exactly one of several processes break a stale lock", async () => {
    const { stdout } = await run(process.execPath, ["-e", "console.log(process.pid)"]);
    await writeFile(`${path}.lock`, `${stdout.trim()} 33333333-dead`);
    const claimer = `
      import { fileJournal } from ${JSON.stringify(join(import.meta.dirname, "../../../src/client/journal/file-journal.ts"))};
      const release = await fileJournal(process.argv[1]).claim();
      console.log(release ? "owner" : "refused");
      await new Promise((r) => setTimeout(r, 1500));`;
    const script = join(dir, "claim.mts");
    await writeFile(script, claimer);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => run(process.execPath, ["--import", "tsx", script, path])),
    );
    const said = results.map((r) => r.stdout.trim()).sort();
    expect(said).toEqual(["owner", "refused", "refused", "refused"]);
  }, 20_000);
});
