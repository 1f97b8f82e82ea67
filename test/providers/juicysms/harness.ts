/** One msw server per test file, a fresh JuicySMS fake (and client over it) for every test. */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createClient, type SmsClient } from "../../../src/client/client.js";
import type { Provider } from "../../../src/core/provider.js";
import type { JuicySmsProvider } from "../../../src/providers/juicysms/index.js";
import { createJuicySmsFake, type JuicySmsFake } from "../../../src/testing/fakes/juicysms.js";

export interface SentRequest {
  method: string;
  /** Path and query string, decoded into a map. */
  path: string;
  query: Record<string, string>;
  body: Promise<string>;
}

export interface Harness {
  fake: JuicySmsFake;
  provider: JuicySmsProvider;
  client: SmsClient;
  server: ReturnType<typeof setupServer>;
  /** Every request as sent on the wire. */
  sent: SentRequest[];
}

export function useJuicySmsFake(): Harness {
  const server = setupServer();
  const h = { server, sent: [] as SentRequest[] } as Harness;
  server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    h.sent.push({
      method: request.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: request.clone().text(),
    });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  beforeEach(() => {
    h.sent.length = 0;
    h.fake = createJuicySmsFake();
    server.resetHandlers(...h.fake.handlers);
    h.provider = h.fake.provider() as JuicySmsProvider;
    h.client = createClient<Provider>({ provider: h.provider });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return h;
}

export const count = (h: Harness, method: string, path: string) =>
  h.sent.filter((r) => r.method === method && r.path === path).length;

export const last = (h: Harness, path: string): SentRequest => {
  const found = h.sent.filter((r) => r.path === path).at(-1);
  if (!found) throw new Error(`no request to ${path}`);
  return found;
};

/** Resolves with what `promise` rejected with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
