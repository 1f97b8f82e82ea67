import { describe, expect, it } from "vitest";
import { PurchaseLog } from "../../src/core/transport/purchase-log.js";

describe("PurchaseLog", () => {
  it("a purchase alone is not overlapped; one started beside it, before or after, is", () => {
    const log = new PurchaseLog();
    const alone = log.begin();
    expect(alone.overlapped()).toBe(false);
    alone.end();
    const first = log.begin();
    const second = log.begin();
    expect(first.overlapped()).toBe(true);
    expect(second.overlapped()).toBe(true);
    first.end();
    second.end();
    expect(log.begin().overlapped()).toBe(false);
  });

  it("subjects overlap only their own kind: two renewals of one rental, not renewals of two", () => {
    const log = new PurchaseLog();
    const a = log.of("rental-1").begin();
    const b = log.of("rental-2").begin();
    expect(a.overlapped()).toBe(false);
    expect(b.overlapped()).toBe(false);
    const a2 = log.of("rental-1").begin();
    expect(a.overlapped()).toBe(true);
    expect(a2.overlapped()).toBe(true);
    for (const t of [a, b, a2]) t.end();
    expect(log.of("rental-1").begin().overlapped()).toBe(false);
  });

  it("during: a purchase started while the baseline was read counts as beside the paid request", async () => {
    const log = new PurchaseLog();
    let other: ReturnType<PurchaseLog["begin"]> | undefined;
    const overlapped = await log.during(async (purchases) => {
      // The baseline read: another purchase starts and ends here.
      other = log.begin();
      other.end();
      const ticket = purchases.begin();
      const seen = ticket.overlapped();
      ticket.end();
      return seen;
    });
    expect(overlapped).toBe(true);
    expect(other?.overlapped()).toBe(true);
  });

  it("during ends its ticket when the work fails, so later purchases are not doubted forever", async () => {
    const log = new PurchaseLog();
    await expect(
      log.during(async () => {
        throw new Error("the baseline read failed");
      }),
    ).rejects.toThrow("baseline");
    // The paid request's own begin/end inside does not count twice either.
    await log.during(async (purchases) => purchases.begin().end());
    expect(log.begin().overlapped()).toBe(false);
  });
});
