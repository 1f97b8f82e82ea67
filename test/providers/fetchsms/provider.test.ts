import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../src/core/errors.js";
import { OPERATION_CAPABILITY, type Operation } from "../../../src/core/provider.js";
import { fetchsms } from "../../../src/providers/fetchsms/index.js";

const KEY = "fs_live_secret_key_0a1b2c";

describe("fetchsms factory", () => {
  it("declares exactly the operations it implements", () => {
    const provider = fetchsms({ apiKey: KEY });
    for (const [op, capability] of Object.entries(OPERATION_CAPABILITY)) {
      expect({ op, implemented: typeof provider[op as Operation] === "function" }).toEqual({
        op,
        implemented: provider.capabilities[capability],
      });
    }
    expect(provider.capabilities).toMatchObject({
      activations: true,
      done: false,
      rentals: true,
      renew: true,
      cancelRental: true,
      balance: true,
      services: true,
      voice: false,
      areaCode: true,
      idempotency: false,
      countries: ["US"],
      rentalDays: [1, 7, 30, 90, 365],
    });
  });

  it("refuses a missing or empty key at construction", () => {
    expect(() => fetchsms({ apiKey: "" })).toThrow(ValidationError);
    expect(() => fetchsms({} as never)).toThrow(ValidationError);
    expect(() => fetchsms({ apiKey: KEY, baseUrl: "not a url" })).toThrow(ValidationError);
  });

  it("never shows the key when inspected or serialised", () => {
    const provider = fetchsms({ apiKey: KEY });
    expect(inspect(provider, { depth: 10 })).not.toContain(KEY);
    expect(JSON.stringify(provider)).not.toContain(KEY);
  });
});
