/**
 * A binary min-heap of watched entries by due time (and, among equals, by expiry: the order that ends
 * first is looked at first). Each entry keeps its own index, so removal and rescheduling are O(log n)
 * however many orders are watched.
 */

export interface Due {
  dueAt: number;
  /** Ms since epoch when the order or rental ends; Infinity when unknown. */
  expiresAtMs: number;
  /** Position in the queue, -1 when not queued. */
  queueIndex: number;
}

function before(a: Due, b: Due): boolean {
  return a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.expiresAtMs < b.expiresAtMs);
}

export class DueQueue<T extends Due> {
  private readonly items: T[] = [];

  peek(): T | undefined {
    return this.items[0];
  }

  /** Every queued entry, in no particular order. */
  all(): readonly T[] {
    return this.items;
  }

  push(item: T): void {
    item.queueIndex = this.items.length;
    this.items.push(item);
    this.up(item.queueIndex);
  }

  pop(): T | undefined {
    const top = this.items[0];
    if (top) this.remove(top);
    return top;
  }

  remove(item: T): void {
    const i = item.queueIndex;
    if (i < 0 || this.items[i] !== item) return;
    const last = this.items.pop()!;
    item.queueIndex = -1;
    if (last === item) return;
    this.items[i] = last;
    last.queueIndex = i;
    this.down(i);
    this.up(i);
  }

  private up(i: number): void {
    const items = this.items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i]!, items[parent]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const items = this.items;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < items.length && before(items[left]!, items[least]!)) least = left;
      if (right < items.length && before(items[right]!, items[least]!)) least = right;
      if (least === i) return;
      this.swap(i, least);
      i = least;
    }
  }

  private swap(i: number, j: number): void {
    const items = this.items;
    const a = items[i]!;
    const b = items[j]!;
    items[i] = b;
    items[j] = a;
    a.queueIndex = j;
    b.queueIndex = i;
  }
}
