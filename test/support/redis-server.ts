/**
 * A real Redis for the tests: Debian's `redis-server` (installed by `.ci/run` when missing), started on a
 * free loopback port with its own temporary directory and no persistence, and stopped after. Tests that
 * need it call `redisBinary()` first: when no binary can be had they are skipped, and `skipNotice` says
 * so on the console, never silently.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:<port>` */
  readonly url: string;
  /** Stops the server (SIGTERM, then SIGKILL after 2 s) and removes its directory. */
  stop(): Promise<void>;
  /** Kills the server without a word (SIGKILL): a test of Redis going away. */
  kill(): Promise<void>;
  /** Starts it again on the same port (after `kill`), empty. */
  restart(): Promise<void>;
}

let binary: string | null | undefined;

/** The path of `redis-server`, or null when this machine has none. */
export function redisBinary(): string | null {
  if (binary !== undefined) return binary;
  for (const candidate of [process.env.REDIS_SERVER, "/usr/bin/redis-server", "redis-server"]) {
    if (!candidate) continue;
    try {
      execFileSync(candidate, ["--version"], { stdio: "ignore" });
      binary = candidate;
      return binary;
    } catch {}
  }
  binary = null;
  return binary;
}

/** Prints, once per test file, why its Redis tests are skipped. */
export function skipNotice(what: string): void {
  if (redisBinary()) return;
  console.warn(
    `SKIPPED: ${what} needs a redis-server binary and none was found (apt-get install redis-server, or set REDIS_SERVER)`,
  );
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function launch(path: string, port: number, dir: string): Promise<ChildProcess> {
  const child = spawn(
    path,
    [
      "--port",
      String(port),
      "--bind",
      "127.0.0.1",
      "--dir",
      dir,
      "--save",
      "",
      "--appendonly",
      "no",
      "--daemonize",
      "no",
      "--protected-mode",
      "yes",
      "--loglevel",
      "notice",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`redis-server did not start within 10 s: ${output.slice(-500)}`));
    }, 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/Ready to accept connections/i.test(output)) {
        clearTimeout(timer);
        // Keep draining both pipes so a chatty server never blocks on a full one.
        child.stdout?.off("data", onData);
        child.stdout?.resume();
        output = "";
        resolve(child);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-2_000);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code} before it was ready: ${output.slice(-500)}`));
    });
  });
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 2_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill(signal);
  });
}

/** Starts a fresh, empty Redis on a free loopback port. Throws when there is no binary. */
export async function startRedisServer(): Promise<RedisServer> {
  const path = redisBinary();
  if (!path) throw new Error("no redis-server binary on this machine");
  const dir = mkdtempSync(join(tmpdir(), "unisms-redis-"));
  let port = 0;
  let child: ChildProcess | undefined;
  // Another process may take the port between our probe and redis binding it: try a few.
  for (let attempt = 0; attempt < 5 && !child; attempt++) {
    port = await freePort();
    child = await launch(path, port, dir).catch((error: unknown) => {
      if (attempt === 4) throw error;
      return undefined;
    });
  }
  let current = child!;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      await stopChild(current, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
    async kill() {
      await stopChild(current, "SIGKILL");
    },
    async restart() {
      current = await launch(path, port, dir);
    },
  };
}
