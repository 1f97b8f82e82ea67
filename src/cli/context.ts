/**
 * The provider and client a command runs against, from flags first and then the environment:
 * `--provider` / `UNISMS_PROVIDER`, the key from `--api-key` or the provider's own variable
 * (`NUMPOOL_API_KEY`...; the environment is the safer place: flags end up in shell history), `--base-url`
 * for a proxy or a test server, and `--journal FILE` for crash safety.
 */
import { createClient, type SmsClient } from "../client/client.js";
import { fileJournal } from "../client/journal/file-journal.js";
import { PROVIDER_NAMES, PROVIDER_REGISTRY, type ProviderName } from "../providers/registry.js";
import { UsageError } from "./output.js";

export interface GlobalFlags {
  provider?: string;
  apiKey?: string;
  baseUrl?: string;
  journal?: string;
  json?: boolean;
}

export function providerName(flags: GlobalFlags, env: NodeJS.ProcessEnv): ProviderName {
  const name = (flags.provider ?? env.UNISMS_PROVIDER)?.trim();
  if (!name) {
    const keys = Object.values(PROVIDER_REGISTRY)
      .flatMap((p) => (p.keyVariable ? [p.keyVariable] : []))
      .join(", ");
    throw new UsageError(
      `no provider configured: set UNISMS_PROVIDER (${PROVIDER_NAMES.join(", ")}) and its key (${keys}), or pass --provider; --provider sandbox works offline`,
    );
  }
  if (!(PROVIDER_NAMES as readonly string[]).includes(name)) {
    throw new UsageError(`unknown provider "${name.slice(0, 40)}" (known: ${PROVIDER_NAMES.join(", ")})`);
  }
  return name as ProviderName;
}

export function clientFor(flags: GlobalFlags, env: NodeJS.ProcessEnv): SmsClient {
  const entry = PROVIDER_REGISTRY[providerName(flags, env)];
  const apiKey = flags.apiKey ?? (entry.keyVariable ? env[entry.keyVariable]?.trim() : undefined);
  if (entry.keyVariable && !apiKey) {
    throw new UsageError(
      `set ${entry.keyVariable} to use ${entry.title} (or pass --provider sandbox to work offline)`,
    );
  }
  const provider = entry.create({
    apiKey: apiKey ?? "",
    ...(flags.baseUrl ? { baseUrl: flags.baseUrl } : {}),
  });
  return createClient({ provider, ...(flags.journal ? { journal: fileJournal(flags.journal) } : {}) });
}
