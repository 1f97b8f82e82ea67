/**
 * Reproduction (SDK bug, NumPool cancel, FetchSMS cancel and cancelRental): a 200 whose body is in no
 * documented shape (here `{}` or `{"status":"queued"}`, well-formed JSON under a wrong content type, as a
 * proxy or cache may answer) is taken for a successful cancel. The provider did nothing, yet the SDK
 * reports the order cancelled (FetchSMS: and its price refunded), so a careful caller stops there and the
 * order stays open and charged; `waitForCode`'s timeout cancel reports `cancelled: true` the same way.
 *
 * NumPool's `cancelReply` schema makes every field optional, so any object passes as `ok`; FetchSMS's
 * `cancelReplySchema` is `z.unknown()`. A cancel should need the documented success (NumPool
 * `ok: true`; FetchSMS a 204, or the Verification / Rental with its new status) and otherwise fail as an
 * unreadable reply (which the timeout cancel already retries, looking at the order in between).
 *
 * Chaos: `numpool cancel x content-type-before`, `fetchsms cancel x content-type-before`,
 * `fetchsms cancelRental x content-type-before` (every seed).
 * Kept as a regression test now that it is fixed.
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import type { Fault } from "../../src/testing/fake-kit.js";
import { createFetchSmsFake } from "../../src/testing/fakes/fetchsms.js";
import { createNumpoolFake } from "../../src/testing/fakes/numpool.js";
import { useFake } from "../fakes/harness.js";

const proxyReply = (body: string): Fault => ({ kind: "malformed", body, contentType: "text/plain" });

describe("numpool: a cancel answered with a 200 in no documented shape", () => {
  const t = useFake(() => createNumpoolFake());

  it("is not reported as a cancel", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const order = await client.buy({ service: "whatsapp", country: "US" });
    t.fake.faults.add({ method: "POST", path: /\/cancel\// }, proxyReply("{}"));
    const outcome = await client.cancel(order).catch((error: unknown) => error);
    // The provider did nothing: the order is still pending and charged.
    expect(t.fake.orders.get(order.id)?.status).toBe("pending");
    // Before the fix: resolves with the order "cancelled".
    expect(outcome).toBeInstanceOf(Error);
  });
});

describe("fetchsms: a cancel answered with a 200 in no documented shape", () => {
  const t = useFake(() => createFetchSmsFake());

  it("is not reported as a cancel and a refund", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const order = await client.buy({ service: "whatsapp" });
    t.fake.faults.add(
      { method: "POST", path: /\/verifications\/[^/]+\/cancel$/ },
      proxyReply('{"status":"queued"}'),
    );
    const outcome = await client.cancel(order).catch((error: unknown) => error);
    expect(t.fake.verification(order.id)?.status).toBe("waiting");
    // Before the fix: resolves with { order: cancelled, refunded: 85 cents } though nothing came back.
    expect(outcome).toBeInstanceOf(Error);
  });

  it("an empty 200 (it looks like a 204) is checked against the verification: still waiting, no cancel", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const order = await client.buy({ service: "whatsapp" });
    t.fake.faults.add({ method: "POST", path: /\/verifications\/[^/]+\/cancel$/ }, proxyReply(""));
    const outcome = await client.cancel(order).catch((error: unknown) => error);
    expect(t.fake.verification(order.id)?.status).toBe("waiting");
    expect(outcome).toBeInstanceOf(Error);
  });

  it("is not reported as a rental cancel and a refund", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const rental = await client.rent({ days: 30 });
    t.fake.faults.add({ method: "POST", path: /\/rentals\/[^/]+\/cancel$/ }, proxyReply("{}"));
    const outcome = await client.cancelRental(rental).catch((error: unknown) => error);
    expect(t.fake.rental(rental.id)?.status).toBe("waiting");
    // Before the fix: resolves with { rental: cancelled, refunded: $25.00 } though nothing came back.
    expect(outcome).toBeInstanceOf(Error);
  });
});
