/**
 * Input checks done before any request (the client checks too; these guard direct use of the adapter).
 */
import { canonicalService } from "../../core/catalog.js";
import { NotFoundError, ValidationError } from "../../core/errors.js";
import type { Order, Rental } from "../../core/model.js";
import {
  DEFAULT_COUNTRY,
  JUICYSMS_SERVICES,
  ORDER_COUNTRIES,
  packageFor,
  RENTAL_COUNTRIES,
  RENTAL_DAYS,
} from "./ids.js";

const NUMERIC = /^\d+$/;

/** The numeric service id: a known slug, or a raw numeric id passed through. */
export function serviceId(service: string): string {
  const slug = canonicalService(service);
  if (JUICYSMS_SERVICES.has(slug)) return JUICYSMS_SERVICES.toProvider(slug);
  if (NUMERIC.test(slug)) return slug;
  const known = JUICYSMS_SERVICES.entries().map(([slug]) => slug);
  throw new ValidationError(
    `juicysms does not know the service "${service}": use ${known.join(", ")} or a numeric JuicySMS service id (account page, "Show API ID's")`,
    { provider: "juicysms", field: "service", allowed: known },
  );
}

function country(table: Readonly<Record<string, string>>, iso: string | null, what: string) {
  const chosen = iso ?? DEFAULT_COUNTRY;
  const wire = table[chosen];
  if (!wire) {
    const allowed = Object.keys(table);
    throw new ValidationError(`juicysms sells ${what} in ${allowed.join(", ")} only, not ${chosen}`, {
      provider: "juicysms",
      field: "country",
      allowed,
    });
  }
  return { iso: chosen, wire };
}

export const orderCountry = (iso: string | null) => country(ORDER_COUNTRIES, iso, "verification numbers");
export const rentalCountry = (iso: string | null) => country(RENTAL_COUNTRIES, iso, "rentals");

export function rentalPackage(days: number): string {
  const found = packageFor(days);
  if (!found) {
    throw new ValidationError(`juicysms rents for ${RENTAL_DAYS.join(", ")} days, not ${days}`, {
      provider: "juicysms",
      field: "days",
      allowed: RENTAL_DAYS,
    });
  }
  return found;
}

/** JuicySMS ids are numeric: any other id cannot be an order or rental of this account. */
function numericId(
  value: { id?: unknown; provider?: unknown } | null | undefined,
  kind: "order" | "rental",
): string {
  if (value?.provider !== undefined && value.provider !== "juicysms") {
    throw new ValidationError(`this ${kind} belongs to ${String(value.provider)}, not juicysms`, {
      provider: "juicysms",
      field: `${kind}.provider`,
      allowed: ["juicysms"],
    });
  }
  const id = typeof value?.id === "string" ? value.id.trim() : "";
  if (!NUMERIC.test(id)) {
    throw new NotFoundError(
      `juicysms: no ${kind} ${JSON.stringify(value?.id ?? null)} (JuicySMS ids are numeric)`,
      { provider: "juicysms" },
    );
  }
  return id;
}

export const orderRef = (order: Order) => numericId(order, "order");
export const rentalRef = (rental: Rental) => numericId(rental, "rental");
