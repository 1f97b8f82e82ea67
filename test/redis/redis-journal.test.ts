/**
 * The journal contract, run on `redisJournal` against a real Redis. A shared journal shows a worker only
 * what it may settle, so "pending" is read by a second worker (its own connection) after the writer
 * stopped, as a process recovering after it would.
 */
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe } from "vitest";
import type { Journal } from "../../src/client/journal/journal.js";
import { type RedisJournal, redisJournal } from "../../src/redis/redis-journal.js";
import { runJournalContract } from "../contract/journal-contract.js";
import { type RedisServer, redisBinary, skipNotice, startRedisServer } from "../support/redis-server.js";

skipNotice("the Redis journal's contract");

describe.skipIf(!redisBinary())("redisJournal", () => {
  let server: RedisServer;
  const connections: Redis[] = [];
  const journals: RedisJournal[] = [];
  const names = new WeakMap<Journal, string>();
  let made = 0;

  const connect = () => {
    const redis = new Redis(server.url, { lazyConnect: false });
    connections.push(redis);
    return redis;
  };
  const open = (name: string) => {
    const journal = redisJournal(connections[journals.length % 2]!, { prefix: "contract", name });
    journals.push(journal);
    names.set(journal, name);
    return journal;
  };

  beforeAll(async () => {
    server = await startRedisServer();
    connect();
    connect();
  });
  afterAll(async () => {
    for (const journal of journals) await journal.stop();
    for (const redis of connections) redis.disconnect();
    await server?.stop();
  });

  runJournalContract(
    "redisJournal",
    () => open(`j${++made}`),
    async (writer) => {
      await (writer as RedisJournal).stop();
      return open(names.get(writer)!);
    },
  );
});
