/** The last `{ signal?, timeoutMs? }` every client method takes. */
import { SmsError, TimeoutError } from "../core/errors.js";
import type { ProviderName } from "../core/model.js";
import type { CallOptions } from "../core/provider.js";
import { validate } from "../core/validation.js";
import { type RequestOptions, requestOptionsSchema } from "./inputs.js";

/**
 * Runs one call with the caller's options: a timeout aborts the call's requests and is reported as
 * `TimeoutError` (a paid call cut off after it was sent is reconciled by the adapter first); an abort
 * through `signal` rejects with its reason, as `fetch` does.
 */
export async function withCallOptions<T>(
  provider: ProviderName | null,
  what: string,
  options: RequestOptions | undefined,
  call: (opts: CallOptions | undefined) => Promise<T>,
): Promise<T> {
  const opts = validate(requestOptionsSchema, options, `${what} options`, provider) ?? {};
  if (opts.timeoutMs === undefined) return call(opts.signal ? { signal: opts.signal } : undefined);
  // A timer of our own (not AbortSignal.timeout), so that it is cleared as soon as the call ends.
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timer.signal]) : timer.signal;
  try {
    return await call({ signal });
  } catch (error) {
    if (timer.signal.aborted && !opts.signal?.aborted && !(error instanceof SmsError)) {
      throw new TimeoutError(`${provider ?? "unisms"}: ${what} did not finish within ${opts.timeoutMs} ms`, {
        provider,
      });
    }
    throw error;
  } finally {
    clearTimeout(timeout);
  }
}
