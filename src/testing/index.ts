/**
 * `unisms/testing`: what a test suite needs without a provider account.
 *
 * - A faithful fake of each provider's HTTP API for msw (`createNumpoolFake()`, ...): a wallet with a
 *   ledger, stock, deliveries on demand, scripted faults. The real adapters run against it offline,
 *   so a suite exercises the same code paths it will in production.
 * - `serveOnLoopback()`: the same fake on a real port, for code in another process (a CLI, a browser).
 * - Builders for orders, rentals and messages.
 *
 * msw is an optional peer dependency of unisms: install it to use the fakes. `import "unisms"` never
 * loads this module. The sandbox provider (`sandbox()` from "unisms") needs nothing at all.
 */
// The sandbox is part of unisms itself (it needs no msw); it is here too so a suite finds every
// stand-in for a provider in one place.
export {
  type SandboxDelivery,
  type SandboxOptions,
  type SandboxProvider,
  type SandboxScenario,
  SCENARIOS,
  sandbox,
} from "unisms";
export { buildMessage, buildOrder, buildRental, type OrderOverrides } from "./builders.js";
export {
  type Fault,
  type FaultDealer,
  FaultScript,
  fakeServer,
  faulty,
  type LedgerEntry,
  type ProviderFake,
  type Route,
  Wallet,
} from "./fake-kit.js";
export { createFetchSmsFake, type FetchSmsFake, type FetchSmsFakeOptions } from "./fakes/fetchsms.js";
export { createJuicySmsFake, type JuicySmsFake, type JuicySmsFakeOptions } from "./fakes/juicysms.js";
export { createNumariqFake, type NumariqFake, type NumariqFakeOptions } from "./fakes/numariq.js";
export { createNumpoolFake, type NumpoolFake, type NumpoolFakeOptions } from "./fakes/numpool.js";
export { createTempNumberFake, type TempNumberFake, type TempNumberFakeOptions } from "./fakes/tempnumber.js";
export { type Interception, type Loopback, type LoopbackOptions, serveOnLoopback } from "./loopback.js";
export { type FakedProviderName, PROVIDER_FAKES } from "./provider-fakes.js";
