/**
 * Every public client method with arbitrary input: it works or throws a `ValidationError` (or an
 * `UnsupportedError` for an option the provider lacks), never a `TypeError`; and whatever reaches the
 * provider passed validation (a recording provider shows what would have been sent).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClient, SmsError, UnsupportedError, ValidationError } from "../../src/index.js";
import { recordingProvider } from "../client/recording-provider.js";

/** Anything a caller might pass: objects with near-miss keys included. */
const near = fc.oneof(
  fc.anything(),
  fc.record(
    {
      service: fc.oneof(fc.string(), fc.constantFrom("whatsapp", "wa", ""), fc.anything()),
      country: fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("US", "UK", "gb", "XX"), fc.anything()),
      maxPrice: fc.oneof(
        fc.record({
          amount: fc.oneof(fc.integer(), fc.double()),
          currency: fc.constantFrom("USD", "EUR", "GBP"),
        }),
        fc.anything(),
      ),
      days: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.anything()),
      timeoutMs: fc.oneof(fc.integer(), fc.double(), fc.anything()),
      intervalMs: fc.oneof(fc.integer(), fc.anything()),
      channel: fc.oneof(fc.constantFrom("sms", "voice", "fax"), fc.anything()),
      areaCode: fc.oneof(fc.constantFrom("212", "21", "abc"), fc.anything()),
    },
    { requiredKeys: [] },
  ),
);

const OK_ERRORS = [ValidationError, UnsupportedError];

async function settle(call: () => unknown): Promise<unknown> {
  try {
    const result = call();
    // watch() returns a watcher: stop it at once.
    if (result && typeof (result as { stop?: unknown }).stop === "function")
      (result as { stop(): void }).stop();
    return await result;
  } catch (error) {
    return error;
  }
}

describe("fuzzing the client's input", () => {
  it("answers arbitrary input with a result or a ValidationError, never a TypeError", async () => {
    await fc.assert(
      fc.asyncProperty(near, near, async (a, b) => {
        const fixture = recordingProvider();
        // A wait that passes validation would wait for a code: it is given an aborted signal, and the
        // abort's own reason is the one non-SmsError allowed.
        const stop = new AbortController();
        stop.abort(new Error("fuzz: stop waiting"));
        const waitOptions =
          a && typeof a === "object" && !Array.isArray(a) && Object.getPrototypeOf(a) === Object.prototype
            ? { ...(a as object), signal: stop.signal }
            : a === undefined
              ? { signal: stop.signal }
              : a;
        const client = createClient({ provider: fixture.provider });
        const calls: Array<() => unknown> = [
          () => client.buy(a as never, b as never),
          () => client.rent(a as never, b as never),
          () => client.services(a as never, b as never),
          () => client.balance(a as never, b as never),
          () => client.poll(a as never, b as never),
          () => client.cancel(a as never, b as never),
          () => client.renew(a as never, b as never),
          () => client.inbox(a as never, b as never),
          () => client.waitForCode(fixture.order, waitOptions as never),
          () => client.watch(fixture.order, a as never),
          () => client.ingest(a as never),
          () => client.withOrder(a as never, b as never),
        ];
        for (const call of calls) {
          const outcome = await settle(call);
          if (outcome instanceof Error && outcome !== stop.signal.reason) {
            expect(outcome).toBeInstanceOf(SmsError);
            expect(OK_ERRORS.some((Class) => outcome instanceof Class)).toBe(true);
          }
        }
        // What reached the provider was checked first: a service is a short non-empty string, a country
        // an ISO code, days one the provider sells.
        for (const [op, request] of fixture.calls) {
          const r = request as Record<string, unknown>;
          if (op === "buy") {
            expect(typeof r.service === "string" && r.service.length > 0 && r.service.length <= 64).toBe(
              true,
            );
            expect(r.country === null || /^[A-Z]{2}$/.test(String(r.country))).toBe(true);
          }
          if (op === "rent") expect([7, 30]).toContain(r.days);
        }
      }),
      { numRuns: 150 },
    );
  });
});
