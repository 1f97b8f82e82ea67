/**
 * A NumPool stand-in on 127.0.0.1 (random port) answering `GET /api/v1/balance` with NumPool's example reply.
 * It runs in a worker thread so its CPU is not charged to the client's event loop: the client numbers
 * are the SDK's transport (gate, ky, fetch, zod, money) plus loopback HTTP, not the server's work.
 */
import { Worker } from "node:worker_threads";

export const API_KEY = "np_bench_key_0123456789";

// Plain JS evaluated in the worker (no TypeScript loader needed there).
const SERVER_SOURCE = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const BODY = '{"balance": 12.40, "currency": "USD"}';
const server = http.createServer((req, res) => {
  if (req.headers["x-api-key"] !== workerData.apiKey) {
    res.writeHead(401, { "content-type": "application/json" });
    return res.end('{"error": "Invalid API key"}');
  }
  if (req.method !== "GET" || req.url !== "/api/v1/balance") {
    res.writeHead(404, { "content-type": "application/json" });
    return res.end('{"error": "Not found"}');
  }
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(BODY) });
  res.end(BODY);
});
server.keepAliveTimeout = 30000;
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", (m) => { if (m === "close") { server.closeAllConnections(); server.close(() => process.exit(0)); } });
`;

export interface LoopbackServer {
  baseUrl: string;
  close(): Promise<void>;
}

export function startLoopbackServer(): Promise<LoopbackServer> {
  const worker = new Worker(SERVER_SOURCE, { eval: true, workerData: { apiKey: API_KEY } });
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (port: number) =>
      resolve({
        baseUrl: `http://127.0.0.1:${port}/api/v1`,
        close: () =>
          new Promise<void>((done) => {
            worker.once("exit", () => done());
            worker.postMessage("close");
          }),
      }),
    );
  });
}
