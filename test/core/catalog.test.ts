import { describe, expect, it } from "vitest";
import {
  canonicalService,
  countryCount,
  createIdMap,
  isCountryCode,
  isKnownService,
  knownServices,
  normalizeCountry,
  registerService,
  serviceName,
} from "../../src/core/catalog.js";

describe("normalizeCountry", () => {
  it.each([
    ["US", "US"],
    ["us", "US"],
    [" gb ", "GB"],
    ["uk", "GB"],
    ["UK", "GB"],
    ["USA", "US"],
    ["usa", "US"],
    ["nl", "NL"],
    ["XK", "XK"],
  ])("%j -> %s", (input, code) => {
    expect(normalizeCountry(input)).toBe(code);
  });

  it.each([["ZZ"], [""], ["United States"], ["U"], ["USAA"], ["187"], ["EU"]])(
    "%j is not a country",
    (input) => {
      expect(normalizeCountry(input)).toBeNull();
    },
  );
});

describe("the country list", () => {
  it("holds the 249 ISO 3166-1 alpha-2 codes plus XK", () => {
    expect(countryCount()).toBe(250);
  });

  it("accepts only real regions: each of its codes is one the platform's region names know", () => {
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const accepted: string[] = [];
    for (const a of letters) for (const b of letters) if (isCountryCode(a + b)) accepted.push(a + b);
    expect(accepted).toHaveLength(250);
    expect(accepted.filter((code) => names.of(code) === code)).toEqual([]);
  });

  it.each([["US"], ["GB"], ["NL"], ["CA"], ["DE"], ["AX"], ["BQ"], ["SS"], ["ZW"], ["XK"]])(
    "knows %s",
    (code) => {
      expect(isCountryCode(code)).toBe(true);
    },
  );

  it.each([["UK"], ["EU"], ["AN"], ["SU"], ["YU"], ["UN"], ["ZZ"], ["us"]])(
    "does not count %s as a code (aliases are not codes)",
    (code) => {
      expect(isCountryCode(code)).toBe(false);
    },
  );
});

describe("canonicalService", () => {
  it.each([
    ["whatsapp", "whatsapp"],
    ["WhatsApp", "whatsapp"],
    [" Telegram ", "telegram"],
    ["x", "twitter"],
    ["X", "twitter"],
    ["Twitter / X", "twitter"],
    ["gmail", "google"],
    ["youtube", "google"],
    ["meta", "facebook"],
    ["chatgpt", "openai"],
  ])("%j -> %s", (input, slug) => {
    expect(canonicalService(input)).toBe(slug);
  });

  it.each([
    ["wa", "wa"],
    ["4", "4"],
    [" go ", "go"],
    ["SomeRareApp", "SomeRareApp"],
  ])("passes the provider's own id %j through (trimmed, case kept)", (input, out) => {
    expect(canonicalService(input)).toBe(out);
  });

  it("names services for display, and falls back to the id", () => {
    expect(serviceName("twitter")).toBe("Twitter / X");
    expect(serviceName("whatsapp")).toBe("WhatsApp");
    expect(serviceName("wa")).toBe("wa");
  });

  it("knows the common services' slugs", () => {
    const slugs = knownServices();
    for (const slug of ["whatsapp", "telegram", "google", "facebook", "twitter", "instagram", "tiktok"]) {
      expect(slugs).toContain(slug);
    }
    for (const slug of ["discord", "amazon", "paypal", "apple", "uber", "netflix", "snapchat"]) {
      expect(slugs).toContain(slug);
    }
    for (const slug of ["microsoft", "yahoo", "linkedin"]) expect(slugs).toContain(slug);
    expect(slugs.every((s) => s === s.toLowerCase())).toBe(true);
  });

  it("accepts new services and aliases", () => {
    expect(canonicalService("Bumble App")).toBe("Bumble App");
    registerService("bumble", "Bumble", ["Bumble App"]);
    expect(canonicalService("bumble app")).toBe("bumble");
    expect(canonicalService("BUMBLE")).toBe("bumble");
    expect(isKnownService("bumble")).toBe(true);
    expect(serviceName("bumble")).toBe("Bumble");
  });
});

describe("createIdMap", () => {
  const services = createIdMap({ whatsapp: "wa", telegram: "tg", google: "go", twitter: 4 });

  it("translates our slug to the provider's id", () => {
    expect(services.toProvider("whatsapp")).toBe("wa");
    expect(services.toProvider("twitter")).toBe("4");
  });

  it("translates the provider's id back to our slug, numbers and strings alike", () => {
    expect(services.fromProvider("wa")).toBe("whatsapp");
    expect(services.fromProvider("WA")).toBe("whatsapp");
    expect(services.fromProvider(4)).toBe("twitter");
    expect(services.fromProvider("4")).toBe("twitter");
  });

  it("passes unknown values through both ways", () => {
    expect(services.toProvider("ig")).toBe("ig");
    expect(services.toProvider("17")).toBe("17");
    expect(services.fromProvider("zz")).toBe("zz");
    expect(services.fromProvider(999)).toBe("999");
  });

  it("round-trips every entry", () => {
    for (const [ours, theirs] of services.entries()) {
      expect(services.toProvider(ours)).toBe(theirs);
      expect(services.fromProvider(theirs)).toBe(ours);
    }
    expect(services.entries()).toHaveLength(4);
  });

  it("tells which values it knows", () => {
    expect(services.has("whatsapp")).toBe(true);
    expect(services.has("wa")).toBe(false);
  });

  it("maps a provider id shared by two of our values back to the first one", () => {
    const countries = createIdMap({ GB: "UK", UK: "UK" });
    expect(countries.fromProvider("UK")).toBe("GB");
    expect(countries.toProvider("UK")).toBe("UK");
  });
});
