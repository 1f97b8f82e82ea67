/**
 * What a request leaves behind once it is over: no timer and no listener on the caller's signal (a
 * long-lived signal, such as a worker's shutdown signal, would otherwise collect one per request). And
 * the attempt's one signal still does its three jobs: the caller's abort, the attempt's timeout, the
 * request's deadline.
 */
import { getEventListeners } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import * as z from "zod";
import { NetworkError } from "../../src/core/errors.js";
import { createTransport } from "../../src/core/transport/http-client.js";

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/slow") return void setTimeout(() => res.end('{"ok":true}'), 2_000);
    res.setHeader("content-type", "application/json");
    res.end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const ok = z.object({ ok: z.literal(true) });
const transportWith = (extra: { timeoutMs?: number; deadlineMs?: number } = {}) =>
  createTransport({
    provider: "numpool",
    baseUrl,
    auth: { type: "none" },
    errorTable: [],
    retry: { retries: 0 },
    ...extra,
  });

const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;

it("leaves no timer behind after its requests end", async () => {
  const transport = transportWith();
  await transport.request({ method: "GET", path: "/fast", schema: ok });
  const before = timers();
  for (let i = 0; i < 50; i++) await transport.request({ method: "GET", path: "/fast", schema: ok });
  expect(timers() - before).toBeLessThanOrEqual(1);
});

it("lets go of the caller's signal after each request", async () => {
  const transport = transportWith();
  const shutdown = new AbortController();
  for (let i = 0; i < 20; i++) {
    await transport.request({ method: "GET", path: "/fast", schema: ok, signal: shutdown.signal });
  }
  expect(getEventListeners(shutdown.signal, "abort")).toHaveLength(0);
});

it("rejects with the caller's reason when the caller aborts mid-request", async () => {
  const transport = transportWith();
  const caller = new AbortController();
  const reason = new Error("user went away");
  setTimeout(() => caller.abort(reason), 50);
  await expect(
    transport.request({ method: "GET", path: "/slow", schema: ok, signal: caller.signal }),
  ).rejects.toBe(reason);
});

it("turns an attempt that outlives timeoutMs into a timed-out NetworkError", async () => {
  const error = await transportWith({ timeoutMs: 100 })
    .request({ method: "GET", path: "/slow", schema: ok })
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NetworkError);
  expect((error as NetworkError).timedOut).toBe(true);
});

it("stops at the deadline when it comes before the attempt's timeout", async () => {
  const started = performance.now();
  const error = await transportWith({ timeoutMs: 5_000, deadlineMs: 150 })
    .request({ method: "GET", path: "/slow", schema: ok })
    .catch((e: unknown) => e);
  expect(performance.now() - started).toBeLessThan(1_500);
  expect(error).toBeInstanceOf(NetworkError);
  expect((error as NetworkError).message).toMatch(/passed its 150 ms deadline/);
});
