/**
 * Reproduction (unjustified `OutcomeUnknownError`, Numariq renew and JuicySMS renew): a renewal whose
 * reply was lost or unreadable is reported as "outcome unknown" although the provider shows whether it
 * happened: the rental's expiry, which a renewal moves.
 *
 * - Numariq: `renew` has no reconciliation at all ("numariq offers no way to check"), yet
 *   `GET /orders/:id` shows `expires_at`; reading it before and after settles the renewal, as the FetchSMS
 *   adapter does with its rental. Even a connection reset before Numariq acted (nothing charged) ends
 *   as unknown.
 * - JuicySMS: the check reads `rental/view` and, when the expiry has not moved, reports unknown at once
 *   ("the extension may yet be applied") instead of answering `{ absent }` and letting the paid-call rules look a
 *   second time 2 s later, as it does for every other check; a reply that came but was unreadable (not in
 *   flight at all) is treated the same way.
 *
 * Money-safe (the caller is told to check), but the caller is left to settle by hand what the SDK could
 * have settled. Chaos: every `numariq renew x *` and `juicysms renew x *-before` pair (every seed).
 * Fixed: both adapters read the expiry before renewing and compare it after.
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { NetworkError, OutcomeUnknownError } from "../../src/core/errors.js";
import type { Rental } from "../../src/core/model.js";
import { createJuicySmsFake } from "../../src/testing/fakes/juicysms.js";
import { createNumariqFake } from "../../src/testing/fakes/numariq.js";
import { onFastClock } from "../fakes/fast-clock.js";
import { useFake } from "../fakes/harness.js";

describe("numariq: a renewal whose reply was lost", () => {
  const t = useFake(() => createNumariqFake());

  it("before Numariq acted: settled as not renewed (nothing charged), not unknown", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const rental = await client.rent({ country: "US", days: 30 });
    t.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-before" });
    const outcome = await onFastClock(() => client.renew(rental)).catch((error: unknown) => error);
    expect(t.fake.wallet.charges()).toBe(1);
    expect(outcome).not.toBeInstanceOf(OutcomeUnknownError);
    expect(outcome).toBeInstanceOf(NetworkError);
  });

  it("after Numariq acted: settled as renewed, with the new expiry", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const rental = await client.rent({ country: "US", days: 30 });
    t.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-after" });
    const outcome = await onFastClock(() => client.renew(rental)).catch((error: unknown) => error);
    expect(t.fake.wallet.charges()).toBe(2);
    expect(outcome).not.toBeInstanceOf(Error);
    expect(Date.parse((outcome as Rental).expiresAt!)).toBeGreaterThan(Date.parse(rental.expiresAt!));
  });
});

describe("juicysms: a renewal refused before JuicySMS acted", () => {
  const t = useFake(() => createJuicySmsFake());

  it("is settled as not renewed after the check saw the expiry unchanged (twice), not unknown", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const rental = await client.rent({ country: "GB", days: 30 });
    t.fake.faults.add(
      { method: "POST", path: /\/rental\/extend/ },
      { kind: "status", status: 500, text: "<html><body>500 Internal Server Error</body></html>" },
    );
    const outcome = await onFastClock(() => client.renew(rental)).catch((error: unknown) => error);
    expect(t.fake.wallet.charges()).toBe(1);
    expect(outcome).not.toBeInstanceOf(OutcomeUnknownError);
    expect(outcome).toBeInstanceOf(NetworkError);
  });
});
