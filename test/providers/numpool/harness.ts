/** A fresh NumPool fake (and client over it) for every test. */
import { HttpResponse } from "msw";
import { createNumpoolFake } from "../../../src/testing/fakes/numpool.js";
import { type Harness as GenericHarness, useFake } from "../../fakes/harness.js";

export { count, lastBody, type SentRequest } from "../../fakes/harness.js";
export type Harness = GenericHarness<ReturnType<typeof createNumpoolFake>>;
export const useNumpoolFake = (): Harness => useFake(() => createNumpoolFake());

/** A 200 reply with this exact JSON text. */
export const rawJson = (text: string, status = 200) =>
  new HttpResponse(text, { status, headers: { "content-type": "application/json" } });

export const usd = (amount: number) => ({ amount, currency: "USD" as const });
export const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));
