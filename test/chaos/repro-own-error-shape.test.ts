/**
 * Reproduction (SDK bug, NumPool buy / rent, Numariq buy / rent / renew): a 5xx after the provider
 * charged is believed to mean "nothing was done" when a gateway's JSON error body has a string `error`
 * field.
 *
 * `isOwnJsonError` takes any object with a string `error` for the provider's own `{"error": "..."}` body.
 * The error bodies of common frameworks and gateways have one too: Spring Boot's
 * `{"timestamp", "status": 503, "error": "Service Unavailable", "path"}`, Fastify's / API gateways'
 * `{"statusCode": 500, "error": "Internal Server Error", "message": ...}`. Behind such a 500 / 503 the
 * purchase may well have been charged, yet the SDK reports a retryable `ProviderError` ("nothing was
 * bought, try again"): the caller's retry buys a second number (or renews twice), and the first charge
 * is reported to no one.
 *
 * Chaos: `numpool buy x 500-json-after` / `503-json-after` and `numariq renew x 503-json-after` when the
 * gateway body drawn is the Fastify-style one (seed-dependent; e.g. seed 20260607, numpool).
 * Kept as a regression test now that it is fixed.
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { OutcomeUnknownError } from "../../src/core/errors.js";
import { createNumariqFake } from "../../src/testing/fakes/numariq.js";
import { createNumpoolFake } from "../../src/testing/fakes/numpool.js";
import { onFastClock } from "../fakes/fast-clock.js";
import { useFake } from "../fakes/harness.js";

const fastify = { statusCode: 500, error: "Internal Server Error", message: "upstream connect error" };
const spring = {
  timestamp: "2026-06-07T10:15:30.000+00:00",
  status: 503,
  error: "Service Unavailable",
  path: "/api/v1/rentals/renew",
};

describe("numpool: a purchase charged behind a gateway's 500 whose JSON has an `error` string", () => {
  const t = useFake(() => createNumpoolFake());

  it("is found or reported as possibly charged, never as nothing bought", async () => {
    const client = createClient({ provider: t.fake.provider() });
    t.fake.faults.add(t.fake.routes.buy, { kind: "status", status: 500, body: fastify, after: true });
    const outcome = await onFastClock(() => client.buy({ service: "whatsapp", country: "US" })).catch(
      (error: unknown) => error,
    );
    expect(t.fake.wallet.charges()).toBe(1);
    // Before the fix: ProviderError (retryable), i.e. "nothing was bought".
    if (outcome instanceof Error) expect(outcome).toBeInstanceOf(OutcomeUnknownError);
    else expect(t.fake.orders.has((outcome as { id: string }).id)).toBe(true);
  });
});

describe("numariq: a renewal charged behind a gateway's 503 whose JSON has an `error` string", () => {
  const t = useFake(() => createNumariqFake());

  it("is reported as possibly charged, never as nothing renewed", async () => {
    const client = createClient({ provider: t.fake.provider() });
    const rental = await client.rent({ country: "US", days: 30 });
    t.fake.faults.add(
      { method: "POST", path: /\/renew$/ },
      { kind: "status", status: 503, body: spring, after: true },
    );
    const outcome = await onFastClock(() => client.renew(rental)).catch((error: unknown) => error);
    expect(t.fake.wallet.charges()).toBe(2);
    // Before the fix: ProviderError (retryable): a careful caller renews again and pays twice.
    if (outcome instanceof Error) expect(outcome).toBeInstanceOf(OutcomeUnknownError);
  });
});
