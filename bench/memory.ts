/**
 * Memory of held orders: 10,000 `Order` objects from the sandbox, each polled once so it carries its
 * SMS and code, as an application keeping its open orders would hold them. Bought in Germany because
 * the sandbox's fictional US range has only 1,000 numbers and open orders may not share one.
 */
import { createClient, type Order, sandbox } from "../src/index.js";
import { fmt, hasGc, type Result, settledHeap } from "./harness.js";

const ORDERS = 10_000;

async function buyAndPoll(count: number): Promise<Order[]> {
  const provider = sandbox({
    seed: 11,
    smsDelayMs: 0,
    balance: 100_000_000,
    stock: { whatsapp: 1_000_000 },
  });
  const client = createClient({ provider });
  const orders: Order[] = [];
  for (let i = 0; i < count; i++) {
    orders.push(await client.poll(await client.buy({ service: "whatsapp", country: "DE" })));
  }
  return orders;
}

export async function benchMemory(): Promise<Result[]> {
  await buyAndPoll(200); // warm-up, so compiled code and lazy tables are in the baseline
  const baseline = await settledHeap();
  const orders = await buyAndPoll(ORDERS);
  // The sandbox and client are unreachable now: what remains is the orders (and the array holding them).
  const held = await settledHeap();
  const perOrder = (held - baseline) / ORDERS;
  const withCode = orders.filter((o) => o.code && o.messages.length === 1).length;
  const json = JSON.stringify(orders[0]).length;

  return [
    {
      name: `${ORDERS.toLocaleString("en-US")} orders held`,
      value: perOrder,
      unit: "B/order",
      compare: "<=",
      target: 1_500,
      detail: `${hasGc() ? "after a forced gc" : "WITHOUT gc (figures are noisy)"}; ${withCode}/${orders.length} orders carry 1 SMS and a code; one order is ${json} chars of JSON; total ${fmt((held - baseline) / 1024 / 1024)} MiB`,
    },
  ];
}
