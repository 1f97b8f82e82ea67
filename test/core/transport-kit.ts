/**
 * A fake host for the transport tests: routes answer from a script, one reply per request (the last one
 * repeats), and every request is recorded with its headers, URL and arrival time.
 */
import { http } from "msw";
import type { SetupServer } from "msw/node";
import { createTransport, type TransportOptions } from "../../src/core/transport/http-client.js";

export const BASE = "https://api.test";

export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  at: number;
}

type Reply = () => Response | Promise<Response>;

export function route(
  server: SetupServer,
  method: "get" | "post",
  path: string,
  replies: readonly Reply[],
): Seen[] {
  const seen: Seen[] = [];
  server.use(
    http[method](`${BASE}${path}`, async ({ request }) => {
      seen.push({
        method: request.method,
        url: new URL(request.url),
        headers: request.headers,
        body: await request.clone().text(),
        at: performance.now(),
      });
      const reply = replies[Math.min(seen.length - 1, replies.length - 1)]!;
      return reply();
    }),
  );
  return seen;
}

/** A transport on the fake host with fast retries and no error rows of its own. */
export function makeTransport(overrides: Partial<TransportOptions> = {}) {
  return createTransport({
    provider: "numpool",
    baseUrl: BASE,
    auth: { type: "header", name: "X-API-Key", value: "k_test_header_1234" },
    errorTable: [],
    retry: { minDelayMs: 1, maxDelayMs: 5 },
    ...overrides,
  });
}

/** The rejection of `promise`; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, but the call succeeded");
}
