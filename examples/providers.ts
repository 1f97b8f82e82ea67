/**
 * The providers the examples can run against, by name. The sandbox needs no key; each real provider
 * reads its key from the environment variable named here.
 */
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import {
  fetchsms,
  isSmsError,
  juicysms,
  numariq,
  numpool,
  type Provider,
  type ProviderName,
  type SandboxOptions,
  sandbox,
  tempnumber,
} from "unisms";

export const API_KEY_VARS: Readonly<Record<Exclude<ProviderName, "sandbox">, string>> = {
  numariq: "NUMARIQ_API_KEY",
  numpool: "NUMPOOL_API_KEY",
  juicysms: "JUICYSMS_API_KEY",
  fetchsms: "FETCHSMS_API_KEY",
  tempnumber: "TEMPNUMBER_API_KEY",
};

type Factory = (options: { apiKey: string }) => Provider;

/** Real providers' factories. */
export const FACTORIES: Partial<Record<Exclude<ProviderName, "sandbox">, Factory>> = {
  numariq,
  numpool,
  juicysms,
  fetchsms,
  tempnumber,
};

/** A failure the demo explains and exits on, with its exit code. */
export class DemoError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

export function createProvider(name: string, env: NodeJS.ProcessEnv = process.env): Provider {
  if (name === "sandbox") return sandbox();
  if (!(name in API_KEY_VARS)) {
    const known = ["sandbox", ...Object.keys(API_KEY_VARS)].join(", ");
    throw new DemoError(`unknown provider "${name}" (known: ${known})`, 2);
  }
  const real = name as keyof typeof API_KEY_VARS;
  const variable = API_KEY_VARS[real];
  const apiKey = env[variable]?.trim();
  if (!apiKey) throw new DemoError(`set ${variable} to run the demo against ${real}`, 2);
  const factory = FACTORIES[real];
  if (!factory) throw new DemoError(`the ${real} adapter is not wired into examples/providers.ts yet`, 2);
  return factory({ apiKey });
}

/**
 * The provider named by `UNISMS_PROVIDER` (the CLI reads the same variable), else the sandbox, so that an
 * example runs offline unless told otherwise. `sandboxOptions` tune the sandbox for a demo (delays, a clock).
 */
export function providerFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  sandboxOptions?: SandboxOptions,
): Provider {
  const name = env.UNISMS_PROVIDER?.trim() || "sandbox";
  return name === "sandbox" ? sandbox(sandboxOptions) : createProvider(name, env);
}

/**
 * True when the module at `moduleUrl` is the script node was started with (`npx tsx examples/x.ts`), false
 * when it was imported (by a test, or by your code): an example runs its demo only in the first case.
 */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === moduleUrl;
  } catch {
    return false;
  }
}

/** Prints why a demo failed and exits: a `DemoError` with its own code, anything else with 1. */
export function exitWith(error: unknown): never {
  if (error instanceof DemoError) {
    console.error(error.message);
    process.exit(error.exitCode);
  }
  if (isSmsError(error)) console.error(`${error.name} (${error.code}): ${error.message}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
}
