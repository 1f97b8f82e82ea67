import { createClient, memoryJournal, type Order, type SandboxOptions, sandbox } from "unisms";
import { afterEach, describe, expect, it } from "vitest";
import { type Backend, start } from "../../examples/backend-route.js";

const running: Backend[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((b) => b.close()));
});

async function serve(sandboxOptions: SandboxOptions, extra: Partial<Parameters<typeof start>[0]> = {}) {
  const provider = sandbox({ seed: 11, ...sandboxOptions });
  const lines: string[] = [];
  const backend = await start({
    provider,
    port: 0,
    intervalMs: 10,
    waitMs: 5_000,
    log: (line) => lines.push(line),
    ...extra,
  });
  running.push(backend);
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${backend.url}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  return { provider, backend, call, lines };
}

/** GETs the verification until it is no longer waiting. */
async function settled(call: Awaited<ReturnType<typeof serve>>["call"], id: string, withinMs = 3_000) {
  const until = Date.now() + withinMs;
  for (;;) {
    const { body } = await call("GET", `/verifications/${id}`);
    if (body.status !== "waiting" || Date.now() > until) return body;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("examples/backend-route.ts", () => {
  it("POST returns the number at once; GET reports the code once it landed, and the order is done", async () => {
    const { provider, call } = await serve({ smsDelayMs: 150 });
    const created = await call("POST", "/verifications", { service: "whatsapp", country: "US" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "waiting", code: null, service: "whatsapp" });
    expect(created.body.number).toMatch(/^\+1\d{10}$/);

    const id = created.body.id as string;
    const final = await settled(call, id);
    expect(final.status).toBe("received");
    // The code the provider holds for that very order, and the order marked done.
    const order = await provider.poll({ id } as Order);
    expect(final.code).toBe(order.code);
    expect(order.status).toBe("done");
    expect(provider.ledger().map((e) => [e.kind, e.amount])).toEqual([["charge", 60]]);
  });

  it("a number with no code in time is cancelled and refunded; GET says so", async () => {
    const { provider, call } = await serve({ smsDelayMs: 60_000 }, { waitMs: 200 });
    const { body } = await call("POST", "/verifications", { service: "whatsapp" });
    const final = await settled(call, body.id as string);
    expect(final).toMatchObject({ status: "timeout", code: null, refunded: { amount: 60, currency: "USD" } });
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
    expect((await createClient({ provider }).balance()).amount).toBe(1000);
  });

  it("refuses a number above maxPrice, and bad input, before paying anything", async () => {
    const { provider, call } = await serve({ smsDelayMs: 50 }, { maxPrice: { amount: 50, currency: "USD" } });
    const pricey = await call("POST", "/verifications", { service: "whatsapp" }); // $0.60
    expect(pricey.status).toBe(503);
    expect(pricey.body.error).toMatch(/no number available/);
    expect((await call("POST", "/verifications", { service: 42 })).status).toBe(400);
    expect((await call("POST", "/verifications", { service: "no-such-service" })).status).toBe(400);
    expect((await call("POST", "/verifications", { service: "whatsapp", country: "ZZ" })).status).toBe(400);
    expect((await call("GET", "/verifications/nope")).status).toBe(404);
    expect(provider.ledger()).toEqual([]);
    // Under the cap it buys.
    expect((await call("POST", "/verifications", { service: "discord" })).status).toBe(201); // $0.20
    expect(provider.ledger()).toHaveLength(1);
  });

  it("DELETE cancels a waiting number for its refund", async () => {
    const { provider, call } = await serve({ smsDelayMs: 60_000 });
    const { body } = await call("POST", "/verifications", { service: "telegram" });
    const deleted = await call("DELETE", `/verifications/${body.id}`);
    expect(deleted.body).toMatchObject({ status: "cancelled", refunded: { amount: 45 } });
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("shutting down cancels every number still waiting, and keeps the ones that got their code", async () => {
    const { provider, backend, call } = await serve({ smsDelayMs: 60_000 });
    const waiting = await call("POST", "/verifications", { service: "telegram" });
    const answered = await call("POST", "/verifications", { service: "google" });
    provider.deliver(answered.body.id as string, "G-401882 is your Google verification code.");
    expect(await settled(call, answered.body.id as string)).toMatchObject({
      status: "received",
      code: "401882",
    });

    await backend.close();
    running.length = 0;
    const refunds = provider.ledger().filter((e) => e.kind === "refund");
    expect(refunds.map((e) => [e.ref, e.amount])).toEqual([[waiting.body.id, 45]]);
  });

  it("refuses new purchases (503, nothing bought) once shutting down has begun", async () => {
    const { provider, backend, call } = await serve({ smsDelayMs: 60_000, latencyMs: 300 });
    await call("POST", "/verifications", { service: "telegram" });
    // Slow cancels keep the shutdown going while the next request comes in.
    provider.setScenario("slow");
    const closing = backend.close();
    const refused = await call("POST", "/verifications", { service: "telegram" });
    await closing;
    running.length = 0;
    expect(refused.status).toBe(503);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("with a journal, a crashed run's open numbers are cancelled for their refund at start", async () => {
    const provider = sandbox({ seed: 5, smsDelayMs: 60_000 });
    const journal = memoryJournal();
    // The last run bought a number and died before its code came.
    const lost = await createClient({ provider, journal }).buy({ service: "whatsapp" });

    const lines: string[] = [];
    const backend = await start({ provider, journal, port: 0, log: (l) => lines.push(l) });
    running.push(backend);
    expect(provider.ledger().map((e) => [e.kind, e.ref])).toEqual([
      ["charge", lost.id],
      ["refund", lost.id],
    ]);
    expect(await journal.pending()).toEqual([]);
    expect(lines.join("\n")).toContain(`recovered ${lost.id} from the last run: cancelled`);
  });
});
