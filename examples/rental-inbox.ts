/**
 * Rent a number, print its messages as they arrive, and renew it before it runs out.
 *
 * The rental is watched like an order (`client.watch(rental)`, an async iterator of its messages, on
 * the provider's shared scheduler). After each look, a rental ending within `renewWithinMs` is renewed
 * for another period, where the provider can renew and the wallet can pay for it; otherwise it is left
 * to end, and the watch ends with it. Stopping the watch (Ctrl-C) keeps the rental: it was rented to be held.
 *
 *   npx tsx examples/rental-inbox.ts
 *       the sandbox, where a day passes in 12 seconds: a 1-day rental ($1.50 of the $10.00 wallet),
 *       a few SMS sent to it, and its renewal ($1.50) around 10 s in; stops after 15 s
 *   UNISMS_PROVIDER=fetchsms FETCHSMS_API_KEY=... DAYS=7 npx tsx examples/rental-inbox.ts
 *       until Ctrl-C
 */
import {
  createClient,
  formatMoney,
  InsufficientBalanceError,
  isSmsError,
  type Message,
  type Rental,
  type SandboxProvider,
  type SmsClient,
} from "unisms";
import { exitWith, isMain, providerFromEnv } from "./providers.js";

export interface RentalInboxOptions {
  client: SmsClient;
  /** The rental period (default: the shortest the provider sells). */
  days?: number;
  country?: string;
  /** Renew once the rental ends within this long (default 1 hour). */
  renewWithinMs?: number;
  /** Time between looks (default: the provider's own pace). */
  intervalMs?: number;
  /** The clock the provider's expiry times are read against (default `Date.now`). */
  now?: () => number;
  /** Ends the watch; the rental is kept. */
  signal?: AbortSignal;
  onRented?: (rental: Rental) => void;
  onMessage?: (message: Message) => void;
  log?: (line: string) => void;
}

export interface InboxSummary {
  /** The rental as last seen. */
  rental: Rental;
  messages: Message[];
  renewals: number;
}

export async function rentAndWatch(options: RentalInboxOptions): Promise<InboxSummary> {
  const { client } = options;
  const caps = client.provider.capabilities;
  const log = options.log ?? console.log;
  const now = options.now ?? Date.now;
  const renewWithinMs = options.renewWithinMs ?? 60 * 60_000;

  // autoRenew off: renewing here lets the wallet be checked first, and the renewal be seen.
  const rental = await client.rent({
    days: options.days ?? Math.min(...caps.rentalDays),
    autoRenew: false,
    ...(options.country ? { country: options.country } : {}),
  });
  log(
    `Rented ${rental.number} until ${rental.expiresAt} for ${rental.price ? formatMoney(rental.price) : "n/a"}`,
  );
  options.onRented?.(rental);

  const watcher = client.watch(rental, {
    ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  let renewals = 0;
  // A look that started before a renewal finished still shows the old expiry: the newest one known wins,
  // so that look does not renew a second time.
  let knownExpiry = Date.parse(rental.expiresAt ?? "");
  let renewing: Promise<void> | null = null;
  let gaveUp = false;

  async function renew(latest: Rental): Promise<void> {
    try {
      if (caps.balance && latest.price) {
        const balance = await client.balance();
        if (balance.currency === latest.price.currency && balance.amount < latest.price.amount) {
          gaveUp = true;
          log(
            `Cannot afford another period (${formatMoney(latest.price)}, balance ${formatMoney(balance)}): ${latest.number} ends at ${latest.expiresAt}`,
          );
          return;
        }
      }
      const renewed = await client.renew(latest);
      renewals++;
      knownExpiry = Math.max(knownExpiry, Date.parse(renewed.expiresAt ?? ""));
      log(`Renewed ${renewed.number} until ${renewed.expiresAt}`);
    } catch (error) {
      // Only a failure that certainly charged nothing is tried again on a later look: renewing after
      // an unknown outcome could pay for two periods.
      if (isSmsError(error) && error.retryable) {
        log(`Renewal failed for now (${error.code}); trying again on the next look`);
        return;
      }
      gaveUp = true;
      const why = error instanceof InsufficientBalanceError ? "the wallet cannot pay" : String(error);
      log(`Not renewing ${latest.number} (${why}); check its expiry yourself`);
    }
  }

  watcher.on("poll", (latest) => {
    if (!caps.renew || renewing || gaveUp || latest.status !== "active") return;
    const expiry = Math.max(knownExpiry, Date.parse(latest.expiresAt ?? ""));
    if (Number.isNaN(expiry) || expiry - now() > renewWithinMs) return;
    renewing = renew(latest).finally(() => {
      renewing = null;
    });
  });
  watcher.on("expired", (latest) => log(`${latest.number} has expired`));

  const messages: Message[] = [];
  for await (const message of watcher) {
    messages.push(message);
    if (options.onMessage) options.onMessage(message);
    else
      log(
        `${message.receivedAt ?? ""} ${message.from ?? "?"}: ${message.text ?? ""}${message.code ? `  [code ${message.code}]` : ""}`,
      );
  }
  await renewing;
  return { rental: watcher.target, messages, renewals };
}

async function main(): Promise<void> {
  const env = process.env;
  const onSandbox = (env.UNISMS_PROVIDER ?? "sandbox") === "sandbox";
  // The sandbox reads expiry from its clock: run it 7,200 times faster (a day in 12 s) to see a renewal.
  const started = Date.now();
  const now = onSandbox ? () => started + (Date.now() - started) * 7_200 : Date.now;
  const provider = providerFromEnv(env, { now });
  const client = createClient({ provider });
  const stop = new AbortController();
  process.once("SIGINT", () => stop.abort());
  if (onSandbox) setTimeout(() => stop.abort(), 15_000).unref();
  const before = provider.capabilities.balance ? await client.balance() : null;

  const summary = await rentAndWatch({
    client,
    ...(env.DAYS ? { days: Number(env.DAYS) } : {}),
    ...(env.COUNTRY ? { country: env.COUNTRY } : {}),
    // Three sandbox hours are 1.5 s here: a few looks' margin before the rental would end.
    ...(onSandbox ? { renewWithinMs: 3 * 60 * 60_000 } : {}),
    now,
    signal: stop.signal,
    onRented: (rental) => {
      if (!onSandbox) return console.log(`Send SMS to ${rental.number}; Ctrl-C to stop watching`);
      // The sandbox's stand-in for people and services texting the number.
      const sandbox = provider as SandboxProvider;
      const texts: [number, string, string][] = [
        [1_000, "Discord", "Your Discord security code is: 662190"],
        [3_000, "+14155550123", "Hey, is this still your number?"],
        [6_000, "Google", "G-310584 is your Google verification code."],
        [9_000, "Amazon", "482913 is your Amazon OTP. Do not share it with anyone."],
      ];
      for (const [at, from, text] of texts) setTimeout(() => sandbox.deliver(rental, text, from), at).unref();
    },
  });

  const after = provider.capabilities.balance ? await client.balance() : null;
  console.log(
    `${summary.messages.length} messages, ${summary.renewals} renewal(s); ${summary.rental.number} is ${summary.rental.status} until ${summary.rental.expiresAt}`,
  );
  if (before && after) console.log(`Balance: ${formatMoney(before)} -> ${formatMoney(after)}`);
}

if (isMain(import.meta.url)) main().catch(exitWith);
