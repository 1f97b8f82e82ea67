import { createClient } from "unisms";
import { createNumpoolFake, fakeServer } from "unisms/testing";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";

// msw answers the real NumPool adapter's requests with a faithful, stateful fake of NumPool's API.
const server = fakeServer();
let fake = createNumpoolFake();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
beforeEach(() => {
  fake = createNumpoolFake({ balance: 500 }); // $5.00
  server.resetHandlers(...fake.handlers);
});
afterAll(() => server.close());

it("buys, reads the code and is charged once", async () => {
  const client = createClient({ provider: fake.provider() });
  const order = await client.buy({ service: "whatsapp", country: "US" });
  fake.deliver(order.id, "Your WhatsApp code: 482-913");
  expect((await client.waitForCode(order, { intervalMs: 10 })).code).toBe("482913");
  expect(fake.wallet.charges()).toBe(1);
});

it("survives a 503 on a status check", async () => {
  const client = createClient({ provider: fake.provider() });
  const order = await client.buy({ service: "whatsapp", country: "US" });
  fake.faults.add({ method: "GET", path: /\/sms\// }, { kind: "status", status: 503 });
  fake.deliver(order.id, "Your WhatsApp code: 111-222");
  expect((await client.waitForCode(order, { intervalMs: 10 })).code).toBe("111222");
});
