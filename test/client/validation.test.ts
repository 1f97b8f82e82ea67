/**
 * Every input the client takes is checked before any request: a `ValidationError` names the field and,
 * for a short list, the values it would accept. Run on the sandbox (nothing charged) and on NumPool's
 * fake (no request reached it).
 */
import { describe, expect, it } from "vitest";
import {
  createClient,
  ORDER_STATUSES,
  type Order,
  type Rental,
  type SmsClient,
  ValidationError,
} from "../../src/index.js";
import { createNumpoolFake } from "../../src/testing/fakes/numpool.js";
import { rejection, sandboxClient, useFakeServer } from "./helpers.js";

const order: Order = {
  id: "1234567",
  provider: "numpool",
  number: "+12125550100",
  service: "whatsapp",
  country: "US",
  status: "waiting",
  code: null,
  messages: [],
  price: { amount: 43, currency: "USD" },
  createdAt: "2026-03-01T12:00:00.000Z",
  expiresAt: null,
};

const rental: Rental = {
  id: "77",
  provider: "numpool",
  number: "+12125550101",
  country: "US",
  service: "discord",
  status: "active",
  autoRenew: false,
  price: { amount: 500, currency: "USD" },
  expiresAt: "2026-03-08T12:00:00.000Z",
  messages: [],
};

interface BadInput {
  label: string;
  call: (client: SmsClient, own: { order: Order; rental: Rental }) => Promise<unknown>;
  field: string;
  allowed?: readonly (string | number)[];
}

// Casts: these inputs are wrong on purpose, as a JavaScript caller or a parsed config file could send.
const BAD_INPUTS: BadInput[] = [
  { label: "buy without input", call: (c) => c.buy(undefined as never), field: "buy" },
  { label: "buy without service", call: (c) => c.buy({} as never), field: "service" },
  { label: "buy with an empty service", call: (c) => c.buy({ service: "" }), field: "service" },
  { label: "buy with a blank service", call: (c) => c.buy({ service: "   " }), field: "service" },
  {
    label: "buy by fax",
    call: (c) => c.buy({ service: "whatsapp", channel: "fax" as never }),
    field: "channel",
    allowed: ["sms", "voice"],
  },
  { label: "country XX", call: (c) => c.buy({ service: "whatsapp", country: "XX" }), field: "country" },
  {
    label: "country Atlantis",
    call: (c) => c.buy({ service: "whatsapp", country: "Atlantis" }),
    field: "country",
  },
  {
    label: "a two-digit area code",
    call: (c) => c.buy({ service: "whatsapp", areaCode: "12" }),
    field: "areaCode",
  },
  {
    label: "a four-digit area code",
    call: (c) => c.buy({ service: "whatsapp", areaCode: "2125" }),
    field: "areaCode",
  },
  {
    label: "maxPrice in fractional cents",
    call: (c) => c.buy({ service: "whatsapp", maxPrice: { amount: 0.45, currency: "USD" } }),
    field: "maxPrice.amount",
  },
  {
    label: "maxPrice in GBP",
    call: (c) => c.buy({ service: "whatsapp", maxPrice: { amount: 45, currency: "GBP" as never } }),
    field: "maxPrice.currency",
    allowed: ["USD", "EUR"],
  },
  {
    label: "an empty idempotencyKey",
    call: (c) => c.buy({ service: "whatsapp", idempotencyKey: " " }),
    field: "idempotencyKey",
  },
  {
    label: "an unknown provider name",
    call: (c) => c.buy({ service: "whatsapp", provider: "smsfarm" as never }),
    field: "provider",
    // The client's own providers: the names it could send the call to.
    allowed: ["sandbox"],
  },
  { label: "rent for 0 days", call: (c) => c.rent({ days: 0 }), field: "days" },
  { label: "rent for 1.5 days", call: (c) => c.rent({ days: 1.5 }), field: "days" },
  { label: "rent without days", call: (c) => c.rent({} as never), field: "days" },
  { label: "rent in Atlantis", call: (c) => c.rent({ days: 7, country: "Atlantis" }), field: "country" },
  {
    label: "rent a landline",
    call: (c) => c.rent({ days: 7, numberType: "landline" as never }),
    field: "numberType",
    allowed: ["voip", "non_voip"],
  },
  { label: "services in XX", call: (c) => c.services({ country: "XX" }), field: "country" },
  { label: "renew for -1 days", call: (c, o) => c.renew(o.rental, { days: -1 }), field: "days" },
  {
    label: "waitForCode every 0 ms",
    call: (c, o) => c.waitForCode(o.order, { intervalMs: 0 }),
    field: "intervalMs",
  },
  {
    label: "waitForCode with a negative timeout",
    call: (c, o) => c.waitForCode(o.order, { timeoutMs: -1 }),
    field: "timeoutMs",
  },
  {
    label: "waitForCode with a non-function onPoll",
    call: (c, o) => c.waitForCode(o.order, { onPoll: "log" as never }),
    field: "onPoll",
  },
  {
    label: "waitForCode with a signal that is not an AbortSignal",
    call: (c, o) => c.waitForCode(o.order, { signal: { aborted: false } as never }),
    field: "signal",
  },
  {
    label: "waitForCode with cancelOnTimeout 'yes'",
    call: (c, o) => c.waitForCode(o.order, { cancelOnTimeout: "yes" as never }),
    field: "cancelOnTimeout",
  },
  {
    label: "poll of an order without id",
    call: (c, o) => c.poll({ ...o.order, id: undefined } as never),
    field: "order.id",
  },
  {
    label: "poll of an order with an empty id",
    call: (c, o) => c.poll({ ...o.order, id: "" }),
    field: "order.id",
  },
  {
    label: "poll of an order with an unknown status",
    call: (c, o) => c.poll({ ...o.order, status: "pending" } as never),
    field: "order.status",
    allowed: ORDER_STATUSES,
  },
  {
    label: "poll of an order with a fractional price",
    call: (c, o) => c.poll({ ...o.order, price: { amount: 0.43, currency: "USD" } }),
    field: "order.price.amount",
  },
  {
    label: "poll of an order whose messages are not a list",
    call: (c, o) => c.poll({ ...o.order, messages: "none" } as never),
    field: "order.messages",
  },
  { label: "poll of an order id alone", call: (c, o) => c.poll(o.order.id as never), field: "order" },
  { label: "cancel of null", call: (c) => c.cancel(null as never), field: "order" },
  {
    label: "inbox of a rental with a bad status",
    call: (c, o) => c.inbox({ ...o.rental, status: "paused" } as never),
    field: "rental.status",
  },
];

describe("client input validation on the sandbox", () => {
  for (const bad of BAD_INPUTS) {
    it(`${bad.label}: ValidationError on ${bad.field}, nothing charged`, async () => {
      const { client, provider } = sandboxClient();
      // The sandbox's own order and rental, so only the input under test is wrong.
      const own = {
        order: { ...order, provider: "sandbox" as const },
        rental: { ...rental, provider: "sandbox" as const },
      };
      const error = await rejection(bad.call(client, own));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ code: "invalid_request", field: bad.field });
      if (bad.allowed) expect((error as ValidationError).allowed).toEqual(bad.allowed);
      expect(provider.ledger()).toEqual([]);
    });
  }
});

describe("client input validation on NumPool's fake", () => {
  const server = useFakeServer();

  for (const bad of BAD_INPUTS) {
    it(`${bad.label}: ValidationError on ${bad.field}, no request made`, async () => {
      const { client, fake } = server.install(createNumpoolFake());
      const error = await rejection(bad.call(client, { order, rental }));
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(bad.field);
      expect(fake.faults.requests).toEqual([]);
    });
  }

  it("refuses a sandbox order on a NumPool client, naming order.provider", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    const { client: sandboxed } = sandboxClient();
    const theirs = await sandboxed.buy({ service: "whatsapp" });
    for (const call of [
      () => client.poll(theirs),
      () => client.cancel(theirs),
      () => client.waitForCode(theirs, { intervalMs: 10 }),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "order.provider", allowed: ["numpool"] });
    }
    expect(fake.faults.requests).toEqual([]);
  });

  it("refuses a rental of another provider, naming rental.provider", async () => {
    const { client, fake } = server.install(createNumpoolFake());
    const error = await rejection(client.inbox({ ...rental, provider: "juicysms" }));
    expect(error).toMatchObject({ code: "invalid_request", field: "rental.provider", allowed: ["numpool"] });
    expect(fake.faults.requests).toEqual([]);
  });

  it.each<[string, (c: SmsClient) => Promise<unknown>]>([
    ["buy", (c) => c.buy({ service: "whatsapp", provider: "sandbox" })],
    ["rent", (c) => c.rent({ days: 7, provider: "sandbox" })],
    ["services", (c) => c.services({ provider: "sandbox" })],
    ["balance", (c) => c.balance("sandbox")],
  ])("%s naming another provider than the client's: ValidationError, no request", async (_op, call) => {
    const { client, fake } = server.install(createNumpoolFake());
    const error = await rejection(call(client));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "provider", allowed: ["numpool"] });
    expect(fake.faults.requests).toEqual([]);
  });

  it("naming the client's own provider is fine", async () => {
    const { client } = server.install(createNumpoolFake());
    await expect(client.balance("numpool")).resolves.toEqual({ amount: 10_000, currency: "USD" });
    await expect(client.rent({ service: "discord", days: 7, provider: "numpool" })).resolves.toMatchObject({
      provider: "numpool",
    });
  });
});

describe("createClient", () => {
  it("needs a provider", () => {
    for (const options of [undefined, {}, { provider: null }, { provider: "numpool" }]) {
      let error: unknown;
      try {
        createClient(options as never);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ field: "provider" });
    }
    expect(() => createClient({ providers: [] })).toThrow(
      expect.objectContaining({ code: "invalid_request", field: "providers" }),
    );
  });
});

describe("country spellings", () => {
  it("accepts UK (any case) as GB", async () => {
    const { client } = sandboxClient();
    for (const country of ["UK", "uk", " GB "]) {
      const bought = await client.buy({ service: "telegram", country });
      expect(bought.country).toBe("GB");
      expect(bought.number).toMatch(/^\+44/);
    }
  });
});
