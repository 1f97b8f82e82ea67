/** `extractCode` with arbitrary text: it never throws, and what it returns is a code the text shows. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractCode } from "../../src/index.js";

const smsLike = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc
    .tuple(
      fc.constantFrom("Your code is ", "Código: ", "Ваш код ", "G-", "code ", "PIN ", "", "验证码"),
      fc.stringMatching(/^[0-9A-Za-z\- .]{0,14}$/),
      fc.constantFrom("", ". Don't share it.", " expires in 10 min", " (ref 12345678)"),
    )
    .map((parts) => parts.join("")),
);

describe("fuzzing extractCode", () => {
  it("never throws, and returns null or a code that stands in the text", () => {
    fc.assert(
      fc.property(
        smsLike,
        fc.option(fc.constantFrom("whatsapp", "google", "telegram"), { nil: undefined }),
        (text, service) => {
          const code = extractCode(text, service ? { service } : undefined);
          if (code === null) return;
          expect(code).toMatch(/^[0-9A-Za-z]{3,12}$/);
          const squeezed = text.replace(/[\s\-.\u00a0]/g, "").toLowerCase();
          expect(squeezed).toContain(code.toLowerCase());
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
