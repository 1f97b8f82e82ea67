/** NumPool's documented budget, 60 requests a minute, applies when the caller sets no `rateLimit`. */
import { describe, expect, it, vi } from "vitest";
import { useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();
const BALANCE = /\/balance$/;

describe("numpool default rate limit", () => {
  it("lets 60 requests through at once and holds the 61st (60 a minute)", async () => {
    // `rateLimit: undefined` replaces the fake's generous budget, so the adapter's own default applies.
    const provider = h.fake.provider({ rateLimit: undefined });
    const controller = new AbortController();
    const outcomes = Array.from({ length: 61 }, () =>
      provider.balance({ signal: controller.signal }).then(
        () => "answered",
        (error: unknown) => error,
      ),
    );
    await vi.waitFor(() => expect(h.fake.faults.count("GET", BALANCE)).toBe(60), { timeout: 5_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.fake.faults.count("GET", BALANCE)).toBe(60);

    const stop = new Error("stop waiting");
    controller.abort(stop);
    const settled = await Promise.all(outcomes);
    expect(settled.filter((o) => o === "answered")).toHaveLength(60);
    expect(settled.filter((o) => o === stop)).toHaveLength(1);
  });
});
