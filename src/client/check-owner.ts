/** Which provider a call, an order or a rental may name: one the client holds. */
import { ValidationError } from "../core/errors.js";
import type { ProviderName } from "../core/model.js";

/** Whose orders and rentals a client takes: its own provider's, or (routed) any of its providers'. */
export function checkOwner(
  owners: readonly ProviderName[],
  owner: ProviderName,
  field: string,
  provider: ProviderName | null,
): void {
  if (owners.includes(owner)) return;
  const what = field.split(".")[0];
  const message =
    field === "provider"
      ? `this client has no ${String(owner).slice(0, 40)} provider (it has ${owners.join(", ")})`
      : `${what} belongs to ${String(owner).slice(0, 40)}, not ${owners.join(" or ")}`;
  throw new ValidationError(message, { provider, field, allowed: [...owners] });
}
