/** Input checks for FetchSMS's extra operations (the client checks the contract ones). */
import * as z from "zod/mini";
import { canonicalService } from "../../core/catalog.js";
import { lazy } from "../../core/lazy.js";
import { schemaFor, validate } from "../../core/validation.js";
import { PROVIDER, RENTAL_DAYS, TABS, type Tab } from "./ids.js";

const service = /* @__PURE__ */ lazy(() =>
  z.union([
    z.pipe(
      z.string().check(z.trim(), z.minLength(1, "service must not be empty")),
      z.transform(canonicalService),
    ),
    z.pipe(z.int().check(z.positive()), z.transform(String)),
  ]),
);
const areaCode = /* @__PURE__ */ lazy(() =>
  z.string().check(z.regex(/^\d{3}$/, "areaCode must be three digits, e.g. 332")),
);
const mode = /* @__PURE__ */ lazy(() => z.enum(["short", "long"]));
const days = /* @__PURE__ */ lazy(() =>
  z
    .int()
    .check(
      z.refine(
        (d) => (RENTAL_DAYS as readonly number[]).includes(d),
        `days must be one of ${RENTAL_DAYS.join(", ")}`,
      ),
    ),
);

/** What `quote()` takes. */
export interface FetchSmsQuoteInput {
  /** A canonical slug (`whatsapp`) or FetchSMS's own service id (a string, or a positive whole number). */
  service: string | number;
  /** `"short"` for a verification (one code), `"long"` for a rental. */
  mode: "short" | "long";
  /** The rental's length in days, for `"long"` only (and required there): 1, 7, 30, 90 or 365. */
  days?: number;
  /**
   * Three digits, e.g. `"332"`: the quote then includes the custom area code surcharge (FetchSMS prices
   * any custom area code alike, so the digits themselves are not sent).
   */
  areaCode?: string;
}

export const quoteInputSchema = /* @__PURE__ */ lazy(() =>
  schemaFor<FetchSmsQuoteInput>()(
    z
      .object({
        service: service(),
        mode: mode(),
        days: z.optional(days()),
        areaCode: z.optional(areaCode()),
      })
      .check(
        z.superRefine((input, ctx) => {
          if (input.mode === "long" && input.days === undefined) {
            ctx.addIssue({
              code: "custom",
              path: ["days"],
              message: "days is required for a long-term (rental) quote",
            });
          }
          if (input.mode === "short" && input.days !== undefined) {
            ctx.addIssue({
              code: "custom",
              path: ["days"],
              message: "days only applies to a long-term (rental) quote",
            });
          }
        }),
      ),
  ),
);

/** What `areaCodes()` takes; every field is optional, and so is the whole. */
export interface FetchSmsAreaCodesInput {
  /** `"short"` (verifications, the default) or `"long"` (rentals). */
  mode?: "short" | "long";
  /** Only the area codes on offer for this service: a canonical slug or FetchSMS's own id. Omitted: any service. */
  service?: string | number;
}

export const areaCodesInputSchema = /* @__PURE__ */ lazy(() =>
  schemaFor<FetchSmsAreaCodesInput>()(
    z.optional(z.object({ mode: z.optional(mode()), service: z.optional(service()) })),
  ),
);

export const tabSchema = /* @__PURE__ */ lazy(() => z.optional(z.enum(TABS)));

/** What `listRentals()` takes; every field is optional, and so is the whole. */
export interface FetchSmsListRentalsInput {
  /** `"active"` (the default) or `"history"` (ended rentals). */
  tab?: Tab;
  /** At most this many rentals (FetchSMS's `limit`): a positive whole number. Omitted: FetchSMS's own default. */
  limit?: number;
}

export const listRentalsInputSchema = /* @__PURE__ */ lazy(() =>
  schemaFor<FetchSmsListRentalsInput>()(
    z.optional(z.object({ tab: z.optional(z.enum(TABS)), limit: z.optional(z.int().check(z.positive())) })),
  ),
);

export const rentAreaCodeSchema = /* @__PURE__ */ lazy(() => z.nullish(areaCode()));

export const ownedSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.string().check(z.minLength(1)),
    provider: z.literal(PROVIDER),
    number: z.string(),
  }),
);

export function check<T>(schema: z.core.$ZodType<T>, input: unknown, what: string): T {
  return validate(schema, input, what, PROVIDER);
}
