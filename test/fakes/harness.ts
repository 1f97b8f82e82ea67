/**
 * Test wiring shared by the per-provider suites: one msw server per test file, a fresh fake (and a
 * client over it) for every test, and every request recorded as sent on the wire.
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from "vitest";
import { createClient, type SmsClient } from "../../src/client/client.js";
import type { Provider } from "../../src/core/provider.js";
import type { ProviderFake } from "../../src/testing/fake-kit.js";

export interface SentRequest {
  method: string;
  /** Path and query string. */
  path: string;
  headers: Headers;
  /** performance.now() when the request left. */
  at: number;
  /** The JSON body, or null when none. */
  body: Promise<unknown>;
}

export interface Harness<F extends ProviderFake> {
  fake: F;
  provider: ReturnType<F["provider"]>;
  client: SmsClient;
  server: ReturnType<typeof setupServer>;
  sent: SentRequest[];
}

export function useFake<F extends ProviderFake>(create: () => F): Harness<F> {
  const server = setupServer();
  const h = { server, sent: [] as SentRequest[] } as Harness<F>;
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
    h.fake = create();
    server.resetHandlers(...h.fake.handlers);
    h.provider = h.fake.provider() as ReturnType<F["provider"]>;
    h.client = createClient<Provider>({ provider: h.provider });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return h;
}

export const requestsTo = (h: { sent: SentRequest[] }, method: string, path: RegExp) =>
  h.sent.filter((r) => r.method === method && path.test(r.path));

export const count = (h: { sent: SentRequest[] }, method: string, path: RegExp) =>
  requestsTo(h, method, path).length;

/** The JSON body of the last request sent as `method` to a path matching `path`. */
export async function lastBody(h: { sent: SentRequest[] }, method: string, path: RegExp): Promise<unknown> {
  const found = requestsTo(h, method, path).at(-1);
  if (!found) throw new Error(`no ${method} request matching ${path}`);
  return found.body;
}

/**
 * Fires `limit + 1` balance reads at an adapter built with no `rateLimit` (so its documented default
 * applies) and checks that exactly `limit` reach the fake at once while the last one is held.
 */
export async function expectDefaultBudget(fake: ProviderFake, route: RegExp, limit: number): Promise<void> {
  // `rateLimit: undefined` replaces the fake's generous budget, so the adapter's own default applies.
  const provider = fake.provider({ rateLimit: undefined });
  const controller = new AbortController();
  const outcomes = Array.from({ length: limit + 1 }, () =>
    provider.balance!({ signal: controller.signal }).then(
      () => "answered",
      (error: unknown) => error,
    ),
  );
  await vi.waitFor(() => expect(fake.faults.count("GET", route)).toBe(limit), { timeout: 5_000 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(fake.faults.count("GET", route)).toBe(limit);

  const stop = new Error("stop waiting");
  controller.abort(stop);
  const settled = await Promise.all(outcomes);
  expect(settled.filter((o) => o === "answered")).toHaveLength(limit);
  expect(settled.filter((o) => o === stop)).toHaveLength(1);
}
