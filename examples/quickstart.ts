/**
 * Quickstart: buy a number, wait for the code, mark the order done, and show the wallet before and
 * after. Offline on the built-in sandbox by default (`npm run demo`); against a real provider with
 * `--provider <name>` and its key in the environment (e.g. NUMPOOL_API_KEY).
 *
 *   npm run demo -- [--provider sandbox] [--service whatsapp] [--country US]
 */
import { parseArgs } from "node:util";
import {
  createClient,
  formatMoney,
  isSmsError,
  type Money,
  type Order,
  TimeoutError,
  ValidationError,
} from "unisms";
import { createProvider, DemoError } from "./providers.js";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      provider: { type: "string", default: "sandbox" },
      service: { type: "string", default: "whatsapp" },
      country: { type: "string" },
    },
  });
  const name = values.provider;
  const provider = createProvider(name);
  if (!provider.capabilities.activations) {
    throw new DemoError(`${name} sells no one-code activations, so this demo cannot run on it`, 2);
  }
  const client = createClient({ provider });
  const balance = async (): Promise<Money | null> =>
    provider.capabilities.balance ? client.balance() : null;
  const show = (money: Money | null) => (money ? formatMoney(money) : "n/a (not reported by this provider)");

  const before = await balance();
  console.log(`Provider: ${name}   balance: ${show(before)}`);

  const order = await client.buy({
    service: values.service,
    ...(values.country ? { country: values.country } : {}),
  });
  console.log(
    `Bought ${order.number} for ${order.service} (${order.country ?? "any country"}), ${show(order.price)}`,
  );

  // Ctrl-C stops waiting and cancels the order so its price comes back.
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort(new Error("interrupted")));
  const started = Date.now();
  const progress = (o: Order, attempt: number) => {
    const line = `  waiting for the SMS... ${((Date.now() - started) / 1000).toFixed(1)} s, poll ${attempt}, ${o.status}`;
    if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
    else console.log(line);
  };

  let result: Awaited<ReturnType<typeof client.waitForCode>>;
  try {
    result = await client.waitForCode(order, { onPoll: progress, signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) {
      const { refunded } = await client.cancel(order).catch(() => ({ refunded: null }));
      console.log(`\nCancelled ${order.id}; refunded ${show(refunded)}`);
    }
    throw error;
  } finally {
    if (process.stdout.isTTY) process.stdout.write("\n");
  }
  console.log(`Code: ${result.code}`);
  if (result.message?.text) console.log(`SMS:  ${JSON.stringify(result.message.text)}`);

  if (provider.capabilities.done) {
    const done = await client.done(result.order);
    console.log(`Order ${done.id} is ${done.status}`);
  }
  const after = await balance();
  console.log(`Balance: ${show(before)} -> ${show(after)}`);
}

main().catch((error: unknown) => {
  if (error instanceof DemoError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  if (error instanceof TimeoutError) {
    console.error(
      `No code arrived in time; ${error.refunded ? `refunded ${formatMoney(error.refunded)}` : "no refund"}`,
    );
  } else if (error instanceof ValidationError) {
    const allowed = error.allowed ? ` (allowed: ${error.allowed.join(", ")})` : "";
    console.error(`${error.message}${allowed}`);
    process.exit(2);
  } else if (isSmsError(error)) {
    console.error(`${error.name} (${error.code}): ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
