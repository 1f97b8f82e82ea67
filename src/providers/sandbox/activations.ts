/**
 * Activations: one number, one code. Everything time-driven happens lazily when the order is looked at
 * (no timers): the SMS "arrives" on the first look at or after its delivery time, and an order still
 * without a code at its expiry is expired and refunded, dated at the expiry.
 */
import { NotFoundError, OrderStateError, OutOfStockError, ValidationError } from "../../core/errors.js";
import { latestCode, toMessage } from "../../core/messages.js";
import {
  isFinalOrderStatus,
  type Message,
  type Order,
  orderState,
  sortNewestFirst,
} from "../../core/model.js";
import type { BuyRequest } from "../../core/provider.js";
import { voiceText } from "./catalog.js";
import { DEFAULT_COUNTRY, drawNumber, hasAreaCodes, SANDBOX_COUNTRIES } from "./numbers.js";
import { refusePurchase } from "./scenario.js";
import {
  type ActivationRecord,
  iso,
  numberInUse,
  priorPurchase,
  rememberPurchase,
  type SandboxState,
  serviceSpec,
} from "./state.js";

export function buyActivation(state: SandboxState, request: BuyRequest): Order {
  const country = request.country ?? DEFAULT_COUNTRY;
  const fingerprint = JSON.stringify(["buy", request.service, country, request.channel, request.areaCode]);
  const prior = priorPurchase(state, request.idempotencyKey, fingerprint);
  if (prior) return pollActivation(state, prior);

  const spec = serviceSpec(state, request.service);
  if (!SANDBOX_COUNTRIES.includes(country)) {
    throw new ValidationError(`sandbox sells no numbers in ${country}`, {
      provider: "sandbox",
      field: "country",
      allowed: SANDBOX_COUNTRIES,
    });
  }
  const what = `a ${request.service} number`;
  refusePurchase(state, what, "buy");
  const outOfStock = (why: string) =>
    new OutOfStockError(`sandbox: no numbers available ${why}`, { provider: "sandbox", status: 409 });
  if ((state.stock.get(request.service) ?? 0) <= 0) throw outOfStock(`for ${request.service}`);
  if (request.areaCode && !hasAreaCodes(country, request.areaCode)) {
    throw outOfStock(`in ${country} with area code ${request.areaCode}`);
  }
  state.wallet.assertCanPay(spec.price, what);
  const number = drawNumber(state.random, country, request.areaCode, (n) => numberInUse(state, n));
  if (!number) throw outOfStock(`in ${country} right now`);

  const now = state.now();
  const id = state.random.id("act");
  const [minDelay, maxDelay] = state.options.smsDelayMs;
  const deliverAt = now + state.random.int(minDelay, maxDelay);
  // Drawn even when a code is forced, so forcing one does not shift what later purchases draw.
  const drawnCode = state.random.digits(spec.digits);
  const record: ActivationRecord = {
    id,
    number,
    service: request.service,
    country,
    channel: request.channel,
    price: spec.price,
    createdAt: now,
    expiresAt: now + state.options.activationTtlMs,
    deliverAt,
    code: state.code ?? drawnCode,
    codeForced: state.code !== null,
    status: "waiting",
    messages: [],
    settled: false,
  };
  state.wallet.charge(spec.price, id, now, what);
  state.stock.set(request.service, (state.stock.get(request.service) ?? 1) - 1);
  state.activations.set(id, record);
  rememberPurchase(state, request.idempotencyKey, fingerprint, id);
  return orderView(state, record);
}

export function findActivation(state: SandboxState, id: string): ActivationRecord {
  const record = state.activations.get(id);
  if (!record) throw new NotFoundError(`sandbox: no order ${id}`, { provider: "sandbox", status: 404 });
  settleActivation(state, record);
  return record;
}

export function pollActivation(state: SandboxState, id: string): Order {
  return orderView(state, findActivation(state, id));
}

export function doneActivation(state: SandboxState, id: string): Order {
  const record = findActivation(state, id);
  if (record.status !== "received") {
    const why =
      record.status === "waiting" ? "has no code yet (cancel it for a refund)" : `is ${record.status}`;
    throw new OrderStateError(`sandbox: order ${id} ${why}`, { provider: "sandbox", status: 409 });
  }
  record.status = "done";
  return orderView(state, record);
}

export function cancelActivation(state: SandboxState, id: string) {
  const record = findActivation(state, id);
  if (record.status !== "waiting") {
    const why = record.status === "received" ? "has its code already" : `is ${record.status}`;
    throw new OrderStateError(`sandbox: order ${id} cannot be cancelled: it ${why}`, {
      provider: "sandbox",
      status: 409,
    });
  }
  record.status = "cancelled";
  const refunded = release(state, record, state.now());
  return { order: orderView(state, record), refunded };
}

/** Adds a message (from `deliver()` or the automatic SMS) to an open activation. */
export function addActivationMessage(
  record: ActivationRecord,
  text: string,
  from: string | null,
  at: number,
  code?: string,
): Message {
  if (isFinalOrderStatus(record.status)) {
    throw new OrderStateError(`sandbox: order ${record.id} is ${record.status} and receives no more SMS`, {
      provider: "sandbox",
    });
  }
  const message = toMessage(
    { id: `${record.id}-${record.messages.length + 1}`, from, text, receivedAt: iso(at), code },
    record.service,
  );
  record.messages.push(message);
  if (message.code) record.status = "received";
  return message;
}

export function settleActivation(state: SandboxState, record: ActivationRecord): void {
  if (isFinalOrderStatus(record.status)) return;
  const now = state.now();
  if (!record.settled && now >= record.deliverAt && record.deliverAt < record.expiresAt) {
    record.settled = true;
    // An SMS due while the scenario is "never_delivers" is lost for good, as on a dead route; with
    // manual delivery only the test's own messages arrive.
    if (state.scenario !== "never_delivers" && state.options.delivery === "auto") {
      const spec = serviceSpec(state, record.service);
      const text =
        record.channel === "voice" ? voiceText(record.service, record.code) : spec.text(record.code);
      // A forced code is the message's code as given: a test asked for exactly that code, whatever
      // the service's wording does to it.
      const forced = record.codeForced ? record.code : undefined;
      addActivationMessage(record, text, spec.sender, record.deliverAt, forced);
    }
  }
  if (now >= record.expiresAt) {
    // A code that came in is paid for; the order just closes. Otherwise the money comes back.
    if (record.status === "received") record.status = "done";
    else {
      record.status = "expired";
      release(state, record, record.expiresAt);
    }
  }
}

/** Refunds an activation that got no code and puts its number back in stock. */
function release(state: SandboxState, record: ActivationRecord, at: number) {
  state.stock.set(record.service, (state.stock.get(record.service) ?? 0) + 1);
  return state.wallet.refund(record.price, record.id, at);
}

function orderView(state: SandboxState, record: ActivationRecord): Order {
  const messages = sortNewestFirst(record.messages.map((m) => ({ ...m })));
  return {
    id: record.id,
    provider: "sandbox",
    number: record.number,
    service: record.service,
    country: record.country,
    ...orderState(record.status, latestCode(messages)),
    messages,
    price: { amount: record.price, currency: state.wallet.currency },
    createdAt: iso(record.createdAt),
    expiresAt: iso(record.expiresAt),
  };
}
