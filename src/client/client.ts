/**
 * `createClient`: the public face. It validates every input with zod before any request, checks the
 * provider's declared capabilities (`UnsupportedError` before any request), enforces `maxPrice`, and
 * leaves wire work to the adapter and retries to the transport.
 */
import { z } from "zod";
import { OutOfStockError, UnsupportedError, ValidationError } from "../core/errors.js";
import {
  type CancelResult,
  type Message,
  type Money,
  type Order,
  PROVIDER_NAMES,
  type ProviderName,
  type Rental,
  type RentalCancelResult,
  type ServiceOffer,
} from "../core/model.js";
import { formatMoney } from "../core/money.js";
import { type Channel, OPERATION_CAPABILITY, type Operation, type Provider } from "../core/provider.js";
import { validate } from "../core/validation.js";
import {
  type BuyInput,
  buyInputSchema,
  orderSchema,
  type RenewInput,
  type RentInput,
  renewInputSchema,
  rentalSchema,
  rentInputSchema,
  type ServicesInput,
  servicesInputSchema,
  waitOptionsSchema,
} from "./inputs.js";
import { type CodeResult, type WaitOptions, waitForCode } from "./wait-for-code.js";

export interface ClientOptions {
  provider: Provider;
}

export interface SmsClient {
  readonly provider: Provider;
  buy(input: BuyInput): Promise<Order>;
  poll(order: Order): Promise<Order>;
  waitForCode(order: Order, options?: WaitOptions): Promise<CodeResult>;
  done(order: Order): Promise<Order>;
  cancel(order: Order): Promise<CancelResult>;
  rent(input: RentInput): Promise<Rental>;
  /** A fresh look at a rental: status, expiry, messages. */
  getRental(rental: Rental): Promise<Rental>;
  renew(rental: Rental, input?: RenewInput): Promise<Rental>;
  cancelRental(rental: Rental): Promise<RentalCancelResult>;
  inbox(rental: Rental): Promise<Message[]>;
  /** The wallet balance; naming a provider other than the client's is a `ValidationError`. */
  balance(provider?: ProviderName): Promise<Money>;
  services(input?: ServicesInput): Promise<ServiceOffer[]>;
}

const providerNameSchema = z.enum(PROVIDER_NAMES).optional();

/** The adapter's method for `op`, or `UnsupportedError` when the provider does not declare it. */
function operation<K extends Operation>(provider: Provider, op: K): NonNullable<Provider[K]> {
  const method = provider[op];
  if (!provider.capabilities[OPERATION_CAPABILITY[op]] || typeof method !== "function") {
    throw new UnsupportedError(`${provider.name} does not support ${op}`, { provider: provider.name });
  }
  return method.bind(provider) as NonNullable<Provider[K]>;
}

export function createClient(options: ClientOptions): SmsClient {
  const provider = options?.provider;
  if (!provider || typeof provider !== "object" || !("capabilities" in provider)) {
    throw new ValidationError("createClient: provider is required (e.g. sandbox() or numpool({ apiKey }))", {
      field: "provider",
    });
  }
  const name = provider.name;
  const caps = provider.capabilities;

  function own<T extends Order | Rental>(schema: z.ZodType<T>, value: unknown, what: "order" | "rental"): T {
    // Nested under the argument's name, so a bad field reads `order.status`, as `order.provider` does.
    const wrapped = z.object({ [what]: schema }) as unknown as z.ZodType<Record<string, T>>;
    const checked = validate(wrapped, { [what]: value }, what, name)[what]!;
    if (checked.provider !== name) {
      throw new ValidationError(`${what} belongs to ${checked.provider}, not ${name}`, {
        provider: name,
        field: `${what}.provider`,
        allowed: [name],
      });
    }
    return checked;
  }
  const ownOrder = (order: unknown) => own(orderSchema as z.ZodType<Order>, order, "order");
  const ownRental = (rental: unknown) => own(rentalSchema as z.ZodType<Rental>, rental, "rental");

  /** A call that names a provider must name this client's one. */
  function checkProvider(requested: ProviderName | undefined): void {
    if (requested && requested !== name) {
      throw new ValidationError(`this client has no ${requested} provider`, {
        provider: name,
        field: "provider",
        allowed: [name],
      });
    }
  }

  /**
   * A key only makes a retried purchase safe where the provider de-duplicates by it; elsewhere it would
   * be silently dropped and the retry charged again, so it is refused.
   */
  function checkIdempotencyKey(key: string | undefined): void {
    if (key !== undefined && !caps.idempotency) {
      throw new UnsupportedError(
        `${name} does not de-duplicate purchases, so an idempotencyKey cannot make a retry safe; leave it out`,
        { provider: name },
      );
    }
  }

  function checkCountry(country: string | undefined): void {
    if (country && caps.countries && !caps.countries.includes(country)) {
      throw new ValidationError(`${name} does not sell numbers in ${country}`, {
        provider: name,
        field: "country",
        allowed: caps.countries,
      });
    }
  }

  async function enforceMaxPrice(
    service: string,
    country: string | null,
    channel: Channel,
    maxPrice: Money,
  ): Promise<void> {
    const offers = await operation(provider, "services")({ country, service, channel });
    const priced = offers
      .filter((o) => (o.service === service || o.providerServiceId === service) && o.price)
      .filter((o) => !country || !o.country || o.country === country);
    const prices = priced.map((o) => o.price!);
    if (prices.length === 0) {
      throw new UnsupportedError(`${name} quotes no price for ${service}, so maxPrice cannot be enforced`, {
        provider: name,
      });
    }
    // Priced per country but no country named: the provider picks one and the client cannot know
    // which, so the limit must hold for every country it might pick, not just the cheapest.
    const anyCountry = !country && priced.some((o) => o.country);
    const quote = prices.reduce((a, b) => ((anyCountry ? b.amount > a.amount : b.amount < a.amount) ? b : a));
    if (quote.currency !== maxPrice.currency) {
      throw new ValidationError(`maxPrice must be in ${quote.currency} for ${name}`, {
        provider: name,
        field: "maxPrice.currency",
        allowed: [quote.currency],
      });
    }
    if (quote.amount > maxPrice.amount) {
      const hint = anyCountry
        ? `up to ${formatMoney(quote)} by country; name a country`
        : `cheapest ${formatMoney(quote)}`;
      const message = `${name}: no ${service} number at or below ${formatMoney(maxPrice)} (${hint})`;
      throw new OutOfStockError(message, { provider: name });
    }
  }

  const client: SmsClient = {
    provider,

    async buy(input) {
      const req = validate(buyInputSchema, input, "buy", name);
      const buy = operation(provider, "buy");
      checkCountry(req.country);
      if (req.channel === "voice" && !caps.voice) {
        throw new UnsupportedError(`${name} has no voice channel`, { provider: name });
      }
      if (req.areaCode && !caps.areaCode) {
        throw new UnsupportedError(`${name} does not take an area code`, { provider: name });
      }
      checkProvider(req.provider);
      checkIdempotencyKey(req.idempotencyKey);
      if (req.maxPrice) {
        await enforceMaxPrice(req.service, req.country ?? null, req.channel ?? "sms", req.maxPrice);
      }
      return buy({
        service: req.service,
        country: req.country ?? null,
        channel: req.channel ?? "sms",
        areaCode: req.areaCode ?? null,
        idempotencyKey: req.idempotencyKey ?? null,
      });
    },

    async poll(order) {
      return operation(provider, "poll")(ownOrder(order));
    },

    async waitForCode(order, options) {
      const checked = ownOrder(order);
      const opts = validate(waitOptionsSchema, options, "waitForCode options", name) ?? {};
      const poll = operation(provider, "poll");
      const cancel = caps.activations && provider.cancel ? provider.cancel.bind(provider) : undefined;
      return waitForCode(checked, opts as WaitOptions, {
        poll: (o, signal) => poll(o, signal ? { signal } : {}),
        ...(cancel ? { cancel: (o: Order) => cancel(o) } : {}),
        pollIntervalMs: caps.pollIntervalMs,
      });
    },

    async done(order) {
      return operation(provider, "done")(ownOrder(order));
    },

    async cancel(order) {
      return operation(provider, "cancel")(ownOrder(order));
    },

    async rent(input) {
      const req = validate(rentInputSchema, input, "rent", name);
      const rent = operation(provider, "rent");
      checkProvider(req.provider);
      checkIdempotencyKey(req.idempotencyKey);
      checkCountry(req.country);
      if (!caps.rentalDays.includes(req.days)) {
        throw new ValidationError(`${name} rents for ${caps.rentalDays.join(", ")} days, not ${req.days}`, {
          provider: name,
          field: "days",
          allowed: caps.rentalDays,
        });
      }
      return rent({
        country: req.country ?? null,
        service: req.service ?? null,
        days: req.days,
        autoRenew: req.autoRenew ?? null,
        numberType: req.numberType ?? null,
        idempotencyKey: req.idempotencyKey ?? null,
      });
    },

    async getRental(rental) {
      return operation(provider, "getRental")(ownRental(rental));
    },

    async renew(rental, input) {
      const checked = ownRental(rental);
      const req = validate(renewInputSchema, input, "renew", name) ?? {};
      const renew = operation(provider, "renew");
      checkIdempotencyKey(req.idempotencyKey);
      if (req.days !== undefined && !caps.rentalDays.includes(req.days)) {
        throw new ValidationError(`${name} renews for ${caps.rentalDays.join(", ")} days, not ${req.days}`, {
          provider: name,
          field: "days",
          allowed: caps.rentalDays,
        });
      }
      return renew(checked, { days: req.days ?? null, idempotencyKey: req.idempotencyKey ?? null });
    },

    async cancelRental(rental) {
      return operation(provider, "cancelRental")(ownRental(rental));
    },

    async inbox(rental) {
      return operation(provider, "inbox")(ownRental(rental));
    },

    async balance(which) {
      checkProvider(validate(providerNameSchema, which, "provider", name));
      return operation(provider, "balance")();
    },

    async services(input) {
      const req = validate(servicesInputSchema, input, "services", name) ?? {};
      const services = operation(provider, "services");
      checkProvider(req.provider);
      checkCountry(req.country);
      if (req.channel === "voice" && !caps.voice) {
        throw new UnsupportedError(`${name} has no voice channel`, { provider: name });
      }
      return services({ country: req.country ?? null, ...(req.channel ? { channel: req.channel } : {}) });
    },
  };
  return client;
}
