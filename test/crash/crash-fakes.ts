/** The provider fakes the crash tests run flows against, by name, and the route of each one's cancel. */
import { PROVIDER_FAKES } from "../../src/testing/provider-fakes.js";

export type CrashFlow = "buy" | "buy-wait" | "buy-cancel" | "rent";

export const FAKES = PROVIDER_FAKES;

export type CrashProvider = keyof typeof FAKES;

/** Where each provider's activation cancel goes (Temp Number sells rentals only). */
export const CANCEL_ROUTES: Partial<Record<CrashProvider, { method: string; path: RegExp }>> = {
  numariq: { method: "POST", path: /\/orders\/[^/]+\/cancel$/ },
  numpool: { method: "POST", path: /\/cancel\/[^/]+$/ },
  juicysms: { method: "GET", path: /\/cancelorder$/ },
  fetchsms: { method: "POST", path: /\/verifications\/[^/]+\/cancel$/ },
};
