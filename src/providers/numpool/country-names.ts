/**
 * ISO alpha-2 from what `GET /countries` says about a country: its `flag` (an ISO code, or a flag emoji)
 * where given, else its English name ("USA", "England", "United Kingdom"). English names come from the
 * runtime's ICU data, plus the spellings SMS providers use that ICU does not.
 */
import { isCountryCode, normalizeCountry } from "../../core/catalog.js";

const ALIASES: Readonly<Record<string, string>> = {
  usa: "US",
  unitedstates: "US",
  unitedstatesofamerica: "US",
  america: "US",
  england: "GB",
  uk: "GB",
  greatbritain: "GB",
  britain: "GB",
  scotland: "GB",
  wales: "GB",
  turkey: "TR",
  czechrepublic: "CZ",
  ivorycoast: "CI",
  hongkong: "HK",
  macau: "MO",
  macao: "MO",
  burma: "MM",
  palestine: "PS",
  drcongo: "CD",
  democraticrepublicofthecongo: "CD",
  congodemrepublic: "CD",
  congo: "CG",
  republicofthecongo: "CG",
  bosnia: "BA",
  macedonia: "MK",
  swaziland: "SZ",
  easttimor: "TL",
  southkorea: "KR",
  korea: "KR",
  northkorea: "KP",
  russianfederation: "RU",
  vatican: "VA",
  capeverde: "CV",
  kosovo: "XK",
  uae: "AE",
  unitedarabemirates: "AE",
};

let byName: Map<string, string> | undefined;

function key(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/\bst\.?\s/g, "saint ")
    .replace(/[^a-z]/g, "");
}

function names(): Map<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>();
  const display = new Intl.DisplayNames(["en"], { type: "region" });
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isCountryCode(code)) continue;
      const name = display.of(code);
      if (!name || name === code) continue;
      map.set(key(name), code);
      // "Myanmar (Burma)", "Hong Kong SAR China": the short form is what providers write.
      const short = name.replace(/\s*\(.*\)$/, "").replace(/\s+SAR China$/, "");
      if (!map.has(key(short))) map.set(key(short), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) map.set(alias, code);
  byName = map;
  return map;
}

/** `"US"`, `"us"` or the flag emoji "🇺🇸" -> `"US"`; anything else -> null. */
export function isoFromFlag(flag: string | null | undefined): string | null {
  if (!flag) return null;
  const letters = [...flag.trim()]
    .map((ch) => ch.codePointAt(0) ?? 0)
    .map((cp) =>
      cp >= 0x1f1e6 && cp <= 0x1f1ff ? String.fromCharCode(cp - 0x1f1e6 + 65) : String.fromCodePoint(cp),
    )
    .join("");
  return /^[A-Za-z]{2}$/.test(letters) ? normalizeCountry(letters) : null;
}

/** `"USA"`, `"England"`, `"United Kingdom"`, `"Côte d'Ivoire"` -> ISO alpha-2, or null. */
export function isoFromName(name: string | null | undefined): string | null {
  if (!name) return null;
  return names().get(key(name)) ?? null;
}
