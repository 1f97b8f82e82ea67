/** Test-side helpers: settling every record against the clock, and injecting an SMS. */
import * as z from "zod/mini";
import { NotFoundError } from "../../core/errors.js";
import { lazy } from "../../core/lazy.js";
import { isFinalOrderStatus, type Message, type Order, type Rental } from "../../core/model.js";
import { validate } from "../../core/validation.js";
import { addActivationMessage, settleActivation } from "./activations.js";
import { addRentalMessage, settleRental } from "./rentals.js";
import type { SandboxState } from "./state.js";

/** Brings every activation and rental up to the clock (deliveries, expiries, refunds, renewals). */
export function settleAll(state: SandboxState): void {
  for (const record of state.activations.values()) settleActivation(state, record);
  for (const record of state.rentals.values()) settleRental(state, record);
}

const deliverSchema = /* @__PURE__ */ lazy(() =>
  z.object({
    target: z.union([
      z.string().check(z.trim(), z.minLength(1)),
      z.looseObject({ id: z.string().check(z.minLength(1)) }),
    ]),
    text: z.string().check(z.minLength(1, "text must not be empty")),
    from: z.optional(z.string().check(z.minLength(1))),
  }),
);

const newest = <T extends { createdAt: number }>(items: T[]): T | undefined =>
  items.sort((a, b) => b.createdAt - a.createdAt)[0];

/**
 * An SMS received now by the activation or rental `target` names: its id, the object, or a number
 * (then the newest open activation on it, else the active rental holding it).
 */
export function deliver(
  state: SandboxState,
  target: string | Order | Rental,
  text: string,
  from: string | undefined,
): Message {
  const input = validate(deliverSchema(), { target, text, from }, "deliver", "sandbox");
  const key = typeof input.target === "string" ? input.target : input.target.id;
  settleAll(state);
  // An injected SMS is the newest on its order even when the automatic one landed in the same
  // millisecond: the test that injects it means it to be the one read.
  const after = (messages: Message[]) =>
    Math.max(state.now(), ...messages.map((m) => Date.parse(m.receivedAt ?? "") + 1).filter(Number.isFinite));
  const senderOf = (service: string | null) =>
    input.from ?? (service ? (state.services.get(service)?.sender ?? null) : null);

  const activation =
    state.activations.get(key) ??
    newest([...state.activations.values()].filter((a) => a.number === key && !isFinalOrderStatus(a.status)));
  if (activation) {
    return addActivationMessage(
      activation,
      input.text,
      senderOf(activation.service),
      after(activation.messages),
    );
  }

  const rental =
    state.rentals.get(key) ??
    newest([...state.rentals.values()].filter((r) => r.number === key && r.status === "active"));
  if (rental) return addRentalMessage(rental, input.text, senderOf(rental.service), after(rental.messages));

  throw new NotFoundError(`sandbox: no order, rental or open number "${key}" to deliver to`, {
    provider: "sandbox",
  });
}
