/**
 * What a provider cannot do is refused from its declared capabilities before any request: an operation
 * or option it lacks is `UnsupportedError`, a rental period or country it does not sell is
 * `ValidationError` listing what it does.
 */
import { describe, expect, it } from "vitest";
import {
  type Order,
  type Rental,
  type SmsClient,
  UnsupportedError,
  ValidationError,
} from "../../src/index.js";
import { createJuicySmsFake } from "../../src/testing/fakes/juicysms.js";
import { createNumariqFake } from "../../src/testing/fakes/numariq.js";
import { createNumpoolFake } from "../../src/testing/fakes/numpool.js";
import { rejection, sandboxClient, useFakeServer } from "./helpers.js";

const numpoolOrder: Order = {
  id: "1234567",
  provider: "numpool",
  number: "+12125550100",
  service: "whatsapp",
  country: "US",
  status: "received",
  code: "123456",
  messages: [],
  price: { amount: 43, currency: "USD" },
  createdAt: null,
  expiresAt: null,
};

const numpoolRental: Rental = {
  id: "77",
  provider: "numpool",
  number: "+12125550101",
  country: "US",
  service: "discord",
  status: "active",
  autoRenew: false,
  price: null,
  expiresAt: null,
  messages: [],
};

describe("capabilities of HTTP providers", () => {
  const server = useFakeServer();

  it.each<[string, (c: SmsClient) => Promise<unknown>]>([
    ["voice", (c) => c.buy({ service: "whatsapp", channel: "voice" })],
    ["an area code", (c) => c.buy({ service: "whatsapp", areaCode: "212" })],
    ["done", (c) => c.done(numpoolOrder)],
    ["renew", (c) => c.renew(numpoolRental)],
    ["renew for 7 days", (c) => c.renew(numpoolRental, { days: 7 })],
    ["cancelRental", (c) => c.cancelRental(numpoolRental)],
  ])("NumPool has no %s: UnsupportedError before any request", async (_what, call) => {
    const { client, fake } = server.install(createNumpoolFake());
    const error = await rejection(call(client));
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error).toMatchObject({ code: "unsupported", provider: "numpool" });
    expect(fake.faults.requests).toEqual([]);
    expect(fake.wallet.charges()).toBe(0);
  });

  it("NumPool rents for 1, 3, 7, 14 or 30 days: any other period is refused, listing those", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    for (const days of [2, 5, 90]) {
      const error = await rejection(client.rent({ service: "discord", days }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "days", allowed: client.provider.capabilities.rentalDays });
    }
    expect(client.provider.capabilities.rentalDays).toEqual([1, 3, 7, 14, 30]);
    expect(fake.faults.requests.length).toBe(0);
    expect(fake.wallet.charges()).toBe(0);
  });

  it("Numariq sells only US numbers: another country is refused, listing US", async () => {
    const { client, fake } = server.install(createNumariqFake());
    for (const call of [
      () => client.buy({ service: "whatsapp", country: "GB" }),
      () => client.buy({ service: "whatsapp", country: "uk" }),
      () => client.rent({ days: client.provider.capabilities.rentalDays[0]!, country: "NL" }),
      () => client.services({ country: "DE" }),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "country", allowed: ["US"] });
    }
    expect(fake.faults.requests.length).toBe(0);
    expect(fake.wallet.charges()).toBe(0);
  });

  it("JuicySMS lists no services: services() is UnsupportedError before any request", async () => {
    const { client, fake } = server.install(createJuicySmsFake());
    await expect(client.services()).rejects.toBeInstanceOf(UnsupportedError);
    expect(fake.faults.requests.length).toBe(0);
  });
});

describe("capabilities of the sandbox", () => {
  it("rents and renews only for its own periods, listed in the error", async () => {
    const { client, provider } = sandboxClient({ balance: 10_000 });
    expect(provider.capabilities.rentalDays).toEqual([1, 7, 30, 90]);
    const rentError = await rejection(client.rent({ days: 14 }));
    expect(rentError).toMatchObject({ code: "invalid_request", field: "days", allowed: [1, 7, 30, 90] });
    const rental = await client.rent({ days: 7 });
    const renewError = await rejection(client.renew(rental, { days: 3 }));
    expect(renewError).toMatchObject({ code: "invalid_request", field: "days", allowed: [1, 7, 30, 90] });
    expect(provider.ledger()).toHaveLength(1);
  });

  it("refuses a country it has no numbers in, listing its countries", async () => {
    const { client, provider } = sandboxClient();
    const error = await rejection(client.buy({ service: "whatsapp", country: "JP" }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).allowed).toEqual(provider.capabilities.countries);
    expect(provider.ledger()).toEqual([]);
  });
});
