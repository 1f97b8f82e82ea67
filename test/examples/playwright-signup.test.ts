import { existsSync } from "node:fs";
import type { Browser } from "playwright-core";
import { createClient, type Order, sandbox, TimeoutError } from "unisms";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM_PATH,
  launchChromium,
  type SignupSite,
  signUp,
  startSignupSite,
} from "../../examples/playwright-signup.js";

const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium) {
  console.warn(
    `examples/playwright-signup: skipped, no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
  );
}

describe.skipIf(!hasChromium)("examples/playwright-signup.ts (headless Chromium)", () => {
  let browser: Browser;
  const sites: SignupSite[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await Promise.all(sites.map((s) => s.close()));
    await browser?.close();
  });

  /**
   * A sandbox that sends no SMS of its own, and the site sending its SMS through it; or not at all
   * ("silent"), or with its SMS gateway down ("broken": the page says it could not send the code).
   */
  async function setUp(gateway: "working" | "silent" | "broken" = "working") {
    const provider = sandbox({ seed: 9, services: { acme: 25 }, delivery: "manual" });
    const site = await startSignupSite((phone, text) => {
      if (gateway === "broken") throw new Error("SMS gateway unavailable");
      if (gateway === "working") provider.deliver(phone, text, "Acme");
    });
    sites.push(site);
    return { provider, site, client: createClient({ provider }) };
  }

  it("types the number, waits for the site's SMS, types its code, and the page confirms", async () => {
    const { provider, site, client } = await setUp();
    const result = await signUp({
      client,
      browser,
      url: site.url,
      service: "acme",
      intervalMs: 20,
      timeoutMs: 10_000,
      log: () => {},
    });
    // The site sent one SMS, to the number bought, and the code typed was that SMS's.
    expect(site.sent).toEqual([{ phone: result.number, code: result.code }]);
    expect(result.confirmation).toBe(`Phone verified: ${result.number}`);

    const [charge, ...rest] = provider.ledger();
    expect(rest).toEqual([]); // paid once, nothing refunded: the number was used
    expect(charge).toMatchObject({ kind: "charge", amount: 25 });
    expect((await provider.poll({ id: charge!.ref } as Order)).status).toBe("done");
  }, 30_000);

  it("when no SMS comes, times out and the number is cancelled for its refund", async () => {
    const { provider, site, client } = await setUp("silent");
    const failure = await signUp({
      client,
      browser,
      url: site.url,
      service: "acme",
      intervalMs: 20,
      timeoutMs: 300,
      log: () => {},
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect((failure as TimeoutError).refunded).toEqual({ amount: 25, currency: "USD" });
    expect(provider.ledger().map((e) => [e.kind, e.amount])).toEqual([
      ["charge", 25],
      ["refund", 25],
    ]);
  }, 30_000);

  it("when the page fails before any SMS, the number is cancelled for its refund (withOrder)", async () => {
    const { provider, site, client } = await setUp("broken");
    await expect(
      signUp({
        client,
        browser,
        url: site.url,
        service: "acme",
        intervalMs: 20,
        timeoutMs: 10_000,
        log: () => {},
      }),
    ).rejects.toThrow("the site sent no code: Could not send the code, try again");
    expect(site.sent).toEqual([]);
    expect(provider.ledger().map((e) => [e.kind, e.amount])).toEqual([
      ["charge", 25],
      ["refund", 25],
    ]);
  }, 30_000);
});
