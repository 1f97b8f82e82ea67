export { type ClientOptions, createClient, type SmsClient } from "./client/client.js";
export type { BuyInput, RenewInput, RentInput, ServicesInput } from "./client/inputs.js";
export type { CodeResult, WaitOptions } from "./client/wait-for-code.js";
export * from "./core/index.js";
export * from "./providers/index.js";
