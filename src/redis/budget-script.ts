/**
 * The one Lua script behind `redisBudget`: every `acquire` is one call of it (EVALSHA), which first
 * applies what this process has to report (replies, cancelled reservations, a pause, an announcement)
 * and then reserves slots. Redis runs a script atomically, so two processes never take the same slot.
 *
 * Two sorted sets per account, and a pause:
 * - `flight`: requests let out (or reserved for a later moment) whose reply has not been reported,
 *   scored by the moment they leave. Each counts as long as it is there, since its reply may come at any
 *   time; one whose process died is taken as replied `hold` ms after it left (so dropped a window later).
 * - `replied`: requests whose reply came, scored by that moment; each counts until one window after it.
 * - `pause`: the moment a 429's `Retry-After` ends, as a string that expires with it. A pause that
 *   lengthens it is also published on the prefix's channel (`<prefix>:budget:pauses`, message
 *   `<account> <ms left>`): a process that already holds a reservation does not call the script again
 *   before sending it, so this is how it learns of the pause (redis-budget.ts listens).
 *
 * All moments are Redis's own clock (TIME), so processes whose clocks disagree still agree on the
 * window. A process speaks only in durations: "this reply came 12 ms before I sent this call", "wait
 * 80 ms". Both are measured on the process's monotonic clock, and the call's own transit only makes
 * them err late, the safe side.
 *
 * The earliest slot for one more request: with `f` requests in flight and `r` replied within the window,
 * one may go now when `f + r < limit`. Otherwise the `f + r - limit + 1` oldest replies must leave the
 * window first, which happens at a known moment if there are that many replies (the reservation is then
 * exact, and the process waits for it without asking again). When there are not, a slot waits on a reply
 * nobody has seen yet: the script reserves nothing and names the earliest moment worth asking again (one
 * window after the oldest request in flight left).
 */

/** KEYS: flight, replied, pause. ARGV: see `call()` in account-budget.ts, in order. */
export const BUDGET_SCRIPT = `
if redis.replicate_commands then pcall(redis.replicate_commands) end
local flight, replied, pauseKey = KEYS[1], KEYS[2], KEYS[3]
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local hold = tonumber(ARGV[3])
local token = ARGV[4]
local seq = tonumber(ARGV[5])
local want = tonumber(ARGV[6])
local pauseMs = tonumber(ARGV[7])
local remaining = tonumber(ARGV[8])
local resetMs = tonumber(ARGV[9])
local announcedAgo = tonumber(ARGV[10])
local channel, account = ARGV[11], ARGV[12]
local time = redis.call("TIME")
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)

redis.call("ZREMRANGEBYSCORE", replied, "-inf", now - window)
redis.call("ZREMRANGEBYSCORE", flight, "-inf", now - hold - window)

-- Replies: the request leaves the flight set and counts one window from its reply. Repeating one is
-- harmless (its score only moves later).
local i = 13
local releases = tonumber(ARGV[i])
for r = 1, releases do
  local member, at = ARGV[i + 2 * r - 1], now - tonumber(ARGV[i + 2 * r])
  redis.call("ZREM", flight, member)
  if at > now - window then redis.call("ZADD", replied, at, member) end
end
i = i + 2 * releases + 1
local cancels = tonumber(ARGV[i])
for c = 1, cancels do redis.call("ZREM", flight, ARGV[i + c]) end

-- A pause is never shortened: the longest one seen wins.
local pausedUntil = tonumber(redis.call("GET", pauseKey) or "0")
if pauseMs > 0 and now + pauseMs > pausedUntil then
  pausedUntil = now + pauseMs
  redis.call("SET", pauseKey, pausedUntil, "PX", pauseMs)
  -- Reservations already handed out are sent without asking again: their processes hear it here.
  redis.call("PUBLISH", channel, account .. " " .. pauseMs)
end

local inFlight = redis.call("ZCARD", flight)
local done = redis.call("ZCARD", replied)

-- The provider says fewer calls are left than we count: others spent them (a process outside this
-- fleet). They count as replies, dated so that they leave the window when the provider's resets.
if limit > 0 and remaining >= 0 then
  local missing = limit - inFlight - done - remaining
  local at = now - announcedAgo
  if resetMs >= 0 then at = math.min(at, at + resetMs - window) end
  if missing > 0 and at > now - window then
    for m = 1, missing do redis.call("ZADD", replied, at, "a:" .. token .. ":" .. seq .. ":" .. m) end
    done = done + missing
  end
end

-- The earliest moment one more request may leave, or nil and the moment to ask again.
local function earliest()
  local at = now
  if inFlight + done >= limit then
    local need = inFlight + done - limit + 1
    if need > done then
      local oldest = redis.call("ZRANGE", flight, 0, 0, "WITHSCORES")
      return nil, math.max(tonumber(oldest[2]) + window, pausedUntil)
    end
    at = tonumber(redis.call("ZRANGE", replied, need - 1, need - 1, "WITHSCORES")[2]) + window
  end
  return math.max(at, pausedUntil), nil
end

local waits = {}
local askAt = -1
for w = 1, want do
  if limit <= 0 then
    waits[w] = math.max(0, pausedUntil - now)
  else
    local at, again = earliest()
    if at == nil then
      askAt = again
      break
    end
    redis.call("ZADD", flight, at, token .. ":" .. (seq + w))
    inFlight = inFlight + 1
    waits[w] = at - now
  end
end

-- What a further request would wait: the estimate behind delayMs().
local further = math.max(0, pausedUntil - now)
if limit > 0 then
  local at, again = earliest()
  further = math.max(0, (at or again) - now)
end

-- Idle accounts vanish: each set lives as long as its newest member counts.
local last = redis.call("ZRANGE", flight, -1, -1, "WITHSCORES")
if last[2] then redis.call("PEXPIRE", flight, math.max(1, tonumber(last[2]) - now + hold + window)) end
if done > 0 then redis.call("PEXPIRE", replied, window) end

local out = { math.max(0, pausedUntil - now), askAt >= 0 and math.max(0, askAt - now) or -1, further }
for w = 1, #waits do out[#out + 1] = waits[w] end
return out
`;
