import { describe, expect, it, vi } from "vitest";
import {
  InsufficientBalanceError,
  NetworkError,
  NotFoundError,
  OutcomeUnknownError,
  ProviderError,
  ResponseFormatError,
} from "../../src/core/errors.js";
import { isLostReply, paidCall } from "../../src/core/transport/paid-call.js";

const lost = () => new NetworkError("numpool: network failure on POST /buy", { provider: "numpool" });
const known = { service: "whatsapp", country: "US" };
const order = { id: "a1b2c3", number: "+12125550199" };

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("paidCall", () => {
  it("answers with the call's result and does not reconcile when the call succeeds", async () => {
    const reconcile = vi.fn();
    const result = await paidCall(async () => order, {
      provider: "numpool",
      operation: "buy",
      known,
      reconcile,
    });
    expect(result).toBe(order);
    expect(reconcile).not.toHaveBeenCalled();
  });

  it("answers with the purchase reconcile found after a lost reply", async () => {
    const call = vi.fn(async () => {
      throw lost();
    });
    const reconcile = vi.fn(async () => ({ found: order }));
    const result = await paidCall(call, { provider: "numpool", operation: "buy", known, reconcile });
    expect(result).toBe(order);
    expect(call).toHaveBeenCalledTimes(1);
    expect(reconcile).toHaveBeenCalledTimes(1);
  });

  it("turns a proven-absent purchase into a NetworkError that was not sent (safe to try again)", async () => {
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw lost();
        },
        { provider: "numpool", operation: "buy", known, reconcile: async () => ({ absent: true }) },
      ),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(OutcomeUnknownError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect((error as NetworkError).provider).toBe("numpool");
    expect((error as NetworkError).message).toContain("no buy was made");
    expect(isLostReply(error)).toBe(false);
  });

  it("gives OutcomeUnknownError when the reconciliation fails too", async () => {
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw lost();
        },
        {
          provider: "numpool",
          operation: "rent",
          known,
          reconcile: async () => {
            throw new ProviderError("numpool: HTTP 503", { provider: "numpool", status: 503 });
          },
        },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    const unknown = error as OutcomeUnknownError;
    expect(unknown.operation).toBe("rent");
    expect(unknown.provider).toBe("numpool");
    expect(unknown.known).toEqual(known);
    expect(unknown.retryable).toBe(false);
    expect(unknown.message).toContain("provider_error");
  });

  it.each([
    ["a string", "nope"],
    ["undefined", undefined],
    ["null", null],
    ["a plain Error", new Error("x")],
  ])("gives OutcomeUnknownError when the reconciliation throws %s", async (_what, thrown) => {
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw lost();
        },
        {
          provider: "juicysms",
          operation: "buy",
          known,
          reconcile: async () => {
            throw thrown;
          },
        },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
  });

  it("gives OutcomeUnknownError carrying what is known when there is no way to reconcile", async () => {
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw lost();
        },
        { provider: "fetchsms", operation: "renew", known: { rentalId: "r-9", days: 30 } },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    const unknown = error as OutcomeUnknownError;
    expect(unknown.known).toEqual({ rentalId: "r-9", days: 30 });
    expect(unknown.operation).toBe("renew");
    expect(unknown.provider).toBe("fetchsms");
    expect(unknown.message).toMatch(/fetchsms account/);
    expect(JSON.parse(JSON.stringify(unknown))).toMatchObject({ known: { rentalId: "r-9", days: 30 } });
  });

  it.each([
    ["a refused connection (never sent)", new NetworkError("refused", { requestMayHaveBeenSent: false })],
    [
      "an insufficient balance",
      new InsufficientBalanceError("no money", { provider: "numpool", status: 402 }),
    ],
    ["a not-found", new NotFoundError("gone", { provider: "numpool", status: 404 })],
    ["a bad reply", new ResponseFormatError("odd", { provider: "numpool" })],
    ["a 5xx", new ProviderError("boom", { provider: "numpool", status: 500, retryable: true })],
    ["a plain Error", new Error("bug")],
  ])("passes %s through untouched, without reconciling", async (_what, thrown) => {
    const reconcile = vi.fn(async () => ({ found: order }));
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw thrown;
        },
        { provider: "numpool", operation: "buy", known, reconcile },
      ),
    );
    expect(error).toBe(thrown);
    expect(reconcile).not.toHaveBeenCalled();
  });
});

describe("isLostReply", () => {
  it("is true only for a NetworkError that may have been sent", () => {
    expect(isLostReply(lost())).toBe(true);
    expect(isLostReply(new NetworkError("x", { requestMayHaveBeenSent: false }))).toBe(false);
    expect(isLostReply(new ProviderError("x"))).toBe(false);
    expect(isLostReply(new Error("x"))).toBe(false);
  });
});
