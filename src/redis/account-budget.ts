/**
 * One account's shared budget, as one process sees it: the `RequestBudget` that `redisBudget(redis)`
 * hands an adapter. The slots live in Redis (budget-script.ts); this side queues the process's own
 * waiters, hands them the slots the script reserved, and keeps what it has to report (replies, aborted
 * reservations, a pause, an announcement) until the next call of the script carries it.
 *
 * - One call at a time per account: acquires that arrive meanwhile wait for its reply and go together in
 *   the next one, which reserves a slot for each of them (a burst costs a round trip or two, not one
 *   per request).
 * - A reservation is kept: the waiter sleeps until its moment and goes without asking again, unless a
 *   pause comes first: its own `pauseFor`, or one another process stored, which the source hears on the
 *   pause channel and hands over with `pauseHere` (redis-budget.ts).
 * - When no slot can be named (every one waits on a reply nobody has seen), the waiters ask again at the
 *   moment the script names, or as soon as this process sees a reply of its own.
 * - Reports ride on the next acquire's call; with none coming, a short timer (the clock margin, 20 ms to
 *   1 s) sends them alone.
 * - Redis not answering within `timeoutMs` (an error, a timeout, a dropped connection): the waiters
 *   without a slot, and every acquire after, go to an in-process `localBudget` holding a share of the
 *   limit; Redis is asked again at most once every `probeMs`, and once it answers the process is back,
 *   reporting what it sent meanwhile so the fleet counts it.
 */
import { createHash, randomBytes } from "node:crypto";
import { type BudgetAnnouncement, localBudget, type RateLimit, type RequestBudget } from "unisms";
import { marginFor } from "../core/budget/local-budget.js";
import { BUDGET_SCRIPT } from "./budget-script.js";

/**
 * What the budget needs of a Redis client, as an ioredis client (`Redis` or `Cluster`) has it: the two
 * script commands, and optionally `duplicate` and `on`, with which it listens for the pauses other
 * processes store. Any client with `evalsha` and `eval` works; without `duplicate`, a pause another
 * process stores holds this process's later reservations but not one it already holds (see `redisBudget`).
 */
export interface RedisScripting {
  /** Runs a cached script by its SHA-1 (rejects with NOSCRIPT when Redis does not have it). */
  evalsha(sha1: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  /** Runs a script (and caches it). */
  eval(script: string, numkeys: number, ...args: (string | number)[]): Promise<unknown>;
  /** ioredis's connection state: `"end"` once its owner closed it (`quit`, `disconnect`). */
  readonly status?: string;
  /**
   * A second connection with the same options (ioredis's `duplicate()`): the budget source opens one, at
   * its first `budgetFor`, and subscribes on it to the pauses other processes store.
   */
  duplicate?(): RedisSubscriber;
  /** ioredis's events: on `"end"` (its owner closed it) the budget source closes its duplicate too. */
  on?(event: "end", listener: () => void): unknown;
}

/** The connection `RedisScripting.duplicate()` returns, as the budget uses it (an ioredis client). */
export interface RedisSubscriber {
  /** Subscribes to a channel (ioredis resubscribes after a reconnect). */
  subscribe(channel: string): Promise<unknown>;
  /** A message on a subscribed channel. */
  on(event: "message", listener: (channel: string, message: string) => void): unknown;
  /** `"error"`: ignored (the connection reconnects by itself); `"ready"`, `"end"`: its state changed. */
  on(event: "error" | "ready" | "end", listener: (...args: unknown[]) => void): unknown;
  /** Closes it at once. */
  disconnect(): void;
  /** ioredis's connection state: `"end"` once closed. */
  readonly status?: string;
}

/** What `redisBudget` settles for one account. */
export interface AccountSettings {
  redis: RedisScripting;
  /** flight, replied, pause */
  keys: readonly [string, string, string];
  limit: RateLimit | null;
  localShare: number;
  timeoutMs: number;
  holdMs: number;
  probeMs: number;
  /** Told once per switch to the local share, with why. */
  onFallback: (why: string) => void;
  /** Where a pause this process stores is published, and the account it is published as. */
  channel: string;
  account: string;
  /** Called at each acquire (the source checks it is still listening for pauses). */
  onAcquire: () => void;
}

/** One account's budget, and what the source tells it. */
export interface AccountBudget extends RequestBudget {
  /**
   * A pause another process stored (heard on the pause channel): held here only, neither stored nor
   * published again. Holds the reservations this process already has.
   */
  pauseHere(ms: number): void;
}

interface Waiter {
  resolve(release: () => void): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** A slot the script reserved: a member of the flight set and the local moment it may leave. */
interface Slot {
  member: string;
  at: number;
}

interface Reports {
  releases: Array<[member: string, at: number]>;
  cancels: string[];
  /** Local moment a pause this process learned ends (0: none to report). */
  pause: number;
  announce: { remaining: number; resetMs: number; at: number } | null;
}

let sha: string | undefined;
const scriptSha = () => (sha ??= createHash("sha1").update(BUDGET_SCRIPT).digest("hex"));

/** The most slots one call reserves. */
const MAX_BATCH = 100;

const noop = () => {};

export function accountBudget(settings: AccountSettings): AccountBudget {
  const { redis, keys } = settings;
  const clock = () => performance.now();
  const ceiling = settings.limit?.limit ?? Number.POSITIVE_INFINITY;
  let current: RateLimit | null = settings.limit ? { ...settings.limit } : null;
  const shareOf = (limit: number) => Math.max(1, Math.floor(limit * settings.localShare));
  const fallback = current
    ? localBudget(
        { limit: shareOf(current.limit), intervalMs: current.intervalMs },
        { maxLimit: shareOf(current.limit) },
      )
    : localBudget(null);
  // Names this process's members; a member is `${token}:${n}`.
  const token = randomBytes(6).toString("hex");
  let seq = 0;

  const waiters: Waiter[] = [];
  /** Reserved slots, earliest first: waiter i holds slot i. */
  const slots: Slot[] = [];
  let pausedUntil = 0;
  /** When a further acquire would go, as the last reply said (the delayMs estimate). */
  let nextFreeAt = 0;
  /** Waiters without a slot ask again then (0: now), or at a reply of this process's own. */
  let askAt = 0;
  let kicked = false;
  let calling = false;
  let down = false;
  let probeAt = 0;
  let reports: Reports = { releases: [], cancels: [], pause: 0, announce: null };
  let flushAt = Number.POSITIVE_INFINITY;
  /** Requests let out by the local share and not yet replied: reported as replied now on the way back. */
  const localFlight = new Set<string>();
  let headTimer: ReturnType<typeof setTimeout> | undefined;
  let wakeTimer: ReturnType<typeof setTimeout> | undefined;
  let pumpQueued = false;

  const windowMs = () => (current ? current.intervalMs + marginFor(current.intervalMs) : 0);
  const quantumMs = () => (current ? marginFor(current.intervalMs) : 0);
  const unserved = () => waiters.length - slots.length;
  const hasReports = () =>
    reports.releases.length > 0 ||
    reports.cancels.length > 0 ||
    reports.pause > 0 ||
    reports.announce !== null;

  function schedulePump(): void {
    if (pumpQueued) return;
    pumpQueued = true;
    queueMicrotask(() => {
      pumpQueued = false;
      pump();
    });
  }

  /** Something to tell Redis: soon, or at once; waiters without a slot ask again with it. */
  function report(urgent: boolean): void {
    flushAt = Math.min(flushAt, clock() + (urgent ? 0 : quantumMs()));
    if (unserved() > 0) kicked = true;
    schedulePump();
  }

  function pump(): void {
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = undefined;
    if (calling) return;
    const now = clock();
    if (down) {
      if (now >= probeAt) call(0);
      else wake(probeAt - now, false);
      return;
    }
    if (unserved() > 0 && (kicked || askAt <= now)) {
      kicked = false;
      call(Math.min(unserved(), MAX_BATCH, current?.limit ?? MAX_BATCH));
      return;
    }
    if (hasReports() && flushAt <= now) {
      call(0);
      return;
    }
    const due = Math.min(
      unserved() > 0 ? askAt : Number.POSITIVE_INFINITY,
      hasReports() ? flushAt : Number.POSITIVE_INFINITY,
    );
    if (due !== Number.POSITIVE_INFINITY) wake(due - now, true);
  }

  function wake(delay: number, keepAlive: boolean): void {
    wakeTimer = setTimeout(pump, Math.max(0, Math.ceil(delay)));
    // While Redis is away the probes are housekeeping: they keep no process alive.
    if (!keepAlive) wakeTimer.unref?.();
  }

  function call(want: number): void {
    calling = true;
    const sentAt = clock();
    const sent = reports;
    reports = { releases: [], cancels: [], pause: 0, announce: null };
    flushAt = Number.POSITIVE_INFINITY;
    const window = windowMs();
    const releases = sent.releases.filter(([, at]) => sentAt - at < window);
    // Back from the local share: what it let out and is still waiting on counts from now.
    if (down) for (const member of localFlight) releases.push([member, sentAt]);
    const base = seq;
    seq += want + 1;
    const args: (string | number)[] = [
      current?.limit ?? 0,
      window,
      settings.holdMs,
      token,
      base,
      want,
      sent.pause > sentAt ? Math.ceil(sent.pause - sentAt) : 0,
      sent.announce?.remaining ?? -1,
      sent.announce?.resetMs ?? -1,
      sent.announce ? Math.round(sentAt - sent.announce.at) : 0,
      settings.channel,
      settings.account,
      releases.length,
      ...releases.flatMap(([member, at]) => [member, Math.max(0, Math.round(sentAt - at))]),
      sent.cancels.length,
      ...sent.cancels,
    ];
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      failed(sent, `no answer within ${settings.timeoutMs} ms`);
    }, settings.timeoutMs);
    run(args).then(
      (reply) => {
        if (settled) {
          late(reply, base);
          return;
        }
        settled = true;
        clearTimeout(timer);
        const answer = parse(reply, want);
        if (answer) succeeded(answer, base);
        else failed(sent, "an unexpected reply to the budget script");
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        failed(sent, error instanceof Error ? error.message : String(error));
      },
    );
  }

  async function run(args: (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(scriptSha(), keys.length, ...keys, ...args);
    } catch (error) {
      // Not in Redis's script cache (a restart, SCRIPT FLUSH): EVAL sends it and caches it again.
      if (!/NOSCRIPT/.test(error instanceof Error ? error.message : String(error))) throw error;
      return await redis.eval(BUDGET_SCRIPT, keys.length, ...keys, ...args);
    }
  }

  function succeeded(answer: Answer, base: number): void {
    calling = false;
    const at = clock();
    down = false;
    pausedUntil = Math.max(pausedUntil, at + answer.pauseMs);
    nextFreeAt = at + answer.nextMs;
    askAt = answer.askMs >= 0 ? at + Math.max(answer.askMs, quantumMs()) : 0;
    answer.waits.forEach((wait, i) => {
      const slot = { member: `${token}:${base + i + 1}`, at: at + wait };
      let j = slots.length;
      while (j > 0 && slots[j - 1]!.at > slot.at) j--;
      slots.splice(j, 0, slot);
    });
    trimSlots();
    letOut();
    pump();
  }

  function failed(sent: Reports, why: string): void {
    calling = false;
    // Unconfirmed: sent again with the next call (each report is safe to apply twice).
    reports = {
      releases: [...sent.releases, ...reports.releases],
      cancels: [...sent.cancels, ...reports.cancels],
      pause: Math.max(sent.pause, reports.pause),
      announce: reports.announce ?? sent.announce,
    };
    const window = windowMs();
    const now = clock();
    reports.releases = reports.releases.filter(([, at]) => now - at < window);
    probeAt = now + settings.probeMs;
    if (!down) {
      down = true;
      settings.onFallback(why);
    }
    // Waiters holding a slot keep it (Redis counted it); the others go to the local share.
    for (const waiter of waiters.splice(slots.length)) {
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      viaLocalShare(waiter);
    }
    pump();
  }

  /** A reply to a call given up on: whatever it reserved, nobody will use. */
  function late(reply: unknown, base: number): void {
    const answer = parse(reply, MAX_BATCH);
    if (!answer?.waits.length || !current) return;
    answer.waits.forEach((_, i) => {
      reports.cancels.push(`${token}:${base + i + 1}`);
    });
    report(false);
  }

  function viaLocalShare(waiter: Waiter): void {
    fallback.acquire(waiter.signal).then((release) => {
      if (!current) return waiter.resolve(release);
      const member = `${token}:l${++seq}`;
      localFlight.add(member);
      let released = false;
      waiter.resolve(() => {
        if (released) return;
        released = true;
        localFlight.delete(member);
        release();
        reports.releases.push([member, clock()]);
        report(false);
      });
    }, waiter.reject);
  }

  /** More slots than waiters (some aborted): the latest go back. */
  function trimSlots(): void {
    let freed = false;
    while (slots.length > waiters.length) {
      reports.cancels.push(slots.pop()!.member);
      freed = true;
    }
    if (freed) report(false);
  }

  function letOut(): void {
    if (headTimer) clearTimeout(headTimer);
    headTimer = undefined;
    while (waiters.length > 0 && slots.length > 0) {
      const at = Math.max(slots[0]!.at, pausedUntil);
      const now = clock();
      if (at > now) {
        headTimer = setTimeout(letOut, Math.ceil(at - now));
        return;
      }
      const waiter = waiters.shift()!;
      const slot = slots.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve(releaseOf(slot.member));
    }
  }

  function releaseOf(member: string): () => void {
    if (!current) return noop;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      reports.releases.push([member, clock()]);
      report(false);
    };
  }

  function abort(waiter: Waiter): void {
    const index = waiters.indexOf(waiter);
    if (index < 0) return;
    waiters.splice(index, 1);
    waiter.reject(waiter.signal!.reason);
    trimSlots();
    if (index === 0) letOut();
  }

  return {
    get limit() {
      return current;
    },

    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      settings.onAcquire();
      return new Promise((resolve, reject) => {
        const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
        if (down) {
          viaLocalShare(waiter);
          if (!calling && clock() >= probeAt) schedulePump();
          return;
        }
        if (signal) {
          waiter.onAbort = () => abort(waiter);
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        waiters.push(waiter);
        schedulePump();
      });
    },

    delayMs() {
      const now = clock();
      const pause = Math.max(0, pausedUntil - now);
      if (down) return Math.ceil(Math.max(pause, fallback.delayMs()));
      let wait = Math.max(0, nextFreeAt - now);
      // A waiter with no slot yet waits at least until Redis is asked again: while that call is out, the
      // last answer's moment has passed, but the wait has not ended (0 would let a scheduler start a look).
      if (unserved() > 0) wait = Math.max(wait, askAt - now, quantumMs());
      return Math.ceil(Math.max(pause, wait));
    },

    pauseFor(ms) {
      const until = clock() + ms;
      pausedUntil = Math.max(pausedUntil, until);
      reports.pause = Math.max(reports.pause, until);
      fallback.pauseFor(ms);
      report(true);
      letOut();
    },

    pauseHere(ms) {
      // The message left Redis a moment ago (its transit, a few ms): the smallest clock margin (20 ms)
      // keeps its end on the late side without stretching a pause by a long window's margin.
      const held = ms + marginFor(0);
      pausedUntil = Math.max(pausedUntil, clock() + held);
      fallback.pauseFor(held);
      letOut();
    },

    pausedForMs: () => Math.ceil(Math.max(0, pausedUntil - clock())),

    announce(said: BudgetAnnouncement) {
      if (current && said.limit !== undefined && Number.isInteger(said.limit) && said.limit > 0) {
        current = { ...current, limit: Math.min(said.limit, ceiling) };
      }
      const { remaining, resetMs } = said;
      fallback.announce({
        ...said,
        ...(current && said.limit !== undefined ? { limit: shareOf(current.limit) } : {}),
      });
      if (!current || remaining === undefined || !Number.isInteger(remaining) || remaining < 0) return;
      const reset =
        resetMs !== undefined && Number.isFinite(resetMs) && resetMs >= 0 ? Math.round(resetMs) : -1;
      reports.announce = { remaining, resetMs: reset, at: clock() };
      report(false);
    },
  };
}

interface Answer {
  pauseMs: number;
  /** -1: nothing to ask again for. */
  askMs: number;
  nextMs: number;
  waits: number[];
}

function parse(reply: unknown, want: number): Answer | null {
  if (!Array.isArray(reply) || reply.length < 3 || reply.length > 3 + want) return null;
  if (!reply.every((n) => typeof n === "number" && Number.isFinite(n))) return null;
  const [pauseMs, askMs, nextMs, ...waits] = reply as number[];
  return { pauseMs: pauseMs!, askMs: askMs!, nextMs: nextMs!, waits };
}
