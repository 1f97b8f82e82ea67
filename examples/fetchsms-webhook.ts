/**
 * Receiving FetchSMS webhooks on plain `node:http`, so a code reaches the order's watcher the moment
 * FetchSMS pushes it instead of on the next poll (polling stays on as a slower safety net).
 *
 * Each delivery is, in this order:
 *   1. verified: the HMAC-SHA256 of the exact bytes received, under the endpoint's secret (401 otherwise);
 *   2. answered 200 at once if it was already handled (FetchSMS signs no timestamp or event id, so a
 *      replayed or redelivered body is byte-identical);
 *   3. parsed, handed to the watchers of its order (`client.ingest`) and to your own handler;
 *   4. recorded as handled, only now. A handler that throws answers 500 and records nothing, so the
 *      retry FetchSMS sends is handled rather than dropped as a duplicate. Handing the same event over
 *      twice is harmless: a watcher emits each message and each code once.
 *
 *   npx tsx examples/fetchsms-webhook.ts
 *       offline: a FetchSMS fake on a loopback port, and a signed webhook posted to ourselves
 *   FETCHSMS_API_KEY=... FETCHSMS_WEBHOOK_SECRET=... PORT=8080 npx tsx examples/fetchsms-webhook.ts
 *       for real: register http(s)://<public address>/hooks/fetchsms in the FetchSMS dashboard first
 */
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  createClient,
  createWebhookDeduper,
  FETCHSMS_SIGNATURE_HEADER,
  type FetchSmsWebhookEvent,
  fetchsms,
  type Order,
  parseFetchSmsWebhook,
  type SmsClient,
  verifyFetchSmsWebhook,
  type WebhookDeduper,
} from "unisms";
import { createFetchSmsFake, type FetchSmsFake, serveOnLoopback } from "unisms/testing";
import { DemoError, exitWith, isMain } from "./providers.js";

export const WEBHOOK_PATH = "/hooks/fetchsms";
const MAX_BODY_BYTES = 64 * 1024;

export interface ReceiverOptions {
  client: SmsClient;
  /** The endpoint's signing secret, from the FetchSMS dashboard. */
  secret: string;
  /**
   * Your own handling of a verified event (store the code, notify a user); `watchers` is how many
   * watchers took it. A throw answers 500, and the delivery stays unseen so that its retry is handled.
   */
  onEvent?: (event: FetchSmsWebhookEvent, watchers: number) => Promise<void> | void;
  /** Defaults to an in-memory one; several processes behind one URL need a shared store instead. */
  deduper?: WebhookDeduper;
  log?: (line: string) => void;
}

/** The request handler for `WEBHOOK_PATH`: mount it in any node:http server (or adapt it to a framework). */
export function webhookHandler(
  options: ReceiverOptions,
): (req: IncomingMessage, res: ServerResponse) => void {
  const deduper = options.deduper ?? createWebhookDeduper();
  const log = options.log ?? console.log;

  async function handle(req: IncomingMessage): Promise<number> {
    // The signature covers these exact bytes: never re-serialise the JSON before verifying it.
    const body = await readBody(req);
    if (body === null) return 413;
    if (
      !verifyFetchSmsWebhook(
        body,
        req.headers[FETCHSMS_SIGNATURE_HEADER] as string | undefined,
        options.secret,
      )
    ) {
      return 401;
    }
    if (deduper.has(body)) return 200;
    let event: FetchSmsWebhookEvent;
    try {
      event = parseFetchSmsWebhook(body);
    } catch (error) {
      // Signed yet off the documented shape: retrying will not fix it, so say so instead of a 500.
      log(`webhook not understood: ${error instanceof Error ? error.message : error}`);
      return 400;
    }
    try {
      const watchers = event.type === "unknown" ? 0 : options.client.ingest(event);
      await options.onEvent?.(event, watchers);
    } catch (error) {
      log(
        `webhook ${event.event} failed, FetchSMS will retry it: ${error instanceof Error ? error.message : error}`,
      );
      return 500;
    }
    deduper.add(body);
    return 200;
  }

  return (req, res) => {
    if (req.method !== "POST") {
      res.writeHead(405, { allow: "POST" }).end();
      return;
    }
    handle(req).then(
      (status) => res.writeHead(status).end(),
      () => res.writeHead(500).end(),
    );
  };
}

export interface Receiver {
  server: Server;
  port: number;
  /** The full webhook URL, `http://host:port/hooks/fetchsms`. */
  url: string;
  close(): Promise<void>;
}

/** A server with the webhook handler at `WEBHOOK_PATH` (404 elsewhere). */
export async function startReceiver(
  options: ReceiverOptions & { port?: number; host?: string },
): Promise<Receiver> {
  const handler = webhookHandler(options);
  const server = createServer((req, res) => {
    if (new URL(req.url ?? "/", "http://localhost").pathname === WEBHOOK_PATH) handler(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve);
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    server,
    port,
    url: `http://${address}:${port}${WEBHOOK_PATH}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The raw body, or null when it is larger than a webhook ever is. */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Posts `payload` to `url` signed as FetchSMS signs it; the status it was answered with. */
export async function postAsFetchSms(url: string, secret: string, payload: unknown): Promise<number> {
  const body = JSON.stringify(payload);
  const signature = createHmac("sha256", secret).update(body).digest("hex");
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", [FETCHSMS_SIGNATURE_HEADER]: signature },
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

/**
 * Offline, end to end: a FetchSMS fake on a loopback port, a real adapter pointed at it, the receiver,
 * and FetchSMS's side played by hand (the SMS lands, FetchSMS posts the signed event). Resolves with the
 * code the watcher got and how it got there.
 */
export async function offlineDemo(log: (line: string) => void = console.log) {
  let fake: FetchSmsFake | undefined;
  // The fake's URLs name its port, so it is made once the port is known (handlers are read per request).
  const api = await serveOnLoopback({
    handlers: () => (fake?.handlers ?? []) as unknown as readonly unknown[],
  });
  fake = createFetchSmsFake({ baseUrl: `${api.origin}/v1` });
  const client = createClient({ provider: fetchsms({ apiKey: fake.apiKey, baseUrl: fake.baseUrl }) });
  const secret = "whsec_offline_demo";
  const pushed: { code: string | null; watchers: number }[] = [];
  const receiver = await startReceiver({
    client,
    secret,
    log,
    onEvent: (event, watchers) => {
      if (event.type === "message") pushed.push({ code: event.message.code, watchers });
      log(`webhook ${event.event}: handed to ${watchers} watcher(s)`);
    },
  });
  try {
    const order = await client.buy({ service: "whatsapp" });
    log(`Bought ${order.number}; webhooks go to ${receiver.url}`);
    // A long interval: polling is only the safety net here, so a code seen within a second was pushed.
    const watcher = client.watch(order, { intervalMs: 30_000, timeoutMs: 60_000 });
    const code = new Promise<string>((resolve, reject) => {
      watcher.once("code", resolve);
      watcher.once("end", (reason, error) => reject(error ?? new Error(`watcher ended: ${reason}`)));
    });
    await new Promise((resolve) => watcher.once("poll", resolve)); // its first look: no SMS yet

    // FetchSMS's side: the SMS lands, and FetchSMS posts the signed event to the registered URL.
    fake.deliver(order.id, "Your WhatsApp code is 482-910");
    const status = await postAsFetchSms(receiver.url, secret, smsReceivedPayload(fake, order));
    log(`FetchSMS's POST was answered ${status}`);
    const got = await code;
    watcher.stop();
    log(`Code: ${got}`);
    return { code: got, pushed };
  } finally {
    await receiver.close();
    await api.close();
  }
}

/** The `sms.received` event FetchSMS sends for the newest code of a verification on the fake. */
export function smsReceivedPayload(fake: FetchSmsFake, order: Order) {
  const v = fake.verification(order.id);
  const last = v?.messages.at(-1);
  if (!v || !last) throw new Error(`no code on verification ${order.id} yet`);
  // FetchSMS's time format: no offset, microseconds.
  const at = `${new Date(last.at).toISOString().slice(0, -1)}000`;
  return {
    event: "sms.received",
    data: { verification_id: v.id, number: v.number, sender: "WhatsApp", code: last.code, received_at: at },
    created_at: at,
  };
}

async function main(): Promise<void> {
  const env = process.env;
  if (!env.FETCHSMS_API_KEY) {
    await offlineDemo();
    return;
  }
  const secret = env.FETCHSMS_WEBHOOK_SECRET;
  if (!secret) throw new DemoError("set FETCHSMS_WEBHOOK_SECRET (the endpoint's secret in the dashboard)", 2);
  const client = createClient({ provider: fetchsms({ apiKey: env.FETCHSMS_API_KEY }) });
  const receiver = await startReceiver({ client, secret, port: Number(env.PORT ?? 8080), host: "0.0.0.0" });
  console.log(`Listening on port ${receiver.port}, path ${WEBHOOK_PATH}`);
  const order = await client.buy({ service: env.SERVICE ?? "whatsapp" });
  console.log(`Send the code to ${order.number}`);
  try {
    // A timeout cancels the verification for its refund; polling every 30 s covers a lost webhook.
    const { code } = await client.waitForCode(order, { intervalMs: 30_000, timeoutMs: 10 * 60_000 });
    console.log(`Code: ${code}`);
  } finally {
    await receiver.close();
  }
}

if (isMain(import.meta.url)) main().catch(exitWith);
