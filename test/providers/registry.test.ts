/**
 * The registry is the one list of providers: the names, the CLI's factories and key variables, and the
 * testing kit's fakes all agree with it.
 */
import { describe, expect, it } from "vitest";
import { PROVIDER_NAMES, PROVIDER_REGISTRY } from "../../src/providers/registry.js";
import { PROVIDER_FAKES } from "../../src/testing/provider-fakes.js";

describe("the provider registry", () => {
  it("names every provider once, and each factory makes the provider of its name", () => {
    expect(new Set(PROVIDER_NAMES).size).toBe(PROVIDER_NAMES.length);
    for (const name of PROVIDER_NAMES) {
      const entry = PROVIDER_REGISTRY[name];
      const provider = entry.create({ apiKey: "registry-test-key" });
      expect(provider.name).toBe(name);
      // The capabilities it lists are the adapter's own declaration, not a copy that could drift.
      expect(provider.capabilities).toBe(entry.capabilities);
    }
  });

  it("has a fake in the testing kit for every provider but the sandbox, which needs none", () => {
    expect(Object.keys(PROVIDER_FAKES).sort()).toEqual(PROVIDER_NAMES.filter((n) => n !== "sandbox").sort());
  });

  it("reads a key from a variable for every provider that needs one", () => {
    for (const name of PROVIDER_NAMES) {
      const { keyVariable } = PROVIDER_REGISTRY[name];
      if (name === "sandbox") expect(keyVariable).toBeNull();
      else expect(keyVariable).toBe(`${name.toUpperCase()}_API_KEY`);
    }
  });
});
