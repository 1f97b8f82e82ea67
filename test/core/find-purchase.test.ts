import { describe, expect, it } from "vitest";
import { purchaseSince } from "../../src/core/find-purchase.js";
import { LANDING_WINDOW_MS } from "../../src/core/transport/paid-request.js";

interface Item {
  id: string;
  at: string | null;
  service: string;
}

const START = Date.parse("2026-12-05T10:00:00Z");
const at = (offsetMs: number) => new Date(START + offsetMs).toISOString();
const listing = {
  id: (i: Item) => i.id,
  createdAt: (i: Item) => i.at,
  fits: (i: Item) => i.service === "whatsapp",
};
const intent = (exclude: string[] = []) => ({ startedAt: at(0), exclude });
const find = (items: Item[], exclude?: string[]) => purchaseSince(items, intent(exclude), listing);

describe("purchaseSince (finding a purchase after a crash)", () => {
  it("takes the one fitting purchase made after the request started", () => {
    expect(find([{ id: "a", at: at(800), service: "whatsapp" }])).toEqual({
      reply: { id: "a", at: at(800), service: "whatsapp" },
    });
  });

  it("finds nothing when nothing fits: absent", () => {
    expect(find([{ id: "t", at: at(800), service: "telegram" }])).toEqual({ absent: true });
  });

  it("never takes one made before the request (a skewed clock makes it a candidate, never ours)", () => {
    expect(find([{ id: "old", at: at(-60_000), service: "whatsapp" }])).toMatchObject({
      known: { candidates: ["old"] },
    });
    expect(find([{ id: "older", at: at(-3_600_000), service: "whatsapp" }])).toEqual({ absent: true });
  });

  it("never takes one made after the request could no longer land (the next purchase, say)", () => {
    const later = { id: "next", at: at(LANDING_WINDOW_MS + 3_600_000), service: "whatsapp" };
    expect(find([later])).toEqual({ absent: true });
    const edge = { id: "edge", at: at(LANDING_WINDOW_MS + 60_000), service: "whatsapp" };
    expect(find([edge])).toMatchObject({ known: { candidates: ["edge"] } });
  });

  it("never takes one the journal already holds", () => {
    expect(find([{ id: "mine", at: at(500), service: "whatsapp" }], ["mine"])).toEqual({ absent: true });
  });

  it("names every candidate when several fit, or one shows no time", () => {
    const two = find([
      { id: "a", at: at(500), service: "whatsapp" },
      { id: "b", at: at(900), service: "whatsapp" },
    ]);
    expect(two).toMatchObject({ known: { candidates: ["a", "b"] } });
    expect(find([{ id: "x", at: null, service: "whatsapp" }])).toMatchObject({
      known: { candidates: ["x"] },
    });
  });
});
