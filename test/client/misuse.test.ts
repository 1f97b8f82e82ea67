/**
 * Mistakes a new user makes, each caught before any request with a `ValidationError` that names the
 * field (and the spelling meant), never silently ignored and never echoed at length.
 */
import { describe, expect, it } from "vitest";
import { createClient, formatMoney, type Money, numpool, sandbox, ValidationError } from "../../src/index.js";
import { rejection } from "./helpers.js";

function setup() {
  const provider = sandbox({ seed: 9, balance: 5_000 });
  return { provider, client: createClient({ provider }) };
}

describe("misuse", () => {
  it("refuses a misspelled maxPrice instead of buying above it, and suggests the spelling", async () => {
    const { client, provider } = setup();
    const error = await rejection(
      client.buy({ service: "whatsapp", maxprice: { amount: 1, currency: "USD" } } as never),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "maxprice" });
    expect((error as Error).message).toContain('did you mean "maxPrice"?');
    expect(provider.ledger()).toEqual([]);
  });

  it.each([
    [
      "waitForCode",
      (c: ReturnType<typeof setup>["client"], o: never) => c.waitForCode(o, { timeOutMs: 5 } as never),
      "timeoutMs",
    ],
    ["services", (c: ReturnType<typeof setup>["client"]) => c.services({ contry: "US" } as never), "country"],
    [
      "rent",
      (c: ReturnType<typeof setup>["client"]) => c.rent({ days: 7, autorenew: true } as never),
      "autoRenew",
    ],
    [
      "renew",
      (c: ReturnType<typeof setup>["client"], _o: never, r: never) => c.renew(r, { dayz: 7 } as never),
      "days",
    ],
  ])("%s refuses an unknown option and suggests %s", async (_name, call, meant) => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const rental = await client.rent({ days: 7 });
    const before = provider.ledger().length;
    const error = await rejection(call(client, order as never, rental as never));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(`did you mean "${meant}"?`);
    expect(provider.ledger()).toHaveLength(before);
  });

  it.each([
    [{ amount: -5, currency: "USD" }, "maxPrice.amount"],
    [{ amount: 4.5, currency: "USD" }, "maxPrice.amount"],
    [{ amount: Number.NaN, currency: "USD" }, "maxPrice.amount"],
    [{ amount: 100, currency: "GBP" }, "maxPrice.currency"],
  ])("refuses maxPrice %j before any request", async (maxPrice, field) => {
    const { client, provider } = setup();
    const error = await rejection(client.buy({ service: "whatsapp", maxPrice: maxPrice as Money }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field });
    expect(provider.ledger()).toEqual([]);
  });

  it.each([
    [{ amount: 1.5, currency: "USD" }],
    [{ amount: Number.NaN, currency: "USD" }],
    [{ amount: 1, currency: "GBP" }],
  ])("formatMoney refuses %j instead of printing nonsense", (money) => {
    expect(() => formatMoney(money as Money)).toThrow(ValidationError);
  });

  it("refuses a runaway service name with a short message, before any request", async () => {
    const { client, provider } = setup();
    const error = await rejection(client.buy({ service: "x".repeat(1_000_000) }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message.length).toBeLessThan(300);
    const country = await rejection(client.buy({ service: "whatsapp", country: "y".repeat(50) }));
    expect((country as Error).message.length).toBeLessThan(300);
    expect(provider.ledger()).toEqual([]);
  });

  it.each([["bad\nkey"], ["clé-secrète"], ["two words"]])(
    "refuses the API key %j at construction",
    (apiKey) => {
      let error: unknown;
      try {
        numpool({ apiKey });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as Error).message).not.toContain(apiKey.trim());
    },
  );

  it("refuses a logger without debug() and hooks that are not functions at construction", () => {
    expect(() => numpool({ apiKey: "np_test_1", logger: {} as never })).toThrow(/debug/);
    expect(() => numpool({ apiKey: "np_test_1", hooks: { onRequest: "log" } as never })).toThrow(
      ValidationError,
    );
    expect(() => numpool({ apiKey: "np_test_1", hooks: { onReqest: () => {} } as never })).toThrow(
      /onRequest/,
    );
  });
});
