/**
 * Every provider by name: the one list the rest of unisms reads. `ProviderName` and `PROVIDER_NAMES` are
 * derived from its keys, the CLI builds clients from its factories, the router's tests and the contract
 * suite run over it. A new adapter is its folder plus one line here (and its public exports in `index.ts`).
 *
 * Only this file imports every adapter. The client never does at run time (it checks names against the
 * providers it was given), so a bundle of `createClient` and one adapter carries no other adapter.
 */
import type { HttpProviderOptions, Provider, ProviderCapabilities } from "../core/provider.js";
import { fetchSmsCapabilities, fetchsms } from "./fetchsms/index.js";
import { juicySmsCapabilities, juicysms } from "./juicysms/index.js";
import { numariq, numariqCapabilities } from "./numariq/index.js";
import { numpool, numpoolCapabilities } from "./numpool/index.js";
import { sandbox } from "./sandbox/index.js";
import { sandboxCapabilities } from "./sandbox/sandbox.js";
import { tempNumberCapabilities, tempnumber } from "./tempnumber/index.js";

/** One provider's line in the registry. */
export interface ProviderEntry {
  /** How people call it. */
  readonly title: string;
  /** Where its API key is read from by default (null: it needs none). */
  readonly keyVariable: string | null;
  /** What it can do, as its adapter declares (the same object `provider.capabilities` holds). */
  readonly capabilities: ProviderCapabilities;
  /** Makes the adapter; the sandbox ignores the key. */
  create(options: HttpProviderOptions): Provider;
}

const REGISTRY = /* @__PURE__ */ Object.freeze({
  numariq: {
    title: "Numariq",
    keyVariable: "NUMARIQ_API_KEY",
    capabilities: numariqCapabilities,
    create: numariq,
  },
  numpool: {
    title: "NumPool",
    keyVariable: "NUMPOOL_API_KEY",
    capabilities: numpoolCapabilities,
    create: numpool,
  },
  juicysms: {
    title: "JuicySMS v1",
    keyVariable: "JUICYSMS_API_KEY",
    capabilities: juicySmsCapabilities,
    create: juicysms,
  },
  fetchsms: {
    title: "FetchSMS",
    keyVariable: "FETCHSMS_API_KEY",
    capabilities: fetchSmsCapabilities,
    create: fetchsms,
  },
  tempnumber: {
    title: "Temp Number",
    keyVariable: "TEMPNUMBER_API_KEY",
    capabilities: tempNumberCapabilities,
    create: tempnumber,
  },
  sandbox: {
    title: "Sandbox",
    keyVariable: null,
    capabilities: sandboxCapabilities,
    create: () => sandbox(),
  },
});

/** A provider's name as unisms knows it: `order.provider`, `err.provider`, and the `provider` option of calls. */
export type ProviderName = keyof typeof REGISTRY;

/**
 * Every provider's line, by name. Typed here rather than with `satisfies` above, which would read the
 * names while they are being defined.
 */
export const PROVIDER_REGISTRY: Readonly<Record<ProviderName, ProviderEntry>> = REGISTRY;

/** Every provider's name, in the registry's order. */
export const PROVIDER_NAMES: readonly ProviderName[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(REGISTRY) as ProviderName[],
);
