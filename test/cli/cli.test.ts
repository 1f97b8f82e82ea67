/**
 * The `unisms` command, spawned as a user runs it (bundled from src/cli/bin.ts; the packed package's own
 * bin is checked by `npm run test:package`), against the sandbox and against the NumPool fake served on a
 * loopback port (its wallet and ledger kept here).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EXIT_CODES } from "../../src/cli/exit-codes.js";
import { createNumpoolFake, type NumpoolFake } from "../../src/testing/fakes/numpool.js";
import { type Loopback, serveOnLoopback } from "../../src/testing/loopback.js";
import { bundled } from "../support/bundle.js";

const BIN = join(import.meta.dirname, "../../src/cli/bin.ts");
/** The environment a test starts from: none of the user's provider settings leak in. */
const CLEAN_ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^UNISMS_|_API_KEY$/.test(k)),
) as NodeJS.ProcessEnv;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

async function start(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  return spawn(process.execPath, [await bundled(BIN), ...args], {
    env: { ...CLEAN_ENV, NO_COLOR: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function finish(child: ChildProcess): Promise<Run> {
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr!.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  return new Promise((resolve) => child.once("close", (status) => resolve({ status, stdout, stderr })));
}

const cli = async (args: string[], env?: NodeJS.ProcessEnv) => finish(await start(args, env));

describe("unisms with nothing configured", () => {
  it("says which variables to set and that the sandbox works offline, and exits 2 at once", async () => {
    const run = await cli(["balance"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("UNISMS_PROVIDER");
    expect(run.stderr).toContain("NUMPOOL_API_KEY");
    expect(run.stderr).toContain("--provider sandbox");
  });

  it("names the missing key of the provider chosen", async () => {
    const run = await cli(["--json", "balance"], { UNISMS_PROVIDER: "numpool" });
    expect(run.status).toBe(2);
    const { error } = JSON.parse(run.stderr) as { error: { code: string; message: string } };
    expect(error.code).toBe("usage");
    expect(error.message).toContain("NUMPOOL_API_KEY");
  });
});

describe("unisms on the sandbox", () => {
  it("buy --wait --json prints exactly one JSON document with the code", async () => {
    const run = await cli([
      "--provider",
      "sandbox",
      "--json",
      "buy",
      "whatsapp",
      "--wait",
      "--timeout",
      "60",
    ]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { code: string; order: { provider: string; status: string } };
    expect(result.code).toMatch(/^\d{4,8}$/);
    expect(result.order).toMatchObject({ provider: "sandbox", status: "received" });
  });

  it("prints for people without --json: the code alone on stdout", async () => {
    const run = await cli(["--provider", "sandbox", "buy", "whatsapp", "--wait"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d{4,8}$/);
  });

  it("refuses bad input before any request, with the exit code of its error", async () => {
    const run = await cli(["--provider", "sandbox", "--json", "buy", "whatsapp", "--country", "XX"]);
    expect(run.status).toBe(EXIT_CODES.invalid_request);
    expect(JSON.parse(run.stderr).error.code).toBe("invalid_request");
  });

  it("providers lists every adapter and the variable its key is read from", async () => {
    const run = await cli(["--json", "providers"]);
    expect(run.status).toBe(0);
    const list = JSON.parse(run.stdout) as Array<{ name: string; keyVariable: string | null }>;
    expect(list.map((p) => p.name)).toEqual([
      "numariq",
      "numpool",
      "juicysms",
      "fetchsms",
      "tempnumber",
      "sandbox",
    ]);
    expect(list.find((p) => p.name === "numpool")?.keyVariable).toBe("NUMPOOL_API_KEY");
  });
});

describe("unisms against the NumPool API (a fake on a loopback port)", () => {
  let fake: NumpoolFake;
  let loop: Loopback;
  let dir: string;
  const env = () => ({ UNISMS_PROVIDER: "numpool", NUMPOOL_API_KEY: fake.apiKey });
  const base = () => ["--base-url", fake.baseUrl];

  let onRequest: ((request: Request) => void) | undefined;

  beforeEach(async () => {
    onRequest = undefined;
    loop = await serveOnLoopback({
      handlers: () => fake.handlers as unknown as readonly unknown[],
      intercept: (request) => {
        onRequest?.(request);
        return "pass";
      },
    });
    fake = createNumpoolFake({ baseUrl: `${loop.origin}/api/v1` });
    dir = await mkdtemp(join(tmpdir(), "unisms-cli-"));
  });
  afterEach(async () => {
    await loop.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("buy, then wait and done in later invocations, by the id the first printed", async () => {
    const bought = await cli([...base(), "--json", "buy", "whatsapp"], env());
    expect(bought.status).toBe(0);
    const order = JSON.parse(bought.stdout) as { id: string; number: string };
    fake.deliver(order.id, "Your WhatsApp code is 482-913");
    const waited = await cli([...base(), "--json", "wait", order.id], env());
    expect(waited.status).toBe(0);
    expect(JSON.parse(waited.stdout).code).toBe("482913");
    expect(fake.wallet.charges()).toBe(1);
  });

  it("cancel by id refunds; a second cancel is an order_state error with its exit code", async () => {
    const order = JSON.parse((await cli([...base(), "--json", "buy", "whatsapp"], env())).stdout) as {
      id: string;
    };
    const cancelled = await cli([...base(), "--json", "cancel", order.id], env());
    expect(cancelled.status).toBe(0);
    expect(JSON.parse(cancelled.stdout).refunded).toMatchObject({ currency: "USD" });
    expect(fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge", "refund"]);
    const again = await cli([...base(), "--json", "cancel", order.id], env());
    expect(again.status).toBe(EXIT_CODES.order_state);
  });

  it("an error is one JSON document on stderr, with the exit code of its class, and never the key", async () => {
    fake.setStock(0);
    const run = await cli([...base(), "--json", "buy", "whatsapp"], env());
    expect(run.status).toBe(EXIT_CODES.out_of_stock);
    expect(run.stdout).toBe("");
    expect(JSON.parse(run.stderr).error).toMatchObject({ code: "out_of_stock", provider: "numpool" });
    const wrongKey = await cli([...base(), "--json", "balance"], {
      ...env(),
      NUMPOOL_API_KEY: "np_wrong_secret_key",
    });
    expect(wrongKey.status).toBe(EXIT_CODES.auth);
    expect(wrongKey.stderr).not.toContain("np_wrong_secret_key");
  });

  it("Ctrl-C while waiting cancels the order for its refund and exits 130", async () => {
    const child = await start([...base(), "buy", "whatsapp", "--wait"], env());
    const done = finish(child);
    await new Promise<void>((resolve) =>
      child.stderr!.on("data", (c: Buffer) => {
        if (c.toString().includes("waiting for the code")) resolve();
      }),
    );
    child.kill("SIGINT");
    const run = await done;
    expect(run.status).toBe(130);
    expect(run.stdout).toMatch(/cancelled order \S+ \(refunded/);
    expect(fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("Ctrl-C while the purchase is on the wire lets it finish, then cancels it for its refund", async () => {
    fake.faults.add({ method: "POST", path: /\/buy$/ }, { kind: "delay", ms: 500 });
    const child = await start([...base(), "buy", "whatsapp", "--wait"], env());
    onRequest = (request) => {
      if (request.method === "POST" && new URL(request.url).pathname.endsWith("/buy")) child.kill("SIGINT");
    };
    const run = await finish(child);
    expect(run.status).toBe(130);
    expect(fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("Ctrl-C with --keep leaves the order open", async () => {
    const child = await start([...base(), "--json", "buy", "whatsapp", "--wait", "--keep"], env());
    const done = finish(child);
    // --json prints no progress: wait for the purchase to reach the provider instead.
    while (fake.wallet.charges() === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    child.kill("SIGINT");
    const run = await done;
    expect(run.status).toBe(130);
    expect(JSON.parse(run.stdout)).toMatchObject({ interrupted: true, cancelled: false });
    expect(fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge"]);
  });

  it("--journal, then recover --journal --cancel-open in a later invocation refunds what was left open", async () => {
    const journal = join(dir, "orders.ndjson");
    const order = JSON.parse(
      (await cli([...base(), "--journal", journal, "--json", "buy", "whatsapp"], env())).stdout,
    ) as { id: string };
    const recovered = await cli(
      [...base(), "--journal", journal, "--json", "recover", "--cancel-open"],
      env(),
    );
    expect(recovered.status).toBe(0);
    const report = JSON.parse(recovered.stdout) as {
      entries: Array<{ action: string; order?: { id: string } }>;
    };
    expect(report.entries.map((e) => [e.action, e.order?.id])).toEqual([["cancelled", order.id]]);
    expect(fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge", "refund"]);
    const again = await cli([...base(), "--journal", journal, "--json", "recover"], env());
    expect(JSON.parse(again.stdout).entries).toEqual([]);
  });
});

describe("unisms over several providers (NumPool's fake on a loopback port, and the sandbox)", () => {
  let fake: NumpoolFake;
  let loop: Loopback;
  const env = () => ({
    UNISMS_PROVIDER: "numpool,sandbox",
    NUMPOOL_API_KEY: fake.apiKey,
    NUMPOOL_BASE_URL: fake.baseUrl,
  });

  beforeEach(async () => {
    loop = await serveOnLoopback({ handlers: () => fake.handlers as unknown as readonly unknown[] });
    fake = createNumpoolFake({ baseUrl: `${loop.origin}/api/v1` });
  });
  afterEach(() => loop.close());

  it("quote lists both providers' offers, cheapest first, and buys nothing", async () => {
    const run = await cli(["--json", "quote", "whatsapp", "--country", "US"], env());
    expect(run.status).toBe(0);
    const quote = JSON.parse(run.stdout) as {
      offers: Array<{ provider: string; price: { amount: number } }>;
    };
    expect(new Set(quote.offers.map((o) => o.provider))).toEqual(new Set(["numpool", "sandbox"]));
    const amounts = quote.offers.map((o) => o.price.amount);
    expect(amounts).toEqual([...amounts].sort((a, b) => a - b));
    expect(fake.wallet.charges()).toBe(0);
  });

  it("buy fails over from an empty NumPool to the sandbox, and later commands take <provider>:<id>", async () => {
    fake.setStock(0);
    const bought = await cli(
      ["--json", "--strategy", "ordered", "buy", "whatsapp", "--country", "US"],
      env(),
    );
    expect(bought.status).toBe(0);
    const order = JSON.parse(bought.stdout) as { id: string; provider: string };
    expect(order.provider).toBe("sandbox");
    expect(fake.wallet.charges()).toBe(0);
    // A bare id cannot say which provider sold it.
    const bare = await cli(["cancel", order.id], env());
    expect(bare.status).toBe(EXIT_CODES.invalid_request);
    expect(bare.stderr).toContain("<provider>:<id>");
    // The sandbox is a fresh one in each process, so it no longer knows the order: its own not_found.
    const named = await cli(["--json", "cancel", `sandbox:${order.id}`], env());
    expect(JSON.parse(named.stderr).error).toMatchObject({ code: "not_found", provider: "sandbox" });
  });

  it("balance prints each provider's, and a failure sets the exit status", async () => {
    const ok = await cli(["--json", "balance"], env());
    expect(ok.status).toBe(0);
    const balances = JSON.parse(ok.stdout) as { balances: Record<string, { amount: number }> };
    expect(balances.balances.numpool?.amount).toBe(fake.wallet.balance);
    expect(Object.keys(balances.balances).sort()).toEqual(["numpool", "sandbox"]);
    const failing = await cli(["balance"], { ...env(), NUMPOOL_API_KEY: "np_live_wrong_key_0000000000" });
    expect(failing.status).toBe(EXIT_CODES.auth);
    expect(failing.stdout).toMatch(/sandbox\s+\$\d+\.\d\d/);
    expect(failing.stdout).toMatch(/numpool\s+failed/);
  });

  it("--api-key and --base-url are for one provider", async () => {
    const run = await cli(["--api-key", "x", "balance"], env());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("NUMPOOL_API_KEY");
  });
});
