import { describe, expect, it } from "vitest";
import { addMinutes, toIsoUtc } from "../../src/core/time.js";

describe("toIsoUtc", () => {
  it.each([
    // FetchSMS: no offset and microseconds; the offset-less form is UTC, not local time.
    ["2026-06-17T22:14:05.481203", "2026-06-17T22:14:05.481Z"],
    ["2026-06-17T22:14:05", "2026-06-17T22:14:05.000Z"],
    ["2026-06-17 22:14:05", "2026-06-17T22:14:05.000Z"],
    ["2026-06-17T22:14", "2026-06-17T22:14:00.000Z"],
    // Numariq, Temp Number.
    ["2026-06-07T18:15:00Z", "2026-06-07T18:15:00.000Z"],
    ["2026-06-07t18:15:00z", "2026-06-07T18:15:00.000Z"],
    // JuicySMS rentals: microseconds with Z.
    ["2023-08-02T14:30:23.000000Z", "2023-08-02T14:30:23.000Z"],
    ["2026-06-17T22:14:05+02:00", "2026-06-17T20:14:05.000Z"],
    ["2026-06-17T22:14:05.5-05:30", "2026-06-18T03:44:05.500Z"],
    ["2026-06-17T22:14:05+0200", "2026-06-17T20:14:05.000Z"],
    ["2026-06-17T00:30:00+02:00", "2026-06-16T22:30:00.000Z"],
    ["2026-06-17", "2026-06-17T00:00:00.000Z"],
    ["  2026-06-17T22:14:05Z  ", "2026-06-17T22:14:05.000Z"],
    ["2024-02-29T12:00:00Z", "2024-02-29T12:00:00.000Z"],
  ])("%j -> %s", (input, iso) => {
    expect(toIsoUtc(input)).toBe(iso);
  });

  it.each([["America/New_York"], ["Asia/Kolkata"], ["UTC"]])("reads the same in the %s time zone", (zone) => {
    const saved = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(toIsoUtc("2026-01-15T12:00:00")).toBe("2026-01-15T12:00:00.000Z");
      expect(toIsoUtc("2026-01-15")).toBe("2026-01-15T00:00:00.000Z");
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it.each([
    [null],
    [undefined],
    [""],
    ["   "],
    ["garbage"],
    ["not a date"],
    ["2026-13-45"],
    ["2026-06-17T25:00:00"],
    ["2026-02-30"],
    ["2025-02-29T10:00:00Z"],
    ["2026-06-20T..."],
    ["12345"],
    ["1"],
    ["null"],
  ])("%j -> null", (input) => {
    expect(toIsoUtc(input)).toBeNull();
  });
});

describe("addMinutes", () => {
  it("adds minutes in UTC across a day boundary", () => {
    expect(addMinutes("2026-06-17T23:50:00.000Z", 15)).toBe("2026-06-18T00:05:00.000Z");
  });
});
