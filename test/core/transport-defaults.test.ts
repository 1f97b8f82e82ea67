import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import * as z from "zod";
import {
  createTransport,
  DEFAULT_DEADLINE_MS,
  DEFAULT_RETRY,
  DEFAULT_TIMEOUT_MS,
} from "../../src/core/transport/http-client.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

it("documents its defaults: 2 retries, 500 ms doubling capped at 8 s, 30 s per attempt, 120 s per call", () => {
  expect(DEFAULT_RETRY).toEqual({ retries: 2, minDelayMs: 500, maxDelayMs: 8_000 });
  expect(DEFAULT_TIMEOUT_MS).toBe(30_000);
  expect(DEFAULT_DEADLINE_MS).toBe(120_000);
});

it("waits at least 500 ms (and, jittered, under 1 s) before the first retry when nothing is configured", async () => {
  const at: number[] = [];
  server.use(
    http.get("https://api.test/balance", () => {
      at.push(performance.now());
      return at.length === 1 ? HttpResponse.json({}, { status: 503 }) : HttpResponse.json({ ok: true });
    }),
  );
  const transport = createTransport({
    provider: "numpool",
    baseUrl: "https://api.test",
    auth: { type: "none" },
    errorTable: [],
  });
  await transport.request({ method: "GET", path: "/balance", schema: z.object({ ok: z.literal(true) }) });
  expect(at).toHaveLength(2);
  const waited = at[1]! - at[0]!;
  expect(waited).toBeGreaterThanOrEqual(490);
  expect(waited).toBeLessThan(1_100);
});
