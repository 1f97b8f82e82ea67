import { describe, expect, it } from "vitest";
import {
  InsufficientBalanceError,
  OutOfStockError,
  ProviderError,
  ValidationError,
} from "../../../src/core/errors.js";
import { sandbox } from "../../../src/providers/sandbox/index.js";
import { MINUTE, setup } from "./setup.js";

describe("sandbox: scenarios", () => {
  it("out_of_stock: buy and rent fail with OutOfStockError and services show no stock", async () => {
    const { client, provider } = setup({ scenario: "out_of_stock" });
    await expect(client.buy({ service: "whatsapp" })).rejects.toThrow(OutOfStockError);
    await expect(client.rent({ days: 7 })).rejects.toThrow(OutOfStockError);
    expect((await client.services()).every((o) => o.stock === 0)).toBe(true);
    expect(provider.ledger()).toEqual([]);
    provider.setScenario("normal");
    expect((await client.buy({ service: "whatsapp" })).status).toBe("waiting");
  });

  it("runs out of stock for real when a service's numbers are gone", async () => {
    const { client, provider } = setup({ stock: { whatsapp: 1 } });
    const order = await client.buy({ service: "whatsapp" });
    await expect(client.buy({ service: "whatsapp" })).rejects.toThrow(OutOfStockError);
    await client.cancel(order);
    await client.buy({ service: "whatsapp" });
    provider.setStock("whatsapp", 0);
    await expect(client.buy({ service: "whatsapp" })).rejects.toThrow(OutOfStockError);
  });

  it("insufficient_balance: purchases fail and nothing is charged; a short wallet fails the same", async () => {
    const { client, provider } = setup({ scenario: "insufficient_balance" });
    await expect(client.buy({ service: "whatsapp" })).rejects.toThrow(InsufficientBalanceError);
    await expect(client.rent({ days: 1 })).rejects.toThrow(InsufficientBalanceError);
    expect(provider.ledger()).toEqual([]);
    expect((await client.balance()).amount).toBe(1000);

    const poor = setup({ balance: 59 });
    const error = await poor.client.buy({ service: "whatsapp" }).catch((e) => e);
    expect(error).toBeInstanceOf(InsufficientBalanceError);
    expect(error.message).toContain("$0.60");
    expect(await poor.client.balance()).toEqual({ amount: 59, currency: "USD" });
  });

  it("never_delivers: no SMS comes, the order expires and is refunded; deliver() still works", async () => {
    const { client, clock, provider } = setup({ scenario: "never_delivers" });
    const silent = await client.buy({ service: "whatsapp" });
    clock.advance(10 * MINUTE);
    expect(await client.poll(silent)).toMatchObject({ status: "waiting", messages: [] });
    provider.setScenario("normal");
    expect((await client.poll(silent)).messages).toEqual([]);
    clock.advance(5 * MINUTE);
    expect((await client.poll(silent)).status).toBe("expired");
    expect((await client.balance()).amount).toBe(1000);

    provider.setScenario("never_delivers");
    const injected = await client.buy({ service: "whatsapp" });
    provider.deliver(injected, "Your WhatsApp code: 111-222");
    expect((await client.poll(injected)).code).toBe("111222");
  });

  it("provider_error: every call fails with a retryable ProviderError and nothing changes", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    provider.setScenario("provider_error");
    for (const call of [
      () => client.buy({ service: "whatsapp" }),
      () => client.poll(order),
      () => client.cancel(order),
      () => client.balance(),
      () => client.services(),
      () => client.rent({ days: 1 }),
    ]) {
      const error = await call().catch((e) => e);
      expect(error).toBeInstanceOf(ProviderError);
      expect(error.retryable).toBe(true);
    }
    provider.setScenario("normal");
    expect((await client.poll(order)).status).toBe("waiting");
    expect((await client.balance()).amount).toBe(940);
  });

  it("slow: every call takes latencyMs, and an abort signal stops the wait", async () => {
    const { client, provider } = setup({ scenario: "slow", latencyMs: 40 });
    const started = performance.now();
    await client.balance();
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);

    provider.setScenario("normal");
    const order = await client.buy({ service: "whatsapp" });
    provider.setScenario("slow");
    const slow = sandbox({ seed: 1, scenario: "slow", latencyMs: 60_000 });
    const controller = new AbortController();
    const reason = new Error("user gave up");
    setTimeout(() => controller.abort(reason), 20);
    const t0 = performance.now();
    await expect(slow.balance({ signal: controller.signal })).rejects.toBe(reason);
    expect(performance.now() - t0).toBeLessThan(5000);

    const waitController = new AbortController();
    setTimeout(() => waitController.abort(reason), 20);
    await expect(client.waitForCode(order, { signal: waitController.signal })).rejects.toBe(reason);
  });

  it("validates its own options and scenario names", () => {
    const field = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).field;
      }
      throw new Error("expected a ValidationError");
    };
    expect(field(() => sandbox({ balance: -1 }))).toBe("balance");
    expect(field(() => sandbox({ balance: 1.5 }))).toBe("balance");
    expect(field(() => sandbox({ smsDelayMs: [3000, 1000] }))).toBe("smsDelayMs");
    expect(field(() => sandbox({ scenario: "broken" as never }))).toBe("scenario");
    expect(field(() => sandbox({ seeed: 1 } as never))).toBe("seeed"); // the misspelled key itself
    expect(field(() => sandbox({ stock: { nosuchapp: 3 } }))).toBe("stock.nosuchapp");
    expect(field(() => sandbox({ now: 5 as never }))).toBe("now");
    expect(field(() => sandbox().setScenario("chaos" as never))).toBe("scenario");
  });
});
