/**
 * The key never leaves the SDK as text: not in error messages, `JSON.stringify`, `util.inspect`, hook events
 * or logger lines, whatever went wrong and even when the provider echoes the key back.
 */
import { inspect } from "node:util";
import { delay, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import {
  AuthenticationError,
  NetworkError,
  ProviderError,
  ResponseFormatError,
  type SmsError,
} from "../../src/core/errors.js";
import { createRedactor } from "../../src/core/redact.js";
import type { Auth } from "../../src/core/transport/http-client.js";
import { makeTransport, rejectionOf, route, type Seen } from "./transport-kit.js";

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

interface Variant {
  name: string;
  auth: Auth;
  secret: string;
  /** How the provider might echo it: as is, and as it appeared in the URL. */
  echoes: string[];
  wasSent(seen: Seen): boolean;
}

const VARIANTS: Variant[] = [
  {
    name: "query key",
    auth: { type: "query", name: "key", value: "sk_live_SECRET123" },
    secret: "sk_live_SECRET123",
    echoes: ["sk_live_SECRET123"],
    wasSent: (seen) => seen.url.searchParams.get("key") === "sk_live_SECRET123",
  },
  {
    name: "query key with URL-special characters",
    auth: { type: "query", name: "key", value: "sk/live+SECRET=9" },
    secret: "sk/live+SECRET=9",
    echoes: ["sk/live+SECRET=9", encodeURIComponent("sk/live+SECRET=9")],
    wasSent: (seen) => seen.url.searchParams.get("key") === "sk/live+SECRET=9",
  },
  {
    // URLs form-encode a query value (space as "+", "~" as "%7E"), unlike encodeURIComponent.
    name: "query key with a custom name, a space and a tilde",
    auth: { type: "query", name: "api_token", value: "tk~live SECRET" },
    secret: "tk~live SECRET",
    echoes: ["tk~live SECRET", "tk%7Elive+SECRET", encodeURIComponent("tk~live SECRET")],
    wasSent: (seen) => seen.url.searchParams.get("api_token") === "tk~live SECRET",
  },
  {
    name: "bearer token",
    auth: { type: "bearer", token: "tok_live_BEARER456" },
    secret: "tok_live_BEARER456",
    echoes: ["tok_live_BEARER456", "Bearer tok_live_BEARER456"],
    wasSent: (seen) => seen.headers.get("authorization") === "Bearer tok_live_BEARER456",
  },
  {
    name: "header key",
    auth: { type: "header", name: "X-API-Key", value: "hk_live_HEADER789" },
    secret: "hk_live_HEADER789",
    echoes: ["hk_live_HEADER789"],
    wasSent: (seen) => seen.headers.get("x-api-key") === "hk_live_HEADER789",
  },
];

interface Scenario {
  name: string;
  method: "get" | "post";
  reply: (echo: string) => () => Response | Promise<Response>;
  expected: new (...args: never[]) => SmsError;
  timeoutMs?: number;
}

const SCENARIOS: Scenario[] = [
  {
    name: "a 500 whose body echoes the key",
    method: "get",
    reply: (echo) => () =>
      HttpResponse.json({ error: `internal error serving key=${echo}` }, { status: 500 }),
    expected: ProviderError,
  },
  {
    name: "a 500 whose text body is the whole request URL",
    method: "get",
    reply: (echo) => () =>
      HttpResponse.text(`failed: https://api.test/path?key=${echo}&x=1`, { status: 500 }),
    expected: ProviderError,
  },
  {
    name: "a network error",
    method: "get",
    reply: () => () => HttpResponse.error(),
    expected: NetworkError,
  },
  {
    name: "a network error on a POST",
    method: "post",
    reply: () => () => HttpResponse.error(),
    expected: NetworkError,
  },
  {
    // ky's own TimeoutError message carries the full URL, query key included.
    name: "a timeout",
    method: "get",
    reply: () => async () => {
      await delay(400);
      return HttpResponse.json({ ok: true });
    },
    expected: NetworkError,
    timeoutMs: 30,
  },
  {
    name: "a reply of the wrong shape that echoes the key",
    method: "get",
    reply: (echo) => () =>
      HttpResponse.json({ ok: "no", account: { api_key: echo, note: `Bearer ${echo}` } }),
    expected: ResponseFormatError,
  },
  {
    name: "a non-JSON reply that echoes the key",
    method: "get",
    reply: (echo) => () => HttpResponse.text(`<html>bad key ${echo}</html>`),
    expected: ResponseFormatError,
  },
  {
    name: "a 401 whose body echoes the key",
    method: "get",
    reply: (echo) => () => HttpResponse.json({ error: `Invalid API key: ${echo}` }, { status: 401 }),
    expected: AuthenticationError,
  },
];

/** Every string reachable from `value`, own non-enumerable properties (stack, cause) included. */
function allText(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object" || seen.has(value)) return [];
  seen.add(value);
  return Reflect.ownKeys(value).flatMap((key) =>
    allText((value as Record<string | symbol, unknown>)[key as string], seen),
  );
}

describe.each(VARIANTS)("with a $name", (variant) => {
  describe.each(SCENARIOS)("$name", (scenario) => {
    it.each(variant.echoes)("never shows the key (echoed as %j)", async (echo) => {
      const seen = route(server, scenario.method, "/api/thing", [scenario.reply(echo)]);
      const events: unknown[] = [];
      const lines: string[] = [];
      const transport = makeTransport({
        auth: variant.auth,
        ...(scenario.timeoutMs ? { timeoutMs: scenario.timeoutMs } : {}),
        hooks: { onRequest: (e) => events.push(e), onResponse: (e) => events.push(e) },
        logger: {
          debug: (line, event) => {
            lines.push(line);
            events.push(event);
          },
        },
      });

      const error = await rejectionOf(
        transport.request({
          method: scenario.method === "get" ? "GET" : "POST",
          path: "/api/thing",
          query: { action: "getBalance" },
          schema: z.object({ ok: z.literal(true) }),
        }),
      );

      // The key did go out, so the checks below are about redaction, not about a key never sent.
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((s) => variant.wasSent(s))).toBe(true);
      expect(error).toBeInstanceOf(scenario.expected);

      const shown = [
        (error as Error).message,
        String(error),
        JSON.stringify(error),
        inspect(error, { depth: 10, showHidden: true }),
        inspect({ wrapped: error }, { depth: 10 }),
        ...allText(error),
        JSON.stringify(events),
        ...lines,
      ];
      expect(events.length).toBeGreaterThan(0);
      expect(lines.length).toBeGreaterThan(0);
      for (const text of shown) {
        for (const form of variant.echoes) expect(text).not.toContain(form);
      }
    });
  });

  it("keeps the rest of the provider's words around the redaction", async () => {
    route(server, "get", "/api/thing", [
      () => HttpResponse.json({ error: `Invalid API key: ${variant.secret}` }, { status: 401 }),
    ]);
    const error = await rejectionOf(
      makeTransport({ auth: variant.auth }).request({
        method: "GET",
        path: "/api/thing",
        schema: z.unknown(),
      }),
    );
    expect((error as Error).message).toBe("numpool: Invalid API key: [REDACTED]");
  });

  it("redacts what an adapter passes to fail and badResponse", () => {
    const transport = makeTransport({ auth: variant.auth });
    const failed = transport.fail(`UNAUTHORIZED ${variant.secret}`);
    const bad = transport.badResponse(`odd status for ${variant.secret}`, { echo: variant.secret });
    for (const error of [failed, bad]) {
      expect(JSON.stringify(error)).not.toContain(variant.secret);
      expect(inspect(error)).not.toContain(variant.secret);
    }
    expect(transport.redact(`x ${variant.secret} y`)).toBe("x [REDACTED] y");
  });
});

describe("createRedactor without the key", () => {
  // A token in a user's baseUrl, or a key the transport was never told about, must not show either.
  const redact = createRedactor([]);

  it("masks the values of key-like query parameters", () => {
    expect(redact("GET https://x.test/a?key=abc123&token=zz9&page=2")).toBe(
      "GET https://x.test/a?key=[REDACTED]&token=[REDACTED]&page=2",
    );
  });

  it("masks a Bearer token", () => {
    expect(redact("Authorization: Bearer abc.def-123")).toBe("Authorization: Bearer [REDACTED]");
  });
});
