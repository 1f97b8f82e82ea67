/**
 * The provider fakes every routing test file runs against: one msw server, and fresh fakes (wallets,
 * stock, faults) before each test.
 */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { fakeServer } from "../../../src/testing/fake-kit.js";
import { createFetchSmsFake, type FetchSmsFake } from "../../../src/testing/fakes/fetchsms.js";
import { createJuicySmsFake, type JuicySmsFake } from "../../../src/testing/fakes/juicysms.js";
import { createNumariqFake, type NumariqFake } from "../../../src/testing/fakes/numariq.js";
import { createNumpoolFake, type NumpoolFake } from "../../../src/testing/fakes/numpool.js";
import { createTempNumberFake, type TempNumberFake } from "../../../src/testing/fakes/tempnumber.js";

export interface RouterFakes {
  server: ReturnType<typeof fakeServer>;
  numariq: NumariqFake;
  numpool: NumpoolFake;
  fetchsms: FetchSmsFake;
  juicysms: JuicySmsFake;
  tempnumber: TempNumberFake;
}

/** Registers the hooks; the returned object's fakes are replaced before each test. */
export function useRouterFakes(): RouterFakes {
  const f = { server: fakeServer() } as RouterFakes;
  beforeAll(() => f.server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    f.numariq = createNumariqFake();
    f.numpool = createNumpoolFake();
    f.fetchsms = createFetchSmsFake();
    f.juicysms = createJuicySmsFake();
    f.tempnumber = createTempNumberFake();
    f.server.resetHandlers(
      ...f.numariq.handlers,
      ...f.numpool.handlers,
      ...f.fetchsms.handlers,
      ...f.juicysms.handlers,
      ...f.tempnumber.handlers,
    );
  });
  afterAll(() => f.server.close());
  return f;
}
