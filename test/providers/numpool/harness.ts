/** One msw server per test file, a fresh NumPool fake (and client over it) for every test. */
import { HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createClient, type SmsClient } from "../../../src/client/client.js";
import type { NumpoolProvider } from "../../../src/providers/numpool/index.js";
import { createNumpoolFake, type NumpoolFake } from "../../fakes/numpool.js";

export interface SentRequest {
  method: string;
  path: string;
  headers: Headers;
  body: Promise<unknown>;
}

export interface Harness {
  fake: NumpoolFake;
  provider: NumpoolProvider;
  client: SmsClient;
  server: ReturnType<typeof setupServer>;
  /** Every request as sent on the wire, with its JSON body (null when none). */
  sent: SentRequest[];
}

export function useNumpoolFake(): Harness {
  const server = setupServer();
  const h = { server, sent: [] as SentRequest[] } as Harness;
  server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    const body = request
      .clone()
      .text()
      .then((text) => (text ? JSON.parse(text) : null));
    h.sent.push({ method: request.method, path: url.pathname + url.search, headers: request.headers, body });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    h.sent.length = 0;
    h.fake = createNumpoolFake();
    server.resetHandlers(...h.fake.handlers);
    h.provider = h.fake.provider();
    h.client = createClient({ provider: h.provider });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return h;
}

/** The JSON body of the last request sent as `method` to a path matching `path`. */
export async function lastBody(h: Harness, method: string, path: RegExp): Promise<unknown> {
  const found = h.sent.filter((r) => r.method === method && path.test(r.path)).at(-1);
  if (!found) throw new Error(`no ${method} request matching ${path}`);
  return found.body;
}

export const count = (h: Harness, method: string, path: RegExp) =>
  h.sent.filter((r) => r.method === method && path.test(r.path)).length;

/** A 200 reply with this exact JSON text. */
export const rawJson = (text: string, status = 200) =>
  new HttpResponse(text, { status, headers: { "content-type": "application/json" } });

export const usd = (amount: number) => ({ amount, currency: "USD" as const });
export const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));
