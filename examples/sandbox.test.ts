import { createClient, OutOfStockError, sandbox } from "unisms";
import { beforeEach, expect, it } from "vitest";

// Manual delivery: no SMS arrives unless the test sends one, so nothing races it.
const provider = sandbox({ seed: 42, delivery: "manual" });
const client = createClient({ provider });

beforeEach(() => provider.reset()); // wallet, stock, orders and seeded draws as new

it("reads the code the service sent", async () => {
  const order = await client.buy({ service: "telegram" });
  provider.deliver(order, "Telegram code: 12345");
  const { code } = await client.waitForCode(order, { intervalMs: 10 });
  expect(code).toBe("12345");
});

it("gets its money back when no code comes", async () => {
  const order = await client.buy({ service: "telegram" });
  await expect(client.waitForCode(order, { intervalMs: 10, timeoutMs: 50 })).rejects.toMatchObject({
    code: "timeout",
    refunded: order.price,
  });
  expect(await client.balance()).toEqual({ amount: 1000, currency: "USD" });
});

it("handles a provider out of numbers", async () => {
  provider.setScenario("out_of_stock");
  await expect(client.buy({ service: "telegram" })).rejects.toBeInstanceOf(OutOfStockError);
});
