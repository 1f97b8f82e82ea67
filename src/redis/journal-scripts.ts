/**
 * The Redis journal's Lua scripts, and how they are run. Each script is one atomic step over the
 * journal's keys (see `redis-journal.ts` for the layout): Redis runs a script whole, so two workers
 * adopting the same dead worker's entries, or a put racing an adoption, never interleave.
 *
 * Every script that writes on this worker's behalf first sets its lease key again, so a worker that is
 * writing is never taken for dead, even before its renewal timer has run once.
 *
 * Every script is sent whole (see `LuaScript`), so scripts on one connection run in the order they were
 * sent. Every call is bounded: ioredis queues commands while it reconnects (for as long as its retry policy
 * allows), so a Redis out of reach would otherwise hold a purchase, or a `recover()`, for minutes.
 */
import type { RedisJournalClient } from "./redis-journal.js";

/**
 * A Lua script, always sent whole (EVAL), never by its SHA1 (EVALSHA) with a fallback. A fallback on
 * NOSCRIPT (a restarted or flushed Redis) sends the script again only once the refusal has come back, so
 * behind commands queued meanwhile on the same connection: a purchase's intent withdrawn after its put
 * timed out (a CLOSE queued behind the PUT) would be deleted first, then written, and stay. Sent whole,
 * every script runs in the order it was sent. The scripts are small (the largest about 2 kB), and Redis
 * caches what EVAL runs by the script's hash, so it does not compile them again.
 */
export class LuaScript {
  constructor(readonly source: string) {}

  /** Runs the script; rejects when Redis fails it, or has not answered within `timeoutMs`. */
  run(
    redis: RedisJournalClient,
    keys: readonly string[],
    args: readonly (string | number)[],
    timeoutMs: number,
    what: string,
  ): Promise<unknown> {
    return bounded(redis.eval(this.source, keys.length, ...keys, ...args), timeoutMs, what);
  }
}

/** `work`, or a rejection once `ms` have passed without its answer; `what` says what failed. */
export function bounded<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(
          `the Redis journal could not ${what}: Redis did not answer within ${ms} ms (out of reach, or too busy)`,
        ),
      );
    }, ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(
          new Error(
            `the Redis journal could not ${what}: ${error instanceof Error ? error.message : String(error)}`,
            { cause: error },
          ),
        );
      },
    );
  });
}

/**
 * Sets this worker's lease (KEYS[lease] to ARGV[value], expiring after ARGV[leaseMs]) and leaves `had`:
 * whether it was still there. A lease that had lapsed may have been seen missing by another worker's
 * adoption: that record is dropped, so the next lapse is counted from its own start.
 */
const SET_LEASE = (lease: number, missing: number, worker: number, leaseMs: number, value: number) => `
local had = redis.call('EXISTS', KEYS[${lease}])
redis.call('SET', KEYS[${lease}], ARGV[${value}], 'PX', ARGV[${leaseMs}])
if had == 0 then redis.call('HDEL', KEYS[${missing}], ARGV[${worker}]) end
`;

/**
 * Records an entry. A new entry belongs to the writer; a known one keeps its owner, so an entry a worker
 * adopted stays its own when `recover()` puts it back.
 *
 * KEYS: entries, owners, lease, missing. ARGV: id, entry JSON, worker, leaseMs, lease value.
 * Returns 1 when the lease was still there, 0 when it had lapsed.
 */
export const PUT = new LuaScript(`${SET_LEASE(3, 4, 3, 4, 5)}
redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
return had
`);

/**
 * Removes an entry, whoever owns it: a finished order needs nothing more from anyone.
 *
 * KEYS: entries, owners, adopted. ARGV: id.
 */
export const CLOSE = new LuaScript(`
redis.call('HDEL', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('SREM', KEYS[3], ARGV[1])
return 1
`);

/**
 * The entries this worker may settle: those it adopted earlier, and those of an owner whose lease has
 * been missing for a whole `leaseMs`, adopted now (owned by this worker, marked adopted). Never an
 * entry whose owner is alive, this worker's own purchases included.
 *
 * A lease found missing is not enough: after a Redis outage longer than the lease (a restart, a
 * failover) every lease is gone at once, and the first worker back would otherwise adopt every live
 * worker's entries before their renewal timers had run. So the first time an owner's lease is seen
 * missing is recorded (`missing`: owner to Redis's `TIME` in ms), and its entries are adopted once
 * that is `leaseMs` old: a live worker renews well within that time, and its renewal drops the record.
 * A stopped worker records 0 as it gives its lease up, so what it leaves is adopted at once. Records are
 * dropped here too once their owner is alive, adopted, or owns nothing.
 *
 * KEYS: entries, owners, adopted, lease, missing. ARGV: worker, leaseMs, lease value, lease key prefix.
 * Returns { lease was still there (1/0), id, JSON, id, JSON, ... }.
 */
export const ADOPT = new LuaScript(`
-- Redis before 5 replicates a script by its text unless told otherwise, and then refuses writes after
-- TIME; from Redis 5 effects replication is the default, and in 7 this call is a no-op.
if redis.replicate_commands then redis.replicate_commands() end
${SET_LEASE(4, 5, 1, 2, 3)}
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local leaseMs = tonumber(ARGV[2])
local owners = redis.call('HGETALL', KEYS[2])
-- Per other owner: 'alive', 'lapsed' (missing, not for long enough yet), or 'dead' (adopted now).
local state = {}
local out = { had }
for i = 1, #owners, 2 do
  local id, owner = owners[i], owners[i + 1]
  local mine = false
  if owner == ARGV[1] then
    mine = redis.call('SISMEMBER', KEYS[3], id) == 1
  else
    if state[owner] == nil then
      if redis.call('EXISTS', ARGV[4] .. owner) == 1 then
        state[owner] = 'alive'
      else
        local since = redis.call('HGET', KEYS[5], owner)
        if not since then
          redis.call('HSET', KEYS[5], owner, string.format('%d', now))
          state[owner] = 'lapsed'
        elseif now - tonumber(since) >= leaseMs then
          state[owner] = 'dead'
        else
          state[owner] = 'lapsed'
        end
      end
    end
    if state[owner] == 'dead' then
      redis.call('HSET', KEYS[2], id, ARGV[1])
      redis.call('SADD', KEYS[3], id)
      mine = true
    end
  end
  if mine then
    local body = redis.call('HGET', KEYS[1], id)
    if body then
      out[#out + 1] = id
      out[#out + 1] = body
    end
  end
end
-- Only an owner still counting its lapse needs its record: not one alive again, adopted (all its
-- entries were just taken), or owning nothing (its entries closed, or it stopped with none).
local records = redis.call('HKEYS', KEYS[5])
for i = 1, #records do
  if state[records[i]] ~= 'lapsed' then redis.call('HDEL', KEYS[5], records[i]) end
end
return out
`);

/**
 * Gives this worker's lease up: deletes it and, when it still owns entries, records it as missing since
 * forever (0), so what it leaves is adopted by the next `pending()` elsewhere, without waiting a lease.
 * A worker that leaves nothing leaves no record either (nothing would ever clear it).
 * KEYS: lease, missing, owners. ARGV: worker.
 */
export const STOP = new LuaScript(`
redis.call('DEL', KEYS[1])
local owners = redis.call('HVALS', KEYS[3])
for i = 1, #owners do
  if owners[i] == ARGV[1] then
    redis.call('HSET', KEYS[2], ARGV[1], 0)
    return 1
  end
end
redis.call('HDEL', KEYS[2], ARGV[1])
return 1
`);

/**
 * Renews this worker's lease. KEYS: lease, missing. ARGV: leaseMs, lease value, worker.
 * Returns 1 when the lease was still there, 0 when it had lapsed.
 */
export const RENEW = new LuaScript(`${SET_LEASE(1, 2, 3, 1, 2)}
return had
`);
