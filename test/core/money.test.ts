import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ResponseFormatError, ValidationError } from "../../src/core/errors.js";
import {
  addMoney,
  compareMoney,
  formatDecimal,
  formatMoney,
  moneyFromCents,
  moneyFromDecimal,
  parseWireMoney,
  subtractMoney,
} from "../../src/core/money.js";

const usd = (amount: number) => ({ amount, currency: "USD" as const });
const eur = (amount: number) => ({ amount, currency: "EUR" as const });

describe("moneyFromDecimal", () => {
  it.each([
    [0.43, 43],
    [4.99, 499],
    [124.5, 12450],
    [12.4, 1240],
    [0, 0],
    [15, 1500],
    [0.01, 1],
    [1.1, 110],
    [0.29, 29],
    [1.15, 115],
  ])("reads the float dollars %s as %i cents exactly", (value, cents) => {
    expect(moneyFromDecimal(value)).toEqual(usd(cents));
  });

  it.each([
    ["12.40", 1240],
    ["15", 1500],
    ["0.43", 43],
    ["124.5", 12450],
    ["0", 0],
    [" 4.99 ", 499],
    ["007.05", 705],
  ])("reads the decimal string %j as %i cents", (value, cents) => {
    expect(moneyFromDecimal(value)).toEqual(usd(cents));
  });

  it("keeps the currency it is given (JuicySMS rentals are in EUR)", () => {
    expect(moneyFromDecimal(15, "EUR")).toEqual(eur(1500));
    expect(moneyFromDecimal("70.00", "EUR")).toEqual(eur(7000));
  });

  it("defaults to USD", () => {
    expect(moneyFromDecimal("1").currency).toBe("USD");
  });

  it.each([
    ["0.435", 44],
    ["0.434", 43],
    ["0.995", 100],
    ["1.999", 200],
    ["2.005", 201],
    ["2.0049", 200],
    ["-0.435", -44],
    ["-0.434", -43],
  ])("rounds %j half away from zero to %i cents", (value, cents) => {
    expect(moneyFromDecimal(value).amount).toBe(cents);
  });

  it("rounds a number with three decimals the same way as its string", () => {
    expect(moneyFromDecimal(0.435).amount).toBe(44);
    expect(moneyFromDecimal(1.005).amount).toBe(101);
  });

  it("reads negative amounts (refunds, debts) and never yields -0", () => {
    expect(moneyFromDecimal(-4.99).amount).toBe(-499);
    expect(moneyFromDecimal("-12.40").amount).toBe(-1240);
    expect(Object.is(moneyFromDecimal("-0.001").amount, 0)).toBe(true);
    expect(Object.is(moneyFromDecimal(-0).amount, 0)).toBe(true);
  });

  it("reads a float sum artefact as the cents it stands for", () => {
    expect(moneyFromDecimal(0.1 + 0.2).amount).toBe(30);
  });

  it.each([[""], ["   "], ["abc"], ["1,50"], ["$4.99"], ["4.99 USD"], ["1.2.3"], ["1e3"], ["."], ["--1"]])(
    "refuses the string %j with a ValidationError",
    (value) => {
      expect(() => moneyFromDecimal(value)).toThrow(ValidationError);
    },
  );

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [Number.NEGATIVE_INFINITY], [1e21]])(
    "refuses the number %s",
    (value) => {
      expect(() => moneyFromDecimal(value)).toThrow(ValidationError);
    },
  );

  it("refuses an amount beyond exact integer cents", () => {
    expect(() => moneyFromDecimal("99999999999999999999")).toThrow(ValidationError);
  });

  it("always yields an integer", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (value) => {
        expect(Number.isInteger(moneyFromDecimal(value).amount)).toBe(true);
      }),
    );
  });
});

describe("cents round trips", () => {
  const cents = fc.integer({ min: -1e13, max: 1e13 });

  it("moneyFromDecimal(Number(formatDecimal(c))) is c", () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(moneyFromDecimal(Number(formatDecimal(usd(c)))).amount).toBe(c);
      }),
      { numRuns: 2000 },
    );
  });

  it("moneyFromDecimal(formatDecimal(c)) is c", () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(moneyFromDecimal(formatDecimal(usd(c))).amount).toBe(c);
      }),
      { numRuns: 2000 },
    );
  });

  it("moneyFromDecimal(c / 100) is c (a provider that divides cents by 100 before sending)", () => {
    fc.assert(
      fc.property(cents, (c) => {
        expect(moneyFromDecimal(c / 100).amount).toBe(c);
      }),
      { numRuns: 2000 },
    );
  });

  it("holds on every cent of the first hundred dollars", () => {
    for (let c = 0; c <= 10_000; c++) {
      if (moneyFromDecimal(c / 100).amount !== c) throw new Error(`${c / 100} read as not ${c}`);
    }
  });
});

describe("moneyFromCents", () => {
  it("takes integer cents as they are", () => {
    expect(moneyFromCents(499)).toEqual(usd(499));
    expect(moneyFromCents(0, "EUR")).toEqual(eur(0));
    expect(moneyFromCents(-150)).toEqual(usd(-150));
  });

  it.each([[4.99], [Number.NaN], [Number.POSITIVE_INFINITY], [2 ** 53]])("refuses %s", (value) => {
    expect(() => moneyFromCents(value)).toThrow(ValidationError);
  });
});

describe("parseWireMoney", () => {
  it("reads a good wire value", () => {
    expect(parseWireMoney("0.43", "USD", "numpool", "price")).toEqual(usd(43));
  });

  it("blames the provider for a bad one, naming the field", () => {
    const error = (() => {
      try {
        parseWireMoney("free", "USD", "numpool", "price");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as ResponseFormatError).provider).toBe("numpool");
    expect((error as ResponseFormatError).message).toContain("price");
    expect((error as ResponseFormatError).excerpt).toBe("free");
  });
});

describe("formatDecimal and formatMoney", () => {
  it.each([
    [499, "4.99"],
    [0, "0.00"],
    [5, "0.05"],
    [50, "0.50"],
    [12450, "124.50"],
    [-5, "-0.05"],
    [-12345, "-123.45"],
  ])("formatDecimal(%i) is %j", (cents, text) => {
    expect(formatDecimal(usd(cents))).toBe(text);
  });

  it.each([
    [usd(499), "$4.99"],
    [eur(1500), "€15.00"],
    [usd(-5), "-$0.05"],
    [usd(0), "$0.00"],
  ])("formatMoney(%o) is %j", (money, text) => {
    expect(formatMoney(money)).toBe(text);
  });
});

describe("arithmetic", () => {
  it("adds and subtracts in cents", () => {
    expect(addMoney(usd(43), usd(57))).toEqual(usd(100));
    expect(subtractMoney(usd(1000), usd(43))).toEqual(usd(957));
    expect(subtractMoney(eur(100), eur(150))).toEqual(eur(-50));
  });

  it("compares by sign", () => {
    expect(compareMoney(usd(43), usd(45))).toBeLessThan(0);
    expect(compareMoney(usd(45), usd(43))).toBeGreaterThan(0);
    expect(compareMoney(eur(45), eur(45))).toBe(0);
  });

  it("refuses to mix currencies rather than convert", () => {
    expect(() => addMoney(usd(1), eur(1))).toThrow(/USD.*EUR/);
    expect(() => subtractMoney(eur(1), usd(1))).toThrow(ValidationError);
    expect(() => compareMoney(usd(1), eur(1))).toThrow(ValidationError);
  });

  it("does not change its arguments", () => {
    const a = usd(10);
    const b = usd(5);
    addMoney(a, b);
    subtractMoney(a, b);
    expect(a).toEqual(usd(10));
    expect(b).toEqual(usd(5));
  });
});
