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
import type { Redis } from "ioredis";

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
    redis: Redis,
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
 * Records an entry. A new entry belongs to the writer; a known one keeps its owner, so an entry a worker
 * adopted stays its own when `recover()` puts it back.
 *
 * KEYS: entries, owners, lease. ARGV: id, entry JSON, worker, leaseMs, lease value.
 * Returns 1 when the lease was still there, 0 when it had lapsed.
 */
export const PUT = new LuaScript(`
local had = redis.call('EXISTS', KEYS[3])
redis.call('SET', KEYS[3], ARGV[5], 'PX', ARGV[4])
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
 * The entries this worker may settle: those it adopted earlier, and those whose owner's lease is gone,
 * adopted now (owned by this worker, marked adopted). Never an entry whose owner is alive, this worker's
 * own purchases included.
 *
 * KEYS: entries, owners, adopted, lease. ARGV: worker, leaseMs, lease value, lease key prefix.
 * Returns { lease was still there (1/0), id, JSON, id, JSON, ... }.
 */
export const ADOPT = new LuaScript(`
local had = redis.call('EXISTS', KEYS[4])
redis.call('SET', KEYS[4], ARGV[3], 'PX', ARGV[2])
local owners = redis.call('HGETALL', KEYS[2])
local alive = {}
local out = { had }
for i = 1, #owners, 2 do
  local id, owner = owners[i], owners[i + 1]
  local mine = false
  if owner == ARGV[1] then
    mine = redis.call('SISMEMBER', KEYS[3], id) == 1
  else
    if alive[owner] == nil then
      alive[owner] = redis.call('EXISTS', ARGV[4] .. owner) == 1
    end
    if not alive[owner] then
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
return out
`);

/**
 * Renews this worker's lease. KEYS: lease. ARGV: leaseMs, lease value.
 * Returns 1 when the lease was still there, 0 when it had lapsed.
 */
export const RENEW = new LuaScript(`
local had = redis.call('EXISTS', KEYS[1])
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[1])
return had
`);
