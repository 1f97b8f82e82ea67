/**
 * Paid calls end in a lost-reply `NetworkError` (requestMayHaveBeenSent: true) whenever the provider may
 * have charged and the caller cannot tell: any 5xx the adapter's provider does not vouch for, an abort or
 * deadline after the request left, or a retry that fails after an earlier attempt may have gone through.
 * The adapter then reconciles.
 */
import { delay, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { NetworkError, ProviderError, ValidationError } from "../../src/core/errors.js";
import { numpoolUncharged5xx } from "../../src/providers/numpool/error-table.js";
import { makeTransport, rejectionOf, route } from "./transport-kit.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const Ok = z.object({ ok: z.literal(true) });
const ok = () => HttpResponse.json({ ok: true });
const reply = (code: number, body: unknown) => () => HttpResponse.json(body as never, { status: code });
const buy = (extra: Record<string, unknown> = {}) =>
  ({ method: "POST", path: "/buy", json: { service: "wa" }, paid: "buy", schema: Ok, ...extra }) as const;

function failingFetch(...codes: string[]): { fetch: typeof fetch; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    fetch: async () => {
      const code = codes[Math.min(calls, codes.length - 1)]!;
      calls += 1;
      throw new TypeError("fetch failed", { cause: Object.assign(new Error(code), { code }) });
    },
  };
}

describe("a paid call answered 5xx", () => {
  it.each([
    ["524 (a gateway gave up)", 524, { error: "A timeout occurred" }],
    ["501", 501, { error: "Not Implemented" }],
    ["500 whose body says insufficient balance", 500, { error: "Insufficient balance" }],
    ["500 whose body says no numbers available", 500, { error: "No numbers available" }],
  ])("%s is a lost reply that may have been charged, sent once", async (_what, code, body) => {
    const seen = route(server, "post", "/buy", [reply(code, body), ok]);
    const error = await rejectionOf(makeTransport().request(buy()));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    expect((error as NetworkError).status).toBe(code);
    expect((error as NetworkError).message).toContain("may have been charged");
    expect(seen).toHaveLength(1);
  });

  it("a 503 is believed (refused, not attempted) only where the adapter's provider says so", async () => {
    const seen = route(server, "post", "/buy", [reply(503, { error: "Service Unavailable" }), ok]);
    const error = await rejectionOf(makeTransport({ uncharged5xx: (s) => s === 503 }).request(buy()));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).not.toBeInstanceOf(NetworkError);
    expect(seen).toHaveLength(1);
  });

  it("a 503 where the provider says nothing is a lost reply that may have been charged", async () => {
    route(server, "post", "/buy", [reply(503, { error: "Service Unavailable" }), ok]);
    const error = await rejectionOf(makeTransport().request(buy()));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
  });

  it.each([[502], [504], [524]])(
    "a gateway's %i is never believed, whatever the provider says",
    async (code) => {
      route(server, "post", "/buy", [reply(code, { error: "gateway" }), ok]);
      const error = await rejectionOf(makeTransport({ uncharged5xx: numpoolUncharged5xx }).request(buy()));
      expect(error).toBeInstanceOf(NetworkError);
    },
  );

  // Which 5xx leave the request possibly still at work behind a gateway (and so "may still land").
  it.each([
    [500, false],
    [501, false],
    [502, true],
    [503, true],
    [504, true],
    [520, true],
    [524, true],
    [599, true],
  ])("a paid call's %i says timedOut: %s", async (code, timedOut) => {
    route(server, "post", "/buy", [reply(code, { message: "upstream" })]);
    const error = await rejectionOf(makeTransport().request(buy()));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).timedOut).toBe(timedOut);
  });

  it("a 4xx stays what the table says", async () => {
    route(server, "post", "/buy", [reply(400, { error: "service is required" })]);
    expect(await rejectionOf(makeTransport().request(buy()))).toBeInstanceOf(ValidationError);
  });

  it("an unpaid POST answered 524 stays a ProviderError", async () => {
    route(server, "post", "/orders/1/cancel", [reply(524, { error: "timeout" })]);
    const error = await rejectionOf(
      makeTransport().request({ method: "POST", path: "/orders/1/cancel", schema: Ok }),
    );
    expect(error).toBeInstanceOf(ProviderError);
  });

  it("a keyed paid call is retried with its key past a 524, and answers", async () => {
    const seen = route(server, "post", "/buy", [reply(524, { error: "timeout" }), ok]);
    await expect(makeTransport().request(buy({ idempotencyKey: "k-524" }))).resolves.toEqual({ ok: true });
    expect(seen.map((s) => s.headers.get("idempotency-key"))).toEqual(["k-524", "k-524"]);
  });

  it("a keyed paid call whose 5xx persists ends as a retryable lost reply", async () => {
    const seen = route(server, "post", "/buy", [reply(502, { error: "Bad gateway" })]);
    const error = await rejectionOf(makeTransport().request(buy({ idempotencyKey: "k-502" })));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    expect((error as NetworkError).retryable).toBe(true);
    expect((error as NetworkError).status).toBe(502);
    expect(seen).toHaveLength(3);
  });
  it("a keyed paid call whose first attempt timed out stays 'may still land' though later ones met a 502", async () => {
    const seen = route(server, "post", "/buy", [
      async () => {
        await delay(300);
        return HttpResponse.json({ ok: true });
      },
      reply(502, { error: "Bad gateway" }),
    ]);
    const error = await rejectionOf(
      makeTransport({ timeoutMs: 50 }).request(buy({ idempotencyKey: "k-late" })),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    expect((error as NetworkError).timedOut).toBe(true);
    expect(seen).toHaveLength(3);
  });
});

describe("a paid call cut short", () => {
  it("aborted by the caller after it was sent: a lost reply carrying the abort reason", async () => {
    const seen = route(server, "post", "/buy", [
      async () => {
        await delay(1_000);
        return ok();
      },
    ]);
    const controller = new AbortController();
    const reason = new Error("the user gave up");
    setTimeout(() => controller.abort(reason), 30);
    const error = await rejectionOf(makeTransport().request(buy({ signal: controller.signal })));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    expect((error as NetworkError).cause).toBe(reason);
    expect((error as NetworkError).message).toContain("aborted");
    expect(seen).toHaveLength(1);
  });

  it("aborted while waiting in the rate gate (never sent): the abort reason itself", async () => {
    const seen = route(server, "post", "/buy", [ok]);
    const transport = makeTransport({ rateLimit: { limit: 1, intervalMs: 60_000 } });
    await transport.request(buy());
    const controller = new AbortController();
    const reason = new Error("not any more");
    const waiting = rejectionOf(transport.request(buy({ signal: controller.signal })));
    setTimeout(() => controller.abort(reason), 30);
    expect(await waiting).toBe(reason);
    expect(seen).toHaveLength(1);
  });

  it("cut off by the overall deadline while waiting in the rate gate (never sent): not sent", async () => {
    const seen = route(server, "post", "/buy", [ok]);
    const transport = makeTransport({ rateLimit: { limit: 1, intervalMs: 60_000 }, deadlineMs: 60 });
    await transport.request(buy());
    const error = await rejectionOf(transport.request(buy()));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect((error as NetworkError).message).toContain("deadline");
    expect(seen).toHaveLength(1);
  });

  it("cut off by the overall deadline after it was sent: a lost reply", async () => {
    route(server, "post", "/buy", [
      async () => {
        await delay(1_000);
        return ok();
      },
    ]);
    const error = await rejectionOf(makeTransport({ deadlineMs: 60 }).request(buy()));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    // No reply came in time: the provider may still act on it.
    expect((error as NetworkError).timedOut).toBe(true);
  });

  it("a refused connection on a paid call (never sent) stays not sent", async () => {
    const refusing = failingFetch("ECONNREFUSED");
    const error = await rejectionOf(makeTransport({ fetch: refusing.fetch }).request(buy()));
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(refusing.calls()).toBe(1);
  });
});

describe("a keyed paid call whose retries fail differently", () => {
  it("first attempt dropped after it was sent, later ones refused: still may have been sent", async () => {
    const flaky = failingFetch("ECONNRESET", "ECONNREFUSED");
    const error = await rejectionOf(
      makeTransport({ fetch: flaky.fetch }).request(buy({ idempotencyKey: "k-reset" })),
    );
    expect(flaky.calls()).toBe(3);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    // The last failure (refused) is kept as the cause.
    expect(((error as NetworkError).cause as NetworkError).requestMayHaveBeenSent).toBe(false);
  });

  it("first attempt answered 502, the retry refused as invalid: still may have been charged", async () => {
    const seen = route(server, "post", "/buy", [
      reply(502, { error: "Bad gateway" }),
      reply(400, { error: "duplicate request" }),
    ]);
    const error = await rejectionOf(makeTransport().request(buy({ idempotencyKey: "k-dup" })));
    expect(seen).toHaveLength(2);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    expect((error as NetworkError).cause).toBeInstanceOf(ValidationError);
  });

  it("refused on every attempt: never sent", async () => {
    const refusing = failingFetch("ECONNREFUSED");
    const error = await rejectionOf(
      makeTransport({ fetch: refusing.fetch }).request(buy({ idempotencyKey: "k-refused" })),
    );
    expect(refusing.calls()).toBe(3);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
  });
});
