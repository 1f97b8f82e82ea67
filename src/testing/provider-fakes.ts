/** Every HTTP provider's fake by provider name, so a suite can run one test against each. */
import type { ProviderFake } from "./fake-kit.js";
import { createFetchSmsFake } from "./fakes/fetchsms.js";
import { createJuicySmsFake } from "./fakes/juicysms.js";
import { createNumariqFake } from "./fakes/numariq.js";
import { createNumpoolFake } from "./fakes/numpool.js";
import { createTempNumberFake } from "./fakes/tempnumber.js";

export const PROVIDER_FAKES = {
  numariq: createNumariqFake,
  numpool: createNumpoolFake,
  juicysms: createJuicySmsFake,
  fetchsms: createFetchSmsFake,
  tempnumber: createTempNumberFake,
} as const satisfies Record<
  string,
  (options?: { apiKey?: string; baseUrl?: string; balance?: number }) => ProviderFake
>;

export type FakedProviderName = keyof typeof PROVIDER_FAKES;
