/**
 * `GET /receive-sms`: a number's SMS by phone number, cursor-paginated. Pages are followed to the end;
 * a cursor seen twice (or an endless run of pages) is a broken reply, not a reason to loop forever.
 */
import { ValidationError } from "../../core/errors.js";
import { type Message, sortNewestFirst } from "../../core/model.js";
import { toE164 } from "../../core/phone.js";
import type { CallOptions } from "../../core/provider.js";
import type { Api } from "./api.js";
import { messagesFromWire } from "./mapping.js";
import { receiveSmsSchema } from "./wire.js";

/** The documented maximum page size: fewest requests against the 60-a-minute budget. */
export const RECEIVE_SMS_PAGE_SIZE = 100;
/** 50 000 messages; a number that holds more is not a temporary number. */
export const RECEIVE_SMS_MAX_PAGES = 500;

/** Options of `receiveSms`. */
export interface ReceiveSmsOptions extends CallOptions {
  /** Passed to code extraction as a hint (e.g. "whatsapp"). */
  service?: string | null;
}

function phoneQuery(phoneNumber: string): string {
  const raw = typeof phoneNumber === "string" ? phoneNumber.trim() : "";
  const e164 = toE164(raw);
  if (e164) return e164;
  // "E.164 (or digits)": bare international digits are accepted as they are.
  const digits = raw.replace(/[\s().-]/g, "");
  if (/^\d{7,15}$/.test(digits)) return digits;
  throw new ValidationError(`tempnumber: "${raw}" is not a phone number in E.164 (e.g. +14035551234)`, {
    provider: "tempnumber",
    field: "phoneNumber",
  });
}

export function receiveSms(api: Api) {
  return async function receiveSmsAll(
    phoneNumber: string,
    options: ReceiveSmsOptions = {},
  ): Promise<Message[]> {
    const number = phoneQuery(phoneNumber);
    const byId = new Map<string, Message>();
    const unkeyed: Message[] = [];
    const seen = new Set<string>();
    let cursor: string | undefined;
    for (let page = 1; ; page++) {
      const reply = await api.call(
        {
          method: "GET",
          path: "/receive-sms",
          query: { phoneNumber: number, limit: RECEIVE_SMS_PAGE_SIZE, cursor },
          signal: options.signal,
        },
        receiveSmsSchema(),
      );
      const messages = messagesFromWire(
        reply.data.messages.map((m) => ({
          id: m.id,
          from: m.from,
          text: m.message,
          receivedAt: m.receivedAt,
        })),
        options.service ?? null,
      );
      // Pages can overlap when SMS arrive while paging; an id is kept once.
      for (const m of messages) {
        if (m.id === null) unkeyed.push(m);
        else if (!byId.has(m.id)) byId.set(m.id, m);
      }
      const next = reply.meta?.nextCursor ?? null;
      if (reply.meta?.hasMore === false || next === null || next === "") break;
      if (seen.has(next) || page >= RECEIVE_SMS_MAX_PAGES) {
        throw api.transport.badResponse(
          `GET /receive-sms kept paging (cursor repeated or over ${RECEIVE_SMS_MAX_PAGES} pages)`,
          reply.meta,
        );
      }
      seen.add(next);
      cursor = next;
    }
    return sortNewestFirst([...byId.values(), ...unkeyed]);
  };
}
