/**
 * A rate-limited FetchSMS stand-in on 127.0.0.1 (random port) for the watch benchmark (watch.ts). It
 * speaks the wire subset the FetchSMS adapter reads when it polls: `GET /v1/verifications/:id` (a
 * Verification), `GET /v1/verifications/:id/messages` (`[{id, code, received_at}]`) and
 * `GET /v1/verifications?tab=active` (every seeded Verification; received ones stay active, as they do
 * for their 15-minute window). Orders are seeded, not bought.
 *
 * - Each order's SMS becomes visible at `t0 + offsetMs` (epoch ms, the machine's one clock): from then on
 *   the Verification says `received` with its `code`, and `/messages` lists the message.
 * - Rate limit: a sliding window over the requests it served; past `limit` in the last `windowMs` it
 *   answers 429 `{"detail": ...}` with `Retry-After` (whole seconds). A refused request does not use up the
 *   quota (the lenient reading, which favours a client that ignores 429s).
 * - It runs in a child process, not a worker thread: `process.cpuUsage()` counts every thread of a
 *   process, so a worker's CPU would be charged to the client being measured.
 */
import { type ChildProcess, spawn } from "node:child_process";

export interface SeededOrder {
  id: string;
  /** As FetchSMS formats it: `(332) 555-0001`. */
  number: string;
  code: string;
  /** When the SMS becomes visible, ms after `t0`; null: never. */
  offsetMs: number | null;
}

export interface WatchServerConfig {
  apiKey: string;
  /** Requests served per `windowMs`. */
  limit: number;
  windowMs: number;
  /** Epoch ms the SMS offsets count from. */
  t0: number;
  orders: SeededOrder[];
}

export interface WatchServerStats {
  /** Every request that reached the server, 429s included. */
  requests: number;
  served: number;
  limited: number;
  unauthorized: number;
  notFound: number;
  /** Served requests by route. */
  one: number;
  messages: number;
  list: number;
  /** The most requests served within any `windowMs` (at most `limit` by construction). */
  peakWindow: number;
  /** The server process's CPU since it was seeded. */
  cpuMs: number;
}

export interface WatchServer {
  baseUrl: string;
  stats(): Promise<WatchServerStats>;
  close(): Promise<void>;
}

// Plain CommonJS run by `node -e` (no TypeScript loader in the child).
const SERVER_SOURCE = `
const http = require("node:http");
let cfg;
let cpu0;
const orders = new Map();
const servedAt = [];
let head = 0;
const stats = { requests: 0, served: 0, limited: 0, unauthorized: 0, notFound: 0, one: 0, messages: 0, list: 0, peakWindow: 0 };
const wireTime = (ms) => new Date(ms).toISOString().slice(0, -1) + "000";

function seed(c) {
  cfg = c;
  const created = wireTime(c.t0);
  const expires = wireTime(c.t0 + 15 * 60000);
  for (const o of c.orders) {
    const at = o.offsetMs === null ? Infinity : c.t0 + o.offsetMs;
    const base = { id: o.id, ref: "V-" + o.id, service: "whatsapp", service_name: "WhatsApp", number: o.number, cost_cents: 85, created_at: created, expires_at: expires };
    orders.set(o.id, {
      at,
      waiting: JSON.stringify({ ...base, code: null, code_count: 0, status: "waiting", reusable: false, reuse_cost_cents: null }),
      received: JSON.stringify({ ...base, code: o.code, code_count: 1, status: "received", reusable: true, reuse_cost_cents: 85 }),
      messages: at === Infinity ? "[]" : JSON.stringify([{ id: "m-" + o.id, code: o.code, received_at: wireTime(at) }]),
    });
  }
}

function send(res, status, body, extra) {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...extra });
  res.end(body);
}

function handle(req, res) {
  stats.requests++;
  if (req.headers.authorization !== "Bearer " + cfg.apiKey) {
    stats.unauthorized++;
    return send(res, 401, '{"detail": "Invalid API key"}');
  }
  const now = performance.now();
  while (head < servedAt.length && servedAt[head] <= now - cfg.windowMs) head++;
  if (head > 4096 && head * 2 > servedAt.length) {
    servedAt.splice(0, head);
    head = 0;
  }
  const inWindow = servedAt.length - head;
  if (inWindow >= cfg.limit) {
    stats.limited++;
    const wait = Math.max(1, Math.ceil((servedAt[head] + cfg.windowMs - now) / 1000));
    const detail = '{"detail": "Rate limit exceeded: ' + cfg.limit + ' requests per ' + cfg.windowMs + ' ms"}';
    return send(res, 429, detail, { "retry-after": String(wait) });
  }
  servedAt.push(now);
  stats.served++;
  if (inWindow + 1 > stats.peakWindow) stats.peakWindow = inWindow + 1;

  const url = new URL(req.url, "http://127.0.0.1");
  const parts = url.pathname.split("/");
  const t = Date.now();
  if (req.method === "GET" && parts[1] === "v1" && parts[2] === "verifications") {
    if (parts.length === 3) {
      stats.list++;
      if (url.searchParams.get("tab") !== "active") return send(res, 200, "[]");
      const items = [];
      for (const o of orders.values()) items.push(t >= o.at ? o.received : o.waiting);
      return send(res, 200, "[" + items.join(",") + "]");
    }
    const o = orders.get(decodeURIComponent(parts[3]));
    if (o && parts.length === 4) {
      stats.one++;
      return send(res, 200, t >= o.at ? o.received : o.waiting);
    }
    if (o && parts.length === 5 && parts[4] === "messages") {
      stats.messages++;
      return send(res, 200, t >= o.at ? o.messages : "[]");
    }
  }
  stats.notFound++;
  send(res, 404, '{"detail": "Not found"}');
}

const server = http.createServer(handle);
server.keepAliveTimeout = 30000;
process.on("message", (m) => {
  if (m.type === "seed") {
    seed(m.config);
    cpu0 = process.cpuUsage();
    server.listen(0, "127.0.0.1", () => process.send({ type: "ready", port: server.address().port }));
  } else if (m.type === "stats") {
    const cpu = process.cpuUsage(cpu0);
    process.send({ type: "stats", stats: { ...stats, cpuMs: (cpu.user + cpu.system) / 1000 } });
  } else if (m.type === "close") {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
`;

type Reply = { type: "ready"; port: number } | { type: "stats"; stats: WatchServerStats };

function nextReply<T extends Reply["type"]>(
  child: ChildProcess,
  type: T,
): Promise<Extract<Reply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Reply) => {
      if (m.type !== type) return;
      cleanup();
      resolve(m as Extract<Reply, { type: T }>);
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`watch server exited (${code}) before its ${type} reply`));
    };
    const cleanup = () => {
      child.off("message", onMessage);
      child.off("exit", onExit);
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

/** Starts a fresh server process seeded with `config`; resolves once it listens. */
export async function startWatchServer(config: WatchServerConfig): Promise<WatchServer> {
  const child = spawn(process.execPath, ["-e", SERVER_SOURCE], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = nextReply(child, "ready");
  child.send({ type: "seed", config });
  const { port } = await ready;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    async stats() {
      const reply = nextReply(child, "stats");
      child.send({ type: "stats" });
      return (await reply).stats;
    },
    close: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once("exit", () => done());
        child.send({ type: "close" });
      }),
  };
}
