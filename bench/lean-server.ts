/**
 * The server of the lean and transport suites: NumPool's `GET /balance`, `GET /sms/:id` and `POST /buy`
 * with the docs' example replies, in a child process so that `process.cpuUsage()` in the bench is the client's
 * alone. It notes when each request arrived, so the rate budget can be judged where it matters: at the
 * server.
 */
import { type ChildProcess, spawn } from "node:child_process";

export const LEAN_API_KEY = "np_bench_key_0123456789";

const SERVER_SOURCE = `
const http = require("node:http");
const KEY = ${JSON.stringify(LEAN_API_KEY)};
const BALANCE = '{"balance": 12.40, "currency": "USD"}';
const BUY = '{"order_id": "ord_8f2k1", "number": "+14155550123", "cost": 0.25, "status": "pending", "poll_url": "/api/v1/sms/ord_8f2k1"}';
const SMS = '{"order_id": "ord_8f2k1", "status": "waiting", "code": null, "full_sms": null, "number": "+14155550123"}';
let arrivals = [];
const send = (res, status, body) => {
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
};
const server = http.createServer((req, res) => {
  arrivals.push(performance.timeOrigin + performance.now());
  if (req.headers["x-api-key"] !== KEY) return send(res, 401, '{"error": "Invalid API key"}');
  req.resume();
  req.on("end", () => {
    if (req.method === "GET" && req.url === "/api/v1/balance") return send(res, 200, BALANCE);
    if (req.method === "GET" && req.url.startsWith("/api/v1/sms/")) return send(res, 200, SMS);
    if (req.method === "POST" && req.url === "/api/v1/buy") return send(res, 200, BUY);
    send(res, 404, '{"error": "Not found"}');
  });
});
server.keepAliveTimeout = 30000;
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
process.on("message", (m) => {
  if (m === "arrivals") { process.send({ arrivals }); arrivals = []; }
  if (m === "close") { server.closeAllConnections(); server.close(() => process.exit(0)); }
});
`;

export interface LeanServer {
  baseUrl: string;
  /** Wall-clock moments (ms since the epoch) at which requests arrived since the last call. */
  takeArrivals(): Promise<number[]>;
  close(): Promise<void>;
}

function nextMessage<T>(
  child: ChildProcess,
  pick: (m: Record<string, unknown>) => T | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: unknown) => {
      const value = pick(m as Record<string, unknown>);
      if (value === undefined) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(value);
    };
    const onExit = (code: number | null) => reject(new Error(`lean server exited (${code})`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}

export async function startLeanServer(): Promise<LeanServer> {
  // Plain node (no TypeScript loader): the server's own start-up stays out of the figures.
  const child = spawn(process.execPath, ["-e", SERVER_SOURCE], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await nextMessage(child, (m) => (typeof m.port === "number" ? m.port : undefined));
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    takeArrivals: () => {
      const reply = nextMessage(child, (m) =>
        Array.isArray(m.arrivals) ? (m.arrivals as number[]) : undefined,
      );
      child.send("arrivals");
      return reply;
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.send("close");
      }),
  };
}
