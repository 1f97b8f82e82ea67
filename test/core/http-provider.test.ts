import { describe, expect, it } from "vitest";
import type { BudgetAccount, BudgetSource } from "../../src/core/budget/request-budget.js";
import { ValidationError } from "../../src/core/errors.js";
import { fetchsms, juicysms, localBudget, numariq, numpool, tempnumber } from "../../src/index.js";

const factories = { numariq, numpool, juicysms, fetchsms, tempnumber } as const;

describe("HTTP adapter options", () => {
  it.each(Object.entries(factories))(
    "%s refuses a misspelled option instead of ignoring it",
    (_name, make) => {
      const error = (() => {
        try {
          make({ apiKey: "k_1234", timeout: 5_000 } as never);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe("timeout");
    },
  );

  it.each(["timeoutMs", "deadlineMs"])(
    "refuses a %s longer than a timer can wait (Node fires one over 2^31 - 1 ms at once)",
    (option) => {
      const error = (() => {
        try {
          numpool({ apiKey: "k_1234", [option]: 2 ** 31 });
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).field).toBe(option);
      expect(() => numpool({ apiKey: "k_1234", [option]: 2 ** 31 - 1 })).not.toThrow();
    },
  );

  it("accepts the options an adapter reads itself (NumPool's operator and catalogCacheMs)", () => {
    expect(() => numpool({ apiKey: "k_1234", operator: "any", catalogCacheMs: 0 })).not.toThrow();
    expect(() => numariq({ apiKey: "k_1234", operator: "any" } as never)).toThrow(ValidationError);
  });

  describe("a budget source", () => {
    it("asks the source once per adapter, with a hash of provider, base URL and key, and the limit in force", () => {
      const asked: BudgetAccount[] = [];
      const spy: BudgetSource = {
        budgetFor(a) {
          asked.push(a);
          return localBudget(a.limit);
        },
      };
      const apiKey = "np_secret_key_123";
      numpool({ apiKey, budget: spy });
      numpool({ apiKey, budget: spy, rateLimit: { limit: 5, intervalMs: 1_000 } });
      numpool({ apiKey: "np_other_key_456", budget: spy });
      numpool({ apiKey, budget: spy, baseUrl: "http://127.0.0.1:9/api/v1/" });
      tempnumber({ apiKey, budget: spy });
      expect(asked.map((a) => a.limit)).toEqual([
        { limit: 60, intervalMs: 60_000 },
        { limit: 5, intervalMs: 1_000 },
        { limit: 60, intervalMs: 60_000 },
        { limit: 60, intervalMs: 60_000 },
        { limit: 60, intervalMs: 60_000 },
      ]);
      const ids = asked.map((a) => a.account);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(asked)).not.toContain("secret");
      // Same key and URL: same account; another key, URL or provider: another.
      expect(ids[1]).toBe(ids[0]);
      expect(new Set([ids[0], ids[2], ids[3], ids[4]]).size).toBe(4);
      expect(asked[4]!.provider).toBe("tempnumber");
    });

    it("is told apart from a budget, and anything else is refused with a clear message", () => {
      const source: BudgetSource = { budgetFor: (a) => localBudget(a.limit) };
      expect(numpool({ apiKey: "k_1234", budget: source }).budget?.limit).toEqual({
        limit: 60,
        intervalMs: 60_000,
      });
      const budget = localBudget({ limit: 1, intervalMs: 1_000 });
      expect(numpool({ apiKey: "k_1234", budget }).budget).toBe(budget);
      expect(() => numpool({ apiKey: "k_1234", budget: { budgetFor: 1 } as never })).toThrow(
        /budget must be a RequestBudget \(acquire, .*\) or a BudgetSource \(budgetFor\)/,
      );
    });
  });
});
