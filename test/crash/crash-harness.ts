/**
 * One real crash: a fake served on a loopback port (its ledger stays in this process), a child process
 * running a flow against it with a file journal, killed with SIGKILL at one point, and a client here that
 * recovers from the same journal file.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, type SmsClient } from "../../src/client/client.js";
import { fileJournal } from "../../src/client/journal/file-journal.js";
import type { ProviderFake } from "../../src/testing/fake-kit.js";
import { type Interception, type Loopback, serveOnLoopback } from "../../src/testing/loopback.js";
import { bundled } from "../support/bundle.js";
import { CANCEL_ROUTES, type CrashFlow, type CrashProvider, FAKES } from "./crash-fakes.js";

const CHILD = join(import.meta.dirname, "crash-child.ts");

/** Where the child is killed. */
export type KillPoint =
  /** Its purchase's intent is on disk; the request has not left. */
  | "intent"
  /** The provider took the purchase (and charged); the reply never reached the child. */
  | "purchase-acted"
  /** It holds the order and is waiting for the code. */
  | "waiting"
  /** Its cancel is on the wire; the provider never saw it. */
  | "cancel-unseen"
  /** The provider cancelled (and refunded); the reply never reached the child. */
  | "cancel-acted";

export interface Crash {
  fake: ProviderFake;
  /** A client in this process over the same fake and journal file. */
  client: SmsClient;
  /** The id the child reported buying, if it got that far. */
  boughtId: string | null;
  journalPath: string;
  cleanup(): Promise<void>;
}

const matches = (request: Request, route: { method: string; path: RegExp } | undefined) =>
  route !== undefined && request.method === route.method && route.path.test(new URL(request.url).pathname);

export async function crash(provider: CrashProvider, flow: CrashFlow, point: KillPoint): Promise<Crash> {
  const dir = await mkdtemp(join(tmpdir(), "unisms-crash-"));
  const journalPath = join(dir, "orders.ndjson");
  let fake: ProviderFake | undefined;
  let child: ChildProcess | undefined;
  let killed: Promise<void> | undefined;
  const kill = () => {
    killed ??= new Promise<void>((resolve) => {
      if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGKILL");
    });
    return killed;
  };
  const paidRoute = () => (flow === "rent" ? fake!.routes.rent : fake!.routes.buy);
  const loop: Loopback = await serveOnLoopback({
    handlers: () => fake!.handlers as unknown as readonly unknown[],
    // Only the child's request is cut: the recovering client's own requests go through.
    intercept: async (request): Promise<Interception> => {
      if (killed) return "pass";
      if (point === "purchase-acted" && matches(request, paidRoute())) return "drop-after";
      if (point === "cancel-acted" && matches(request, CANCEL_ROUTES[provider])) return "drop-after";
      if (point === "cancel-unseen" && matches(request, CANCEL_ROUTES[provider])) {
        await kill();
        return "drop-before";
      }
      return "pass";
    },
    acted: () => kill(),
  });
  const path = new URL(FAKES[provider]().baseUrl).pathname;
  fake = FAKES[provider]({ baseUrl: `${loop.origin}${path}` }) as ProviderFake;
  const config = {
    provider,
    baseUrl: fake.baseUrl,
    apiKey: fake.apiKey,
    journal: journalPath,
    flow,
    stopAtIntent: point === "intent",
  };
  child = spawn(process.execPath, [await bundled(CHILD), JSON.stringify(config)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let boughtId: string | null = null;
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  await new Promise<void>((resolve, reject) => {
    let buffered = "";
    child!.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      for (let at = buffered.indexOf("\n"); at >= 0; at = buffered.indexOf("\n")) {
        const line = buffered.slice(0, at);
        buffered = buffered.slice(at + 1);
        const bought = /^(?:bought|rented) (\S+)$/.exec(line);
        if (bought) boughtId = bought[1]!;
        if (line.startsWith("error ") || line === "end") {
          reject(new Error(`the child was not killed at ${point}: ${line}`));
        }
        if (point === "intent" && line === "intent") void kill().then(resolve);
        if (point === "waiting" && bought) setTimeout(() => void kill().then(resolve), 300);
      }
    });
    child!.once("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve();
      else
        reject(new Error(`the child exited (${code}) before the kill at ${point}: ${stderr.slice(-2000)}`));
    });
  });
  const client = createClient({ provider: fake.provider(), journal: fileJournal(journalPath) });
  return {
    fake,
    client,
    boughtId,
    journalPath,
    async cleanup() {
      await kill();
      await loop.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
