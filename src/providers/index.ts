/**
 * Provider registration: one line per adapter. A new provider is a new folder under src/providers/
 * plus its line here.
 */

export {
  type FetchSmsAreaCodesInput,
  type FetchSmsListRentalsInput,
  type FetchSmsProvider,
  type FetchSmsQuoteInput,
  type FetchSmsRentRequest,
  type FetchSmsTab,
  fetchsms,
} from "./fetchsms/index.js";
export {
  createWebhookDeduper,
  FETCHSMS_SIGNATURE_HEADER,
  type FetchSmsWebhookEvent,
  parseFetchSmsWebhook,
  verifyFetchSmsWebhook,
  type WebhookDeduper,
  type WebhookDeduperOptions,
} from "./fetchsms/webhooks.js";
export { type JuicySmsProvider, juicysms } from "./juicysms/index.js";
export { type NumariqProvider, numariq } from "./numariq/index.js";
export {
  type ListOrdersQuery,
  type NumpoolBuyRequest,
  type NumpoolCountry,
  type NumpoolOptions,
  type NumpoolProvider,
  type NumpoolRentalPrice,
  type NumpoolRentalService,
  numpool,
} from "./numpool/index.js";
export { PROVIDER_NAMES, PROVIDER_REGISTRY, type ProviderEntry } from "./registry.js";
export {
  type LedgerEntry as SandboxLedgerEntry,
  type SandboxDelivery,
  type SandboxOptions,
  type SandboxProvider,
  type SandboxScenario,
  SCENARIOS,
  sandbox,
} from "./sandbox/index.js";
export {
  type CountryPricing,
  type Inventory,
  type InventoryQuery,
  type NumberStatusFilter,
  type PricingPackage,
  type ReceiveSmsOptions,
  type TempNumberProvider,
  tempnumber,
} from "./tempnumber/index.js";
