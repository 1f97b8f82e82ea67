/**
 * The purchases one provider object has in flight. A reconciliation that finds one new matching order
 * after a lost or unreadable reply can only call it ours when no other purchase of this provider object
 * overlapped ours: two buys of the same service racing in one process would otherwise both be handed the
 * one order that was made. (Another process on the same account remains out of sight: see the adapters'
 * notes.)
 */
export class PurchaseLog {
  private inFlight = 0;
  private started = 0;

  /** Marks a purchase as started; `overlapped()` tells whether any other one ran beside it. */
  begin(): { overlapped(): boolean; end(): void } {
    const othersAtStart = this.inFlight;
    const seq = ++this.started;
    this.inFlight++;
    let ended = false;
    return {
      overlapped: () => othersAtStart > 0 || this.started > seq,
      end: () => {
        if (ended) return;
        ended = true;
        this.inFlight--;
      },
    };
  }
}
