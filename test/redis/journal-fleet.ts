/**
 * The Redis journal tests' fleet: a real Redis for one `describe` block, and workers (a journal each, on
 * a connection of its own) that are stopped and closed when the block ends, as is the server.
 */
import { Redis, type RedisOptions } from "ioredis";
import { afterAll, beforeAll } from "vitest";
import { type RedisJournal, type RedisJournalOptions, redisJournal } from "../../src/redis/redis-journal.js";
import { type RedisServer, startRedisServer } from "../support/redis-server.js";

export interface JournalWorker {
  redis: Redis;
  journal: RedisJournal;
}

export interface JournalFleet {
  /** The block's server (set before its tests run). */
  readonly server: RedisServer;
  /** A connection for the test itself: to look at keys, or delete a lease. */
  readonly admin: Redis;
  /** A worker on a connection of its own, stopped after the block. */
  worker(options: RedisJournalOptions, redisOptions?: RedisOptions): JournalWorker;
}

export function useJournalFleet(): JournalFleet {
  let server: RedisServer | undefined;
  let admin: Redis | undefined;
  const open: JournalWorker[] = [];
  beforeAll(async () => {
    server = await startRedisServer();
    admin = new Redis(server.url);
  });
  afterAll(async () => {
    for (const { redis, journal } of open.splice(0)) {
      await journal.stop();
      redis.disconnect();
    }
    admin?.disconnect();
    await server?.stop();
  });
  return {
    get server() {
      return server!;
    },
    get admin() {
      return admin!;
    },
    worker(options, redisOptions = {}) {
      const redis = new Redis(server!.url, redisOptions);
      const worker = { redis, journal: redisJournal(redis, options) };
      open.push(worker);
      return worker;
    },
  };
}
