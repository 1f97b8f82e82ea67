/**
 * The providers the quickstart can run against, by name. The sandbox needs no key; each real provider
 * reads its key from the environment variable named here.
 */
import {
  fetchsms,
  juicysms,
  numariq,
  numpool,
  type Provider,
  type ProviderName,
  sandbox,
  tempnumber,
} from "../src/index.js";

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
