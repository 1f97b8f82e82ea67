/** Input checks for FetchSMS's extra operations (the client checks the contract ones). */
import * as z from "zod";
import { canonicalService } from "../../core/catalog.js";
import { lazy } from "../../core/lazy.js";
import { validate } from "../../core/validation.js";
import { PROVIDER, RENTAL_DAYS, TABS } from "./ids.js";

const service = /* @__PURE__ */ lazy(() =>
  z.union([
    z.string().trim().min(1, "service must not be empty").transform(canonicalService),
    z.number().int().positive().transform(String),
  ]),
);
const areaCode = /* @__PURE__ */ lazy(() =>
  z.string().regex(/^\d{3}$/, "areaCode must be three digits, e.g. 332"),
);
const mode = /* @__PURE__ */ lazy(() => z.enum(["short", "long"]));
const days = /* @__PURE__ */ lazy(() =>
  z
    .number()
    .int()
    .refine((d) => (RENTAL_DAYS as readonly number[]).includes(d), {
      message: `days must be one of ${RENTAL_DAYS.join(", ")}`,
    }),
);

export const quoteInputSchema = /* @__PURE__ */ lazy(() =>
  z
    .object({ service: service(), mode: mode(), days: days().optional(), areaCode: areaCode().optional() })
    .superRefine((input, ctx) => {
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
);
export type FetchSmsQuoteInput = z.input<ReturnType<typeof quoteInputSchema>>;

export const areaCodesInputSchema = /* @__PURE__ */ lazy(() =>
  z.object({ mode: mode().optional(), service: service().optional() }).optional(),
);
export type FetchSmsAreaCodesInput = z.input<ReturnType<typeof areaCodesInputSchema>>;

export const tabSchema = /* @__PURE__ */ lazy(() => z.enum(TABS).optional());

export const listRentalsInputSchema = /* @__PURE__ */ lazy(() =>
  z.object({ tab: z.enum(TABS).optional(), limit: z.number().int().positive().optional() }).optional(),
);
export type FetchSmsListRentalsInput = z.input<ReturnType<typeof listRentalsInputSchema>>;

export const rentAreaCodeSchema = /* @__PURE__ */ lazy(() => areaCode().nullish());

export const ownedSchema = /* @__PURE__ */ lazy(() =>
  z.looseObject({
    id: z.string().min(1),
    provider: z.literal(PROVIDER),
    number: z.string(),
  }),
);

export function check<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  return validate(schema, input, what, PROVIDER);
}
