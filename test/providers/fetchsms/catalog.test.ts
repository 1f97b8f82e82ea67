import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { OutOfStockError, ValidationError } from "../../../src/core/errors.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();

describe("fetchsms catalog and wallet", () => {
  it("services: US offers with cents prices and short-term stock", async () => {
    const offers = await t.client().services();
    expect(offers).toContainEqual({
      provider: "fetchsms",
      service: "whatsapp",
      name: "WhatsApp",
      country: "US",
      price: { amount: 85, currency: "USD" },
      stock: 40,
      providerServiceId: "2",
    });
    expect(offers.find((o) => o.service === "google")?.name).toBe("Google / Gmail");
    await expect(t.client().services({ country: "NL" })).rejects.toBeInstanceOf(ValidationError);
  });

  it("maxPrice is enforced from the service list before buying", async () => {
    const c = t.client();
    await expect(
      c.buy({ service: "whatsapp", maxPrice: { amount: 80, currency: "USD" } }),
    ).rejects.toBeInstanceOf(OutOfStockError);
    expect(t.fake.faults.count("POST", /\/verifications$/)).toBe(0);
    const order = await c.buy({ service: "whatsapp", maxPrice: { amount: 85, currency: "USD" } });
    expect(order.price).toEqual({ amount: 85, currency: "USD" });
  });

  it("balance reads balance_cents", async () => {
    t.fake.wallet.balance = 4321;
    expect(await t.client().balance()).toEqual({ amount: 4321, currency: "USD" });
  });

  it("quote: short, short with a custom area code, and a long-term rental", async () => {
    const provider = t.fake.provider();
    expect(await provider.quote({ service: "telegram", mode: "short" })).toEqual({
      amount: 70,
      currency: "USD",
    });
    expect(await provider.quote({ service: "telegram", mode: "short", areaCode: "212" })).toEqual({
      amount: 95,
      currency: "USD",
    });
    expect(await provider.quote({ service: 1, mode: "long", days: 90 })).toEqual({
      amount: 6900,
      currency: "USD",
    });
    const paths = t.fake.faults.requests.map((r) => r.path);
    expect(paths).toEqual([
      "/v1/services/quote?service=telegram&mode=short",
      "/v1/services/quote?service=telegram&mode=short&custom_area_code=true",
      "/v1/services/quote?service=1&mode=long&days=90",
    ]);
  });

  it("quote: bad input is refused before any request", async () => {
    const provider = t.fake.provider();
    await expect(provider.quote({ service: 1, mode: "long" })).rejects.toBeInstanceOf(ValidationError);
    await expect(provider.quote({ service: 1, mode: "long", days: 14 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(provider.quote({ service: "telegram", mode: "short", days: 7 })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(provider.quote({ service: "telegram", mode: "weekly" as never })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      provider.quote({ service: "telegram", mode: "short", areaCode: "21" }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(t.fake.faults.requests).toHaveLength(0);
  });

  it("areaCodes: the list for a mode and service", async () => {
    const provider = t.fake.provider();
    expect(await provider.areaCodes({ service: "whatsapp" })).toEqual(["212", "332", "415", "646", "929"]);
    await provider.areaCodes({ mode: "long" });
    expect(t.fake.faults.requests.map((r) => r.path)).toEqual([
      "/v1/services/area-codes?mode=short&service=whatsapp",
      "/v1/services/area-codes?mode=long",
    ]);
  });

  it("areaCodes: numeric codes on the wire come back as strings", async () => {
    t.server.use(http.get(t.url("/services/area-codes"), () => HttpResponse.json([212, "332"])));
    expect(await t.fake.provider().areaCodes()).toEqual(["212", "332"]);
  });
});
