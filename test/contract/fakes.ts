import type { ProviderFake } from "../fakes/fake-kit.js";
import { createFetchSmsFake } from "../fakes/fetchsms.js";
import { createJuicySmsFake } from "../fakes/juicysms.js";
import { createNumariqFake } from "../fakes/numariq.js";
import { createNumpoolFake } from "../fakes/numpool.js";
import { createTempNumberFake } from "../fakes/tempnumber.js";

/** Every HTTP adapter's fake; the contract suite runs against each. */
export const contractFakes: Array<[string, () => ProviderFake]> = [
  ["numariq", () => createNumariqFake()],
  ["numpool", () => createNumpoolFake()],
  ["juicysms", () => createJuicySmsFake()],
  ["tempnumber", () => createTempNumberFake()],
  ["fetchsms", () => createFetchSmsFake()],
];
