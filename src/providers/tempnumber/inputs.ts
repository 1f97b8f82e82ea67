/**
 * Checks on what callers hand the adapter directly (the client checks its own inputs; extra methods and
 * direct provider calls come here): bad input is a `ValidationError` before any request.
 */
import { normalizeCountry } from "../../core/catalog.js";
import { ValidationError } from "../../core/errors.js";
import type { NumberType } from "../../core/provider.js";
import { type DurationKey, durationForDays, RENTAL_DAYS } from "./ids.js";

const PROVIDER = "tempnumber" as const;

export function requireCountry(country: string | null | undefined, field = "country"): string {
  if (country === null || country === undefined || country.trim() === "") {
    throw new ValidationError(`${PROVIDER} sells numbers per country: give a country (e.g. US)`, {
      provider: PROVIDER,
      field,
    });
  }
  const code = normalizeCountry(country);
  if (!code) {
    throw new ValidationError(`${PROVIDER}: "${country}" is not an ISO 3166 alpha-2 country (e.g. US, GB)`, {
      provider: PROVIDER,
      field,
    });
  }
  return code;
}

export function requireDuration(days: number, field = "days"): DurationKey {
  const duration = durationForDays(days);
  if (!duration) {
    throw new ValidationError(`${PROVIDER} rents for ${RENTAL_DAYS.join(", ")} days, not ${days}`, {
      provider: PROVIDER,
      field,
      allowed: RENTAL_DAYS,
    });
  }
  return duration;
}

const NUMBER_TYPES: readonly NumberType[] = ["voip", "non_voip"];

export function checkNumberType(value: string | null | undefined): NumberType | undefined {
  if (value === null || value === undefined) return undefined;
  if (!(NUMBER_TYPES as readonly string[]).includes(value)) {
    throw new ValidationError(`${PROVIDER}: numberType must be voip or non_voip, not "${value}"`, {
      provider: PROVIDER,
      field: "numberType",
      allowed: NUMBER_TYPES,
    });
  }
  return value as NumberType;
}

export function checkOneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ValidationError(`${PROVIDER}: ${field} must be one of ${allowed.join(", ")}, not "${value}"`, {
      provider: PROVIDER,
      field,
      allowed,
    });
  }
  return value as T;
}

/** The key every POST carries: the caller's own, else a fresh UUID, identical on every retry. */
export function idempotencyKey(given: string | null | undefined): string {
  return given ?? globalThis.crypto.randomUUID();
}
