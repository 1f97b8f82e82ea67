/** The provider fakes the crash tests run flows against, by name, and the route of each one's cancel. */
import { createFetchSmsFake } from "../fakes/fetchsms.js";
import { createJuicySmsFake } from "../fakes/juicysms.js";
import { createNumariqFake } from "../fakes/numariq.js";
import { createNumpoolFake } from "../fakes/numpool.js";
import { createTempNumberFake } from "../fakes/tempnumber.js";

export type CrashFlow = "buy" | "buy-wait" | "buy-cancel" | "rent";

export const FAKES = {
  numariq: createNumariqFake,
  numpool: createNumpoolFake,
  juicysms: createJuicySmsFake,
  fetchsms: createFetchSmsFake,
  tempnumber: createTempNumberFake,
} as const;

export type CrashProvider = keyof typeof FAKES;

/** Where each provider's activation cancel goes (Temp Number sells rentals only). */
export const CANCEL_ROUTES: Partial<Record<CrashProvider, { method: string; path: RegExp }>> = {
  numariq: { method: "POST", path: /\/orders\/[^/]+\/cancel$/ },
  numpool: { method: "POST", path: /\/cancel\/[^/]+$/ },
  juicysms: { method: "GET", path: /\/cancelorder$/ },
  fetchsms: { method: "POST", path: /\/verifications\/[^/]+\/cancel$/ },
};
