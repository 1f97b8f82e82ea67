/**
 * Canonical service slugs and ISO 3166-1 alpha-2 countries, kept as data. Adapters translate with an
 * `IdMap` built from their own table; a value an adapter does not know passes through untouched as the
 * provider's own id (the README: `"wa"`, `"4"`).
 */

/** Canonical slug -> display name. Extend with `registerService`. */
const SERVICES = new Map<string, string>([
  ["whatsapp", "WhatsApp"],
  ["telegram", "Telegram"],
  ["google", "Google"],
  ["facebook", "Facebook"],
  ["twitter", "Twitter / X"],
  ["instagram", "Instagram"],
  ["tiktok", "TikTok"],
  ["discord", "Discord"],
  ["amazon", "Amazon"],
  ["paypal", "PayPal"],
  ["apple", "Apple"],
  ["uber", "Uber"],
  ["netflix", "Netflix"],
  ["snapchat", "Snapchat"],
  ["microsoft", "Microsoft"],
  ["yahoo", "Yahoo"],
  ["linkedin", "LinkedIn"],
  ["viber", "Viber"],
  ["lazada", "Lazada"],
  ["shopee", "Shopee"],
  ["steam", "Steam"],
  ["fiverr", "Fiverr"],
  ["binance", "Binance"],
  ["okx", "OKX"],
  ["olx", "OLX"],
  ["kucoin", "KuCoin"],
  ["bybit", "Bybit"],
  ["vk", "VK"],
  ["tinder", "Tinder"],
  ["signal", "Signal"],
  ["wechat", "WeChat"],
  ["line", "LINE"],
  ["openai", "OpenAI"],
]);

/** Spellings users and providers use for a canonical slug. */
const SERVICE_ALIASES = new Map<string, string>([
  ["x", "twitter"],
  ["twitter / x", "twitter"],
  ["twitter-x", "twitter"],
  ["gmail", "google"],
  ["youtube", "google"],
  ["meta", "facebook"],
  ["chatgpt", "openai"],
]);

/**
 * Adds a canonical service slug, its display name and other spellings of it, for services the built-in
 * table lacks. Process-wide.
 */
export function registerService(slug: string, name: string, aliases: readonly string[] = []): void {
  SERVICES.set(slug, name);
  for (const alias of aliases) SERVICE_ALIASES.set(alias.toLowerCase(), slug);
}

/** The canonical slug for `input`, or `input` trimmed (a provider's own id) when it is not one we know. */
export function canonicalService(input: string): string {
  const key = input.trim().toLowerCase();
  if (SERVICES.has(key)) return key;
  return SERVICE_ALIASES.get(key) ?? input.trim();
}

export function isKnownService(slug: string): boolean {
  return SERVICES.has(slug);
}

/** The display name of a canonical slug (`whatsapp` -> `WhatsApp`), or the slug itself. */
export function serviceName(slug: string): string {
  return SERVICES.get(slug) ?? slug;
}

/** Every canonical service slug the SDK knows, registered ones included. */
export function knownServices(): string[] {
  return [...SERVICES.keys()];
}

// ISO 3166-1 alpha-2 (249 codes) plus XK (Kosovo), which providers use.
const COUNTRY_CODES = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV " +
    "BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES " +
    "ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE " +
    "IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY " +
    "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU " +
    "NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM " +
    "SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE " +
    "VG VI VN VU WF WS YE YT ZA ZM ZW XK"
  ).split(" "),
);

/** Country spellings that are not ISO alpha-2 but mean one (the README: `UK` is accepted as `GB`). */
const COUNTRY_ALIASES = new Map<string, string>([
  ["UK", "GB"],
  ["USA", "US"],
  ["EN", "GB"],
]);

/** ISO alpha-2 for `input` (case-insensitive, aliases applied), or null when it is not a country. */
export function normalizeCountry(input: string): string | null {
  const key = input.trim().toUpperCase();
  const code = COUNTRY_ALIASES.get(key) ?? key;
  return COUNTRY_CODES.has(code) ? code : null;
}

export function isCountryCode(code: string): boolean {
  return COUNTRY_CODES.has(code);
}

export function countryCount(): number {
  return COUNTRY_CODES.size;
}

/**
 * A two-way table between our values and a provider's ids. Unknown values pass through both ways:
 * a user may always give the provider's raw id, and a provider id we do not know is still shown.
 */
export interface IdMap {
  toProvider(value: string): string;
  fromProvider(id: string | number): string;
  /** True when `value` is in the table. */
  has(value: string): boolean;
  entries(): ReadonlyArray<readonly [ours: string, theirs: string]>;
}

export function createIdMap(table: Readonly<Record<string, string | number>>): IdMap {
  const forward = new Map<string, string>();
  const backward = new Map<string, string>();
  for (const [ours, theirs] of Object.entries(table)) {
    forward.set(ours, String(theirs));
    if (!backward.has(String(theirs).toLowerCase())) backward.set(String(theirs).toLowerCase(), ours);
  }
  return {
    toProvider: (value) => forward.get(value) ?? value,
    fromProvider: (id) => backward.get(String(id).toLowerCase()) ?? String(id),
    has: (value) => forward.has(value),
    entries: () => [...forward.entries()],
  };
}
