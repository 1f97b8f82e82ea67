import { describe, expect, it } from "vitest";
import { changesIn } from "../../../src/client/poll-step.js";
import { SeenMessages } from "../../../src/client/seen-messages.js";
import type { Message } from "../../../src/core/model.js";

const msg = (over: Partial<Message>): Message => ({
  id: null,
  from: null,
  text: null,
  code: null,
  receivedAt: null,
  ...over,
});

describe("seen messages", () => {
  it("knows a message again by its id, or without one by its text and time", () => {
    const seen = new SeenMessages();
    expect(seen.admit(msg({ id: "m1", code: "1234" }))).toBe(true);
    expect(seen.admit(msg({ id: "m1", code: "1234" }))).toBe(false);
    expect(seen.admit(msg({ text: "code 5555" }))).toBe(true);
    expect(seen.admit(msg({ text: "code 5555" }))).toBe(false);
    expect(seen.admit(msg({ text: "code 5555", receivedAt: "2026-01-01T00:00:00.000Z" }))).toBe(true);
  });

  it("takes a code-only stand-in and the full message that follows as one message", () => {
    const seen = new SeenMessages();
    expect(seen.admit(msg({ code: "482910" }))).toBe(true);
    expect(seen.admit(msg({ id: "m9", code: "482910", receivedAt: "2026-01-01T00:00:00.000Z" }))).toBe(false);
    // A second SMS that happens to carry the same code is a message of its own.
    expect(seen.admit(msg({ id: "m10", code: "482910", receivedAt: "2026-01-01T00:05:00.000Z" }))).toBe(true);
  });

  it("takes no stand-in for a code a message already brought", () => {
    const seen = new SeenMessages();
    expect(seen.admit(msg({ id: "m1", code: "1111" }))).toBe(true);
    expect(seen.admit(msg({ code: "1111" }))).toBe(false);
  });

  it("admits each code once", () => {
    const seen = new SeenMessages();
    expect(seen.admitCode("1111")).toBe(true);
    expect(seen.admitCode("1111")).toBe(false);
    expect(seen.admitCode("2222")).toBe(true);
  });

  it("emits a code the order shows on a message seen before without it", () => {
    const seen = new SeenMessages();
    const order = {
      id: "o1",
      provider: "sandbox" as const,
      number: "+12125550100",
      service: null,
      country: null,
      status: "waiting" as const,
      code: null,
      messages: [msg({ id: "m1", text: "Your code is on its way" })],
      price: null,
      createdAt: null,
      expiresAt: null,
    };
    expect(changesIn(order, order, seen).messages).toHaveLength(1);
    const later = {
      ...order,
      status: "received" as const,
      code: "4821",
      messages: [msg({ id: "m1", text: "Your code is on its way" })],
    };
    expect(changesIn(later, order, seen).codes.map(([c]) => c)).toEqual(["4821"]);
  });
});
