/**
 * Whether a provider can take a request, decided from what it declares alone (its capabilities), before
 * any request. The one owner of these checks: a client over one provider throws what they return, and
 * the router leaves out, with that reason, each provider that cannot serve a call.
 */
import { type SmsError, UnsupportedError, ValidationError } from "../core/errors.js";
import { type Channel, OPERATION_CAPABILITY, type Operation, type Provider } from "../core/provider.js";

/** What a call asks of a provider, as far as its capabilities can answer; every field is optional. */
export interface GuardedRequest {
  country?: string | null | undefined;
  channel?: Channel | null | undefined;
  areaCode?: string | null | undefined;
  /** Rental days asked for (`rent`, `renew`). */
  days?: number | null | undefined;
  idempotencyKey?: string | null | undefined;
}

/**
 * Why `provider` cannot take `op` with `request`, or null when it can. Checked in this order: the
 * operation, the country, the channel, the area code, the rental days, the idempotency key.
 */
export function refusal(provider: Provider, op: Operation, request: GuardedRequest = {}): SmsError | null {
  const name = provider.name;
  const caps = provider.capabilities;
  if (!caps[OPERATION_CAPABILITY[op]] || typeof provider[op] !== "function") {
    return new UnsupportedError(`${name} does not support ${op}`, { provider: name });
  }
  const { country, channel, areaCode, days, idempotencyKey } = request;
  if (country && caps.countries && !caps.countries.includes(country)) {
    return new ValidationError(`${name} does not sell numbers in ${country}`, {
      provider: name,
      field: "country",
      allowed: caps.countries,
    });
  }
  if (channel === "voice" && !caps.voice) {
    return new UnsupportedError(`${name} has no voice channel`, { provider: name });
  }
  if (areaCode && !caps.areaCode) {
    return new UnsupportedError(`${name} does not take an area code`, { provider: name });
  }
  if (days !== undefined && days !== null && !caps.rentalDays.includes(days)) {
    const verb = op === "renew" ? "renews" : "rents";
    return new ValidationError(`${name} ${verb} for ${caps.rentalDays.join(", ")} days, not ${days}`, {
      provider: name,
      field: "days",
      allowed: caps.rentalDays,
    });
  }
  // A key only makes a retried purchase safe where the provider de-duplicates by it; elsewhere it would
  // be silently dropped and the retry charged again, so it is refused.
  if (idempotencyKey && !caps.idempotency) {
    return new UnsupportedError(
      `${name} does not de-duplicate purchases, so an idempotencyKey cannot make a retry safe; leave it out`,
      { provider: name },
    );
  }
  return null;
}

/** The adapter's method for `op`, bound; `UnsupportedError` (or the request's own refusal) when it cannot. */
export function guarded<K extends Operation>(
  provider: Provider,
  op: K,
  request?: GuardedRequest,
): NonNullable<Provider[K]> {
  const refused = refusal(provider, op, request);
  if (refused) throw refused;
  return (provider[op] as (...args: unknown[]) => unknown).bind(provider) as NonNullable<Provider[K]>;
}
