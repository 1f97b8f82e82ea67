export { type ClientOptions, createClient, type SmsClient } from "./client/client.js";
export type { OperationsOf, SmsClientFor } from "./client/client-for.js";
export type {
  BuyInput,
  IngestEvent,
  RenewInput,
  RentInput,
  RequestOptions,
  ServicesInput,
} from "./client/inputs.js";
export { type FileJournalOptions, fileJournal } from "./client/journal/file-journal.js";
export type { Journal, JournalEntry, JournalStage } from "./client/journal/journal.js";
export { memoryJournal } from "./client/journal/memory-journal.js";
export type {
  RecoveredEntry,
  RecoverOptions,
  RecoveryAction,
  RecoveryReport,
} from "./client/journal/recover.js";
export {
  OrderWatcher,
  type OrderWatcherEvents,
  type WatchEndReason,
  type WatchOptions,
} from "./client/order-watcher.js";
export type { ActivationOffer, Offer, Quote, QuoteInput, RentalQuote } from "./client/quote.js";
export type { BreakerOptions, ProviderHealth } from "./client/router/breaker.js";
export type { Strategy } from "./client/router/price-scale.js";
export type { Balances, RoutingClient, RoutingClientOptions } from "./client/router/routing-client.js";
export type { CodeResult, WaitOptions } from "./client/wait-for-code.js";
export * from "./core/index.js";
// For `unisms/redis`, which imports the SDK by name (one copy, one set of error classes); not API.
export { validate } from "./core/validation.js";
export * from "./providers/index.js";
