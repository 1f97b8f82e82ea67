/**
 * Buy 20 numbers and wait for all their codes at once: each code is printed as it arrives, each number
 * still without one at the timeout is cancelled for its refund, and a summary says what it all cost.
 *
 * Every wait goes through one client, and so one provider object: they share its scheduler and its
 * request budget, so 20 (or 2,000) waits never send the provider more than its rate limit, a 429
 * pauses them all, and where the provider lists many orders in one request (FetchSMS, NumPool) a round
 * of looks is one request. A provider object per order would have each keep its own budget and poll on
 * its own: the rate limit multiplied by the number of orders.
 *
 *   npx tsx examples/watch-many.ts
 *       the sandbox: 20 Google numbers ($0.35 each), SMS arriving within 1-8 s, a 6 s timeout
 *   UNISMS_PROVIDER=numpool NUMPOOL_API_KEY=... COUNT=5 SERVICE=telegram TIMEOUT_S=300 npx tsx examples/watch-many.ts
 */
import {
  createClient,
  formatMoney,
  isSmsError,
  type Money,
  type Order,
  type SmsClient,
  TimeoutError,
} from "unisms";
import { exitWith, isMain, providerFromEnv } from "./providers.js";

export interface WatchManyOptions {
  client: SmsClient;
  /** How many numbers (default 20). */
  count?: number;
  /** Default "google". */
  service?: string;
  country?: string;
  /** How long each number waits for its code before it is cancelled for its refund (default 5 minutes). */
  timeoutMs?: number;
  /** Time between looks at each order (default: the provider's own pace). */
  intervalMs?: number;
  /** Puts the numbers to use (types each into its sign-up form) once they are bought. */
  useNumbers?: (orders: Order[]) => Promise<void> | void;
  log?: (line: string) => void;
}

export interface WatchManySummary {
  bought: Order[];
  codes: { order: Order; code: string; afterMs: number }[];
  /** Cancelled at the timeout; `cancelled: false` means that cancel failed and the order may be open. */
  timedOut: { order: Order; refunded: Money | null; cancelled: boolean }[];
  /** Purchases or waits that failed otherwise. */
  failed: { order: Order | null; error: unknown }[];
  /** What the wallet lost, where the provider reports a balance. */
  spent: Money | null;
  elapsedMs: number;
}

export async function watchMany(options: WatchManyOptions): Promise<WatchManySummary> {
  const { client } = options;
  const caps = client.provider.capabilities;
  const log = options.log ?? console.log;
  const count = options.count ?? 20;
  const service = options.service ?? "google";
  const country = options.country;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

  // Refuse up front what the wallet cannot pay for, rather than stopping with half the numbers bought.
  const before = caps.balance ? await client.balance() : null;
  if (before && caps.services) {
    const offer = (await client.services(country ? { country } : {})).find((o) => o.service === service);
    if (
      offer?.price &&
      offer.price.currency === before.currency &&
      offer.price.amount * count > before.amount
    ) {
      throw new Error(
        `${count} x ${service} at ${formatMoney(offer.price)} is more than the balance of ${formatMoney(before)}`,
      );
    }
  }

  // Bought side by side: the provider's budget paces the requests. One failed purchase does not lose
  // the others: every number that was bought is waited on (and so cancelled if its code never comes).
  const purchases = await Promise.allSettled(
    Array.from({ length: count }, () => client.buy({ service, ...(country ? { country } : {}) })),
  );
  const bought: Order[] = [];
  const failed: WatchManySummary["failed"] = [];
  for (const p of purchases) {
    if (p.status === "fulfilled") bought.push(p.value);
    else failed.push({ order: null, error: p.reason });
  }
  log(
    `Bought ${bought.length} ${service} numbers${failed.length ? ` (${failed.length} purchases failed)` : ""}`,
  );
  await options.useNumbers?.(bought);

  const started = Date.now();
  const codes: WatchManySummary["codes"] = [];
  const timedOut: WatchManySummary["timedOut"] = [];
  const wait = {
    timeoutMs: options.timeoutMs ?? 5 * 60_000,
    ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
  };
  await Promise.all(
    bought.map((order) =>
      client.waitForCode(order, wait).then(
        async ({ code, order: latest }) => {
          const afterMs = Date.now() - started;
          codes.push({ order: latest, code, afterMs });
          log(`${order.number}  code ${code}  after ${seconds(afterMs)}`);
          if (caps.done)
            await client.done(latest).catch((error: unknown) => failed.push({ order: latest, error }));
        },
        (error: unknown) => {
          if (error instanceof TimeoutError) {
            // waitForCode has already cancelled it for its refund.
            const { refunded, cancelled } = error;
            timedOut.push({ order: error.order ?? order, refunded, cancelled });
            const outcome = cancelled
              ? `cancelled, refunded ${refunded ? formatMoney(refunded) : "by the provider's rules"}`
              : "cancel FAILED: the order may still be open";
            log(`${order.number}  no code in time; ${outcome}`);
          } else {
            failed.push({ order, error });
            log(`${order.number}  failed: ${isSmsError(error) ? error.code : error}`);
          }
        },
      ),
    ),
  );

  const elapsedMs = Date.now() - started;
  const after = before ? await client.balance() : null;
  const spent = before && after ? { amount: before.amount - after.amount, currency: before.currency } : null;
  log(
    `${codes.length} codes, ${timedOut.length} timed out, ${failed.length} failed in ${seconds(elapsedMs)}` +
      (spent && before && after
        ? `; spent ${formatMoney(spent)} (balance ${formatMoney(before)} -> ${formatMoney(after)})`
        : ""),
  );
  return { bought, codes, timedOut, failed, spent, elapsedMs };
}

async function main(): Promise<void> {
  const env = process.env;
  const onSandbox = (env.UNISMS_PROVIDER ?? "sandbox") === "sandbox";
  // On the sandbox, SMS spread over 1-8 s and a 6 s timeout: most codes arrive, some numbers are refunded.
  const client = createClient({ provider: providerFromEnv(env, { smsDelayMs: [1_000, 8_000] }) });
  const summary = await watchMany({
    client,
    ...(env.COUNT ? { count: Number(env.COUNT) } : {}),
    ...(env.SERVICE ? { service: env.SERVICE } : {}),
    ...(env.COUNTRY ? { country: env.COUNTRY } : {}),
    timeoutMs: Number(env.TIMEOUT_S ?? (onSandbox ? 6 : 300)) * 1000,
  });
  if (summary.failed.length > 0 || summary.timedOut.some((t) => !t.cancelled)) process.exitCode = 1;
}

if (isMain(import.meta.url)) main().catch(exitWith);
