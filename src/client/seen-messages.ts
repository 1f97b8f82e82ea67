/**
 * What a watcher has already emitted, so that each message and each code goes out once.
 *
 * A message is the same as one seen before when it has the same id, or (without ids, or when one copy
 * came by webhook and the other by polling) the same text at the same time, or the same code at the
 * same time. A code-only message (no id, text or time: a code a list or a webhook showed before the
 * message list had it) is emitted as the message it stands for, and the first full message with that
 * code later is that same message, not a second one. A code is emitted once per watcher, whatever
 * messages repeat it: providers re-report old codes (a rental's `last_code`, a string API answering every
 * poll with the same SMS).
 */
import type { Message } from "../core/model.js";

function isCodeOnly(m: Message): boolean {
  return m.id === null && m.text === null && m.receivedAt === null;
}

export class SeenMessages {
  // Made on first use: most watched orders never see a message, and thousands may be watched.
  private keys: Set<string> | undefined;
  /** Every code an admitted message carried. */
  private messageCodes: Set<string> | undefined;
  /** Codes first seen as code-only messages, whose full message has not come yet. */
  private standIns: Set<string> | undefined;
  private codes: Set<string> | undefined;

  /** True the first time this message is seen; records it. */
  admit(message: Message): boolean {
    this.keys ??= new Set();
    this.messageCodes ??= new Set();
    const code = message.code;
    if (isCodeOnly(message)) {
      if (code === null || this.messageCodes.has(code)) return false;
      this.messageCodes.add(code);
      this.standIns ??= new Set();
      this.standIns.add(code);
      return true;
    }
    const known = this.keys;
    const keys = keysOf(message);
    let seen = keys.some((k) => known.has(k));
    if (code !== null && this.standIns?.delete(code)) seen = true;
    for (const key of keys) known.add(key);
    if (code !== null) this.messageCodes.add(code);
    return !seen;
  }

  /** True the first time this code is seen; records it. */
  admitCode(code: string): boolean {
    this.codes ??= new Set();
    if (this.codes.has(code)) return false;
    this.codes.add(code);
    return true;
  }
}

function keysOf(m: Message): string[] {
  const keys: string[] = [];
  if (m.id !== null) keys.push(`i:${m.id}`);
  if (m.text !== null) keys.push(`t:${m.text}|${m.receivedAt ?? ""}`);
  if (m.code !== null) keys.push(`c:${m.code}|${m.receivedAt ?? ""}`);
  return keys;
}
