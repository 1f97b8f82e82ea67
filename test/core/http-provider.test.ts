import { describe, expect, it } from "vitest";
import { ValidationError } from "../../src/core/errors.js";
import { fetchsms, juicysms, numariq, numpool, tempnumber } from "../../src/index.js";

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

  it("accepts the options an adapter reads itself (NumPool's operator and catalogCacheMs)", () => {
    expect(() => numpool({ apiKey: "k_1234", operator: "any", catalogCacheMs: 0 })).not.toThrow();
    expect(() => numariq({ apiKey: "k_1234", operator: "any" } as never)).toThrow(ValidationError);
  });
});
