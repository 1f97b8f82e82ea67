/**
 * A provider fake served over real HTTP on a loopback port, for clients in other processes (the crash
 * tests kill a child process mid-flow; the fake, and its ledger, live on in the parent). Requests go
 * through the fake's own msw handlers (`getResponse`), faults included: a network error drops the
 * connection. `intercept` sees each request first and may act around it (kill the client, drop the
 * request before the provider sees it, or let the provider act and then drop the reply).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { getResponse, type RequestHandler } from "msw";

/** What to do with one request: pass it on (default), drop it unseen, or let it act and drop the reply. */
export type Interception = "pass" | "drop-before" | "drop-after";

/** A running loopback server. */
export interface Loopback {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Stops the server, dropping open connections. */
  close(): Promise<void>;
}

/** Options of `serveOnLoopback`. */
export interface LoopbackOptions {
  /** The handlers to serve (a fake's), read at each request so a fake built after `listen` works. */
  handlers: () => readonly unknown[];
  /** Sees each request first and decides what happens to it (default: pass). */
  intercept?: (request: Request) => Promise<Interception | undefined> | Interception | undefined;
  /** Called for a "drop-after" request once the provider has acted, before its reply is dropped. */
  acted?: (request: Request) => Promise<void> | void;
}

/**
 * Serves a fake's handlers on `127.0.0.1` at a free port. Create the fake with its `baseUrl` under
 * `origin` (`${origin}/api/v1`), and hand that URL to the adapter in the other process.
 */
export async function serveOnLoopback(options: LoopbackOptions): Promise<Loopback> {
  const server: Server = createServer((req, res) => {
    void handle(req, res, options).catch(() => res.socket?.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: LoopbackOptions): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  const url = `http://${req.headers.host}${req.url}`;
  const body =
    chunks.length > 0 && req.method !== "GET" && req.method !== "HEAD" ? Buffer.concat(chunks) : undefined;
  const request = new Request(url, { method: req.method, headers, body });
  const decision = (await options.intercept?.(request.clone())) ?? "pass";
  if (decision === "drop-before") {
    res.socket?.destroy();
    return;
  }
  const response = await getResponse(options.handlers() as RequestHandler[], request.clone());
  if (decision === "drop-after") await options.acted?.(request);
  if (decision === "drop-after" || response?.type === "error") {
    res.socket?.destroy();
    return;
  }
  if (!response) {
    res.writeHead(404, { "content-type": "text/plain" }).end(`no fake route for ${req.method} ${req.url}`);
    return;
  }
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    out[name] = value;
  });
  res.writeHead(response.status, out);
  res.end(Buffer.from(await response.arrayBuffer()));
}
