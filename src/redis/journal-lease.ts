/**
 * One worker's lease on a Redis journal: the key `<journal>:lease:<worker>`, set to expire after
 * `leaseMs` by every write the worker makes and renewed every `leaseMs / 3` by a timer that never keeps
 * the process alive. While the key exists the worker's entries are its own; once it has been gone for a
 * whole `leaseMs` more (the worker died, stalled or lost Redis for that long), or at once when it stopped,
 * another worker's `pending()` adopts them. The expiry and that wait are Redis's own clock, so no two
 * machines' clocks are compared.
 */
import { RENEW, STOP } from "./journal-scripts.js";
import type { RedisJournalClient } from "./redis-journal.js";

export class WorkerLease {
  private timer: NodeJS.Timeout | undefined;
  private renewing: Promise<void> | undefined;
  /** Whether a write has set the lease yet: a lease missing after that has lapsed. */
  private held = false;
  private stopped = false;

  constructor(
    private readonly redis: RedisJournalClient,
    /** The lease's key. */
    readonly key: string,
    /** The journal's record of leases seen missing (see `ADOPT`): a lapsed lease set again leaves it. */
    private readonly missing: string,
    /** The journal's owners (entry id to worker): a worker that gives its lease up owning none leaves no record. */
    private readonly owners: string,
    /** The worker's id: its name in that record. */
    private readonly worker: string,
    /** What the key holds (host and pid): for a person looking at Redis, never read back. */
    readonly value: string,
    readonly leaseMs: number,
    private readonly timeoutMs: number,
    /** Called when a write finds the lease gone: other workers may have adopted this one's entries. */
    private readonly onLapse: () => void,
  ) {}

  get active(): boolean {
    return !this.stopped;
  }

  /** Starts the renewals, once; every write made on the lease calls it. */
  keep(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.renew(), Math.max(1, Math.floor(this.leaseMs / 3)));
    this.timer.unref();
  }

  /** What a script that set the lease reported: whether it was still there. */
  seen(stillThere: boolean): void {
    if (!stillThere && this.held) this.onLapse();
    this.held = true;
  }

  /** Stops renewing and gives the lease up, so other workers adopt what this one leaves at once. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearInterval(this.timer);
    await this.renewing;
    // Out of reach, the lease simply runs out: the same outcome, only later.
    await STOP.run(
      this.redis,
      [this.key, this.missing, this.owners],
      [this.worker],
      this.timeoutMs,
      "give up its lease",
    ).catch(() => undefined);
  }

  private renew(): void {
    if (this.renewing || this.stopped) return;
    this.renewing = RENEW.run(
      this.redis,
      [this.key, this.missing],
      [this.leaseMs, this.value, this.worker],
      this.timeoutMs,
      "renew",
    )
      .then(
        (had) => {
          if (!this.stopped) this.seen(had === 1);
        },
        // The next renewal or write tries again; a lapse is reported once one gets through.
        () => undefined,
      )
      .finally(() => {
        this.renewing = undefined;
      });
  }
}
