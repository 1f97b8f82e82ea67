import { describe, expect, it } from "vitest";
import { isGatewayStatus, isOwnJsonError } from "../../src/core/error-table.js";

describe("isOwnJsonError: a 5xx body the provider itself wrote", () => {
  it("is the single-field {error} body the providers document", () => {
    expect(isOwnJsonError({ error: "API temporarily not configured" })).toBe(true);
  });

  it.each([
    [
      "Spring's error body",
      { timestamp: "2026-06-07T10:15:30Z", status: 503, error: "Service Unavailable", path: "/x" },
    ],
    ["Fastify's error body", { statusCode: 500, error: "Internal Server Error", message: "upstream" }],
    ["an error that is not a string", { error: { code: 1 } }],
    ["an array", [{ error: "x" }]],
    ["HTML", "<html>503</html>"],
    ["no body", null],
  ])("is not %s", (_what, body) => {
    expect(isOwnJsonError(body)).toBe(false);
  });
});

describe("isGatewayStatus", () => {
  it.each([502, 504, 520, 524, 530, 598, 599])("%i speaks for a gateway", (status) => {
    expect(isGatewayStatus(status)).toBe(true);
  });
  it.each([500, 501, 503, 505, 531])("%i may be the provider's own", (status) => {
    expect(isGatewayStatus(status)).toBe(false);
  });
});
