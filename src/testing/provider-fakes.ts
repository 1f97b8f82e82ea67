/** Every HTTP provider's fake by provider name, so a suite can run one test against each. */
import type { ProviderFake } from "./fake-kit.js";
import { createFetchSmsFake } from "./fakes/fetchsms.js";
import { createJuicySmsFake } from "./fakes/juicysms.js";
import { createNumariqFake } from "./fakes/numariq.js";
import { createNumpoolFake } from "./fakes/numpool.js";
import { createTempNumberFake } from "./fakes/tempnumber.js";

/** Each HTTP provider's fake factory, by provider name. */
export const PROVIDER_FAKES = {
  /** See `createNumariqFake`. */
  numariq: createNumariqFake,
  /** See `createNumpoolFake`. */
  numpool: createNumpoolFake,
  /** See `createJuicySmsFake`. */
  juicysms: createJuicySmsFake,
  /** See `createFetchSmsFake`. */
  fetchsms: createFetchSmsFake,
  /** See `createTempNumberFake`. */
  tempnumber: createTempNumberFake,
} as const satisfies Record<
  string,
  (options?: { apiKey?: string; baseUrl?: string; balance?: number }) => ProviderFake
>;

/** The providers with a fake: every HTTP adapter. */
export type FakedProviderName = keyof typeof PROVIDER_FAKES;
