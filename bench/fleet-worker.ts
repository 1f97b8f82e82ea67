/**
 * One worker process of the fleet benchmark (fleet.ts): watches its share of the orders on the shared
 * FetchSMS stand-in, with its own in-process budget or the fleet's Redis budget, and reports each code
 * as it comes. Started by fleet.ts through IPC; not useful alone.
 */
import { Redis } from "ioredis";
import { createClient, fetchsms, type Order, type Provider } from "../src/index.js";
import { redisBudget } from "../src/redis/index.js";

export interface WorkerConfig {
  apiKey: string;
  baseUrl: string;
  budget: "local" | "redis";
  redisUrl: string;
  limit: { limit: number; intervalMs: number };
  intervalMs: number;
  orders: Order[];
}

export type WorkerMessage =
  | { type: "ready" }
  | { type: "code"; id: string; code: string; at: number }
  | { type: "done"; cpuMs: number; errors: number; retries: number };

const send = (message: WorkerMessage) => process.send!(message);

let start: () => void = () => {};
let stopAll: () => Promise<void> = async () => {};

process.on("message", (message: { type: "config"; config: WorkerConfig } | { type: "start" | "stop" }) => {
  if (message.type === "config") {
    const { config } = message;
    const redis = config.budget === "redis" ? new Redis(config.redisUrl) : null;
    const base = fetchsms({
      apiKey: config.apiKey,
      baseUrl: config.baseUrl,
      rateLimit: config.limit,
      ...(redis ? { budget: redisBudget(redis) } : {}),
    });
    // The per-order endpoint: a round costs one request per order, so the limit is what paces it.
    const provider: Provider = { ...base, pollMany: undefined };
    const client = createClient({ provider });
    const counts = { errors: 0, retries: 0 };
    const cpu = process.cpuUsage();
    let watchers: { stop(): void }[] = [];
    start = () => {
      watchers = config.orders.map((order) => {
        const watcher = client.watch(order, { intervalMs: config.intervalMs });
        watcher.on("code", (code) => {
          send({ type: "code", id: order.id, code, at: Date.now() });
          watcher.stop();
        });
        watcher.on("retry", () => counts.retries++);
        watcher.on("error", () => counts.errors++);
        return watcher;
      });
    };
    stopAll = async () => {
      for (const watcher of watchers) watcher.stop();
      const used = process.cpuUsage(cpu);
      send({ type: "done", cpuMs: (used.user + used.system) / 1000, ...counts });
      await redis?.quit();
      process.disconnect();
    };
    send({ type: "ready" });
  } else if (message.type === "start") {
    start();
  } else if (message.type === "stop") {
    void stopAll();
  }
});
