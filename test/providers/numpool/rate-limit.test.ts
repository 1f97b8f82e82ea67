/** NumPool's documented budget, 60 requests a minute, applies when the caller sets no `rateLimit`. */
import { describe, it } from "vitest";
import { expectDefaultBudget } from "../../fakes/harness.js";
import { useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();

describe("numpool default rate limit", () => {
  it("lets 60 requests through at once and holds the 61st (60 a minute)", async () => {
    await expectDefaultBudget(h.fake, /\/balance$/, 60);
  });
});
