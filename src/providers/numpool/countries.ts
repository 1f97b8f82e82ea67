/**
 * NumPool country ids <-> ISO alpha-2. NumPool's published table (`COUNTRY_IDS`) answers without a
 * request; a country it does not list is looked up once in `GET /countries` (kept for the provider's
 * lifetime). Where the two disagree the table wins: it is the list NumPool tells callers to pass, and a
 * runtime list may name one country twice ("England", "United Kingdom").
 */
import type { Transport } from "../../core/transport/http-client.js";
import { isoFromFlag, isoFromName } from "./country-names.js";
import { COUNTRY_IDS } from "./ids.js";
import { countriesReply, type WireCountry } from "./wire.js";

/** A country as `GET /countries` lists it. */
export interface NumpoolCountry {
  /** NumPool's numeric id. */
  id: number;
  /** NumPool's name for it ("USA", "England"). */
  name: string | null;
  /** ISO alpha-2, or null when NumPool's name is not one we can read. */
  country: string | null;
}

const STATIC_BY_ID = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.entries(COUNTRY_IDS).map(([iso, id]) => [id, iso]),
);

/** ISO for one `GET /countries` entry: its `flag`, else the published table, else its name. */
export function isoOfEntry(entry: WireCountry): string | null {
  return isoFromFlag(entry.flag) ?? STATIC_BY_ID.get(entry.id) ?? isoFromName(entry.name);
}

export interface CountryDirectory {
  /** NumPool's id for an ISO country, or null when NumPool does not list it. */
  idFor(country: string, signal?: AbortSignal): Promise<number | null>;
  /** ISO for a NumPool id, or null when neither the table nor `GET /countries` names it. */
  isoFor(id: number, signal?: AbortSignal): Promise<string | null>;
  /** Records what a `GET /countries?service=` reply taught us (flags are ISO codes). */
  learn(entries: readonly WireCountry[]): NumpoolCountry[];
  /** `GET /countries`, fresh. */
  list(signal?: AbortSignal): Promise<NumpoolCountry[]>;
}

export function createCountryDirectory(transport: Transport): CountryDirectory {
  const isoToId = new Map<string, number>(Object.entries(COUNTRY_IDS));
  const idToIso = new Map<number, string>(STATIC_BY_ID);
  let loaded = false;
  let loading: Promise<unknown> | undefined;

  function learn(entries: readonly WireCountry[]): NumpoolCountry[] {
    return entries.map((entry) => {
      const iso = isoOfEntry(entry);
      if (iso) {
        if (!isoToId.has(iso)) isoToId.set(iso, entry.id);
        if (!idToIso.has(entry.id)) idToIso.set(entry.id, iso);
      }
      return { id: entry.id, name: entry.name ?? null, country: iso };
    });
  }

  async function list(signal?: AbortSignal): Promise<NumpoolCountry[]> {
    const entries = await transport.request({
      method: "GET",
      path: "/countries",
      schema: countriesReply(),
      ...(signal ? { signal } : {}),
    });
    loaded = true;
    return learn(entries);
  }

  async function ensureLoaded(signal?: AbortSignal): Promise<void> {
    if (loaded) return;
    loading ??= list(signal).finally(() => {
      loading = undefined;
    });
    await loading;
  }

  return {
    async idFor(country, signal) {
      if (!isoToId.has(country)) await ensureLoaded(signal);
      return isoToId.get(country) ?? null;
    },
    async isoFor(id, signal) {
      if (!idToIso.has(id)) await ensureLoaded(signal);
      return idToIso.get(id) ?? null;
    },
    learn,
    list,
  };
}
