/** One msw server per test file, a fresh Temp Number fake (and client over it) for every test. */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createClient, type SmsClient } from "../../../src/client/client.js";
import type { TempNumberProvider } from "../../../src/providers/tempnumber/index.js";
import { createTempNumberFake, type TempNumberFake } from "../../fakes/tempnumber.js";

export interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
  at: number;
  body: Promise<unknown>;
}

export interface Harness {
  fake: TempNumberFake;
  provider: TempNumberProvider;
  client: SmsClient;
  server: ReturnType<typeof setupServer>;
  /** Every request as sent on the wire, with its JSON body (null when none). */
  sent: SentRequest[];
}

export function useTempNumberFake(): Harness {
  const server = setupServer();
  const h = { server, sent: [] as SentRequest[] } as Harness;
  server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    const body = request
      .clone()
      .text()
      .then((text) => (text ? JSON.parse(text) : null));
    h.sent.push({
      method: request.method,
      path: url.pathname + url.search,
      headers: request.headers,
      at: performance.now(),
      body,
    });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    h.sent.length = 0;
    h.fake = createTempNumberFake();
    server.resetHandlers(...h.fake.handlers);
    h.provider = h.fake.provider();
    h.client = createClient({ provider: h.provider });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return h;
}

export const requestsTo = (h: Harness, method: string, path: RegExp) =>
  h.sent.filter((r) => r.method === method && path.test(r.path));

export const BUY = /\/v1\/numbers\/buy$/;
