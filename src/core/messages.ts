/**
 * Building `Message`s from provider data: the provider's own code is kept (typed form, `558-213` ->
 * `558213`), and raw text goes through `extractCode` only when the provider gave no code.
 */
import type { Message } from "./model.js";
import { extractCode } from "./otp.js";
import { toIsoUtc } from "./time.js";

/** A code as the user types it: separators and spaces removed, leading zeros kept. */
export function normalizeCode(code: string | number | null | undefined): string | null {
  if (code === null || code === undefined) return null;
  const typed = String(code)
    .trim()
    .replace(/[\s\-.\u00a0]/g, "");
  return typed === "" ? null : typed;
}

export interface MessageInput {
  id?: string | number | null;
  from?: string | null;
  text?: string | null;
  code?: string | number | null;
  /** Any provider timestamp form; stored as ISO-8601 UTC. */
  receivedAt?: string | null;
}

export function toMessage(input: MessageInput, service?: string | null): Message {
  const text = input.text ?? null;
  const code =
    normalizeCode(input.code) ?? (text ? extractCode(text, service ? { service } : undefined) : null);
  return {
    id: input.id === null || input.id === undefined ? null : String(input.id),
    from: input.from ?? null,
    text,
    code,
    receivedAt: toIsoUtc(input.receivedAt ?? null),
  };
}

/** The code of the newest message that has one. `messages` must be newest first. */
export function latestCode(messages: readonly Message[]): string | null {
  return messages.find((m) => m.code)?.code ?? null;
}
