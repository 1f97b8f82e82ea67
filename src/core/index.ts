export { type LocalBudgetOptions, localBudget } from "./budget/local-budget.js";
export type {
  BudgetAccount,
  BudgetAnnouncement,
  BudgetSource,
  RateLimit,
  RequestBudget,
} from "./budget/request-budget.js";
export {
  canonicalService,
  knownServices,
  normalizeCountry,
  registerService,
  serviceName,
} from "./catalog.js";
export * from "./errors.js";
export * from "./model.js";
export {
  addMoney,
  compareMoney,
  formatDecimal,
  formatMoney,
  moneyFromCents,
  moneyFromDecimal,
  subtractMoney,
} from "./money.js";
export { type ExtractCodeOptions, extractCode } from "./otp.js";
export { type NumberingPlan, registerNumberingPlan, toE164 } from "./phone.js";
export type {
  BuyRequest,
  CallOptions,
  Channel,
  FoundPurchase,
  HttpProviderOptions,
  NumberType,
  Provider,
  ProviderCapabilities,
  ProviderWith,
  PurchaseIntent,
  RenewRequest,
  RentalOffersRequest,
  RentRequest,
  ServicesRequest,
} from "./provider.js";
export type {
  Logger,
  RequestEvent,
  ResponseEvent,
  RetryOptions,
  TransportHooks,
} from "./transport/http-client.js";
