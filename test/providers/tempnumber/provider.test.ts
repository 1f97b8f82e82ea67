/** The provider object itself: declared capabilities, construction, key secrecy. */
import { inspect } from "node:util";
import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "../../../src/core/errors.js";
import { OPERATION_CAPABILITY, type Operation } from "../../../src/core/provider.js";
import { TEMPNUMBER_BASE_URL, tempnumber } from "../../../src/providers/tempnumber/index.js";
import { accountExample } from "./fixtures.js";

const KEY = "tn_live_secret_4f1c9a";

describe("tempnumber provider", () => {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterAll(() => server.close());

  it("declares rentals with idempotent purchases, no activations, the four periods", () => {
    const provider = tempnumber({ apiKey: KEY });
    expect(provider.capabilities).toMatchObject({
      activations: false,
      done: false,
      rentals: true,
      renew: true,
      cancelRental: true,
      balance: true,
      services: true,
      voice: false,
      areaCode: false,
      idempotency: true,
      countries: null,
      rentalDays: [30, 90, 180, 365],
    });
    for (const [op, capability] of Object.entries(OPERATION_CAPABILITY)) {
      expect({ op, present: typeof provider[op as Operation] === "function" }).toEqual({
        op,
        present: provider.capabilities[capability],
      });
    }
  });

  it("refuses a missing or empty key at construction", () => {
    expect(() => tempnumber({ apiKey: "" })).toThrow(ValidationError);
    expect(() => tempnumber({} as never)).toThrow(ValidationError);
  });

  it("never shows the key when inspected or serialised", () => {
    const provider = tempnumber({ apiKey: KEY });
    expect(inspect(provider, { depth: 10, showHidden: true })).not.toContain(KEY);
    expect(JSON.stringify(provider)).not.toContain(KEY);
  });

  it("talks to https://api.temp-number.com/v1 by default", async () => {
    let seen = "";
    server.use(
      http.get(`${TEMPNUMBER_BASE_URL}/account`, ({ request }) => {
        seen = request.url;
        return HttpResponse.json(accountExample);
      }),
    );
    await tempnumber({ apiKey: KEY }).balance();
    expect(seen).toBe("https://api.temp-number.com/v1/account");
  });
});
