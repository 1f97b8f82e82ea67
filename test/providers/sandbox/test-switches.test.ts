/**
 * The switches a QA suite drives the sandbox with: manual delivery, forced codes, reset, injected
 * messages that always win, and a number pool whose size is documented.
 */
import { describe, expect, it } from "vitest";
import { NotFoundError, OutOfStockError, ValidationError } from "../../../src/core/errors.js";
import { sandbox } from "../../../src/providers/sandbox/index.js";
import { DAY, MINUTE, setup } from "./setup.js";

describe("sandbox test switches", () => {
  it("with manual delivery, no SMS arrives on its own, and a delivered one does", async () => {
    const { client, clock, provider } = setup({ delivery: "manual", smsDelayMs: 0 });
    const order = await client.buy({ service: "whatsapp" });
    clock.advance(10 * MINUTE);
    expect(await client.poll(order)).toMatchObject({ status: "waiting", code: null, messages: [] });

    provider.deliver(order, "Your WhatsApp code: 404-123");
    expect(await client.poll(order)).toMatchObject({ status: "received", code: "404123" });
  });

  it("an injected SMS wins over the automatic one that landed in the same millisecond", async () => {
    // The automatic SMS is due at once and the clock never moves: both are stamped at the same instant.
    for (let seed = 1; seed <= 20; seed++) {
      const { client, provider } = setup({ seed, smsDelayMs: 0 });
      const order = await client.buy({ service: "telegram" });
      provider.deliver(order, "Telegram code: 12345");
      const seen = await client.poll(order);
      expect([seed, seen.code]).toEqual([seed, "12345"]);
      expect(seen.messages).toHaveLength(2);
      expect(seen.messages[0]!.text).toBe("Telegram code: 12345");
    }
  });

  it("an injected SMS is also the newest in a rental's inbox", async () => {
    const { client, provider } = setup();
    const rental = await client.rent({ days: 1 });
    provider.deliver(rental, "Your code is 111222");
    provider.deliver(rental, "Your code is 333444");
    expect((await client.inbox(rental)).map((m) => m.code)).toEqual(["333444", "111222"]);
  });

  it.each(["4821", "A7K2Q9", "12345678"])(
    "a forced code %s arrives as given, whatever the service's wording",
    async (code) => {
      const probe = sandbox({ seed: 3 });
      const services = (await probe.services({ country: "US", channel: "sms" })).map((s) => s.service);
      expect(services.length).toBeGreaterThan(10);
      for (const service of services) {
        const { client, clock } = setup({ code, balance: 100_000 });
        const order = await client.buy({ service });
        clock.advance(5_000);
        expect([service, (await client.poll(order)).code]).toEqual([service, code]);
      }
    },
  );

  it("setCode changes the code of later purchases only, and refuses a code nobody could type", async () => {
    const { client, clock, provider } = setup({ smsDelayMs: 0 });
    const before = await client.buy({ service: "discord" });
    provider.setCode("777000");
    const forced = await client.buy({ service: "discord" });
    provider.setCode(null);
    const after = await client.buy({ service: "discord" });
    clock.advance(1);
    const [a, b, c] = await Promise.all([before, forced, after].map((o) => client.poll(o)));
    expect(b!.code).toBe("777000");
    expect(a!.code).toMatch(/^\d{6}$/);
    // The same seed without setCode: forcing a code leaves every other purchase the code it draws anyway.
    const plain = setup({ smsDelayMs: 0 });
    const drawn = [];
    for (let i = 0; i < 3; i++) drawn.push(await plain.client.buy({ service: "discord" }));
    plain.clock.advance(1);
    const codes = await Promise.all(drawn.map(async (o) => (await plain.client.poll(o)).code));
    expect([a!.code, c!.code]).toEqual([codes[0], codes[2]]);
    expect(a!.code).not.toBe("777000");
    expect(c!.code).not.toBe("777000");

    const refused = (() => {
      try {
        provider.setCode("12 34");
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).field).toBe("code");
    expect(() => sandbox({ code: "1" })).toThrow(ValidationError);
  });

  it("reset brings back the wallet, stock, scenario, forced code and the same seeded draws, and forgets every order", async () => {
    const { client, clock, provider } = setup({ balance: 500, stock: { whatsapp: 1 }, smsDelayMs: 0 });
    const first = await client.buy({ service: "whatsapp" });
    clock.advance(1);
    const firstCode = (await client.poll(first)).code;
    provider.setScenario("out_of_stock");
    provider.setCode("999999");

    provider.reset();
    expect(provider.scenario).toBe("normal");
    expect(await client.balance()).toEqual({ amount: 500, currency: "USD" });
    expect(provider.ledger()).toEqual([]);
    await expect(client.poll(first)).rejects.toBeInstanceOf(NotFoundError);
    const again = await client.buy({ service: "whatsapp" });
    expect(again.number).toBe(first.number);
    expect(again.id).toBe(first.id);
    // The forced code is gone too: the purchase gets the code the first purchase got.
    expect((await client.poll(again)).code).toBe(firstCode);
    await expect(client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OutOfStockError);
  });

  it("holds 100 open numbers per US area code, then refuses, and frees a number when its order ends", async () => {
    const { client } = setup({ balance: 1_000_000, stock: { whatsapp: 10_000 }, activationTtlMs: DAY });
    const orders = [];
    for (let i = 0; i < 100; i++) orders.push(await client.buy({ service: "whatsapp", areaCode: "415" }));
    expect(new Set(orders.map((o) => o.number)).size).toBe(100);
    await expect(client.buy({ service: "whatsapp", areaCode: "415" })).rejects.toBeInstanceOf(
      OutOfStockError,
    );
    // Other area codes are other pools.
    expect((await client.buy({ service: "whatsapp", areaCode: "212" })).number).toMatch(/^\+1212/);

    await client.cancel(orders[37]!);
    expect((await client.buy({ service: "whatsapp", areaCode: "415" })).number).toBe(orders[37]!.number);
  });

  it("holds 1,000 open numbers in GB", async () => {
    const { client } = setup({ balance: 10_000_000, stock: { whatsapp: 10_000 }, activationTtlMs: DAY });
    const numbers = new Set<string>();
    for (let i = 0; i < 1000; i++)
      numbers.add((await client.buy({ service: "whatsapp", country: "GB" })).number);
    expect(numbers.size).toBe(1000);
    await expect(client.buy({ service: "whatsapp", country: "GB" })).rejects.toBeInstanceOf(OutOfStockError);
  });
});
