import { afterEach, describe, expect, it, vi } from "vitest";
import {
  InsufficientBalanceError,
  NetworkError,
  NotFoundError,
  OutcomeUnknownError,
  ProviderError,
  ResponseFormatError,
} from "../../src/core/errors.js";
import type { PaidOperation, ProviderName } from "../../src/core/index.js";
import { createRedactor } from "../../src/core/redact.js";
import { isLostReply, type PaidRequest, paidRequest } from "../../src/core/transport/paid-request.js";
import { PurchaseLog } from "../../src/core/transport/purchase-log.js";

const lost = () => new NetworkError("numpool: network failure on POST /buy", { provider: "numpool" });
const known = { service: "whatsapp", country: "US" };
const order = { id: "a1b2c3", number: "+12125550199" };

/** Where a paid request is sent: a provider, and a redactor for a key that must never show. */
const at = (provider: ProviderName) => ({ provider, redact: createRedactor(["sk_live_secret_key"]) });

/** A paid request whose reply is its result as it is, as the old call-shaped tests expect. */
function paidCall<T>(
  send: () => Promise<T>,
  options: { provider: ProviderName } & Omit<PaidRequest<T, T>, "send" | "map">,
): Promise<T> {
  const { provider, ...rest } = options;
  return paidRequest(at(provider), { ...rest, send, map: (reply) => reply });
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("paidRequest", () => {
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

  it("turns a purchase proven absent on two looks into a NetworkError that was not sent (safe to try again)", async () => {
    const reconcile = vi.fn(async () => ({ absent: true as const }));
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw lost();
        },
        { provider: "numpool", operation: "buy", known, reconcile, recheckAfterMs: 5 },
      ),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).not.toBeInstanceOf(OutcomeUnknownError);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect((error as NetworkError).provider).toBe("numpool");
    expect((error as NetworkError).message).toContain("checked twice: no buy was made");
    expect(isLostReply(error)).toBe(false);
    expect(reconcile).toHaveBeenCalledTimes(2);
  });

  it("keeps the HTTP status of a lost 5xx reply on the NetworkError it ends in", async () => {
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw new NetworkError("numpool: HTTP 502 to a buy", { provider: "numpool", status: 502 });
        },
        {
          provider: "numpool",
          operation: "buy",
          known,
          reconcile: async () => ({ absent: true }),
          recheckAfterMs: 1,
        },
      ),
    );
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).status).toBe(502);
    expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
  });

  it("returns the purchase a second look finds after the first found none (it landed late)", async () => {
    const call = vi.fn(async () => {
      throw lost();
    });
    const reconcile = vi
      .fn<() => Promise<{ found: typeof order } | { absent: true }>>()
      .mockResolvedValueOnce({ absent: true })
      .mockResolvedValueOnce({ found: order });
    const result = await paidCall(call, {
      provider: "numpool",
      operation: "buy",
      known,
      reconcile,
      recheckAfterMs: 5,
    });
    expect(result).toBe(order);
    expect(call).toHaveBeenCalledTimes(1);
    expect(reconcile).toHaveBeenCalledTimes(2);
  });

  it("waits recheckAfterMs between the two looks", async () => {
    const looks: number[] = [];
    await rejectionOf(
      paidCall(
        async () => {
          throw lost();
        },
        {
          provider: "numpool",
          operation: "buy",
          known,
          recheckAfterMs: 60,
          reconcile: async () => {
            looks.push(performance.now());
            return { absent: true };
          },
        },
      ),
    );
    expect(looks).toHaveLength(2);
    expect(looks[1]! - looks[0]!).toBeGreaterThanOrEqual(55);
  });

  describe("by default", () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("looks the second time 2 s after the first", async () => {
      vi.useFakeTimers();
      const reconcile = vi.fn(async () => ({ absent: true as const }));
      const outcome = paidCall(
        async () => {
          throw lost();
        },
        { provider: "numpool", operation: "buy", known, reconcile },
      ).catch((error: unknown) => error);
      await vi.advanceTimersByTimeAsync(1_999);
      expect(reconcile).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(reconcile).toHaveBeenCalledTimes(2);
      const error = await outcome;
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as NetworkError).requestMayHaveBeenSent).toBe(false);
    });
  });

  it("gives OutcomeUnknownError when the reconciliation fails too", async () => {
    const before = Date.now();
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
    expect(unknown.known).toEqual({ ...known, startedAt: expect.any(String) });
    // When the request left: a purchase it made shows from then on.
    const startedAt = Date.parse(unknown.known.startedAt as string);
    expect(startedAt).toBeGreaterThanOrEqual(before - 1);
    expect(startedAt).toBeLessThanOrEqual(Date.now());
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
    expect((error as OutcomeUnknownError).cause).toBe(thrown);
  });

  it("names why a reconciliation that could not decide gave up, with the handles it found (e.g. two matching orders)", async () => {
    const reconcile = vi.fn(async () => ({
      undecided: "2 unseen orders fit this purchase: o-1, o-2",
      known: { candidates: ["o-1", "o-2"] },
    }));
    const first = lost();
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw first;
        },
        { provider: "numpool", operation: "buy", known, reconcile, recheckAfterMs: 1 },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).message).toContain("2 unseen orders fit this purchase: o-1, o-2");
    expect((error as OutcomeUnknownError).cause).toBe(first);
    expect((error as OutcomeUnknownError).known).toEqual({
      startedAt: expect.any(String),
      ...known,
      candidates: ["o-1", "o-2"],
    });
    expect(reconcile).toHaveBeenCalledTimes(1);
  });

  it("passes on an OutcomeUnknownError the reconciliation itself raised, with what it knows", async () => {
    const own = new OutcomeUnknownError("juicysms: order 77 is open", {
      provider: "juicysms",
      operation: "buy",
      known: { openOrderId: "77" },
    });
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
            throw own;
          },
        },
      ),
    );
    expect(error).toBe(own);
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
    expect(unknown.known).toEqual({ startedAt: expect.any(String), rentalId: "r-9", days: 30 });
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

describe("paidRequest with a reply it cannot read", () => {
  const unreadableReply = () =>
    new ResponseFormatError("numpool: unexpected reply to POST /buy at id: expected string", {
      provider: "numpool",
      excerpt: '{"number":"+12125550199","price":0.5}',
    });

  it("settles it like a lost reply where the provider can be asked: the purchase found, never called again", async () => {
    const call = vi.fn(async () => {
      throw unreadableReply();
    });
    const reconcile = vi.fn(async () => ({ found: order }));
    expect(await paidCall(call, { provider: "numpool", operation: "buy", known, reconcile })).toBe(order);
    expect(call).toHaveBeenCalledTimes(1);
    expect(reconcile).toHaveBeenCalledTimes(1);
  });

  it("is a ResponseFormatError, nothing bought, when two looks apart find no purchase", async () => {
    const call = vi.fn(async () => {
      throw unreadableReply();
    });
    const reconcile = vi.fn(async () => ({ absent: true as const }));
    const error = await rejectionOf(
      paidCall(call, { provider: "numpool", operation: "buy", known, reconcile, recheckAfterMs: 1 }),
    );
    expect(error).toBeInstanceOf(ResponseFormatError);
    expect((error as Error).message).toContain("checked twice: no buy was made");
    expect(reconcile).toHaveBeenCalledTimes(2);
  });

  it("reports a possible charge (OutcomeUnknownError) carrying the reply excerpt where it cannot be asked", async () => {
    const unreadable = unreadableReply();
    const call = vi.fn(async () => {
      throw unreadable;
    });
    const error = await rejectionOf(paidCall(call, { provider: "numpool", operation: "buy", known }));
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    const unknown = error as OutcomeUnknownError;
    expect(unknown.operation).toBe("buy");
    expect(unknown.provider).toBe("numpool");
    expect(unknown.known).toEqual({
      startedAt: expect.any(String),
      ...known,
      reply: '{"number":"+12125550199","price":0.5}',
    });
    expect(unknown.cause).toBe(unreadable);
    expect(unknown.message).toContain("expected string");
    expect(unknown.retryable).toBe(false);
    expect(call).toHaveBeenCalledTimes(1);
  });

  it("sets known.reply to null when the format error carries no excerpt", async () => {
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw new ResponseFormatError("odd", { provider: "fetchsms" });
        },
        { provider: "fetchsms", operation: "renew", known: { rentalId: "r-9" } },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).known).toEqual({
      startedAt: expect.any(String),
      rentalId: "r-9",
      reply: null,
    });
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

describe("paidRequest: the request, the reply and the mapping", () => {
  const reply = { order_id: "a1b2c3", phone: "+12125550199" };
  const toOrder = (r: typeof reply) => ({ id: r.order_id, number: r.phone });

  it("marks the request it sends as paid, with the operation, and sends it once", async () => {
    const sent: PaidOperation[] = [];
    const order = await paidRequest(at("numariq"), {
      operation: "rent",
      known,
      send: async (paid) => {
        sent.push(paid);
        return reply;
      },
      map: toOrder,
    });
    expect(order).toEqual({ id: "a1b2c3", number: "+12125550199" });
    expect(sent).toEqual(["rent"]);
  });

  it("reports a reply it read but cannot map as a possible charge carrying the reply (never a plain format error)", async () => {
    const error = await rejectionOf(
      paidRequest(at("numariq"), {
        operation: "buy",
        known,
        send: async () => ({ ...reply, phone: "n/a" }),
        map: () => {
          throw new ResponseFormatError("numariq: the number is not E.164", { provider: "numariq" });
        },
      }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    const unknown = error as OutcomeUnknownError;
    expect(unknown.known).toEqual({
      startedAt: expect.any(String),
      ...known,
      reply: JSON.stringify({ ...reply, phone: "n/a" }),
    });
    expect(unknown.message).toContain("probably charged");
  });

  it("passes on a refusal the mapping finds in a reply (a typed error of the provider's, nothing charged)", async () => {
    const refusal = new InsufficientBalanceError("no money", { provider: "numariq" });
    const error = await rejectionOf(
      paidRequest(at("numariq"), {
        operation: "renew",
        known,
        send: async () => reply,
        map: () => {
          throw refusal;
        },
      }),
    );
    expect(error).toBe(refusal);
  });

  it("maps a reply the reconciliation got by asking again (same request, same key) as it maps the first", async () => {
    const sent: PaidOperation[] = [];
    const send = vi.fn(async (paid: PaidOperation) => {
      sent.push(paid);
      if (sent.length === 1) throw lost();
      return reply;
    });
    const order = await paidRequest(at("tempnumber"), {
      operation: "rent",
      known,
      send,
      map: toOrder,
      reconcile: async (look) => ({ reply: await look.again() }),
    });
    expect(order).toEqual({ id: "a1b2c3", number: "+12125550199" });
    expect(sent).toEqual(["rent", "rent"]);
  });

  it("gives a replayed reply that cannot be mapped the same possible-charge report", async () => {
    let calls = 0;
    const error = await rejectionOf(
      paidRequest(at("tempnumber"), {
        operation: "rent",
        known,
        send: async () => {
          calls++;
          if (calls === 1) throw lost();
          return reply;
        },
        map: () => {
          throw new ResponseFormatError("tempnumber: meta.charged is not money", {
            provider: "tempnumber",
          });
        },
        reconcile: async (look) => ({ reply: await look.again() }),
      }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).known).toMatchObject({ reply: JSON.stringify(reply) });
  });

  it("says the reply could not be read, not that it was lost, when an unreadable reply stays undecided", async () => {
    const error = await rejectionOf(
      paidRequest(at("fetchsms"), {
        operation: "buy",
        known,
        send: async () => {
          throw new ResponseFormatError("fetchsms: not JSON", { provider: "fetchsms", excerpt: "<html>" });
        },
        map: (r) => r,
        reconcile: async () => ({ undecided: "2 new items match it" }),
      }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toMatch(
      /reply could not be read and it may have been charged; 2 new items/,
    );
  });
});

describe("paidRequest after the caller aborted a purchase that was sent", () => {
  const aborted = () => {
    const controller = new AbortController();
    controller.abort(new Error("caller gave up"));
    return controller.signal;
  };
  const sentThenAborted = (signal: AbortSignal) => async (): Promise<typeof order> => {
    throw new NetworkError("numpool: the buy was aborted after it was sent", {
      provider: "numpool",
      requestMayHaveBeenSent: true,
      cause: signal.reason,
    });
  };

  it("looks for it on a signal of its own and returns it when found", async () => {
    const signal = aborted();
    const looks: Array<AbortSignal | undefined> = [];
    const result = await paidCall(sentThenAborted(signal), {
      provider: "numpool",
      operation: "buy",
      known,
      signal,
      reconcile: async (look) => {
        looks.push(look.signal);
        return { found: order };
      },
    });
    expect(result).toBe(order);
    expect(looks).toHaveLength(1);
    expect(looks[0]).toBeDefined();
    expect(looks[0]).not.toBe(signal);
    expect(looks[0]!.aborted).toBe(false);
  });

  it("is OutcomeUnknownError, not the abort's reason, when two looks find nothing: the request may still land", async () => {
    const signal = aborted();
    const reconcile = vi.fn(async () => ({ absent: true as const }));
    const error = await rejectionOf(
      paidCall(sentThenAborted(signal), {
        provider: "numpool",
        operation: "buy",
        known,
        signal,
        recheckAfterMs: 1,
        reconcile,
      }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toMatch(/may still land/);
    expect(reconcile).toHaveBeenCalledTimes(2);
  });

  it("never asks again (a replay could buy now what the caller no longer wants): OutcomeUnknownError", async () => {
    const signal = aborted();
    const send = vi.fn(sentThenAborted(signal));
    const error = await rejectionOf(
      paidCall(send, {
        provider: "tempnumber",
        operation: "rent",
        known: { idempotencyKey: "k-1" },
        signal,
        reconcile: async (look) => ({ reply: await look.again() }),
      }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).known).toEqual({
      startedAt: expect.any(String),
      idempotencyKey: "k-1",
    });
    expect((error as Error).message).toContain("aborted after it was sent");
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe("paidRequest when no reply came in time (the request may still be on its way)", () => {
  const timedOut = () =>
    new NetworkError("juicysms: no reply to GET /makeorder before the attempt timeout", {
      provider: "juicysms",
      timedOut: true,
    });

  it("never sends a keyless request again: OutcomeUnknownError, one request", async () => {
    const send = vi.fn(async (): Promise<typeof order> => {
      throw timedOut();
    });
    const error = await rejectionOf(
      paidCall(send, {
        provider: "juicysms",
        operation: "buy",
        known,
        reconcile: async (look) => ({ reply: await look.again() }),
      }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as Error).message).toMatch(/may still be on its way/);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("replays a keyed one (the provider de-duplicates by its key, so a late first request charges nothing more)", async () => {
    let calls = 0;
    const send = vi.fn(async (): Promise<typeof order> => {
      calls++;
      if (calls === 1) throw timedOut();
      return order;
    });
    const result = await paidCall(send, {
      provider: "tempnumber",
      operation: "rent",
      known,
      keyed: true,
      reconcile: async (look) => ({ reply: await look.again() }),
    });
    expect(result).toBe(order);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it("takes two looks that find nothing as no proof: OutcomeUnknownError", async () => {
    const reconcile = vi.fn(async () => ({ absent: true as const }));
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw timedOut();
        },
        { provider: "numpool", operation: "buy", known, reconcile, recheckAfterMs: 1 },
      ),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(reconcile).toHaveBeenCalledTimes(2);
  });

  it("returns a purchase a look finds", async () => {
    const result = await paidCall(
      async () => {
        throw timedOut();
      },
      { provider: "numpool", operation: "buy", known, reconcile: async () => ({ found: order }) },
    );
    expect(result).toBe(order);
  });
});

describe("paidRequest: what its reports show", () => {
  it("redacts the key from the reply it shows (a proxy may echo the request URL)", async () => {
    const error = await rejectionOf(
      paidRequest(at("juicysms"), {
        operation: "buy",
        known,
        send: async () => "<html>GET /api/makeorder?key=sk_live_secret_key&serviceId=5 failed</html>",
        map: () => {
          throw new ResponseFormatError("juicysms: unexpected reply", { provider: "juicysms" });
        },
      }),
    );
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    const shown = JSON.stringify(error) + String((error as OutcomeUnknownError).known.reply);
    expect(shown).not.toContain("sk_live_secret_key");
    expect((error as OutcomeUnknownError).known.reply).toContain("[REDACTED]");
  });

  it("names the purchase found when another purchase overlapped it", async () => {
    const purchases = new PurchaseLog();
    const other = purchases.begin();
    const error = await rejectionOf(
      paidCall(
        async () => {
          throw lost();
        },
        {
          provider: "numpool",
          operation: "buy",
          known,
          purchases,
          reconcile: async () => ({ found: order }),
        },
      ),
    );
    other.end();
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect((error as OutcomeUnknownError).known).toEqual({
      startedAt: expect.any(String),
      ...known,
      candidates: ["a1b2c3"],
    });
  });
});
