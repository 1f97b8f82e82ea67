/** A fresh Numariq fake (and client over it) for every test. */

import { type Harness as GenericHarness, useFake } from "../../fakes/harness.js";
import { createNumariqFake } from "../../fakes/numariq.js";

export { count, lastBody, type SentRequest } from "../../fakes/harness.js";
export type Harness = GenericHarness<ReturnType<typeof createNumariqFake>>;
export const useNumariqFake = (): Harness => useFake(() => createNumariqFake());
