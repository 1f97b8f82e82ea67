import { createClient, NoProviderError } from "unisms";
import { createFetchSmsFake, createNumpoolFake, fakeServer } from "unisms/testing";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";

// Two providers' APIs, faked: NumPool sells WhatsApp in the US at $0.43, FetchSMS at $0.85.
const server = fakeServer();
let numpool = createNumpoolFake();
let fetchsms = createFetchSmsFake();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  numpool = createNumpoolFake();
  fetchsms = createFetchSmsFake();
  server.resetHandlers(...numpool.handlers, ...fetchsms.handlers);
});
afterAll(() => server.close());

const routed = () => createClient({ providers: [fetchsms.provider(), numpool.provider()] }); // cheapest first

it("quotes every provider and buys from the cheapest", async () => {
  const client = routed();
  const { offers } = await client.quote({ service: "whatsapp", country: "US" });
  expect(offers.map((o) => `${o.provider} ${o.price?.amount}`)).toEqual(["numpool 43", "fetchsms 85"]);

  const order = await client.buy({ service: "whatsapp", country: "US" });
  expect(order.provider).toBe("numpool"); // later calls on the order go to NumPool
  numpool.deliver(order.id, "Your WhatsApp code: 482-913");
  expect((await client.waitForCode(order, { intervalMs: 10 })).code).toBe("482913");
});

it("moves on when the cheapest is out of stock, and charges only the seller", async () => {
  numpool.setStock(0);
  const order = await routed().buy({ service: "whatsapp", country: "US" });
  expect(order.provider).toBe("fetchsms");
  expect([numpool.wallet.charges(), fetchsms.wallet.charges()]).toEqual([0, 1]);
});

it("says why each provider could not sell", async () => {
  numpool.setStock(0);
  fetchsms.setStock(0);
  const error = await routed()
    .buy({ service: "whatsapp", country: "US", maxPrice: { amount: 60, currency: "USD" } })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NoProviderError);
  expect((error as NoProviderError).attempts.map((a) => `${a.provider}: ${a.error.code}`)).toEqual([
    "fetchsms: out_of_stock", // $0.85 is above maxPrice: left out without a request
    "numpool: out_of_stock",
  ]);
});
