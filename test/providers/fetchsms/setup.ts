/** Shared test wiring: one msw server per file, a fresh FetchSMS fake per test, POST bodies recorded. */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { createClient } from "../../../src/client/client.js";
import type { Provider } from "../../../src/core/provider.js";
import {
  createFetchSmsFake,
  type FetchSmsFake,
  type FetchSmsFakeOptions,
} from "../../../src/testing/fakes/fetchsms.js";

export interface SentBody {
  method: string;
  path: string;
  body: unknown;
}

export function useFetchSmsFake(options?: FetchSmsFakeOptions) {
  const server = setupServer();
  const ctx = {
    server,
    fake: undefined as unknown as FetchSmsFake,
    sent: [] as SentBody[],
    pending: [] as Promise<void>[],
    /** Non-GET requests with their JSON bodies, in order (waits for the bodies to be read). */
    bodies: async (): Promise<SentBody[]> => {
      await Promise.all(ctx.pending);
      return ctx.sent;
    },
    url: (path: string) => `${ctx.fake.baseUrl}${path}`,
    // Typed as any provider: the tests call what FetchSMS lacks too, to see it refused at run time.
    client: (overrides?: Record<string, unknown>) =>
      createClient<Provider>({ provider: ctx.fake.provider(overrides) }),
  };

  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());
  beforeEach(() => {
    ctx.fake = createFetchSmsFake(options);
    ctx.sent = [];
    ctx.pending = [];
    server.use(...ctx.fake.handlers);
    server.events.on("request:start", ({ request }) => {
      if (request.method === "GET") return;
      const entry: SentBody = {
        method: request.method,
        path: new URL(request.url).pathname,
        body: undefined,
      };
      ctx.sent.push(entry);
      ctx.pending.push(
        request
          .clone()
          .text()
          .then((text) => {
            entry.body = text ? JSON.parse(text) : null;
          }),
      );
    });
  });
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  return ctx;
}
