/**
 * The chaos fault catalogue: every kind of failure a request can meet, before the provider acted and
 * after it acted, built into the fake-kit `Fault` each provider's fake understands.
 *
 * Timing (all on the fast clock): every provider is built with a per-attempt timeout of
 * `ATTEMPT_TIMEOUT_MS`. A slow reply stays inside it; a "timeout" fault does not:
 * - `timeout-before`: the request sits at the provider, which acts `LATE_ACT_MS` after it arrived, one
 *   second after the client gave up (inside the 2 s in which the SDK looks for a late purchase again);
 * - `timeout-after`: the provider acts at once and only its reply is late.
 *
 * Faithfulness: a 5xx "after" the provider acted must not carry a body the provider's own docs vouch for
 * as "nothing was done" (NumPool: any non-gateway 5xx in its `{"error": ...}` shape is "safe to retry";
 * Numariq: a 503 in its `{"error": ...}` shape is "API temporarily not configured"). A provider that
 * charged and then said so would be breaking its documented promise, not meeting chaos the SDK must
 * survive; such "after" faults answer a gateway's JSON instead. Before the provider acted, its own shape
 * is used (and believed, rightly).
 */
import type { Fault } from "../../src/testing/fake-kit.js";
import type { Rng } from "./rng.js";

const FIVE_XX = [500, 502, 503, 504] as const;
type FiveXx = (typeof FIVE_XX)[number];
type FiveXxKind = `${FiveXx}-${"json" | "html"}-${"before" | "after"}`;
const FIVE_XX_KINDS: FiveXxKind[] = FIVE_XX.flatMap((status) =>
  (["json", "html"] as const).flatMap((body) =>
    (["before", "after"] as const).map((when) => `${status}-${body}-${when}` as FiveXxKind),
  ),
);

export const HTTP_FAULT_KINDS = [
  ...FIVE_XX_KINDS,
  "429-retry-after",
  "reset-before",
  "reset-after",
  "slow",
  "timeout-before",
  "timeout-after",
  "malformed-before",
  "malformed-after",
  "html200-before",
  "html200-after",
  "truncated-before",
  "truncated-after",
  "content-type-before",
  "content-type-after",
] as const satisfies readonly string[];

/** JuicySMS's text API answers 200 to everything: garbage words are its own kind of unreadable reply. */
export const JUICY_FAULT_KINDS = ["garbage-before", "garbage-after"] as const;

/**
 * The sandbox is in process (no HTTP): it fails through its own scenario switches (`provider_error`
 * answers as a 503 would; `slow` with a per-call timeout), and a lost reply is simulated by a wrapper
 * that drops the result (before or after the sandbox acted), which a careful caller retries with the same
 * `idempotencyKey`.
 */
export const SANDBOX_FAULT_KINDS = [
  "503-json-before",
  "reset-before",
  "reset-after",
  "timeout-before",
] as const;

export type FaultKind =
  | (typeof HTTP_FAULT_KINDS)[number]
  | (typeof JUICY_FAULT_KINDS)[number]
  | (typeof SANDBOX_FAULT_KINDS)[number];

export const ALL_FAULT_KINDS: readonly FaultKind[] = [...HTTP_FAULT_KINDS, ...JUICY_FAULT_KINDS];

export const ATTEMPT_TIMEOUT_MS = 5_000;
const SLOW_MS = 1_500;
const LATE_ACT_MS = ATTEMPT_TIMEOUT_MS + 1_000;
const LATE_REPLY_MS = ATTEMPT_TIMEOUT_MS + 3_000;

export type HttpProviderName = "numariq" | "numpool" | "juicysms" | "fetchsms" | "tempnumber";

export function faultKindsFor(provider: HttpProviderName | "sandbox"): readonly FaultKind[] {
  if (provider === "sandbox") return SANDBOX_FAULT_KINDS;
  return provider === "juicysms" ? [...HTTP_FAULT_KINDS, ...JUICY_FAULT_KINDS] : HTTP_FAULT_KINDS;
}

const REASONS: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const isGateway = (status: number) => status === 502 || status === 504;

/** Whether the provider says this 5xx in its own shape means nothing was done. */
function vouchedUncharged(provider: HttpProviderName, status: number): boolean {
  if (provider === "numpool") return !isGateway(status);
  if (provider === "numariq") return status === 503;
  return false;
}

/** The provider's own JSON error body. */
function ownError(provider: HttpProviderName, message: string): unknown {
  switch (provider) {
    case "numariq":
    case "numpool":
      return { error: message };
    case "fetchsms":
      return { detail: message };
    case "tempnumber":
      return { success: false, message };
    case "juicysms":
      return { success: false, message };
  }
}

/** What a gateway, load balancer or platform router in front of the provider answers. */
function gatewayError(rng: Rng, status: number): unknown {
  const reason = REASONS[status] ?? "Error";
  return rng.pick([
    { message: reason },
    { error: { code: status, message: reason, status: "UNAVAILABLE" } },
    { statusCode: status, error: reason, message: "upstream request failed" },
  ]);
}

function htmlPage(status: number): string {
  const reason = REASONS[status] ?? "Error";
  return `<!DOCTYPE html><html><head><title>${status} ${reason}</title></head><body><center><h1>${status} ${reason}</h1></center><hr><center>nginx</center></body></html>`;
}

const MALFORMED = [
  '{"order": {"id": "',
  '{"ok": tru',
  '{"data": [1, 2,}',
  "{'single': 'quotes'}",
  '{"success":true,"data":{"id":',
  "undefined",
  '{"a":1}{"b":2}',
];

/**
 * Plausible replies of each provider cut short (the provider never acted: nothing behind them). None can be
 * read as a made order: a reply that can (JuicySMS's `ORDER_ID_{id}_NUMBER_...`) could only come from a
 * provider that made it.
 */
const TRUNCATED: Record<HttpProviderName, readonly string[]> = {
  numariq: ['{"order":{"id":"8c1f', '{"order":{"id":"8c1f2b9e","status":"wai'],
  numpool: ['{"order_id":"a1b2', '{"order_id":"a1b2c3","number":"+1212'],
  juicysms: ["ORDER_ID_58", "ORDER_ID_5824", '{"success":true,"contract_id":'],
  fetchsms: ['{"id":"0f3c', '{"id":"0f3c","ref":"V-1","service":"whatsa'],
  tempnumber: ['{"success":true,"data":{"id":14', '{"success":true,"data":'],
};

/** Words JuicySMS's text API never sends, or sends cut off: none of them is a documented reply. */
const GARBAGE = [
  "ORDER_ID_",
  "SUCCES",
  "ACCESS_DENIED",
  "",
  "WAITING_FOR_PAYMENT",
  "ORDER_CANCELED_BUT_NOT_REFUNDED",
  "null",
  "\u0000\u0001\u0002",
  "SQLSTATE[HY000] [2002] Connection refused",
  "<?php echo $balance; ?>",
  'Warning: Undefined array key "orderId" in /var/www/api.php on line 12',
  "503 Service Temporarily Unavailable",
];

/** A 5xx: `{status}-{json|html}-{before|after}`. */
function fiveXx(kind: FiveXxKind, provider: HttpProviderName, rng: Rng): Fault {
  const [code, body, when] = kind.split("-") as [string, "json" | "html", "before" | "after"];
  const status = Number(code);
  const after = when === "after";
  if (body === "html") {
    return {
      kind: "status",
      status,
      text: htmlPage(status),
      headers: { "content-type": "text/html" },
      after,
    };
  }
  const own = after ? !vouchedUncharged(provider, status) && rng.chance(0.5) : rng.chance(0.7);
  return {
    kind: "status",
    status,
    body: own ? ownError(provider, REASONS[status] ?? "error") : gatewayError(rng, status),
    after,
  };
}

/** The fake-kit fault for one kind, for one provider (random details drawn from `rng`). */
export function buildFault(kind: FaultKind, provider: HttpProviderName, rng: Rng): Fault {
  switch (kind) {
    case "429-retry-after":
      return provider === "juicysms"
        ? {
            kind: "status",
            status: 429,
            text: "Too Many Requests",
            headers: { "retry-after": "1", "content-type": "text/plain" },
          }
        : {
            kind: "status",
            status: 429,
            body: ownError(provider, "Too many requests, slow down"),
            headers: { "retry-after": "1" },
          };
    case "reset-before":
      return { kind: "reset-before" };
    case "reset-after":
      return { kind: "reset-after" };
    case "slow":
      return { kind: "delay", ms: SLOW_MS };
    case "timeout-before":
      return { kind: "delay", ms: LATE_ACT_MS };
    case "timeout-after":
      return { kind: "delay", ms: LATE_REPLY_MS, after: true };
    case "malformed-before":
      return { kind: "malformed", body: rng.pick(MALFORMED) };
    case "malformed-after":
      return { kind: "malformed", body: rng.pick(MALFORMED), after: true };
    case "html200-before":
      return {
        kind: "malformed",
        body: "<!DOCTYPE html><html><body><h1>Scheduled maintenance</h1><p>Back soon.</p></body></html>",
        contentType: "text/html",
      };
    case "html200-after":
      return {
        kind: "malformed",
        body: "<!DOCTYPE html><html><body><h1>Just a moment...</h1><p>Checking your browser.</p></body></html>",
        contentType: "text/html",
        after: true,
      };
    case "truncated-before":
      return { kind: "malformed", body: rng.pick(TRUNCATED[provider]) };
    case "truncated-after":
      return { kind: "truncated" };
    case "content-type-before":
      // Well-formed JSON under the wrong content type, in no documented shape (a proxy's or cache's reply).
      return {
        kind: "malformed",
        body: rng.pick(['{"status":"queued"}', "{}", '{"message":"accepted"}']),
        contentType: rng.pick(["text/plain", "application/xml"]),
      };
    case "content-type-after":
      return {
        kind: "retyped",
        contentType: rng.pick(["text/html; charset=UTF-8", "text/plain", "application/octet-stream"]),
      };
    case "garbage-before":
      return { kind: "malformed", body: rng.pick(GARBAGE), contentType: "text/html; charset=UTF-8" };
    case "garbage-after":
      return {
        kind: "malformed",
        body: rng.pick(GARBAGE),
        contentType: "text/html; charset=UTF-8",
        after: true,
      };
    default:
      return fiveXx(kind, provider, rng);
  }
}
