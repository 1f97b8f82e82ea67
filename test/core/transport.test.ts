import { delay, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import {
  AuthenticationError,
  NetworkError,
  NotFoundError,
  OrderStateError,
  OutOfStockError,
  ProviderError,
  RateLimitError,
  ResponseFormatError,
  type SmsError,
  ValidationError,
} from "../../src/core/errors.js";
import type { RequestEvent, ResponseEvent } from "../../src/core/transport/http-client.js";
import { BASE, makeTransport, rejectionOf, route } from "./transport-kit.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const Ok = z.object({ ok: z.literal(true) });
const ok = () => HttpResponse.json({ ok: true });
const status =
  (
    code: number,
    body: Record<string, unknown> = { error: `status ${code}` },
    headers?: Record<string, string>,
  ) =>
  () =>
    HttpResponse.json(body, { status: code, ...(headers ? { headers } : {}) });
const dropped = () => HttpResponse.error();

describe("which requests are retried", () => {
  it.each([
    ["500", status(500)],
    ["502", status(502)],
    ["503", status(503)],
    ["408", status(408)],
    ["429", status(429)],
    ["a network error", dropped],
  ])("retries a GET on %s and answers with the 3rd attempt's reply", async (_what, failure) => {
    const seen = route(server, "get", "/balance", [failure, failure, ok]);
    await expect(makeTransport().request({ method: "GET", path: "/balance", schema: Ok })).resolves.toEqual({
      ok: true,
    });
    expect(seen).toHaveLength(3);
  });

  it.each([
    ["503", status(503), ProviderError],
    ["429", status(429), RateLimitError],
    ["a network error", dropped, NetworkError],
  ])("gives up on %s after 2 retries (3 requests) and surfaces the error", async (_what, failure, Class) => {
    const seen = route(server, "get", "/balance", [failure]);
    const error = await rejectionOf(makeTransport().request({ method: "GET", path: "/balance", schema: Ok }));
    expect(error).toBeInstanceOf(Class);
    expect(seen).toHaveLength(3);
  });

  it("takes the number of retries from the options", async () => {
    const seen = route(server, "get", "/balance", [status(503)]);
    await rejectionOf(
      makeTransport({ retry: { retries: 4, minDelayMs: 1, maxDelayMs: 2 } }).request({
        method: "GET",
        path: "/balance",
        schema: Ok,
      }),
    );
    expect(seen).toHaveLength(5);
    const once = route(server, "get", "/once", [status(503)]);
    await rejectionOf(
      makeTransport({ retry: { retries: 0 } }).request({ method: "GET", path: "/once", schema: Ok }),
    );
    expect(once).toHaveLength(1);
  });

  it.each([
    [400, ValidationError],
    [401, AuthenticationError],
    [403, AuthenticationError],
    [404, NotFoundError],
    [409, OrderStateError],
    [422, ValidationError],
  ])("does not retry a GET answered %i", async (code, Class) => {
    const seen = route(server, "get", "/orders/1", [status(code), ok]);
    const error = await rejectionOf(
      makeTransport().request({ method: "GET", path: "/orders/1", schema: Ok }),
    );
    expect(error).toBeInstanceOf(Class);
    expect((error as SmsError).status).toBe(code);
    expect(seen).toHaveLength(1);
  });

  it("does not retry a reply that does not match the schema", async () => {
    const seen = route(server, "get", "/balance", [() => HttpResponse.json({ ok: "yes" }), ok]);
    const error = await rejectionOf(makeTransport().request({ method: "GET", path: "/balance", schema: Ok }));
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect(seen).toHaveLength(1);
  });

  it.each([
    ["500", status(500), ProviderError],
    ["503", status(503), ProviderError],
    ["429", status(429), RateLimitError],
    ["a network error", dropped, NetworkError],
  ])("never retries a POST without an idempotency key on %s", async (_what, failure, Class) => {
    const seen = route(server, "post", "/buy", [failure, ok]);
    const error = await rejectionOf(
      makeTransport().request({ method: "POST", path: "/buy", json: { service: "wa" }, schema: Ok }),
    );
    expect(error).toBeInstanceOf(Class);
    expect(seen).toHaveLength(1);
  });

  it("retries a POST with an idempotency key, sending the same key every time", async () => {
    const seen = route(server, "post", "/numbers", [status(503), dropped, ok]);
    const result = await makeTransport().request({
      method: "POST",
      path: "/numbers",
      json: { country: "US" },
      idempotencyKey: "buy-7c1e",
      paid: "rent",
      schema: Ok,
    });
    expect(result).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    expect(seen.map((s) => s.headers.get("idempotency-key"))).toEqual(["buy-7c1e", "buy-7c1e", "buy-7c1e"]);
    expect(seen.map((s) => s.body)).toEqual(Array(3).fill('{"country":"US"}'));
  });

  it("reports a lost paid POST as a NetworkError that may have been sent, after exactly one request", async () => {
    const seen = route(server, "post", "/buy", [dropped, ok]);
    const error = await rejectionOf(
      makeTransport().request({ method: "POST", path: "/buy", json: {}, paid: "buy", schema: Ok }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    expect((error as NetworkError).retryable).toBe(true);
    expect(seen).toHaveLength(1);
  });

  // JuicySMS buys with a GET: a paid GET must not be repeated either.
  it.each([
    ["500", status(500), NetworkError],
    ["a network error", dropped, NetworkError],
  ])("never retries a paid GET without an idempotency key on %s", async (_what, failure, Class) => {
    const seen = route(server, "get", "/api/getnumber", [failure, ok]);
    const error = await rejectionOf(
      makeTransport().request({ method: "GET", path: "/api/getnumber", paid: "buy", schema: Ok }),
    );
    expect(error).toBeInstanceOf(Class);
    expect(seen).toHaveLength(1);
  });

  it.each([500, 502, 504])(
    "reports a paid call's HTTP %i as a possibly-charged lost reply, sent once",
    async (code) => {
      const seen = route(server, "post", "/buy", [status(code), ok]);
      const error = await rejectionOf(
        makeTransport().request({ method: "POST", path: "/buy", paid: "buy", schema: Ok }),
      );
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
      expect((error as NetworkError).status).toBe(code);
      expect(seen).toHaveLength(1);
    },
  );

  it("keeps a paid call's 503 as ProviderError where the adapter's provider says it was refused", async () => {
    const seen = route(server, "post", "/buy", [status(503), ok]);
    const error = await rejectionOf(
      makeTransport({ uncharged5xx: (s) => s === 503 }).request({
        method: "POST",
        path: "/buy",
        paid: "buy",
        schema: Ok,
      }),
    );
    expect(error).toBeInstanceOf(ProviderError);
    expect(seen).toHaveLength(1);
  });

  it("retries a POST marked repeatable (a read sent as POST) like a GET", async () => {
    const seen = route(server, "post", "/rental/view", [status(503), dropped, ok]);
    const body = await makeTransport().request({
      method: "POST",
      path: "/rental/view",
      repeatable: true,
      schema: Ok,
    });
    expect(body).toEqual({ ok: true });
    expect(seen).toHaveLength(3);
    expect(seen[0]!.headers.get("idempotency-key")).toBeNull();
  });

  it("never lets repeatable override paid: a paid call without a key is sent once", async () => {
    const seen = route(server, "post", "/buy", [status(500), ok]);
    const error = await rejectionOf(
      makeTransport().request({ method: "POST", path: "/buy", repeatable: true, paid: "buy", schema: Ok }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(seen).toHaveLength(1);
  });

  it("tells a refused connection (never sent) from a lost reply, and still retries a GET on it", async () => {
    let calls = 0;
    const refusing: typeof fetch = async () => {
      calls += 1;
      throw new TypeError("fetch failed", {
        cause: Object.assign(new Error("connect"), { code: "ECONNREFUSED" }),
      });
    };
    const error = await rejectionOf(
      makeTransport({ fetch: refusing }).request({ method: "GET", path: "/balance", schema: Ok }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect((error as NetworkError).message).toContain("ECONNREFUSED");
    expect(calls).toBe(3);
  });
});

describe("Retry-After", () => {
  it("waits at least the seconds it names, and holds the transport's other requests too", async () => {
    const transport = makeTransport({
      hooks: {
        onResponse: (event) => {
          if (event.status === 429 && pausedAt === 0) {
            pausedAt = performance.now();
            other = transport.request({ method: "GET", path: "/other", schema: Ok });
          }
        },
      },
    });
    let pausedAt = 0;
    let other: Promise<unknown> | undefined;
    const limited = route(server, "get", "/sms/1", [
      status(429, { error: "slow down" }, { "Retry-After": "1" }),
      ok,
    ]);
    const others = route(server, "get", "/other", [ok]);

    await expect(transport.request({ method: "GET", path: "/sms/1", schema: Ok })).resolves.toEqual({
      ok: true,
    });
    await expect(other).resolves.toEqual({ ok: true });
    expect(limited).toHaveLength(2);
    expect(limited[1]!.at - pausedAt).toBeGreaterThanOrEqual(950);
    expect(others).toHaveLength(1);
    expect(others[0]!.at - pausedAt).toBeGreaterThanOrEqual(950);
  });

  it("honours the HTTP-date form", async () => {
    // Dates have whole seconds: two seconds ahead leaves at least one to wait.
    const when = new Date(Date.now() + 2000).toUTCString();
    const seen = route(server, "get", "/sms/1", [
      status(503, { error: "busy" }, { "Retry-After": when }),
      ok,
    ]);
    await makeTransport().request({ method: "GET", path: "/sms/1", schema: Ok });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(950);
  });

  it("hands a wait over 60 s to the caller instead of sleeping through it", async () => {
    const transport = makeTransport();
    const seen = route(server, "get", "/sms/1", [
      status(429, { error: "slow down" }, { "Retry-After": "120" }),
      ok,
    ]);
    const started = performance.now();
    const error = await rejectionOf(transport.request({ method: "GET", path: "/sms/1", schema: Ok }));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(120_000);
    expect((error as RateLimitError).status).toBe(429);
    expect(seen).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(transport.budget.pausedForMs()).toBe(0);
  });

  it("gives a short Retry-After to the RateLimitError it retried past", async () => {
    const seen = route(server, "get", "/sms/1", [status(429, { error: "slow" }, { "Retry-After": "0" })]);
    const error = await rejectionOf(makeTransport().request({ method: "GET", path: "/sms/1", schema: Ok }));
    expect((error as RateLimitError).retryAfterMs).toBe(0);
    expect(seen).toHaveLength(3);
  });
});

describe("time limits and cancellation", () => {
  it("times out each attempt and surfaces a NetworkError after the retries", async () => {
    const seen = route(server, "get", "/slow", [
      async () => {
        await delay(500);
        return ok();
      },
    ]);
    const started = performance.now();
    const error = await rejectionOf(
      makeTransport({ timeoutMs: 50 }).request({ method: "GET", path: "/slow", schema: Ok }),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/timeout/i);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(true);
    expect(seen).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(450);
  });

  it("stops at the overall deadline, retries included", async () => {
    const seen = route(server, "get", "/slow", [
      async () => {
        await delay(80);
        return status(503)();
      },
    ]);
    const started = performance.now();
    const error = await rejectionOf(
      makeTransport({ deadlineMs: 120, retry: { retries: 10, minDelayMs: 1, maxDelayMs: 2 } }).request({
        method: "GET",
        path: "/slow",
        schema: Ok,
      }),
    );
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/deadline/);
    expect(seen.length).toBeLessThanOrEqual(2);
    expect(elapsed).toBeLessThan(400);
  });

  it("rejects with the signal's reason when the caller aborts mid-request", async () => {
    route(server, "get", "/slow", [
      async () => {
        await delay(1000);
        return ok();
      },
    ]);
    const controller = new AbortController();
    const reason = new Error("the user gave up");
    setTimeout(() => controller.abort(reason), 30);
    const error = await rejectionOf(
      makeTransport().request({ method: "GET", path: "/slow", schema: Ok, signal: controller.signal }),
    );
    expect(error).toBe(reason);
  });

  it("stops retrying once aborted", async () => {
    const seen = route(server, "get", "/flaky", [status(503)]);
    const controller = new AbortController();
    const reason = new Error("stop");
    const transport = makeTransport({ retry: { retries: 5, minDelayMs: 200, maxDelayMs: 200 } });
    const pending = transport.request({
      method: "GET",
      path: "/flaky",
      schema: Ok,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 50);
    await expect(pending).rejects.toBe(reason);
    await delay(300);
    expect(seen).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const seen = route(server, "get", "/balance", [ok]);
    const reason = new Error("already");
    const error = await rejectionOf(
      makeTransport().request({
        method: "GET",
        path: "/balance",
        schema: Ok,
        signal: AbortSignal.abort(reason),
      }),
    );
    expect(error).toBe(reason);
    expect(seen).toHaveLength(0);
  });
});

describe("rate limit", () => {
  it("holds the 3rd request of a 2-per-200ms budget until the next window", async () => {
    const seen = route(server, "get", "/balance", [ok]);
    const transport = makeTransport({ rateLimit: { limit: 2, intervalMs: 200 } });
    const get = () => transport.request({ method: "GET", path: "/balance", schema: Ok });
    await Promise.all([get(), get(), get()]);
    expect(seen).toHaveLength(3);
    const times = seen.map((s) => s.at).sort((a, b) => a - b);
    expect(times[1]! - times[0]!).toBeLessThan(100);
    expect(times[2]! - times[0]!).toBeGreaterThanOrEqual(180);
  });

  it("counts retries against the budget", async () => {
    const seen = route(server, "get", "/balance", [status(503), ok]);
    const transport = makeTransport({ rateLimit: { limit: 1, intervalMs: 150 } });
    await transport.request({ method: "GET", path: "/balance", schema: Ok });
    expect(seen).toHaveLength(2);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(130);
  });
});

describe("reading replies", () => {
  it("gives a schema mismatch as a ResponseFormatError with the path and a short excerpt", async () => {
    const long = { balance: "lots", padding: "x".repeat(1000) };
    route(server, "get", "/balance", [() => HttpResponse.json(long)]);
    const error = await rejectionOf(
      makeTransport().request({ method: "GET", path: "/balance", schema: z.object({ balance: z.number() }) }),
    );
    expect(error).toBeInstanceOf(ResponseFormatError);
    const format = error as ResponseFormatError;
    expect(format.provider).toBe("numpool");
    expect(format.message).toContain("/balance");
    expect(format.message).toContain("balance");
    expect(format.excerpt).toContain('"balance":"lots"');
    expect(format.excerpt!.length).toBeLessThanOrEqual(161);
  });

  it("gives a non-JSON body as a ResponseFormatError", async () => {
    route(server, "get", "/balance", [() => HttpResponse.html("<html><body>Bad gateway</body></html>")]);
    const error = await rejectionOf(makeTransport().request({ method: "GET", path: "/balance", schema: Ok }));
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as ResponseFormatError).message).toMatch(/not JSON/);
    expect((error as ResponseFormatError).excerpt).toContain("Bad gateway");
  });

  it("parses an empty body as null", async () => {
    route(server, "post", "/cancel", [() => new HttpResponse(null, { status: 204 })]);
    route(server, "get", "/empty", [() => new HttpResponse("", { status: 200 })]);
    const transport = makeTransport();
    await expect(
      transport.request({ method: "POST", path: "/cancel", schema: z.null() }),
    ).resolves.toBeNull();
    await expect(transport.request({ method: "GET", path: "/empty", schema: z.null() })).resolves.toBeNull();
  });

  it("hands the raw text to the schema with as: text", async () => {
    route(server, "get", "/api/getbalance", [() => HttpResponse.text("12.40")]);
    const result = await makeTransport().request({
      method: "GET",
      path: "/api/getbalance",
      as: "text",
      schema: z.string(),
    });
    expect(result).toBe("12.40");
  });

  it("returns what the schema returns (transforms applied)", async () => {
    route(server, "get", "/balance", [() => HttpResponse.json({ balance: "4.99" })]);
    const schema = z.object({ balance: z.string() }).transform((b) => Number(b.balance));
    await expect(makeTransport().request({ method: "GET", path: "/balance", schema })).resolves.toBe(4.99);
  });

  it.each([
    [{ error: "Unknown order" }, "Unknown order"],
    [{ message: "Unknown order" }, "Unknown order"],
    [{ detail: "Unknown order" }, "Unknown order"],
    [{ detail: [{ msg: "field required" }, { msg: "bad days" }] }, "field required; bad days"],
    [{ success: false, error: { message: "Unknown order" } }, "Unknown order"],
  ])("reads the provider's words out of the error body %j", async (body, words) => {
    route(server, "get", "/orders/9", [status(404, body)]);
    const error = await rejectionOf(
      makeTransport().request({ method: "GET", path: "/orders/9", schema: Ok }),
    );
    expect((error as SmsError).message).toBe(`numpool: ${words}`);
  });

  it("reads a plain-text error body as the message", async () => {
    route(server, "get", "/orders/9", [() => HttpResponse.text("Not Found", { status: 404 })]);
    const error = await rejectionOf(
      makeTransport().request({ method: "GET", path: "/orders/9", schema: Ok }),
    );
    expect((error as SmsError).message).toBe("numpool: Not Found");
  });

  it("classifies by the provider's words through the error table", async () => {
    route(server, "post", "/buy", [status(400, { error: "No numbers available" })]);
    const error = await rejectionOf(makeTransport().request({ method: "POST", path: "/buy", schema: Ok }));
    expect(error).toBeInstanceOf(OutOfStockError);
  });

  it("uses the adapter's own reader and table", async () => {
    route(server, "get", "/x", [status(400, { oops: "CODE_42" })]);
    const transport = makeTransport({
      readErrorMessage: (body) => (body as { oops?: string }).oops,
      errorTable: [{ match: /^CODE_42$/, error: NotFoundError }],
    });
    const error = await rejectionOf(transport.request({ method: "GET", path: "/x", schema: Ok }));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it("shows every reply's headers to onHeaders", async () => {
    route(server, "get", "/balance", [
      () => HttpResponse.json({ ok: true }, { headers: { "X-RateLimit-Remaining": "59" } }),
    ]);
    const remaining: (string | null)[] = [];
    const transport = makeTransport({
      onHeaders: (headers) => remaining.push(headers.get("x-ratelimit-remaining")),
    });
    await transport.request({ method: "GET", path: "/balance", schema: Ok });
    expect(remaining).toEqual(["59"]);
  });
});

describe("requests as sent", () => {
  it("puts a header key in its header", async () => {
    const seen = route(server, "get", "/balance", [ok]);
    await makeTransport({ auth: { type: "header", name: "X-API-Key", value: "hk_1234" } }).request({
      method: "GET",
      path: "/balance",
      schema: Ok,
    });
    expect(seen[0]!.headers.get("x-api-key")).toBe("hk_1234");
    expect(seen[0]!.headers.get("authorization")).toBeNull();
    expect(seen[0]!.url.search).toBe("");
  });

  it("sends a bearer token as Authorization", async () => {
    const seen = route(server, "get", "/balance", [ok]);
    await makeTransport({ auth: { type: "bearer", token: "tok_5678" } }).request({
      method: "GET",
      path: "/balance",
      schema: Ok,
    });
    expect(seen[0]!.headers.get("authorization")).toBe("Bearer tok_5678");
  });

  it("puts a query key in the query, next to the request's own parameters", async () => {
    const seen = route(server, "get", "/api/getnumber", [ok]);
    await makeTransport({ auth: { type: "query", name: "key", value: "qk 9+/0" } }).request({
      method: "GET",
      path: "/api/getnumber",
      query: { serviceId: 4, country: "UK", areaCode: undefined, maxPrice: null, voice: false },
      schema: Ok,
    });
    const params = seen[0]!.url.searchParams;
    expect(params.get("key")).toBe("qk 9+/0");
    expect(params.get("serviceId")).toBe("4");
    expect(params.get("country")).toBe("UK");
    expect(params.get("voice")).toBe("false");
    expect(params.has("areaCode")).toBe(false);
    expect(params.has("maxPrice")).toBe(false);
  });

  it("sends JSON bodies and asks for JSON", async () => {
    const seen = route(server, "post", "/buy", [ok]);
    await makeTransport().request({
      method: "POST",
      path: "buy",
      json: { service: "wa", country: 187 },
      schema: Ok,
    });
    expect(JSON.parse(seen[0]!.body)).toEqual({ service: "wa", country: 187 });
    expect(seen[0]!.headers.get("content-type")).toMatch(/application\/json/);
    expect(seen[0]!.headers.get("accept")).toMatch(/application\/json/);
  });

  it("joins a base URL with a path prefix and a trailing slash", async () => {
    const seen = route(server, "get", "/api/v1/balance", [ok]);
    await makeTransport({ baseUrl: `${BASE}/api/v1/` }).request({
      method: "GET",
      path: "/balance",
      schema: Ok,
    });
    expect(seen).toHaveLength(1);
  });
});

describe("hooks and logger", () => {
  it("report every attempt with method, path, status, duration and attempt number", async () => {
    route(server, "get", "/balance", [status(503), ok]);
    const requests: RequestEvent[] = [];
    const responses: ResponseEvent[] = [];
    const lines: string[] = [];
    const transport = makeTransport({
      hooks: { onRequest: (e) => requests.push(e), onResponse: (e) => responses.push(e) },
      logger: { debug: (line) => lines.push(line) },
    });
    await transport.request({ method: "GET", path: "/balance", query: { currency: "usd" }, schema: Ok });
    expect(requests).toEqual([
      { provider: "numpool", method: "GET", path: "/balance", attempt: 1 },
      { provider: "numpool", method: "GET", path: "/balance", attempt: 2 },
    ]);
    expect(responses).toHaveLength(2);
    expect(responses[0]).toMatchObject({
      method: "GET",
      path: "/balance",
      status: 503,
      attempt: 1,
      error: "provider_error",
    });
    expect(responses[1]).toMatchObject({ method: "GET", path: "/balance", status: 200, attempt: 2 });
    expect(responses[1]).not.toHaveProperty("error");
    for (const e of responses) expect(e.durationMs).toBeGreaterThanOrEqual(0);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("GET /balance -> 503");
    expect(lines[1]).toContain("attempt 2");
  });

  it("report a lost reply with status null and the error code", async () => {
    route(server, "post", "/buy", [dropped]);
    const responses: ResponseEvent[] = [];
    await rejectionOf(
      makeTransport({ hooks: { onResponse: (e) => responses.push(e) } }).request({
        method: "POST",
        path: "/buy",
        schema: Ok,
      }),
    );
    expect(responses).toEqual([expect.objectContaining({ status: null, error: "network", attempt: 1 })]);
  });
});

describe("fail and badResponse", () => {
  it("fail classifies a failure seen inside a 200 body through the table", () => {
    const transport = makeTransport({ errorTable: [{ match: /^NO_BALANCE$/, error: ProviderError }] });
    expect(transport.fail("NO_BALANCE")).toBeInstanceOf(ProviderError);
    expect(transport.fail("No numbers available")).toBeInstanceOf(OutOfStockError);
    expect(transport.fail("gone", 404)).toBeInstanceOf(NotFoundError);
  });

  it("badResponse builds a ResponseFormatError naming the provider", () => {
    const error = makeTransport().badResponse("unexpected status", "WEIRD_STATUS");
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect(error.message).toBe("numpool: unexpected status");
    expect(error.excerpt).toBe("WEIRD_STATUS");
  });
});
