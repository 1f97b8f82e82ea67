import type { ProviderFake } from "../../src/testing/fake-kit.js";
import { PROVIDER_FAKES } from "../../src/testing/provider-fakes.js";

/** Every HTTP adapter's fake; the contract suite runs against each. */
export const contractFakes: Array<[string, () => ProviderFake]> = Object.entries(PROVIDER_FAKES).map(
  ([name, create]) => [name, () => create()],
);
