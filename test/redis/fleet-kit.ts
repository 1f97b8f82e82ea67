/**
 * What the Redis budget tests share: ioredis connections to the test server (each one a "process"), a
 * count of the script calls each one sends (its round trips to Redis), and a loopback HTTP server in
 * NumPool's shape that logs when each request arrived, per API key, and can answer with a 429.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Redis } from "ioredis";
import type { RedisScripting } from "../../src/redis/index.js";

/** A connection that reconnects quickly after a restart and stays quiet about a server gone away. */
export function connect(url: string): Redis {
  const redis = new Redis(url, { retryStrategy: () => 50, lazyConnect: false });
  redis.on("error", () => {});
  return redis;
}

/** The connection as the budget sees it, counting each script call (EVALSHA or EVAL: one round trip). */
export function counted(redis: Redis): { client: RedisScripting; calls(): number } {
  let calls = 0;
  return {
    client: {
      evalsha: (...args) => {
        calls++;
        return redis.evalsha(...args);
      },
      eval: (...args) => {
        calls++;
        return redis.eval(...args);
      },
    },
    calls: () => calls,
  };
}

export interface Loopback {
  /** NumPool's base URL on this server. */
  readonly baseUrl: string;
  /** When each request arrived (performance.now()), per API key. */
  arrivals(apiKey: string): number[];
  /** Answers the next request with 429 and `Retry-After: <seconds>`; resolves when it was sent. */
  refuseNext(seconds: number): Promise<number>;
  close(): Promise<void>;
}

export async function loopback(): Promise<Loopback> {
  const arrivals = new Map<string, number[]>();
  let refusal: { seconds: number; sent(at: number): void } | undefined;
  const server: Server = createServer((req, res) => {
    const at = performance.now();
    const key = String(req.headers["x-api-key"]);
    if (refusal) {
      const { seconds, sent } = refusal;
      refusal = undefined;
      res.writeHead(429, { "content-type": "application/json", "retry-after": String(seconds) });
      res.end(JSON.stringify({ error: "rate limited" }), () => sent(at));
      return;
    }
    arrivals.set(key, [...(arrivals.get(key) ?? []), at]);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ balance: 1, currency: "USD" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    arrivals: (apiKey) => arrivals.get(apiKey) ?? [],
    refuseNext: (seconds) =>
      new Promise((resolve) => {
        refusal = { seconds, sent: resolve };
      }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
