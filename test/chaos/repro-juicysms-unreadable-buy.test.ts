/**
 * Reproduction (unjustified `OutcomeUnknownError`, JuicySMS buy / reuse): a purchase answered with an
 * unreadable 200 (garbage, an HTML page, a cut-off word) is reported as "outcome unknown" without the one
 * check JuicySMS offers, asking again.
 *
 * The SDK kept that check "for replies that never came", but asking again is exactly as safe
 * after an unreadable reply: one open order per account caps the charges at one, and the answer settles
 * both cases. Nothing was made: the second request makes the one order (handed back). The order was made:
 * `ORDER_ALREADY_OPEN_{id}` names it (`known.openOrderId`). Before the fix the first case was reported
 * as a possible charge although nothing was bought, and the second carried only the garbage
 * (`known.reply: "ACCESS_DENIED"`), which names no order: the caller cannot cancel it for its refund,
 * and the account's next purchase meets it as `ORDER_ALREADY_OPEN_{id}`.
 *
 * Chaos: every `juicysms buy|reuse x {garbage,html200,malformed,truncated,content-type}-*` pair.
 * Kept as a regression test now that it is fixed.
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { OutcomeUnknownError } from "../../src/core/errors.js";
import type { Order } from "../../src/core/model.js";
import { createJuicySmsFake } from "../../src/testing/fakes/juicysms.js";
import { useFake } from "../fakes/harness.js";

const garbage = {
  kind: "malformed",
  body: "ACCESS_DENIED",
  contentType: "text/html; charset=UTF-8",
} as const;

describe("juicysms: a purchase answered with garbage", () => {
  const t = useFake(() => createJuicySmsFake());

  it("before JuicySMS acted: the order is made by asking again, and handed back", async () => {
    const client = createClient({ provider: t.fake.provider() });
    t.fake.faults.add(t.fake.routes.buy, garbage);
    const outcome = await client.buy({ service: "telegram", country: "GB" }).catch((error: unknown) => error);
    // Before the fix: OutcomeUnknownError with known.reply "ACCESS_DENIED", though nothing was charged.
    expect(outcome).not.toBeInstanceOf(Error);
    expect(t.fake.wallet.charges()).toBe(1);
    expect(t.fake.order((outcome as Order).id)?.state).toBe("open");
  });

  it("after JuicySMS acted: the report names the charged order", async () => {
    const client = createClient({ provider: t.fake.provider() });
    t.fake.faults.add(t.fake.routes.buy, { ...garbage, after: true });
    const outcome = await client.buy({ service: "telegram", country: "GB" }).catch((error: unknown) => error);
    expect(t.fake.wallet.charges()).toBe(1);
    expect(outcome).toBeInstanceOf(OutcomeUnknownError);
    const charged = t.fake.wallet.ledger[0]!.ref;
    // Before the fix: known = { service, serviceId, country, reply: "ACCESS_DENIED" }: no order id anywhere.
    expect((outcome as OutcomeUnknownError).known.openOrderId).toBe(charged);
  });
});
