/** The adapter's own rules, unit by unit: reading country names, and when a listing proves absence. */
import { describe, expect, it } from "vitest";
import { isoFromFlag, isoFromName } from "../../../src/providers/numpool/country-names.js";
import { findOrder, findRental, SeenIds } from "../../../src/providers/numpool/reconcile.js";
import { ordersReply, rentalsReply, type WireOrderItem } from "../../../src/providers/numpool/wire.js";

describe("numpool country names", () => {
  it.each([
    ["USA", "US"],
    ["United States", "US"],
    ["England", "GB"],
    ["United Kingdom", "GB"],
    ["Russia", "RU"],
    ["Vietnam", "VN"],
    ["Côte d'Ivoire", "CI"],
    ["Ivory Coast", "CI"],
    ["Hong Kong", "HK"],
    ["Myanmar", "MM"],
    ["Bosnia and Herzegovina", "BA"],
    ["Turkey", "TR"],
    ["Atlantis", null],
  ])("%s -> %s", (name, iso) => {
    expect(isoFromName(name)).toBe(iso);
  });

  it("reads flags as ISO codes or emoji", () => {
    expect(isoFromFlag("US")).toBe("US");
    expect(isoFromFlag("gb")).toBe("GB");
    expect(isoFromFlag("🇳🇱")).toBe("NL");
    expect(isoFromFlag("UK")).toBe("GB");
    expect(isoFromFlag("flag.png")).toBeNull();
    expect(isoFromFlag(null)).toBeNull();
  });
});

describe("numpool reconciliation rules", () => {
  const startedAt = Date.parse("2026-06-13T12:00:00Z");
  const now = () => startedAt + 2_000;
  const probe = { code: "wa", countryId: 187, country: "US", startedAt };
  /** A `GET /orders` item as the adapter's schema reads it. */
  const item = (id: string, minutesAgo: number, extra: Record<string, unknown> = {}): WireOrderItem =>
    ordersReply().parse([
      {
        order_id: id,
        number: "+12125550100",
        service: "wa",
        country: 187,
        status: "pending",
        created_at: new Date(startedAt - minutesAgo * 60_000).toISOString(),
        ...extra,
      },
    ])[0]!;
  const pages = (...lists: WireOrderItem[][]) => {
    const asked: number[] = [];
    const page = async (offset: number) => {
      asked.push(offset);
      return lists[offset / 20] ?? [];
    };
    return { page, asked };
  };

  it("a newest-first page reaching before the window proves absence without reading on", async () => {
    const full = Array.from({ length: 20 }, (_, i) => item(`o${i}`, 10 + i, { service: "tg" }));
    const { page, asked } = pages(full);
    expect(await findOrder(probe, page, new SeenIds(), now)).toEqual({ absent: true });
    expect(asked).toEqual([0]);
  });

  it("an oldest-first full page proves nothing: it reads on", async () => {
    const full = Array.from({ length: 20 }, (_, i) => item(`o${i}`, 60 - i, { service: "tg" }));
    const { page, asked } = pages(full, [item("new", 0)]);
    expect(await findOrder(probe, page, new SeenIds(), now)).toEqual({ found: item("new", 0) });
    expect(asked).toEqual([0, 20]);
  });

  it("an order older than the window (with 5 minutes of clock skew) is not this purchase", async () => {
    const { page: onlyOld } = pages([item("old", 6)]);
    expect(await findOrder(probe, onlyOld, new SeenIds(), now)).toEqual({ absent: true });
  });

  it("an order made before the purchase started is only a candidate (another's, or ours under clock skew)", async () => {
    const { page } = pages([item("old", 6), item("skewed", 4)]);
    expect(await findOrder(probe, page, new SeenIds(), now)).toEqual({
      undecided:
        "the one unseen order that fits (skewed) was made before this purchase started: it may be another's",
      known: { candidates: ["skewed"] },
    });
    const { page: fresh } = pages([item("skewed", 4), item("new", 0)]);
    expect(await findOrder(probe, fresh, new SeenIds(), now)).toMatchObject({
      known: { candidates: ["skewed", "new"] },
    });
  });

  it("matches a country named instead of numbered", async () => {
    const { page } = pages([item("named", 0, { country: "USA" }), item("other", 0, { country: "England" })]);
    expect(await findOrder(probe, page, new SeenIds(), now)).toEqual({
      found: item("named", 0, { country: "USA" }),
    });
  });

  it("an unseen order without a service or time is undecided, unless another matches", async () => {
    const { page } = pages([item("vague", 0, { service: null })]);
    expect(await findOrder(probe, page, new SeenIds(), now)).toEqual({
      undecided: "an unseen order in the listing may be this purchase: vague",
      known: { candidates: ["vague"] },
    });
    const { page: both } = pages([item("vague", 0, { created_at: null }), item("clear", 0)]);
    expect(await findOrder(probe, both, new SeenIds(), now)).toEqual({ found: item("clear", 0) });
  });

  it("gives up after five full pages of possible orders", async () => {
    const full = () => Array.from({ length: 20 }, (_, i) => item(`x${i}`, 0, { service: "tg" }));
    const { page } = pages(full(), full(), full(), full(), full(), []);
    expect(await findOrder(probe, page, new SeenIds(), now)).toEqual({
      undecided: "no sign of the purchase in the newest 100 orders",
    });
  });

  it("rentals: a day-old rental of the same kind is ruled out; one an hour old is undecided", () => {
    const rental = (id: string, hoursAgo: number) =>
      rentalsReply().parse([
        {
          rental_id: id,
          number: "+13325550100",
          service: "discord",
          days: 7,
          ends_at: new Date(startedAt - hoursAgo * 3_600_000 + 7 * 86_400_000).toISOString(),
        },
      ])[0]!;
    const rentProbe = { service: "discord", days: 7, startedAt };
    expect(findRental(rentProbe, [rental("old", 30)], new SeenIds(), now)).toEqual({ absent: true });
    expect(findRental(rentProbe, [rental("recent", 1)], new SeenIds(), now)).toEqual({
      undecided: "an unseen rental in the listing may be this purchase: recent",
      known: { candidates: ["recent"] },
    });
    expect(findRental(rentProbe, [rental("recent", 1), rental("new", 0)], new SeenIds(), now)).toEqual({
      found: rental("new", 0),
    });
  });

  it("remembers a bounded number of ids", () => {
    const seen = new SeenIds(2);
    seen.add("a");
    seen.add("b");
    seen.add("c");
    expect([seen.has("a"), seen.has("b"), seen.has("c")]).toEqual([false, true, true]);
  });
});
