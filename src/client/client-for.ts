/**
 * The client's type for one provider type: only the methods that provider declares it can do, so
 * `client.done(order)` on a NumPool client is a compile error rather than an `UnsupportedError` at run
 * time. A provider typed as the plain `Provider` (from the registry, or your own untyped object) declares
 * nothing, and gets every method, checked at run time as before.
 */
import type { Order, Rental } from "../core/model.js";
import type { Operation, Provider } from "../core/provider.js";
import type { SmsClient } from "./client.js";
import type { OrderWatcher, WatchOptions } from "./order-watcher.js";

/** The operations a provider type declares it has: its methods that are not optional. */
export type OperationsOf<P extends Provider> = Extract<RequiredKeys<P>, Operation>;

// Mapped over `keyof T`, not over the operation names: the compiler folds a mapped type over a fixed key
// list, indexed by that list, into one conditional that no longer tells the keys apart.
type RequiredKeys<T> = { [K in keyof T]-?: Pick<T, K> extends Required<Pick<T, K>> ? K : never }[keyof T];

/** The provider operation each client method calls; `ingest` and `recover` call none of their own. */
interface MethodOperation {
  buy: "buy";
  poll: "poll";
  waitForCode: "poll";
  withOrder: "buy";
  done: "done";
  cancel: "cancel";
  rent: "rent";
  getRental: "getRental";
  renew: "renew";
  cancelRental: "cancelRental";
  inbox: "inbox";
  balance: "balance";
  services: "services";
}

type OfferedMethods<P extends Provider> = {
  [M in keyof MethodOperation]: MethodOperation[M] extends OperationsOf<P> ? M : never;
}[keyof MethodOperation];

/** What `watch` follows: orders where the provider polls them, rentals where it reads them back. */
type Watchable<P extends Provider> =
  | ("poll" extends OperationsOf<P> ? Order : never)
  | ("getRental" extends OperationsOf<P> ? Rental : never);

type WatchFor<P extends Provider> = [Watchable<P>] extends [never]
  ? { readonly watch: never }
  : {
      /** Events for one order or rental until it ends; also an async iterator of its messages. */
      watch<T extends Watchable<P>>(target: T, options?: WatchOptions): OrderWatcher<T>;
    };

type Unoffered<P extends Provider> = Exclude<keyof MethodOperation, OfferedMethods<P>>;

/**
 * `createClient({ provider })`'s type: `SmsClient` with what `P` cannot do typed `never`, so calling it
 * does not compile, while the client still passes wherever an `SmsClient` is taken (a function written
 * for any provider accepts it, and checks `client.provider.capabilities` as before).
 */
export type SmsClientFor<P extends Provider> = [OperationsOf<P>] extends [never]
  ? SmsClient & ProviderOf<P>
  : Omit<SmsClient, Unoffered<P> | "provider" | "watch"> & {
      readonly [M in Unoffered<P>]: never;
    } & ProviderOf<P> &
      WatchFor<P>;

export interface ProviderOf<P extends Provider> {
  /** The provider the client was created with, with its own extras (`numpool().listOrders`, ...). */
  readonly provider: P;
}
