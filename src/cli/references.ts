/**
 * An order or rental named by the id an earlier invocation printed: the adapters address it by id alone,
 * so the rest of the record is left empty (a fresh poll fills it in).
 */
import type { Order, ProviderName, Rental } from "../core/model.js";

export function orderById(provider: ProviderName, id: string): Order {
  return {
    id,
    provider,
    number: "",
    service: null,
    country: null,
    status: "waiting",
    code: null,
    messages: [],
    price: null,
    createdAt: null,
    expiresAt: null,
  };
}

export function rentalById(provider: ProviderName, id: string): Rental {
  return {
    id,
    provider,
    number: "",
    country: null,
    service: null,
    status: "active",
    autoRenew: null,
    price: null,
    expiresAt: null,
    messages: [],
  };
}
