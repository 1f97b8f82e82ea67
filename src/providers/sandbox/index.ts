export { type SandboxDelivery, type SandboxOptions, type SandboxScenario, SCENARIOS } from "./options.js";
export { type SandboxProvider, sandbox } from "./sandbox.js";
export type { LedgerEntry } from "./wallet.js";
