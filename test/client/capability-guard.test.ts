/**
 * The client alone keeps what a provider declares it cannot do away from the adapter, and hands the
 * adapter requests already normalised. Checked on a provider that records every call it gets.
 */
import { describe, expect, it } from "vitest";
import { OPERATION_CAPABILITY, type Operation } from "../../src/core/provider.js";
import { createClient, type SmsClient, UnsupportedError, ValidationError } from "../../src/index.js";
import { rejection } from "./helpers.js";
import { recordingProvider } from "./recording-provider.js";

type Fixture = ReturnType<typeof recordingProvider>;

const CALLS: Record<Operation, (c: SmsClient, f: Fixture) => Promise<unknown>> = {
  buy: (c) => c.buy({ service: "whatsapp" }),
  poll: (c, f) => c.poll(f.order),
  cancel: (c, f) => c.cancel(f.order),
  done: (c, f) => c.done(f.order),
  rent: (c) => c.rent({ days: 7 }),
  getRental: (c, f) => c.getRental(f.rental),
  inbox: (c, f) => c.inbox(f.rental),
  renew: (c, f) => c.renew(f.rental),
  cancelRental: (c, f) => c.cancelRental(f.rental),
  balance: (c) => c.balance(),
  services: (c) => c.services(),
};

describe("operations a provider does not declare", () => {
  for (const [op, capability] of Object.entries(OPERATION_CAPABILITY) as [Operation, string][]) {
    it(`${op} without ${capability}: UnsupportedError, the adapter never called`, async () => {
      const fixture = recordingProvider({ [capability]: false });
      const client = createClient({ provider: fixture.provider });
      const error = await rejection(CALLS[op](client, fixture));
      expect(error).toBeInstanceOf(UnsupportedError);
      expect((error as Error).message).toContain(op);
      expect(fixture.calls).toEqual([]);
    });
  }

  it("waitForCode without activations: UnsupportedError, the adapter never called", async () => {
    const fixture = recordingProvider({ activations: false });
    const error = await rejection(
      createClient({ provider: fixture.provider }).waitForCode(fixture.order, {
        timeoutMs: 50,
        intervalMs: 10,
      }),
    );
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(fixture.calls).toEqual([]);
  });

  it("each declared operation reaches the adapter", async () => {
    const fixture = recordingProvider();
    const client = createClient({ provider: fixture.provider });
    for (const call of Object.values(CALLS)) await call(client, fixture);
    expect(fixture.calls.map(([op]) => op)).toEqual(Object.keys(CALLS));
  });
});

describe("options a provider does not declare", () => {
  it("voice and area code: UnsupportedError", async () => {
    const fixture = recordingProvider({ voice: false, areaCode: false });
    const client = createClient({ provider: fixture.provider });
    await expect(client.buy({ service: "whatsapp", channel: "voice" })).rejects.toBeInstanceOf(
      UnsupportedError,
    );
    await expect(client.buy({ service: "whatsapp", areaCode: "212" })).rejects.toBeInstanceOf(
      UnsupportedError,
    );
    expect(fixture.calls).toEqual([]);
  });

  it("a country outside capabilities.countries: ValidationError listing them", async () => {
    const fixture = recordingProvider({ countries: ["US", "CA"] });
    const client = createClient({ provider: fixture.provider });
    for (const call of [
      () => client.buy({ service: "whatsapp", country: "UK" }),
      () => client.rent({ days: 7, country: "NL" }),
      () => client.services({ country: "DE" }),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "country", allowed: ["US", "CA"] });
    }
    expect(fixture.calls).toEqual([]);
    await client.buy({ service: "whatsapp", country: "ca" });
    expect(fixture.calls).toHaveLength(1);
  });

  it("an idempotencyKey without capabilities.idempotency: UnsupportedError for buy, rent and renew", async () => {
    const fixture = recordingProvider({ idempotency: false });
    const client = createClient({ provider: fixture.provider });
    for (const call of [
      () => client.buy({ service: "whatsapp", idempotencyKey: "k-1" }),
      () => client.rent({ days: 7, idempotencyKey: "k-2" }),
      () => client.renew(fixture.rental, { idempotencyKey: "k-3" }),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(UnsupportedError);
      expect((error as Error).message).toContain("idempotencyKey");
    }
    expect(fixture.calls).toEqual([]);
  });

  it("an idempotencyKey with capabilities.idempotency reaches the adapter", async () => {
    const fixture = recordingProvider({ idempotency: true });
    const client = createClient({ provider: fixture.provider });
    await client.buy({ service: "whatsapp", idempotencyKey: "k-1" });
    await client.rent({ days: 7, idempotencyKey: "k-2" });
    await client.renew(fixture.rental, { idempotencyKey: "k-3" });
    expect(fixture.calls).toEqual([
      ["buy", expect.objectContaining({ idempotencyKey: "k-1" })],
      ["rent", expect.objectContaining({ idempotencyKey: "k-2" })],
      ["renew", fixture.rental, { days: null, idempotencyKey: "k-3" }],
    ]);
  });

  it("a period outside capabilities.rentalDays: ValidationError listing them", async () => {
    const fixture = recordingProvider({ rentalDays: [7, 30] });
    const client = createClient({ provider: fixture.provider });
    for (const call of [() => client.rent({ days: 14 }), () => client.renew(fixture.rental, { days: 1 })]) {
      const error = await rejection(call());
      expect(error).toMatchObject({ code: "invalid_request", field: "days", allowed: [7, 30] });
    }
    expect(fixture.calls).toEqual([]);
  });
});

describe("what the adapter is handed", () => {
  it("buy: canonical service, ISO country, defaults filled in", async () => {
    const fixture = recordingProvider({ idempotency: true });
    const client = createClient({ provider: fixture.provider });
    await client.buy({ service: " WhatsApp ", country: "uk" });
    await client.buy({ service: "wa", channel: "voice", areaCode: "415", idempotencyKey: "k-1" });
    expect(fixture.calls).toEqual([
      ["buy", { service: "whatsapp", country: "GB", channel: "sms", areaCode: null, idempotencyKey: null }],
      ["buy", { service: "wa", country: null, channel: "voice", areaCode: "415", idempotencyKey: "k-1" }],
    ]);
  });

  it("rent, renew and services: nulls for what was not given", async () => {
    const fixture = recordingProvider();
    const client = createClient({ provider: fixture.provider });
    await client.rent({
      days: 30,
      country: "UK",
      service: "Telegram",
      autoRenew: true,
      numberType: "non_voip",
    });
    await client.renew(fixture.rental);
    await client.services({ country: "uk" });
    expect(fixture.calls).toEqual([
      [
        "rent",
        {
          country: "GB",
          service: "telegram",
          days: 30,
          autoRenew: true,
          numberType: "non_voip",
          idempotencyKey: null,
        },
      ],
      ["renew", fixture.rental, { days: null, idempotencyKey: null }],
      ["services", { country: "GB" }],
    ]);
  });

  it("maxPrice: one services call naming the service and channel, then the purchase", async () => {
    const offer = {
      provider: "sandbox" as const,
      service: "whatsapp",
      name: "WhatsApp",
      country: "US",
      price: { amount: 50, currency: "USD" as const },
      stock: 3,
      providerServiceId: "wa",
    };
    const fixture = recordingProvider({}, [offer]);
    const client = createClient({ provider: fixture.provider });
    await client.buy({
      service: "whatsapp",
      country: "US",
      channel: "voice",
      maxPrice: { amount: 50, currency: "USD" },
    });
    expect(fixture.calls.map(([op, request]) => [op, request])).toEqual([
      ["services", { country: "US", service: "whatsapp", channel: "voice" }],
      ["buy", { service: "whatsapp", country: "US", channel: "voice", areaCode: null, idempotencyKey: null }],
    ]);
  });

  it("maxPrice with no price quoted for the service: UnsupportedError, nothing bought", async () => {
    const unpriced = {
      provider: "sandbox" as const,
      service: "whatsapp",
      name: "WhatsApp",
      country: null,
      price: null,
      stock: null,
      providerServiceId: "wa",
    };
    const otherService = {
      ...unpriced,
      service: "telegram",
      providerServiceId: "tg",
      price: { amount: 1, currency: "USD" as const },
    };
    const fixture = recordingProvider({}, [unpriced, otherService]);
    const client = createClient({ provider: fixture.provider });
    const error = await rejection(
      client.buy({ service: "whatsapp", maxPrice: { amount: 500, currency: "USD" } }),
    );
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(fixture.calls.map(([op]) => op)).toEqual(["services"]);
  });
});
