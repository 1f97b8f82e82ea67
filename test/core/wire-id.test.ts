import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { wireId } from "../../src/core/wire-id.js";

const rule = { provider: "numpool" as const, field: "order.id" };

describe("wireId", () => {
  it("encodes an id so it stays one path segment", () => {
    expect(wireId("a1b2", rule)).toBe("a1b2");
    expect(wireId("a/b?c#d", rule)).toBe("a%2Fb%3Fc%23d");
  });

  it.each([[".."], ["."], [""], ["   "], ["a\nb"], ["a\u007fb"], [null], [42], [undefined]])(
    "refuses %j as a ValidationError naming the field",
    (id) => {
      expect(() => wireId(id, rule)).toThrow(ValidationError);
      try {
        wireId(id, rule);
      } catch (error) {
        expect((error as ValidationError).field).toBe("order.id");
        expect((error as ValidationError).message).toMatch(/^numpool: order\.id is not a numpool id/);
      }
    },
  );

  it("applies the provider's own shape", () => {
    const numeric = { ...rule, shape: { test: (id: string) => /^\d+$/.test(id), name: "a numeric id" } };
    expect(wireId("123", numeric)).toBe("123");
    expect(() => wireId("12a", numeric)).toThrow("numpool: order.id is not a numeric id");
  });
});
