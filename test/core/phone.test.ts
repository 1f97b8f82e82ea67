import { describe, expect, it } from "vitest";
import { ResponseFormatError } from "../../src/core/errors.js";
import { numberingPlan, parseWirePhone, registerNumberingPlan, toE164 } from "../../src/core/phone.js";

describe("toE164 on the forms the providers send", () => {
  it.each([
    // Numariq, Temp Number: already E.164.
    ["+12125550199", null, "+12125550199"],
    ["+14035551234", null, "+14035551234"],
    // FetchSMS: formatted US numbers.
    ["(332) 555-0184", "US", "+13325550184"],
    ["+1 332 555 0184", null, "+13325550184"],
    ["+1 332 555 0184", "GB", "+13325550184"],
    ["+1-212-555-0199", null, "+12125550199"],
    ["332.555.0184", "US", "+13325550184"],
    // JuicySMS: national forms.
    ["07684563067", "GB", "+447684563067"],
    ["07684563067", "UK", "+447684563067"],
    ["07684563067", "gb", "+447684563067"],
    ["0612345678", "NL", "+31612345678"],
    ["06 12 34 56 78", "NL", "+31612345678"],
    ["2125550199", "US", "+12125550199"],
    // International with spaces or the 00 prefix.
    ["+44 7684 563067", null, "+447684563067"],
    ["0044 7684 563067", null, "+447684563067"],
    ["00447684563067", "NL", "+447684563067"],
    ["+31 6 12345678", null, "+31612345678"],
    // US with the leading 1 but no plus.
    ["12125550199", "US", "+12125550199"],
    ["1 (212) 555-0199", "US", "+12125550199"],
    ["  +12125550199\n", null, "+12125550199"],
    ["+1\u00a0212\u00a0555\u00a00199", null, "+12125550199"],
  ])("%j (country %s) -> %s", (raw, country, e164) => {
    expect(toE164(raw, country)).toBe(e164);
  });

  it("reads the UK number written with its trunk zero after +44 as the number it is", () => {
    expect(toE164("+44 (0) 7684 563067")).toBe("+447684563067");
    expect(toE164("+44 (0)7684 563067")).toBe("+447684563067");
  });

  it("reads a national number sent with its calling code but no plus", () => {
    expect(toE164("447684563067", "GB")).toBe("+447684563067");
    expect(toE164("31612345678", "NL")).toBe("+31612345678");
  });
});

describe("toE164 refusals", () => {
  it.each([
    ["letters", "+1212555ABCD", null],
    ["letters in a national number", "0768456306O", "GB"],
    ["a word", "unknown", "US"],
    ["empty", "", "US"],
    ["blank", "   ", "US"],
    ["too short international", "+12345", null],
    ["too short national", "555-0199", "US"],
    ["too long international (16 digits)", "+4412345678901234", null],
    ["too long national", "076845630671", "GB"],
    ["national without a country", "07684563067", null],
    ["national US without a country", "(332) 555-0184", null],
    ["national with an unknown country", "07684563067", "ZZ"],
    ["+1 with 9 digits", "+1212555019", null],
    ["+1 with 11 digits", "+121255501999", null],
    ["a placeholder", "+1XXXXXXXXXX", null],
    ["a truncated placeholder", "+1...", null],
    ["a plus alone", "+", null],
    ["a country code of zero", "+0123456789", null],
    ["two pluses", "++12125550199", null],
    ["a US number whose area code starts with 0", "(032) 555-0184", "US"],
    ["a US number whose exchange starts with 1", "(332) 155-0184", "US"],
    ["+1 with an area code starting with 0", "+1 032 555 0184", null],
    ["+1 with an area code starting with 1", "+1 132 555 0184", null],
    ["+1 with an exchange starting with 0", "+1 332 055 0184", null],
  ])("%s: %j", (_why, raw, country) => {
    expect(toE164(raw, country)).toBeNull();
  });
});

describe("parseWirePhone", () => {
  it("gives E.164 for a readable number", () => {
    expect(parseWirePhone("07684563067", "juicysms", "GB")).toBe("+447684563067");
    expect(parseWirePhone("(332) 555-0184", "fetchsms", "US")).toBe("+13325550184");
  });

  it.each([["+1XXXXXXXXXX"], ["0612345678"], ["not a number"], ["+1212555019"]])(
    "blames the provider for %j with a ResponseFormatError",
    (raw) => {
      let error: unknown;
      try {
        parseWirePhone(raw, "numpool");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ResponseFormatError);
      expect((error as ResponseFormatError).provider).toBe("numpool");
      expect((error as ResponseFormatError).code).toBe("bad_response");
      expect((error as ResponseFormatError).excerpt).toBe(raw);
    },
  );

  it("keeps the excerpt short", () => {
    let error: unknown;
    try {
      parseWirePhone("x".repeat(500), "numpool");
    } catch (e) {
      error = e;
    }
    expect((error as ResponseFormatError).excerpt!.length).toBeLessThanOrEqual(32);
  });
});

describe("numbering plans", () => {
  it("knows UK as GB", () => {
    expect(numberingPlan("UK")).toBe(numberingPlan("GB"));
  });

  it("lets an adapter add a country it needs", () => {
    expect(toE164("0701234567", "SE")).toBeNull();
    registerNumberingPlan("SE", { callingCode: "46", trunkPrefix: "0", nsnLengths: [9] });
    expect(toE164("0701234567", "SE")).toBe("+46701234567");
  });
});
