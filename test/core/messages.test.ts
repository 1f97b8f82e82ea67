import { describe, expect, it } from "vitest";
import { latestCode, normalizeCode, toMessage } from "../../src/core/messages.js";
import type { Message } from "../../src/core/model.js";

describe("normalizeCode", () => {
  it.each([
    ["558-213", "558213"],
    ["558 213", "558213"],
    ["558.213", "558213"],
    ["558\u00a0213", "558213"],
    [" 123456 ", "123456"],
    ["012345", "012345"],
    ["0000", "0000"],
    ["012-345", "012345"],
    ["AB12CD", "AB12CD"],
    [123456, "123456"],
  ])("%j -> %j", (input, code) => {
    expect(normalizeCode(input)).toBe(code);
  });

  it.each([[null], [undefined], [""], ["   "], ["-"]])("%j is no code", (input) => {
    expect(normalizeCode(input)).toBeNull();
  });
});

describe("toMessage", () => {
  it("keeps the provider's own code, typed as the user types it, and the raw text", () => {
    const message = toMessage({
      id: 17,
      from: "WhatsApp",
      text: "Your WhatsApp code: 558-213. Don't share it.",
      code: "558-213",
      receivedAt: "2026-06-07T18:03:11Z",
    });
    expect(message).toEqual({
      id: "17",
      from: "WhatsApp",
      text: "Your WhatsApp code: 558-213. Don't share it.",
      code: "558213",
      receivedAt: "2026-06-07T18:03:11.000Z",
    });
  });

  it("trusts the provider's code over the text", () => {
    // Numariq sends `code` next to the text; when they differ the provider's reading wins.
    expect(toMessage({ text: "Your code is 111111", code: "222222" }).code).toBe("222222");
  });

  it("keeps the leading zeros of the provider's code", () => {
    expect(toMessage({ code: "04821", text: null }).code).toBe("04821");
  });

  it("extracts the code from the text when the provider gave none", () => {
    expect(toMessage({ text: "Your code is 123456", code: null }).code).toBe("123456");
    expect(toMessage({ text: "Your WhatsApp code: 558-213" }).code).toBe("558213");
    expect(toMessage({ text: "G-123456 is your Google verification code." }, "google").code).toBe("123456");
  });

  it("extracts when the provider's code is blank", () => {
    expect(toMessage({ text: "Your code is 123456", code: "" }).code).toBe("123456");
  });

  it("gives null when neither the provider nor the text has a code", () => {
    expect(toMessage({ text: "Welcome to the service!" }).code).toBeNull();
    expect(toMessage({}).code).toBeNull();
  });

  it("fills absent fields with null", () => {
    expect(toMessage({})).toEqual({ id: null, from: null, text: null, code: null, receivedAt: null });
  });

  it("reads an offset-less timestamp as UTC (FetchSMS)", () => {
    expect(toMessage({ receivedAt: "2026-06-17T22:14:05.481203" }).receivedAt).toBe(
      "2026-06-17T22:14:05.481Z",
    );
  });

  it("survives a JSON round trip unchanged", () => {
    const message = toMessage({ id: "m1", from: "+18005550199", text: "Code 4821", code: "4821" });
    expect(JSON.parse(JSON.stringify(message))).toEqual(message);
  });
});

describe("latestCode", () => {
  const message = (id: string, code: string | null): Message => ({
    id,
    from: null,
    text: null,
    code,
    receivedAt: null,
  });

  it("is the code of the first (newest) message that has one", () => {
    expect(latestCode([message("3", null), message("2", "222222"), message("1", "111111")])).toBe("222222");
  });

  it("is null when no message has a code", () => {
    expect(latestCode([message("1", null)])).toBeNull();
    expect(latestCode([])).toBeNull();
  });
});
