/**
 * Secret removal for everything that leaves the SDK as text (messages, excerpts, log events).
 * Each transport makes a redactor for its own key; query parameters that usually carry keys are masked
 * even when the key is not known (a user's `baseUrl` with a token in it, say).
 */
export const REDACTED = "[REDACTED]";

const SECRET_PARAMS = /([?&](?:key|api_key|apikey|token|access_token|secret)=)[^&#\s"']*/gi;
const BEARER = /(Bearer\s+)[A-Za-z0-9._~+/=-]+/g;

export type Redactor = (text: string) => string;

export function createRedactor(secrets: ReadonlyArray<string | undefined>): Redactor {
  // Longest first so a key that contains another is replaced whole.
  const values = [...new Set(secrets.filter((s): s is string => !!s && s.length >= 4))].sort(
    (a, b) => b.length - a.length,
  );
  // A key is echoed as sent: raw, percent-encoded, or form-encoded as URL query values are ("+", "%7E").
  const encoded = values.flatMap((v) => [
    ...new Set([v, encodeURIComponent(v), new URLSearchParams({ v }).toString().slice(2)]),
  ]);
  return (text) => {
    let out = text;
    for (const secret of encoded) out = out.split(secret).join(REDACTED);
    return out.replace(SECRET_PARAMS, `$1${REDACTED}`).replace(BEARER, `$1${REDACTED}`);
  };
}

/** A short one-line excerpt for `ResponseFormatError`, redacted. */
export function excerpt(text: string, redact: Redactor, max = 160): string {
  const flat = redact(text).replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
