/**
 * What the types promise a user's code: checked by `tsc --noEmit` (this file is in tsconfig's `test`), so a
 * type that stops narrowing fails the typecheck, and an `@ts-expect-error` line that no longer errors is
 * an error itself. The few run-time lines show the same client as the types describe it.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AnySmsError,
  createClient,
  type ErrorCode,
  isSmsError,
  numpool,
  type Order,
  type Provider,
  type ProviderWith,
  type Rental,
  type SmsClient,
  sandbox,
  TimeoutError,
  tempnumber,
  UnsupportedError,
  type ValidationError,
} from "../../src/index.js";
import { buildOrder, buildRental } from "../../src/testing/builders.js";

const order: Order = buildOrder({ provider: "numpool" });

describe("Order narrows on status", () => {
  it("received has a code, waiting has none, a closed order may have either", () => {
    const seen = (o: Order) => {
      if (o.status === "received") expectTypeOf(o.code).toEqualTypeOf<string>();
      else if (o.status === "waiting") expectTypeOf(o.code).toEqualTypeOf<null>();
      else expectTypeOf(o.code).toEqualTypeOf<string | null>();
      return o.status;
    };
    expect(seen(buildOrder({ code: "4821" }))).toBe("received");
  });

  it("does not let a received order be written without a code", () => {
    // @ts-expect-error a received order carries its code
    const bad: Order = { ...order, status: "received", code: null };
    expect(bad.status).toBe("received");
  });
});

describe("errors narrow on code", () => {
  it("isSmsError and a code comparison give the class and its fields", () => {
    const orderOf = (caught: unknown) => {
      if (isSmsError(caught) && caught.code === "timeout") {
        expectTypeOf(caught).toEqualTypeOf<TimeoutError>();
        return caught.order;
      }
      if (isSmsError(caught) && caught.code === "invalid_request") {
        expectTypeOf(caught).toEqualTypeOf<ValidationError>();
        // @ts-expect-error a ValidationError has no order
        void caught.order;
      }
      return undefined;
    };
    // Not returned from the line above: an expression under @ts-expect-error is typed any, and the
    // return type would be any, which this check does not catch.
    expectTypeOf(orderOf).returns.toEqualTypeOf<Order | undefined>();
    expect(orderOf(new TimeoutError("no code", { order }))?.id).toBe(order.id);
  });

  it("gives every class a literal code, and the union every code", () => {
    expectTypeOf<TimeoutError["code"]>().toEqualTypeOf<"timeout">();
    expectTypeOf<ValidationError["code"]>().toEqualTypeOf<"invalid_request">();
    expectTypeOf<AnySmsError["code"]>().toEqualTypeOf<ErrorCode>();
  });
});

describe("a client offers what its provider's type declares", () => {
  it("has no done over NumPool, and done over the sandbox", async () => {
    const overNumpool = createClient({ provider: numpool({ apiKey: "np_test_key" }) });
    expectTypeOf(overNumpool.done).toBeNever();
    expectTypeOf(overNumpool.renew).toBeNever();
    expectTypeOf(overNumpool.cancelRental).toBeNever();
    expectTypeOf(overNumpool).toHaveProperty("buy");
    expectTypeOf(overNumpool).toHaveProperty("waitForCode");
    expectTypeOf(overNumpool.provider).toHaveProperty("listOrders");
    // Still an SmsClient: code written for any provider takes it.
    expectTypeOf(overNumpool).toExtend<SmsClient>();
    // @ts-expect-error NumPool cannot mark an order done (and the client refuses it at run time too)
    await expect(overNumpool.done(order)).rejects.toBeInstanceOf(UnsupportedError);

    const overSandbox = createClient({ provider: sandbox() });
    expectTypeOf(overSandbox).toHaveProperty("done");
    expectTypeOf(overSandbox).toHaveProperty("cancelRental");
  });

  it("watches only what the provider can look at again", () => {
    const rentalsOnly = createClient({ provider: tempnumber({ apiKey: "tn_test_key" }) });
    expectTypeOf(rentalsOnly.buy).toBeNever();
    expectTypeOf(rentalsOnly.waitForCode).toBeNever();
    expectTypeOf(rentalsOnly.watch<Rental>).toBeFunction();
    // @ts-expect-error Temp Number sells rentals only: there is no order to watch
    expectTypeOf(rentalsOnly.watch<Order>).toBeFunction();
    expect(typeof buildRental().id).toBe("string");
  });

  it("keeps to the operations a hand-written provider declares", () => {
    const mine: ProviderWith<"balance"> = {
      ...sandbox(),
      name: "sandbox",
      balance: async () => ({ amount: 1, currency: "USD" }),
    };
    const client = createClient({ provider: mine });
    expectTypeOf(client).toHaveProperty("balance");
    expectTypeOf(client.buy).toBeNever();
    expectTypeOf(client).toHaveProperty("recover");
    expectTypeOf(client.watch).toBeNever();

    const ordersOnly: ProviderWith<"buy" | "poll" | "cancel"> = sandbox();
    const orderClient = createClient({ provider: ordersOnly });
    expectTypeOf(orderClient.watch<Order>).toBeFunction();
    // @ts-expect-error no getRental: there is no rental to watch
    expectTypeOf(orderClient.watch<Rental>).toBeFunction();
  });

  it("offers every method over a provider typed as any Provider, and refuses at run time", async () => {
    const widened: Provider = numpool({ apiKey: "np_test_key" });
    const client = createClient({ provider: widened });
    expectTypeOf(client).toHaveProperty("done");
    await expect(client.done(order)).rejects.toBeInstanceOf(UnsupportedError);
  });
});
