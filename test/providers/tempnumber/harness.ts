/** A fresh Temp Number fake (and client over it) for every test. */

import { createTempNumberFake } from "../../../src/testing/fakes/tempnumber.js";
import { type Harness as GenericHarness, useFake } from "../../fakes/harness.js";

export { requestsTo, type SentRequest } from "../../fakes/harness.js";
export type Harness = GenericHarness<ReturnType<typeof createTempNumberFake>>;
export const useTempNumberFake = (): Harness => useFake(() => createTempNumberFake());

export const BUY = /\/v1\/numbers\/buy$/;
