/** A fresh Numariq fake (and client over it) for every test. */

import { createNumariqFake } from "../../../src/testing/fakes/numariq.js";
import { type Harness as GenericHarness, useFake } from "../../fakes/harness.js";

export { count, lastBody, type SentRequest } from "../../fakes/harness.js";
export type Harness = GenericHarness<ReturnType<typeof createNumariqFake>>;
export const useNumariqFake = (): Harness => useFake(() => createNumariqFake());
