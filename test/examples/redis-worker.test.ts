/**
 * examples/redis-worker.ts, as a fleet of two: two worker processes with the same API key and Redis, on
 * the NumPool fake served on a loopback port. Each buys a number and waits for its code; both draw on one
 * rate budget in Redis (one account, named by a hash, never the key), and both journal to one shared
 * journal, which is empty once they are done.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { Redis } from "ioredis";
import { createNumpoolFake, type NumpoolFake, serveOnLoopback } from "unisms/testing";
import { describe, expect, it } from "vitest";
import { bundled } from "../support/bundle.js";
import { redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";

skipNotice("examples/redis-worker.ts");

const WORKER = new URL("../../examples/redis-worker.ts", import.meta.url).pathname;

function run(script: string, env: Record<string, string>, onLine: (line: string) => void) {
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let buffered = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split("\n");
    buffered = lines.pop()!;
    lines.forEach(onLine);
  });
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<void>((resolve, reject) => {
    child.once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`worker exited ${code}: ${stderr}`)),
    );
  });
}

describe.skipIf(!redisBinary())("examples/redis-worker.ts", () => {
  it("runs two workers on one key: both get their code, on one shared budget, and leave the journal empty", async () => {
    const server = await startRedisServer();
    let fake: NumpoolFake | undefined;
    const loop = await serveOnLoopback({ handlers: () => fake!.handlers });
    fake = createNumpoolFake({ baseUrl: `${loop.origin}/api/v1` });
    const redis = new Redis(server.url);
    try {
      const script = await bundled(WORKER);
      const env = { REDIS_URL: server.url, NUMPOOL_API_KEY: fake.apiKey, NUMPOOL_BASE_URL: fake.baseUrl };
      const lines: string[] = [];
      /** What the shared journal held for each order while its worker waited for the code. */
      const heldWhileWaiting: string[] = [];
      const seen: Promise<void>[] = [];
      const onLine = (line: string) => {
        lines.push(line);
        if (!line.startsWith("bought ")) return;
        const id = line.split(" ")[1]!;
        seen.push(
          (async () => {
            // Before its SMS comes, the order is in the shared journal...
            for (const key of await redis.keys("unisms:journal:*:entries")) {
              for (const entry of await redis.hvals(key)) {
                if ((JSON.parse(entry) as { holding?: { id?: string } }).holding?.id === id)
                  heldWhileWaiting.push(id);
              }
            }
            // ...then the SMS lands.
            fake!.deliver(id, "Your WhatsApp code: 482-913");
          })(),
        );
      };
      await Promise.all([run(script, env, onLine), run(script, env, onLine)]);
      await Promise.all(seen);

      const bought = lines.filter((l) => l.startsWith("bought ")).map((l) => l.split(" ")[1]);
      expect(bought).toHaveLength(2);
      expect(new Set(bought).size).toBe(2);
      expect(lines.filter((l) => l.startsWith("code ")).sort()).toEqual(
        bought.map((id) => `code ${id} 482913`).sort(),
      );
      expect(fake.wallet.charges()).toBe(2);
      expect(heldWhileWaiting.sort()).toEqual([...bought].sort());

      const keys = await redis.keys("*");
      // One budget account for both workers, named by a hash: the key itself is nowhere in Redis.
      const accounts = new Set(keys.flatMap((k) => /^unisms:budget:\{([0-9a-f]+)\}/.exec(k)?.[1] ?? []));
      expect(accounts.size).toBe(1);
      expect(keys.some((k) => k.includes(fake!.apiKey))).toBe(false);
      // Both workers finished their orders and gave their leases back: the journal holds nothing.
      expect(keys.filter((k) => k.includes(":journal:"))).toEqual([]);
    } finally {
      redis.disconnect();
      await loop.close();
      await server.stop();
    }
  });
});
