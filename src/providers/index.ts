/**
 * Provider registration: one line per adapter. A new provider is a new folder under src/providers/
 * plus its line here.
 */
export { type NumariqProvider, type NumariqServicesRequest, numariq } from "./numariq/index.js";
