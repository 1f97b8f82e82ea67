/** Shared set-up for the client tests: a sandbox on a hand-driven clock, msw fakes, error capture. */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, vi } from "vitest";
import { createClient, type SandboxOptions, sandbox } from "../../src/index.js";
import type { ProviderFake } from "../../src/testing/fake-kit.js";

export const START = Date.parse("2026-03-01T12:00:00.000Z");

export function manualClock(start = START) {
  let t = start;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

/** A client over a seeded sandbox whose clock only moves when the test says so. */
export function sandboxClient(options: SandboxOptions = {}) {
  const clock = manualClock();
  const provider = sandbox({ seed: 7, now: clock.now, ...options });
  return { clock, provider, client: createClient({ provider }) };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection, got a result");
}

/** One msw server per test file, failing on any request no fake answers. */
export function useFakeServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    /** Installs `fake`'s handlers for this test and returns a client on it. */
    install<F extends ProviderFake>(fake: F) {
      server.use(...fake.handlers);
      return { fake, client: createClient({ provider: fake.provider() }) };
    },
  };
}

/**
 * Fake timers from START for every test of the file, with the backoff's jitter at its top (every wait is
 * its whole step), so each look lands at an exact moment.
 */
export function useExactClock(): void {
  beforeEach(() => {
    vi.useFakeTimers({ now: START });
    vi.spyOn(Math, "random").mockReturnValue(1);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
}
