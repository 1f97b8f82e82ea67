/**
 * The key travels in every URL (`?key=`), so it is one careless log line away from leaking. Nothing
 * the SDK shows (errors, their JSON and inspection, logger lines, hook events, the provider) may hold it.
 */
import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import {
  AuthenticationError,
  NetworkError,
  OutcomeUnknownError,
  ProviderError,
  ResponseFormatError,
} from "../../../src/core/errors.js";
import type { RequestEvent, ResponseEvent } from "../../../src/core/transport/http-client.js";
import { createJuicySmsFake } from "../../../src/testing/fakes/juicysms.js";

// A key with characters that change when URL-encoded, so both spellings are checked.
const KEY = "jcy+Secret/Key=42&z";
const ENCODED = encodeURIComponent(KEY);
const fake = createJuicySmsFake({ apiKey: KEY });
const server = setupServer();
const at = (path: string) => `${fake.baseUrl}${path}`;

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  fake.faults.clear();
});
afterAll(() => server.close());

function observed() {
  const lines: string[] = [];
  const events: Array<RequestEvent | ResponseEvent> = [];
  const provider = fake.provider({
    logger: {
      debug: (line: string, event?: ResponseEvent) => lines.push(line, JSON.stringify(event ?? null)),
    },
    hooks: {
      onRequest: (e: RequestEvent) => events.push(e),
      onResponse: (e: ResponseEvent) => events.push(e),
    },
    timeoutMs: 200,
  });
  return { provider, client: createClient({ provider }), lines, events };
}

/** Every way an error is shown: message, stack, JSON, inspection, and its cause chain. */
function shows(error: unknown): string {
  const e = error as Error & { toJSON?: () => unknown };
  const parts = [String(e), e.message, e.stack ?? "", JSON.stringify(e), inspect(e, { depth: 10 })];
  if (e.toJSON) parts.push(JSON.stringify(e.toJSON()));
  if (e.cause) parts.push(shows(e.cause));
  return parts.join("\n");
}

function expectNoKey(text: string): void {
  expect(text).not.toContain(KEY);
  expect(text).not.toContain(ENCODED);
  expect(text).not.toContain("Secret");
}

describe("juicysms: the key never shows", () => {
  it("not in the provider, inspected or serialised", () => {
    const { provider } = observed();
    expectNoKey(inspect(provider, { depth: 10, showHidden: true }));
    expectNoKey(JSON.stringify(provider) ?? "");
    expect(Object.values(provider)).not.toContain(KEY);
  });

  it("not in errors from network failures, timeouts, bad bodies, 5xx, refusals or a lost purchase", async () => {
    server.use(...fake.handlers);
    const { client, lines, events } = observed();
    const errors: unknown[] = [];
    const capture = (p: Promise<unknown>) =>
      p.then(
        () => expect.unreachable(),
        (e: unknown) => errors.push(e),
      );

    fake.faults.add({ path: /\/api\/getbalance\?/ }, { kind: "reset-before" }, 3);
    await capture(client.balance());
    fake.faults.add({ path: /\/api\/getbalance\?/ }, { kind: "delay", ms: 400 }, 3);
    await capture(client.balance());
    fake.faults.add({ path: /\/api\/getbalance\?/ }, { kind: "status", status: 500, text: `boom ${KEY}` }, 3);
    await capture(client.balance());
    fake.faults.add({ path: /\/api\/makeorder\?/ }, { kind: "reset-after" });
    await capture(client.buy({ service: "telegram" }));
    await capture(createClient({ provider: fake.provider({ apiKey: "wrong+Secret" }) }).balance());

    expect(errors.map((e) => (e as Error).constructor)).toEqual([
      NetworkError,
      NetworkError,
      ProviderError,
      OutcomeUnknownError,
      AuthenticationError,
    ]);
    for (const error of errors) expectNoKey(shows(error));
    expect(lines.length).toBeGreaterThan(10);
    expectNoKey(lines.join("\n"));
    expectNoKey(JSON.stringify(events));
    expect(JSON.stringify(events)).not.toContain("key=");
  });

  it("not in a ResponseFormatError whose body echoes the request URL", async () => {
    server.use(
      http.get(
        at("/getbalance"),
        ({ request }) => new HttpResponse(`Bad request: ${request.url} key=${KEY}`),
      ),
    );
    const { client, lines } = observed();
    const error = (await client.balance().catch((e: unknown) => e)) as ResponseFormatError;
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect(error.excerpt).toContain("[REDACTED]");
    expectNoKey(shows(error));
    expectNoKey(lines.join("\n"));
  });
});
