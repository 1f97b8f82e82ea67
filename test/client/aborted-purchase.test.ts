/**
 * An abort that comes after a purchase was sent cannot unsend it. Against every provider's fake: the
 * purchase is looked for (where the provider can be asked without buying again) and returned, so the
 * caller can use it or cancel it for a refund; elsewhere it is `OutcomeUnknownError`; never a second
 * charge, and never the bare abort while money moved.
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { OutcomeUnknownError } from "../../src/core/errors.js";
import type { ProviderFake, Route } from "../../src/testing/fake-kit.js";
import { createFetchSmsFake } from "../../src/testing/fakes/fetchsms.js";
import { createNumpoolFake } from "../../src/testing/fakes/numpool.js";
import { contractFakes } from "../contract/fakes.js";
import { onFastClock } from "../fakes/fast-clock.js";

/** Where the provider lets the SDK look without buying again (an order or rental list). */
const FOUND_AFTER_ABORT: Record<string, { buy?: boolean; rent?: boolean }> = {
  numpool: { buy: true, rent: true },
  fetchsms: { buy: true, rent: true },
  // Numariq lists nothing; JuicySMS and Temp Number would have to send the purchase again.
  numariq: {},
  juicysms: {},
  tempnumber: {},
};

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function abortOnceSent(
  fake: ProviderFake,
  route: Route,
  purchase: (signal: AbortSignal) => Promise<unknown>,
) {
  // The provider charges 300 ms after the request arrived; the caller aborts as soon as it arrived.
  fake.faults.add(route, { kind: "delay", ms: 300 });
  const reason = new Error("the caller gave up");
  const outcome = await onFastClock(async () => {
    const controller = new AbortController();
    const settled = purchase(controller.signal).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );
    while (fake.faults.count(route.method, route.path) === 0) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    controller.abort(reason);
    const result = await settled;
    // The provider goes on to charge whether or not the caller still waits: let it, then count.
    while (fake.wallet.charges() === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    return result;
  });
  return { outcome, reason };
}

describe.each(contractFakes)("%s: a purchase aborted after it was sent", (name, makeFake) => {
  for (const kind of ["buy", "rent"] as const) {
    it(`${kind}: returned where the provider can be asked, else OutcomeUnknownError; charged once`, async ({
      skip,
    }) => {
      const fake = makeFake();
      const input = kind === "buy" ? fake.buyInput : fake.rentInput;
      const route = fake.routes[kind];
      if (!input || !route) return skip();
      server.use(...fake.handlers);
      const client = createClient({ provider: fake.provider() });
      const { outcome, reason } = await abortOnceSent(fake, route, (signal) =>
        kind === "buy" ? client.buy(fake.buyInput!, { signal }) : client.rent(fake.rentInput!, { signal }),
      );
      expect(fake.wallet.charges()).toBe(1);
      if (FOUND_AFTER_ABORT[name]![kind]) {
        expect(outcome).toHaveProperty("value");
        expect((outcome as { value: unknown }).value).toMatchObject({ provider: name });
        const id = (outcome as { value: { id: string } }).value.id;
        expect(fake.wallet.ledger.map((e) => e.ref).join(" ")).toContain(id);
      } else {
        expect("error" in outcome && outcome.error).toBeInstanceOf(OutcomeUnknownError);
        expect((outcome as { error: OutcomeUnknownError }).error).not.toBe(reason);
      }
    });
  }
});

describe("a purchase aborted after it was sent, that the provider makes only later", () => {
  it.each([
    ["numpool", () => createNumpoolFake()],
    ["fetchsms", () => createFetchSmsFake()],
  ] as const)(
    "%s: two empty looks are no proof: OutcomeUnknownError, and the late charge is the only one",
    async (_name, makeFake) => {
      const fake = makeFake();
      const route = fake.routes.buy!;
      server.use(...fake.handlers);
      const client = createClient({ provider: fake.provider() });
      // The provider acts 10 s after the request arrived: after both looks.
      fake.faults.add(route, { kind: "delay", ms: 10_000 });
      const outcome = await onFastClock(async () => {
        const controller = new AbortController();
        const settled = client
          .buy(fake.buyInput!, { signal: controller.signal })
          .catch((error: unknown) => error);
        while (fake.faults.count(route.method, route.path) === 0) {
          await new Promise((resolve) => setImmediate(resolve));
        }
        controller.abort(new Error("the caller gave up"));
        const result = await settled;
        while (fake.wallet.charges() === 0) await new Promise((resolve) => setTimeout(resolve, 100));
        return result;
      });
      expect(outcome).toBeInstanceOf(OutcomeUnknownError);
      expect((outcome as Error).message).toMatch(/may still land/);
      expect(fake.faults.count(route.method, route.path)).toBe(1);
      expect(fake.wallet.charges()).toBe(1);
    },
  );
});
