/**
 * The providers and client a command runs against, from flags first and then the environment:
 * `--provider` / `UNISMS_PROVIDER` (one name, or several separated by commas, e.g. `numpool,fetchsms`),
 * each key from `--api-key` (one provider only) or the provider's own variable (`NUMPOOL_API_KEY`...; the
 * environment is the safer place: flags end up in shell history), the API's address (a proxy or a test
 * server) from `--base-url` (one provider only) or `NUMPOOL_BASE_URL`..., `--strategy` for how several are tried, and `--journal FILE` for crash safety.
 */
import { createClient, type SmsClient } from "../client/client.js";
import { fileJournal } from "../client/journal/file-journal.js";
import type { RoutingClient } from "../client/router/routing-client.js";
import type { Order, ProviderName, Rental } from "../core/model.js";
import type { Provider } from "../core/provider.js";
import { PROVIDER_NAMES, PROVIDER_REGISTRY } from "../providers/registry.js";
import { UsageError } from "./output.js";
import { orderById, rentalById } from "./references.js";

export interface GlobalFlags {
  provider?: string;
  apiKey?: string;
  baseUrl?: string;
  journal?: string;
  strategy?: string;
  json?: boolean;
}

/** A client over one provider, or one routing over several. */
export type CliClient = SmsClient | RoutingClient;

/** What a command runs against. */
export interface CliContext {
  client: CliClient;
  /** The client's providers, in the order given. */
  names: readonly ProviderName[];
}

export function providerNames(flags: GlobalFlags, env: NodeJS.ProcessEnv): ProviderName[] {
  const given = (flags.provider ?? env.UNISMS_PROVIDER)?.trim();
  if (!given) {
    const keys = PROVIDER_NAMES.flatMap((n) => PROVIDER_REGISTRY[n].keyVariable ?? []).join(", ");
    throw new UsageError(
      `no provider configured: set UNISMS_PROVIDER (${PROVIDER_NAMES.join(", ")}; several separated by commas) and its key (${keys}), or pass --provider; --provider sandbox works offline`,
    );
  }
  const names = given.split(",").map((n) => n.trim());
  for (const name of names) {
    if (!(PROVIDER_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown provider "${name.slice(0, 40)}" (known: ${PROVIDER_NAMES.join(", ")})`);
    }
  }
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw new UsageError(`--provider names ${twice} twice`);
  return names as ProviderName[];
}

/** Where a provider's API base URL may be set instead of `--base-url` (`NUMPOOL_BASE_URL`, ...). */
export function baseUrlVariable(name: ProviderName): string {
  return `${name.toUpperCase()}_BASE_URL`;
}

function providerFor(name: ProviderName, flags: GlobalFlags, env: NodeJS.ProcessEnv): Provider {
  const entry = PROVIDER_REGISTRY[name];
  const apiKey = flags.apiKey ?? (entry.keyVariable ? env[entry.keyVariable]?.trim() : undefined);
  if (entry.keyVariable && !apiKey) {
    throw new UsageError(
      `set ${entry.keyVariable} to use ${entry.title} (or pass --provider sandbox to work offline)`,
    );
  }
  const baseUrl = flags.baseUrl ?? env[baseUrlVariable(name)]?.trim();
  return entry.create({ apiKey: apiKey ?? "", ...(baseUrl ? { baseUrl } : {}) });
}

export function contextFor(flags: GlobalFlags, env: NodeJS.ProcessEnv): CliContext {
  const names = providerNames(flags, env);
  const journal = flags.journal ? { journal: fileJournal(flags.journal) } : {};
  if (flags.strategy !== undefined && flags.strategy !== "cheapest" && flags.strategy !== "ordered") {
    throw new UsageError(`--strategy is cheapest or ordered, not "${flags.strategy.slice(0, 20)}"`);
  }
  if (names.length === 1) {
    return { client: createClient({ provider: providerFor(names[0]!, flags, env), ...journal }), names };
  }
  for (const [flag, value] of [
    ["--api-key", flags.apiKey],
    ["--base-url", flags.baseUrl],
  ] as const) {
    if (value !== undefined) {
      throw new UsageError(
        `${flag} is for one provider; with several, set each provider's own variable (e.g. ${names.map((n) => (flag === "--api-key" ? PROVIDER_REGISTRY[n].keyVariable : baseUrlVariable(n))).find(Boolean)})`,
      );
    }
  }
  const providers = names.map((name) => providerFor(name, flags, env));
  const strategy = flags.strategy as "cheapest" | "ordered" | undefined;
  return { client: createClient({ providers, ...(strategy ? { strategy } : {}), ...journal }), names };
}

/**
 * The provider of an order or rental named on the command line: `numpool:123` names it; a bare id is the
 * one provider's (with several, the id alone cannot say which sold it).
 */
function reference(names: readonly ProviderName[], ref: string): { provider: ProviderName; id: string } {
  const colon = ref.indexOf(":");
  const prefix = colon > 0 ? ref.slice(0, colon) : "";
  if ((names as readonly string[]).includes(prefix))
    return { provider: prefix as ProviderName, id: ref.slice(colon + 1) };
  if (names.length === 1) return { provider: names[0]!, id: ref };
  throw new UsageError(
    `say which provider sold "${ref.slice(0, 40)}": <provider>:<id>, e.g. ${names[0]}:${ref.slice(0, 20)}`,
  );
}

export function orderRef(names: readonly ProviderName[], ref: string): Order {
  const { provider, id } = reference(names, ref);
  return orderById(provider, id);
}

export function rentalRef(names: readonly ProviderName[], ref: string): Rental {
  const { provider, id } = reference(names, ref);
  return rentalById(provider, id);
}
