// The builders hand a test an order `Order` allows: status and code agree, as on a real provider's order.
import { describe, expect, it } from "vitest";
import { buildMessage, buildOrder, buildRental } from "../../src/testing/builders.js";

describe("buildOrder", () => {
  it("is waiting without a code, and received with one, carrying the message that brought it", () => {
    expect(buildOrder()).toMatchObject({ status: "waiting", code: null, messages: [] });
    const received = buildOrder({ code: "4821" });
    expect(received).toMatchObject({ status: "received", code: "4821" });
    expect(received.messages.map((m) => m.code)).toEqual(["4821"]);
  });

  it("gives a received order a code when the test names the status alone", () => {
    expect(buildOrder({ status: "received" })).toMatchObject({ status: "received", code: "123456" });
  });

  it("lets a closed order have a code or none", () => {
    expect(buildOrder({ status: "expired" })).toMatchObject({ status: "expired", code: null });
    expect(buildOrder({ status: "done", code: "77" })).toMatchObject({ status: "done", code: "77" });
  });

  it("refuses a pair Order does not allow rather than building another order", () => {
    expect(() => buildOrder({ status: "waiting", code: "4821" })).toThrow(/waiting order cannot have code/);
    expect(() => buildOrder({ status: "received", code: null })).toThrow(/received order cannot have code/);
  });

  it("keeps every other field the test names", () => {
    expect(
      buildOrder({ id: "ord-9", provider: "numpool", number: "+447700900123", code: "4821" }),
    ).toMatchObject({
      id: "ord-9",
      provider: "numpool",
      number: "+447700900123",
      status: "received",
      code: "4821",
    });
  });
});

describe("buildMessage and buildRental", () => {
  it("a message carries its code in its text, and keeps the fields named", () => {
    const message = buildMessage({ code: "7731", from: "WhatsApp" });
    expect(message).toMatchObject({ code: "7731", from: "WhatsApp" });
    expect(message.text).toContain("7731");
  });

  it("a rental is active until a later time, and keeps the fields named", () => {
    const rental = buildRental();
    expect(rental.status).toBe("active");
    expect(Date.parse(rental.expiresAt!)).toBeGreaterThan(Date.now());
    expect(buildRental({ id: "rent-9", status: "expired" })).toMatchObject({
      id: "rent-9",
      status: "expired",
    });
  });
});
