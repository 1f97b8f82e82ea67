/**
 * Turns what fetch/ky throw into `NetworkError`, telling apart failures where the request certainly never
 * left (refused, DNS) from those where it may have reached the provider (reset, timeout): only the
 * second kind can have charged a paid call. The original error is not kept as `cause`: ky's carries the
 * request URL, which holds the key for query-key providers.
 */
import { NetworkError } from "../errors.js";
import type { ProviderName } from "../model.js";

const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH"]);

function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function toNetworkError(error: unknown, provider: ProviderName, what: string): NetworkError {
  const name = error instanceof Error ? error.name : "";
  if (name === "TimeoutError") {
    return new NetworkError(`${provider}: no reply to ${what} before the attempt timeout`, {
      provider,
      timedOut: true,
    });
  }
  const code = causeCode(error);
  const neverSent = code !== undefined && NEVER_SENT.has(code);
  return new NetworkError(`${provider}: network failure on ${what}${code ? ` (${code})` : ""}`, {
    provider,
    requestMayHaveBeenSent: !neverSent,
  });
}
