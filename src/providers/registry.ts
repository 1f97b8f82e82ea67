/**
 * Every provider by name: its factory, the environment variable its key is read from, and the name
 * people know it by. The CLI and the examples read this; a new adapter adds its line here and in
 * `index.ts`.
 */
import type { ProviderName } from "../core/model.js";
import type { HttpProviderOptions, Provider } from "../core/provider.js";
import { fetchsms } from "./fetchsms/index.js";
import { juicysms } from "./juicysms/index.js";
import { numariq } from "./numariq/index.js";
import { numpool } from "./numpool/index.js";
import { sandbox } from "./sandbox/index.js";
import { tempnumber } from "./tempnumber/index.js";

export interface ProviderEntry {
  readonly name: ProviderName;
  /** How people call it. */
  readonly title: string;
  /** Where its API key is read from by default (null: it needs none). */
  readonly keyVariable: string | null;
  create(options: HttpProviderOptions): Provider;
}

export const PROVIDER_REGISTRY: Readonly<Record<ProviderName, ProviderEntry>> = Object.freeze({
  numariq: { name: "numariq", title: "Numariq", keyVariable: "NUMARIQ_API_KEY", create: numariq },
  numpool: { name: "numpool", title: "NumPool", keyVariable: "NUMPOOL_API_KEY", create: numpool },
  juicysms: { name: "juicysms", title: "JuicySMS v1", keyVariable: "JUICYSMS_API_KEY", create: juicysms },
  fetchsms: { name: "fetchsms", title: "FetchSMS", keyVariable: "FETCHSMS_API_KEY", create: fetchsms },
  tempnumber: {
    name: "tempnumber",
    title: "Temp Number",
    keyVariable: "TEMPNUMBER_API_KEY",
    create: tempnumber,
  },
  sandbox: { name: "sandbox", title: "Sandbox", keyVariable: null, create: () => sandbox() },
});
