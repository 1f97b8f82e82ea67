/**
 * A backend route that hands out verification numbers, on plain `node:http`:
 *
 *   POST   /verifications       {"service": "whatsapp", "country": "US"}   201: the number, at once
 *   GET    /verifications/:id   200: {"status": "waiting" | "received" | "timeout" | "cancelled" | "failed", "code"}
 *   DELETE /verifications/:id   the caller gave up: the number is cancelled for its refund
 *
 * The POST answers as soon as the number is bought; a wait in the background records the code when it
 * lands, so the GET is a cheap read that never calls the provider. Every wait shares the provider's one
 * scheduler and rate budget, however many numbers are out. No paid number is left behind: one without a
 * code in time is cancelled for its refund, and so is every open one when the server shuts down. Each
 * purchase is capped by `maxPrice` and, with a journal, written down before it is sent, so numbers left
 * open by a server that crashed are cancelled when the next one starts.
 *
 *   npx tsx examples/backend-route.ts                    # the sandbox, on http://127.0.0.1:3000
 *   curl -s -XPOST localhost:3000/verifications -d '{"service":"whatsapp"}'
 *   curl -s localhost:3000/verifications/<id>
 *
 *   UNISMS_PROVIDER=numpool NUMPOOL_API_KEY=... PORT=8080 MAX_PRICE_CENTS=80 JOURNAL=orders.ndjson \
 *     npx tsx examples/backend-route.ts
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createClient,
  fileJournal,
  formatMoney,
  InsufficientBalanceError,
  isSmsError,
  type Journal,
  type Money,
  type Order,
  OutcomeUnknownError,
  OutOfStockError,
  type Provider,
  RateLimitError,
  type SmsClient,
  TimeoutError,
  UnsupportedError,
  ValidationError,
} from "unisms";
import { exitWith, isMain, providerFromEnv } from "./providers.js";

export interface BackendOptions {
  provider: Provider;
  /** Purchases are written here before they are sent; what a crashed run left open is cancelled at start. */
  journal?: Journal;
  /** Default 3000; 0 takes any free port. */
  port?: number;
  /** Default 127.0.0.1: put your own auth and a proxy in front before opening it wider. */
  host?: string;
  /** Never pay more than this for one number (default $1.00). */
  maxPrice?: Money;
  /** How long a number waits for its code before it is cancelled for the refund (default 10 minutes). */
  waitMs?: number;
  /** Time between looks at each order (default: the provider's own pace). */
  intervalMs?: number;
  log?: (line: string) => void;
}

export interface Backend {
  server: Server;
  port: number;
  /** `http://host:port` */
  url: string;
  client: SmsClient;
  /** Stops taking requests, cancels every number still waiting (for its refund), then closes. */
  close(): Promise<void>;
}

type Status = "waiting" | "received" | "timeout" | "cancelled" | "failed";

interface Verification {
  order: Order;
  status: Status;
  code: string | null;
  refunded: Money | null;
  error: string | null;
  /** Ends the background wait (DELETE, shutdown); the order is then cancelled by whoever aborted it. */
  stop: AbortController;
  /** The background wait, settled once it has recorded its outcome. */
  done: Promise<void>;
  /** A DELETE or the shutdown releasing it: the second to come waits for the first. */
  releasing?: Promise<void>;
}

const update = (v: Verification, patch: Partial<Verification>) => void Object.assign(v, patch);

const MAX_BODY_BYTES = 16 * 1024;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export async function start(options: BackendOptions): Promise<Backend> {
  const log = options.log ?? console.log;
  const maxPrice = options.maxPrice ?? { amount: 100, currency: "USD" };
  const waitMs = options.waitMs ?? 10 * 60_000;
  const client = createClient({
    provider: options.provider,
    ...(options.journal ? { journal: options.journal } : {}),
  });

  if (options.journal) {
    // A crashed run's numbers have nobody left to read their codes: cancel them for the refund before
    // taking new requests. What cannot be settled yet stays in the journal for the next start.
    const report = await client.recover({ cancelOpen: true });
    for (const e of report.entries) {
      const refund = e.refunded ? `, refunded ${formatMoney(e.refunded)}` : "";
      log(`recovered ${e.order?.id ?? e.entry.operation} from the last run: ${e.action}${refund}`);
    }
  }

  // A real app keeps these in its database, next to the user they belong to.
  const verifications = new Map<string, Verification>();
  let closing = false;

  function follow(order: Order): Verification {
    const v: Verification = {
      order,
      status: "waiting",
      code: null,
      refunded: null,
      error: null,
      stop: new AbortController(),
      done: Promise.resolve(),
    };
    const wait = {
      timeoutMs: waitMs,
      signal: v.stop.signal,
      ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
    };
    v.done = client.waitForCode(order, wait).then(
      async ({ code, order: latest }) => {
        update(v, { status: "received", code, order: latest });
        // Tells the provider the number served its purpose, where it has such a call.
        if (client.provider.capabilities.done) {
          await client
            .done(latest)
            .catch((error: unknown) => log(`done ${order.id} failed: ${describe(error)}`));
        }
      },
      (error: unknown) => {
        if (v.stop.signal.aborted) return; // DELETE or shutdown: they cancel the order themselves
        if (error instanceof TimeoutError) {
          // waitForCode has already cancelled it; `cancelled: false` means that cancel failed too.
          update(v, { status: "timeout", refunded: error.refunded, order: error.order ?? v.order });
          if (!error.cancelled) log(`order ${order.id} timed out and may still be open: ${error.message}`);
          return;
        }
        update(v, { status: "failed", error: describe(error) });
        log(`order ${order.id} failed: ${describe(error)}`);
      },
    );
    return v;
  }

  /** Ends the background wait and cancels the order for its refund, unless its code came first. */
  function release(v: Verification): Promise<void> {
    v.releasing ??= (async () => {
      if (v.status !== "waiting") return;
      v.stop.abort();
      await v.done;
      if (v.status !== "waiting") return; // the code landed just before
      try {
        const { order, refunded } = await client.cancel(v.order);
        update(v, { status: "cancelled", order, refunded });
      } catch (error) {
        // Most often the code arrived meanwhile (an order with a code cannot be cancelled), or the order
        // ended on its own: look once more before calling it a failure.
        const latest = await client.poll(v.order).catch(() => null);
        if (latest?.code) update(v, { status: "received", code: latest.code, order: latest });
        else if (latest?.status === "cancelled" || latest?.status === "expired") {
          update(v, { status: "cancelled", order: latest });
        } else {
          update(v, { status: "failed", error: describe(error) });
          log(`cancel of ${v.order.id} failed; it may still be open: ${describe(error)}`);
        }
      }
    })();
    return v.releasing;
  }

  async function buy(body: unknown): Promise<Verification> {
    const input = (body ?? {}) as { service?: unknown; country?: unknown };
    const service = input.service ?? "whatsapp";
    // Passed on unchecked: the SDK validates both before any request (a ValidationError names the field).
    const order = await client.buy({
      service: service as string,
      ...(input.country !== undefined ? { country: input.country as string } : {}),
      maxPrice,
    });
    const v = follow(order);
    verifications.set(order.id, v);
    log(
      `bought ${order.number} for ${order.service} (${order.price ? formatMoney(order.price) : "price n/a"})`,
    );
    return v;
  }

  async function route(req: IncomingMessage): Promise<[number, unknown]> {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === "/verifications" && req.method === "POST") {
      if (closing) throw new HttpError(503, "shutting down");
      return [201, view(await buy(await readJson(req)))];
    }
    const match = /^\/verifications\/([^/]+)$/.exec(pathname);
    if (!match) throw new HttpError(404, "not found");
    const v = verifications.get(decodeURIComponent(match[1]!));
    if (!v) throw new HttpError(404, "no such verification");
    if (req.method === "GET") return [200, view(v)];
    if (req.method === "DELETE") {
      await release(v);
      return [200, view(v)];
    }
    throw new HttpError(405, "method not allowed", { allow: "GET, DELETE" });
  }

  const server = createServer((req, res) => {
    route(req).then(
      ([status, body]) => send(res, status, body),
      (error: unknown) => {
        const failure = toHttpError(error);
        if (failure.status >= 500) log(`${req.method} ${req.url}: ${describe(error)}`);
        send(res, failure.status, { error: failure.message }, failure.headers);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 3000, options.host ?? "127.0.0.1", resolve);
  });
  const { address, port } = server.address() as AddressInfo;

  return {
    server,
    port,
    url: `http://${address}:${port}`,
    client,
    async close() {
      closing = true;
      await Promise.all([...verifications.values()].map(release));
      await Promise.all([...verifications.values()].map((v) => v.done));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function view(v: Verification) {
  return {
    id: v.order.id,
    number: v.order.number,
    service: v.order.service,
    status: v.status,
    code: v.code,
    price: v.order.price,
    refunded: v.refunded,
    expiresAt: v.order.expiresAt,
    ...(v.error ? { error: v.error } : {}),
  };
}

/** What the caller is told: their own mistakes as 4xx, the provider's state as 503, the rest as 502. */
function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  // Unsupported: most often a service with no price to hold maxPrice against, i.e. one not sold here.
  if (error instanceof ValidationError || error instanceof UnsupportedError)
    return new HttpError(400, error.message);
  if (error instanceof OutOfStockError) return new HttpError(503, `no number available: ${error.message}`);
  if (error instanceof InsufficientBalanceError) return new HttpError(503, "no number available right now");
  if (error instanceof RateLimitError) {
    const seconds = Math.ceil((error.retryAfterMs ?? 1000) / 1000);
    return new HttpError(503, "busy, try again", { "retry-after": String(seconds) });
  }
  // Maybe charged: the journal (if any) has it, and the next start settles it.
  if (error instanceof OutcomeUnknownError)
    return new HttpError(502, "the provider did not confirm the purchase");
  if (isSmsError(error)) return new HttpError(502, `provider error (${error.code})`);
  return new HttpError(500, "internal error");
}

function describe(error: unknown): string {
  if (isSmsError(error)) return `${error.name} (${error.code}): ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "body too large");
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8").trim();
  if (text === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

async function main(): Promise<void> {
  const env = process.env;
  const backend = await start({
    provider: providerFromEnv(env),
    ...(env.JOURNAL ? { journal: fileJournal(env.JOURNAL) } : {}),
    port: Number(env.PORT ?? 3000),
    ...(env.MAX_PRICE_CENTS ? { maxPrice: { amount: Number(env.MAX_PRICE_CENTS), currency: "USD" } } : {}),
  });
  console.log(`Listening on ${backend.url}  (POST /verifications, GET /verifications/:id)`);
  // Ctrl-C or a container stop: cancel what is still waiting, so its price comes back.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      console.log("\nShutting down: cancelling numbers still waiting...");
      backend.close().then(() => process.exit(0), exitWith);
    });
  }
}

if (isMain(import.meta.url)) main().catch(exitWith);
