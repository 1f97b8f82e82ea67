export { type ClientOptions, createClient, type SmsClient } from "./client/client.js";
export type {
  BuyInput,
  IngestEvent,
  RenewInput,
  RentInput,
  RequestOptions,
  ServicesInput,
} from "./client/inputs.js";
export {
  OrderWatcher,
  type OrderWatcherEvents,
  type WatchEndReason,
  type WatchOptions,
} from "./client/order-watcher.js";
export type { CodeResult, WaitOptions } from "./client/wait-for-code.js";
export * from "./core/index.js";
export * from "./providers/index.js";
