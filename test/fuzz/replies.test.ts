/**
 * Every adapter's reply parsing with arbitrary bodies (JSON of any shape, text, JuicySMS-like strings):
 * a valid result or an `SmsError` (a `ResponseFormatError` for a shape it does not know), never a crash,
 * never a silent wrong value.
 */
import fc from "fast-check";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  fetchsms,
  juicysms,
  type Money,
  numariq,
  numpool,
  type Order,
  type Provider,
  SmsError,
  tempnumber,
} from "../../src/index.js";
import { buildOrder } from "../../src/testing/builders.js";

let reply: { status: number; body: string; type: string } = { status: 200, body: "", type: "text/plain" };
const server = setupServer(
  http.all(
    "*",
    () => new HttpResponse(reply.body, { status: reply.status, headers: { "content-type": reply.type } }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterAll(() => server.close());

const options = (baseUrl: string) => ({
  apiKey: "fuzz_key_0123456789",
  baseUrl,
  retry: { retries: 0 },
  rateLimit: { limit: 100_000, intervalMs: 1_000 },
});

const ORDER: Order = buildOrder({ id: "4821", provider: "numariq" });

const ADAPTERS: Array<[string, Provider, (p: Provider) => Promise<unknown>]> = [
  ["numariq poll", numariq(options("https://numariq.fuzz/api/v1")), (p) => p.poll!(ORDER)],
  ["numpool balance", numpool(options("https://numpool.fuzz/api/v1")), (p) => p.balance!()],
  [
    "numpool poll",
    numpool(options("https://numpool.fuzz/api/v1")),
    (p) => p.poll!({ ...ORDER, provider: "numpool" }),
  ],
  ["juicysms balance", juicysms(options("https://juicysms.fuzz/api")), (p) => p.balance!()],
  [
    "juicysms poll",
    juicysms(options("https://juicysms.fuzz/api")),
    (p) => p.poll!({ ...ORDER, provider: "juicysms" }),
  ],
  ["fetchsms balance", fetchsms(options("https://fetchsms.fuzz/v1")), (p) => p.balance!()],
  ["tempnumber balance", tempnumber(options("https://tempnumber.fuzz/v1")), (p) => p.balance!()],
];

const bodies = fc.oneof(
  fc.json().map((body) => ({ body, type: "application/json" })),
  fc.anything().map((v) => ({ body: JSON.stringify(v) ?? "null", type: "application/json" })),
  fc.string().map((body) => ({ body, type: "text/plain" })),
  fc
    .tuple(
      fc.constantFrom(
        "SUCCESS_",
        "ORDER_ID_",
        "ERROR",
        "UNAUTHORIZED",
        "WAITING",
        "ORDER_ALREADY_OPEN_",
        "12.5",
        "",
      ),
      fc.string({ maxLength: 12 }),
    )
    .map(([head, tail]) => ({ body: head + tail, type: "text/plain" })),
);

const isMoney = (m: unknown): m is Money =>
  !!m &&
  typeof m === "object" &&
  Number.isSafeInteger((m as Money).amount) &&
  ((m as Money).currency === "USD" || (m as Money).currency === "EUR");

describe("fuzzing the adapters' reply parsing", () => {
  it.each(ADAPTERS)("%s: a valid result or an SmsError, whatever the body", async (_name, provider, call) => {
    await fc.assert(
      fc.asyncProperty(
        bodies,
        fc.constantFrom(200, 200, 200, 400, 404, 500),
        async ({ body, type }, status) => {
          reply = { status, body, type };
          let outcome: unknown;
          try {
            outcome = await call(provider);
          } catch (error) {
            expect(error).toBeInstanceOf(SmsError);
            expect(String((error as Error).message)).not.toContain("fuzz_key_0123456789");
            return;
          }
          if (provider.balance && _name.endsWith("balance")) expect(isMoney(outcome)).toBe(true);
          else {
            const order = outcome as Order;
            expect(order.id).toBe(ORDER.id);
            expect(["waiting", "received", "done", "expired", "cancelled"]).toContain(order.status);
            expect(order.code === null || /^[0-9A-Za-z]{3,12}$/.test(order.code)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
