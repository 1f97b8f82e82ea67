/**
 * Provider timestamps to ISO-8601 UTC. A timestamp without an offset is UTC (providers README), which
 * `Date.parse` would otherwise read as local time. Fractions beyond milliseconds are dropped.
 */
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function toIsoUtc(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === "") return null;
  let text = value.trim().replace(" ", "T");
  if (DATE_ONLY.test(text)) text += "T00:00:00Z";
  else if (!HAS_ZONE.test(text)) text += "Z";
  text = text.replace(/(\.\d{3})\d+/, "$1");
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}
