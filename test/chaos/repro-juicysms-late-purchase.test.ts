/**
 * JuicySMS buy / reuse: a purchase the provider acts on only after the client's per-attempt timeout was
 * once charged twice. JuicySMS reconciled a lost purchase reply by asking again at once; with the first
 * request still queued at the provider (late, not lost), the second made order A and the SDK handed it
 * back; the first then landed once A was closed and made order B, charged, which nobody was told about.
 * Found by the chaos suite (`juicysms buy x timeout-before`, `reuse x timeout-before`).
 *
 * Now a keyless purchase that timed out is never asked again: the caller gets `OutcomeUnknownError`
 * (the account's next buy names the order if the late request made one: `ORDER_ALREADY_OPEN_{id}`).
 */
import { describe, expect, it } from "vitest";
import { OutcomeUnknownError } from "../../src/core/errors.js";
import { createJuicySmsFake } from "../../src/testing/fakes/juicysms.js";
import { onFastClock } from "../fakes/fast-clock.js";
import { useFake } from "../fakes/harness.js";

const ATTEMPT_TIMEOUT_MS = 5_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("juicysms: a purchase the provider acts on after the attempt timed out", () => {
  const t = useFake(() => createJuicySmsFake());

  it("is charged once, however late the first request lands, and reported as possibly charged", async () => {
    const outcome = await onFastClock(async () => {
      const provider = t.fake.provider({ timeoutMs: ATTEMPT_TIMEOUT_MS });
      // The provider acts one second after the client gave up on the attempt.
      t.fake.faults.add(t.fake.routes.buy, { kind: "delay", ms: ATTEMPT_TIMEOUT_MS + 1_000 });
      const bought = await provider
        .buy({ service: "telegram", country: "GB", channel: "sms", areaCode: null, idempotencyKey: null })
        .catch((error: unknown) => error);
      while (t.fake.faults.pending > 0) await sleep(100);
      return bought;
    });
    expect(outcome).toBeInstanceOf(OutcomeUnknownError);
    expect((outcome as Error).message).toMatch(/may still be on its way/);
    // One buy() call: one charge (the late request's), and no second request to race it.
    expect(t.fake.wallet.charges()).toBe(1);
    expect(t.fake.faults.count("GET", /\/makeorder/)).toBe(1);
  });
});
