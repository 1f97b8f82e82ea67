/**
 * An end-to-end sign-up in a real (headless) Chromium: buy a number, type it into the site's phone
 * field, wait for the SMS the site sends with the SDK, type the code, and see the site confirm.
 *
 * The site is a tiny local one (node:http on 127.0.0.1) standing in for the service you sign up to:
 * it sends its SMS through the sandbox's `deliver()`, which is what a real service's SMS gateway does
 * to a real number. So this demo runs on the sandbox only; against a real provider, point `signUp` at
 * the real sign-up page and its selectors, and the SMS comes from the real service.
 *
 * The purchase is scoped with `client.withOrder`: if anything fails (the page, the browser, no SMS in
 * time) the number is cancelled for its refund rather than left open.
 *
 *   npx tsx examples/playwright-signup.ts
 *   CHROMIUM_PATH=/path/to/chrome npx tsx examples/playwright-signup.ts
 *
 * Chromium is the system's (Debian: `apt-get install chromium`, at /usr/bin/chromium): playwright-core
 * drives a browser it is given and never downloads one.
 */
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { createClient, formatMoney, type SmsClient, sandbox } from "unisms";
import { DemoError, exitWith, isMain } from "./providers.js";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Headless Chromium with nothing running in the background that would reach for the network. */
export function launchChromium(executablePath = CHROMIUM_PATH): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

// ---- the site you sign up to (a stand-in) ------------------------------------------------------------

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Acme: sign up</title></head>
<body>
  <h1>Create your Acme account</h1>
  <form id="phone-form">
    <label>Phone number <input id="phone" type="tel" required></label>
    <button id="send" type="submit">Send code</button>
  </form>
  <form id="code-form" hidden>
    <label>Code <input id="code" inputmode="numeric" autocomplete="one-time-code" required></label>
    <button id="verify" type="submit">Verify</button>
  </form>
  <p id="status" role="status"></p>
  <script>
    const $ = (id) => document.getElementById(id);
    const post = async (path, body) => {
      const res = await fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      return { ok: res.ok, body: await res.json() };
    };
    $("phone-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const reply = await post("/api/send-code", { phone: $("phone").value });
      $("code-form").hidden = !reply.ok;
      $("status").textContent = reply.ok ? "We sent a code to " + $("phone").value : reply.body.error;
    });
    $("code-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const reply = await post("/api/verify", { phone: $("phone").value, code: $("code").value });
      $("status").textContent = reply.ok ? "Phone verified: " + $("phone").value : reply.body.error;
    });
  </script>
</body></html>`;

export interface SignupSite {
  url: string;
  /** Every SMS the site sent: to whom, with which code. */
  sent: { phone: string; code: string }[];
  close(): Promise<void>;
}

/** The site: it sends a fresh code by SMS (through `sendSms`) and checks the code typed back. */
export async function startSignupSite(
  sendSms: (phone: string, text: string) => Promise<void> | void,
): Promise<SignupSite> {
  const codes = new Map<string, string>();
  const sent: SignupSite["sent"] = [];

  async function api(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as {
      phone?: string;
      code?: string;
    };
    const phone = String(body.phone ?? "").replace(/[\s()-]/g, "");
    if (!/^\+\d{8,15}$/.test(phone))
      return json(res, 400, { error: "Enter the number with its country code" });
    if (req.url === "/api/send-code") {
      const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
      codes.set(phone, code);
      await sendSms(phone, `Your Acme verification code is ${code}. It expires in 10 minutes.`);
      sent.push({ phone, code });
      return json(res, 202, { sent: true });
    }
    if (req.url === "/api/verify") {
      if (!codes.has(phone) || codes.get(phone) !== body.code) return json(res, 400, { error: "Wrong code" });
      codes.delete(phone);
      return json(res, 200, { verified: true });
    }
    json(res, 404, { error: "not found" });
  }

  const server: Server = createServer((req, res) => {
    if (req.method === "GET" && req.url === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      return;
    }
    if (req.method !== "POST") return json(res, 405, { error: "method not allowed" });
    api(req, res).catch(() => json(res, 500, { error: "Could not send the code, try again" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    sent,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  if (!res.headersSent) res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

// ---- the sign-up script: what you would write --------------------------------------------------------

export interface SignUpOptions {
  client: SmsClient;
  browser: Browser;
  /** The sign-up page. */
  url: string;
  /** The service the number is bought for. */
  service: string;
  /** How long to wait for the SMS before the number is cancelled for its refund (default 2 minutes). */
  timeoutMs?: number;
  intervalMs?: number;
  log?: (line: string) => void;
}

export interface SignUpResult {
  number: string;
  code: string;
  /** What the page said once the code was accepted. */
  confirmation: string;
}

export async function signUp(options: SignUpOptions): Promise<SignUpResult> {
  const { client, browser } = options;
  const log = options.log ?? console.log;
  // withOrder: a failure anywhere below cancels the number for its refund, unless its code came.
  return client.withOrder({ service: options.service }, async (order) => {
    log(`Bought ${order.number}${order.price ? ` for ${formatMoney(order.price)}` : ""}`);
    const page = await browser.newPage();
    // Playwright's own default is 30 s a step; a page that will not move is a failure sooner than that.
    page.setDefaultTimeout(15_000);
    try {
      await page.goto(options.url);
      await page.locator("#phone").fill(order.number);
      await page.locator("#send").click();
      const status = page.locator("#status");
      await status.filter({ hasText: /\S/ }).waitFor();
      if (!(await page.locator("#code-form").isVisible())) {
        throw new Error(`the site sent no code: ${await status.textContent()}`);
      }
      log("The site says it sent the code; waiting for the SMS");

      const { code, message } = await client.waitForCode(order, {
        timeoutMs: options.timeoutMs ?? 2 * 60_000,
        ...(options.intervalMs ? { intervalMs: options.intervalMs } : {}),
      });
      log(`SMS: ${JSON.stringify(message?.text ?? code)}`);
      await page.locator("#code").fill(code);
      await page.locator("#verify").click();
      await status.filter({ hasText: "Phone verified" }).waitFor();
      if (client.provider.capabilities.done) await client.done(order);
      return { number: order.number, code, confirmation: (await status.textContent()) ?? "" };
    } finally {
      await page.close();
    }
  });
}

async function main(): Promise<void> {
  if ((process.env.UNISMS_PROVIDER ?? "sandbox") !== "sandbox") {
    throw new DemoError(
      "this demo's site sends its SMS through the sandbox; run it without UNISMS_PROVIDER",
      2,
    );
  }
  // Manual delivery: the sandbox sends no SMS of its own, so the only one is the one the site sends.
  const provider = sandbox({ services: { acme: 25 }, delivery: "manual" });
  const client = createClient({ provider });
  const site = await startSignupSite((phone, text) => void provider.deliver(phone, text, "Acme"));
  const browser = await launchChromium();
  try {
    const result = await signUp({ client, browser, url: site.url, service: "acme", intervalMs: 200 });
    console.log(`The page says: ${result.confirmation}`);
    console.log(`Balance: ${formatMoney(await client.balance())}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

if (isMain(import.meta.url)) main().catch(exitWith);
