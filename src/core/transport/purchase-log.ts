/**
 * The purchases one provider object has in flight. A reconciliation that finds one new matching order
 * after a lost or unreadable reply can only call it ours when no other purchase of this provider object
 * overlapped ours: two buys of the same service racing in one process would otherwise both be handed the
 * one order that was made. (Another process on the same account remains out of sight: see the adapters'
 * notes.)
 *
 * A log may be split by subject (`of(key)`): two renewals of one rental are told apart only from each
 * other, and a renewal of another rental running beside them does not make them doubtful.
 */
export interface PurchaseTicket {
  /** Whether any other purchase of the same log (and subject) ran beside this one. */
  overlapped(): boolean;
  end(): void;
}

export interface Purchases {
  /** Marks a purchase as started. */
  begin(): PurchaseTicket;
  /**
   * Runs `work` as one purchase whose ticket spans all of it. An adapter that reads a baseline before the
   * paid request (the list of open orders, a rental's expiry) starts here: a purchase that ran beside that
   * read would otherwise be invisible to the overlap check and look like ours. `work` passes the
   * `Purchases` it is given on to `paidRequest`.
   */
  during<T>(work: (purchases: Purchases) => Promise<T>): Promise<T>;
}

interface Subject {
  inFlight: number;
  started: number;
}

export class PurchaseLog implements Purchases {
  private readonly subjects = new Map<string, Subject>();
  private readonly all = this.of("");

  begin(): PurchaseTicket {
    return this.all.begin();
  }

  during<T>(work: (purchases: Purchases) => Promise<T>): Promise<T> {
    return this.all.during(work);
  }

  /** The purchases of one subject (a rental's renewals, say), overlapping only one another. */
  of(key: string): Purchases {
    const begin = () => this.beginOf(key);
    return { begin, during: (work) => spanning(begin(), work) };
  }

  private beginOf(key: string): PurchaseTicket {
    // Subjects with nothing in flight are forgotten, so a long-lived client does not grow a map of them.
    let subject = this.subjects.get(key);
    if (!subject) {
      subject = { inFlight: 0, started: 0 };
      this.subjects.set(key, subject);
    }
    const own = subject;
    const othersAtStart = own.inFlight;
    const seq = ++own.started;
    own.inFlight++;
    let ended = false;
    return {
      overlapped: () => othersAtStart > 0 || own.started > seq,
      end: () => {
        if (ended) return;
        ended = true;
        own.inFlight--;
        if (own.inFlight === 0 && this.subjects.get(key) === own) this.subjects.delete(key);
      },
    };
  }
}

async function spanning<T>(ticket: PurchaseTicket, work: (purchases: Purchases) => Promise<T>): Promise<T> {
  // The paid request inside is this purchase: its begin takes this ticket over, and its end (which may
  // come later, for a purchase that may still land) ends it.
  let handedOver = false;
  const inside: Purchases = {
    begin: () => {
      handedOver = true;
      return { overlapped: () => ticket.overlapped(), end: () => ticket.end() };
    },
    during: (more) => more(inside),
  };
  try {
    return await work(inside);
  } finally {
    if (!handedOver) ticket.end();
  }
}
