/**
 * `unisms`: the SDK from a shell, for OTP scripts. One program (commander); each command resolves the
 * provider and client from flags and the environment, prints for people or, with `--json`, exactly one
 * JSON document, and exits with the status of what happened (`exit-codes.ts`).
 */
import { Command, CommanderError, Option } from "commander";
import type { Order } from "../core/model.js";
import { moneyFromDecimal } from "../core/money.js";
import { PROVIDER_NAMES, PROVIDER_REGISTRY } from "../providers/registry.js";
import {
  type CliClient,
  type CliContext,
  contextFor,
  type GlobalFlags,
  orderRef,
  rentalRef,
} from "./context.js";
import { EXIT_CODES, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from "./exit-codes.js";
import { balanceLines, messageLines, offerLines, orderLines, quoteLines, rentalLines } from "./format.js";
import { createOutput, type Io, type Output, UsageError } from "./output.js";

export interface CliEnv {
  io: Io;
  env: NodeJS.ProcessEnv;
  /** Where Ctrl-C is heard (the process; a test passes its own emitter). */
  signals: NodeJS.EventEmitter;
}

type Action = (context: CliContext, out: Output, flags: GlobalFlags) => Promise<number | undefined>;

const seconds = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`expected a number of seconds, not "${value}"`);
  return n * 1_000;
};
const wholeDays = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`expected a whole number of days, not "${value}"`);
  return n;
};

export async function main(argv: readonly string[], cli: CliEnv): Promise<number> {
  let status = EXIT_OK;
  const program = new Command("unisms")
    .description("Buy disposable numbers and read one-time codes from SMS-verification providers.")
    .option("-p, --provider <names>", "provider, or several separated by commas (default: $UNISMS_PROVIDER)")
    .option("--strategy <how>", "with several providers: cheapest (default) or ordered")
    .option("--api-key <key>", "API key (default: the provider's variable, e.g. $NUMPOOL_API_KEY)")
    .option("--base-url <url>", "the provider's API base URL (a proxy or a test server)")
    .option("--journal <file>", "journal paid calls to this file, for `unisms recover` after a crash")
    .option("--json", "print exactly one JSON document (errors as JSON on stderr)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => cli.io.stdout.write(text),
      writeErr: (text) => cli.io.stderr.write(text),
    });

  const flags = () => program.opts<GlobalFlags>();
  const out = () => createOutput(cli.io, Boolean(flags().json));
  const run = (action: Action) => async () => {
    const output = out();
    try {
      const context = contextFor(flags(), cli.env);
      status = (await action(context, output, flags())) ?? EXIT_OK;
    } catch (error) {
      status = output.failure(error);
    }
  };

  program
    .command("providers")
    .description("the providers and what each can do")
    .action(() => {
      const list = PROVIDER_NAMES.map((name) => {
        const { title, keyVariable, capabilities } = PROVIDER_REGISTRY[name];
        return { name, title, keyVariable, capabilities };
      });
      out().result(list, () =>
        list.map((p) => {
          const can = Object.entries(p.capabilities)
            .filter(([, v]) => v === true)
            .map(([k]) => k);
          return `${p.name.padEnd(11)} ${p.title.padEnd(12)} ${(p.keyVariable ?? "(no key)").padEnd(19)} ${can.join(", ")}`;
        }),
      );
    });

  program
    .command("balance")
    .description("the wallet balance (each provider's, with several)")
    .action(
      run(async ({ client }, output) => {
        if (!("providers" in client)) {
          const money = await client.balance();
          output.result(money, () => [`${(money.amount / 100).toFixed(2)} ${money.currency}`]);
          return EXIT_OK;
        }
        const balances = await client.balance();
        output.result(balances, () => balanceLines(balances));
        // Every balance is printed; the status is the first failure's, so a script still notices it.
        const failed = balances.failures[0];
        return failed ? EXIT_CODES[failed.error.code] : EXIT_OK;
      }),
    );

  program
    .command("services")
    .description("services on offer, with prices")
    .option("--country <code>", "ISO country code")
    .action(
      run(async ({ client }, output) => {
        const opts = program.commands.find((c) => c.name() === "services")!.opts<{ country?: string }>();
        const offers = await client.services(opts.country ? { country: opts.country } : {});
        output.result(offers, () => offerLines(offers));
        return EXIT_OK;
      }),
    );

  const quote = program
    .command("quote [service]")
    .description("what a number costs now at each provider, cheapest first (nothing is bought)")
    .option("--country <code>", "ISO country code")
    .option("--rental", "quote rentals instead of one-code activations")
    .option("--days <n>", "rentals: only this period, in days", wholeDays);
  quote.action((service: string | undefined) =>
    run(async ({ client }, output) => {
      const opts = quote.opts<{ country?: string; rental?: boolean; days?: number }>();
      const result = await client.quote({
        ...(service ? { service } : {}),
        ...(opts.country ? { country: opts.country } : {}),
        ...(opts.rental ? { kind: "rental" as const } : {}),
        ...(opts.days ? { days: opts.days } : {}),
      });
      output.result(result, () => quoteLines(result));
      return EXIT_OK;
    })(),
  );

  const buy = program
    .command("buy <service>")
    .description("buy a number for a service; with --wait, print the code when it arrives")
    .option("--country <code>", "ISO country code")
    .option("--area-code <digits>", "US area code")
    .option("--max-price <amount>", "refuse a price above this, in USD (e.g. 0.50; see --currency)")
    .addOption(
      new Option("--currency <code>", "the currency of --max-price").choices(["USD", "EUR"]).default("USD"),
    )
    .option("--wait", "wait for the code and print it")
    .addOption(new Option("--timeout <seconds>", "give up waiting after this long").argParser(seconds))
    .option("--keep", "on Ctrl-C while waiting, keep the order open instead of cancelling it");
  buy.action((service: string) =>
    run(async ({ client }, output) => {
      const opts = buy.opts<{
        country?: string;
        areaCode?: string;
        maxPrice?: string;
        currency: "USD" | "EUR";
        wait?: boolean;
        timeout?: number;
        keep?: boolean;
      }>();
      const interrupt = opts.wait ? onInterrupt(cli.signals) : undefined;
      try {
        const order = await client.buy({
          service,
          ...(opts.country ? { country: opts.country } : {}),
          ...(opts.areaCode ? { areaCode: opts.areaCode } : {}),
          ...(opts.maxPrice ? { maxPrice: moneyFromDecimal(opts.maxPrice, opts.currency) } : {}),
        });
        if (!interrupt) {
          output.result(order, () => orderLines(order));
          return EXIT_OK;
        }
        return await waitFor(client, output, order, opts.timeout, opts.keep === true, interrupt.signal);
      } finally {
        interrupt?.dispose();
      }
    })(),
  );

  const wait = program
    .command("wait <order>")
    .description("wait for the code of an order bought earlier (its id)")
    .addOption(new Option("--timeout <seconds>", "give up after this long").argParser(seconds))
    .option("--keep", "on Ctrl-C or timeout, keep the order open instead of cancelling it");
  wait.action((id: string) =>
    run(async ({ client, names }, output) => {
      const opts = wait.opts<{ timeout?: number; keep?: boolean }>();
      const interrupt = onInterrupt(cli.signals);
      try {
        const order = await client.poll(orderRef(names, id));
        return await waitFor(client, output, order, opts.timeout, opts.keep === true, interrupt.signal);
      } finally {
        interrupt.dispose();
      }
    })(),
  );

  program
    .command("done <order>")
    .description("finish an order whose code was used")
    .action((id: string) =>
      run(async ({ client, names }, output) => {
        const order = await client.done(orderRef(names, id));
        output.result(order, () => orderLines(order));
        return EXIT_OK;
      })(),
    );

  program
    .command("cancel <order>")
    .description("cancel an order for its refund")
    .action((id: string) =>
      run(async ({ client, names }, output) => {
        const result = await client.cancel(orderRef(names, id));
        output.result(result, () => [
          ...orderLines(result.order),
          `refund  ${result.refunded ? `${(result.refunded.amount / 100).toFixed(2)} ${result.refunded.currency}` : "none"}`,
        ]);
        return EXIT_OK;
      })(),
    );

  const rent = program
    .command("rent")
    .description("rent a number for a number of days")
    .requiredOption("--days <n>", "rental period in days", wholeDays)
    .option("--country <code>", "ISO country code")
    .option("--service <name>", "the service it is for (where the provider asks)");
  rent.action(
    run(async ({ client }, output) => {
      const opts = rent.opts<{ days: number; country?: string; service?: string }>();
      const rental = await client.rent({
        days: opts.days,
        ...(opts.country ? { country: opts.country } : {}),
        ...(opts.service ? { service: opts.service } : {}),
      });
      output.result(rental, () => rentalLines(rental));
      return EXIT_OK;
    }),
  );

  const renew = program
    .command("renew <rental>")
    .description("extend a rental")
    .option("--days <n>", "period in days (default: the provider's)", wholeDays);
  renew.action((id: string) =>
    run(async ({ client, names }, output) => {
      const opts = renew.opts<{ days?: number }>();
      const current = await client.getRental(rentalRef(names, id));
      const rental = await client.renew(current, opts.days ? { days: opts.days } : {});
      output.result(rental, () => rentalLines(rental));
      return EXIT_OK;
    })(),
  );

  program
    .command("inbox <rental>")
    .description("the messages a rental received, newest first")
    .action((id: string) =>
      run(async ({ client, names }, output) => {
        const messages = await client.inbox(rentalRef(names, id));
        output.result(messages, () => messageLines(messages));
        return EXIT_OK;
      })(),
    );

  const recover = program
    .command("recover")
    .description("settle what a killed process left in its journal (needs --journal)")
    .option("--cancel-open", "cancel orders still open, for their refund");
  recover.action(
    run(async ({ client }, output, global) => {
      if (!global.journal)
        throw new UsageError("recover needs --journal <file>: the journal the killed process wrote");
      const report = await client.recover({
        cancelOpen: recover.opts<{ cancelOpen?: boolean }>().cancelOpen === true,
      });
      output.result(report, () =>
        report.entries.length === 0
          ? ["nothing to recover"]
          : report.entries.map(
              (e) =>
                `${e.entry.operation.padEnd(6)} ${e.action.padEnd(11)} ${e.order?.id ?? e.rental?.id ?? "-"}${e.code ? ` code ${e.code}` : ""}${e.error ? `  ${e.error.message}` : ""}`,
            ),
      );
      return report.entries.some((e) => e.action === "unknown" || e.action === "failed") ? 13 : EXIT_OK;
    }),
  );

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version print and succeed; anything else is a usage error, already printed.
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    return out().failure(error);
  }
  return status;
}

/**
 * Waits for the code, printing it the moment it arrives. Ctrl-C stops the wait and cancels the order for
 * its refund (unless `keep`); a timeout cancels it too (the SDK's own timeout cancel).
 */
async function waitFor(
  client: CliClient,
  output: Output,
  order: Order,
  timeoutMs: number | undefined,
  keep: boolean,
  interrupted: AbortSignal,
): Promise<number> {
  output.note(
    `order ${order.id}: ${order.number || "-"}, waiting for the code (Ctrl-C ${keep ? "stops waiting, keeps the order" : "cancels it"})`,
  );
  try {
    const result = await output.waiting(`waiting for the code of ${order.id}`, () =>
      client.waitForCode(order, {
        signal: interrupted,
        cancelOnTimeout: !keep,
        ...(timeoutMs ? { timeoutMs } : {}),
      }),
    );
    output.result(result, () => [result.code]);
    return EXIT_OK;
  } catch (error) {
    if (!interrupted.aborted) throw error;
    if (keep) {
      output.result({ interrupted: true, order, cancelled: false }, () => [`kept order ${order.id} open`]);
      return EXIT_INTERRUPTED;
    }
    const cancelled = await client.cancel(order);
    output.result(
      { interrupted: true, order: cancelled.order, cancelled: true, refunded: cancelled.refunded },
      () => [
        `cancelled order ${order.id}${cancelled.refunded ? ` (refunded ${(cancelled.refunded.amount / 100).toFixed(2)} ${cancelled.refunded.currency})` : ""}`,
      ],
    );
    return EXIT_INTERRUPTED;
  }
}

/**
 * Ctrl-C heard from now on, until `dispose`: listening starts before the purchase, so that a Ctrl-C while
 * it is on the wire lets it finish (and the order is then cancelled) instead of losing it.
 */
function onInterrupt(signals: NodeJS.EventEmitter): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const heard = () => controller.abort(new UsageError("interrupted"));
  signals.once("SIGINT", heard);
  return { signal: controller.signal, dispose: () => signals.off("SIGINT", heard) };
}
