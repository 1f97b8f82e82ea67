/**
 * The one door to the JuicySMS API: every call goes out with the key as the `key` query parameter and
 * comes back as text, which the callers match against the exact replies they expect; anything else goes
 * through `refusal` (a documented failure word becomes its error, any other body a redacted
 * `ResponseFormatError`, never a silent success).
 */

import type * as z from "zod/mini";
import { NotFoundError, OrderStateError, type PaidOperation, type SmsError } from "../../core/errors.js";
import { createAdapterTransport } from "../../core/http-provider.js";
import type { CallOptions, HttpProviderOptions } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { readReply } from "../../core/transport/read-reply.js";
import { isKnownRefusal, juicySmsErrorTable, juicySmsUncharged5xx } from "./error-table.js";
import { jsonRefusal, ORDER_ALREADY_OPEN, textReply, UNSPECIFIED_ERROR } from "./wire.js";

export const JUICYSMS_BASE_URL = "https://juicysms.com/api";

export interface Call {
  method: "GET" | "POST";
  path: string;
  params?: Record<string, string | undefined>;
  /** A purchase (makeorder and reuse are GETs): the transport never repeats it; the caller reconciles. */
  paid?: PaidOperation;
  /** A POST that is safe to send again (a read, or setting a flag to a value). */
  repeatable?: boolean;
  options?: CallOptions | undefined;
}

/** The order or rental a call is about: a bare `ERROR` to such a call means the id is not on the account. */
export interface Subject {
  kind: "order" | "rental";
  id: string;
}

export interface JuicyApi {
  /** The reply body, trimmed. */
  send(call: Call): Promise<string>;
  /** The error for a body that is not the success the caller expects. */
  refusal(body: string, call: Call, subject?: Subject): SmsError;
  /** A JSON success reply (rental calls), checked against `schema`; a plain word is a refusal. */
  json<T>(body: string, schema: z.core.$ZodType<T>, call: Call, subject?: Subject): T;
  readonly transport: Transport;
}

export function createJuicyApi(options: HttpProviderOptions): JuicyApi {
  const transport = createAdapterTransport(options, {
    name: "juicysms",
    defaultBaseUrl: JUICYSMS_BASE_URL,
    auth: (apiKey) => ({ type: "query", name: "key", value: apiKey }),
    errorTable: juicySmsErrorTable,
    uncharged5xx: juicySmsUncharged5xx,
  });

  const what = (call: Call) => `${call.method} ${call.path}`;

  function refusal(body: string, call: Call, subject?: Subject): SmsError {
    const open = ORDER_ALREADY_OPEN.exec(body);
    if (open) {
      return new OrderStateError(
        `juicysms: ${body}: order ${open[1]} is still open; JuicySMS allows one open order per account: finish or cancel it first`,
        { provider: "juicysms", openOrderId: open[1] },
      );
    }
    if (body === UNSPECIFIED_ERROR && subject) {
      return new NotFoundError(
        `juicysms: ${subject.kind} ${subject.id} is not on this account (JuicySMS answered ERROR to ${what(call)})`,
        { provider: "juicysms" },
      );
    }
    if (isKnownRefusal(body)) return transport.fail(body);
    return transport.badResponse(`unexpected reply to ${what(call)}`, body);
  }

  return {
    transport,
    refusal,

    async send(call) {
      const body = await transport.request({
        method: call.method,
        path: call.path,
        // Rental POSTs take their parameters in the query string too, like the key (see index.ts).
        query: call.params ?? {},
        schema: textReply(),
        as: "text",
        ...(call.paid ? { paid: call.paid } : {}),
        ...(call.repeatable ? { repeatable: true } : {}),
        ...(call.options?.signal ? { signal: call.options.signal } : {}),
      });
      return body.trim();
    },

    json(body, schema, call, subject) {
      if (!body.startsWith("{")) throw refusal(body, call, subject);
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        throw transport.badResponse(`${what(call)} answered with a body that is not JSON`, body);
      }
      const refused = jsonRefusal().safeParse(parsed);
      if (refused.success) {
        // Undocumented: a JSON refusal. A known word in it means what it means in plain text.
        const message = refused.data.message ?? refused.data.error ?? "";
        const known = isKnownRefusal(message) || ORDER_ALREADY_OPEN.test(message);
        throw known
          ? refusal(message, call, subject)
          : transport.fail(message || "request refused (success: false)");
      }
      // The excerpt shows the body as it came, not as parsed.
      return readReply(schema, parsed, `unexpected reply to ${what(call)}`, (reason) =>
        transport.badResponse(reason, body),
      );
    },
  };
}
