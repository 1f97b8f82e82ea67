/**
 * FetchSMS identifiers and fixed facts, kept as data. FetchSMS names services by numeric id or by slug,
 * and its slugs are our canonical slugs as far as they are known, so the table is empty: add a row here
 * when one differs. Everything else passes through as FetchSMS's own id.
 */

import { createIdMap } from "../../core/catalog.js";
import { wireId } from "../../core/wire-id.js";

export const PROVIDER = "fetchsms" as const;
export const FETCHSMS_BASE_URL = "https://api.fetchsms.com/v1";

/** FetchSMS sells US numbers only. */
export const COUNTRY = "US";

export const SERVICES = /* @__PURE__ */ createIdMap({});

/** The one long-term product: a number that receives every supported service. */
export const RENTAL_SERVICE_SLUG = "unlimited-services";
export const RENTAL_SERVICE_ID = 1;

export const RENTAL_DAYS = [1, 7, 30, 90, 365] as const;

/** A verification's fixed window, and how long after purchase a rental may still be cancelled. */
export const VERIFICATION_WINDOW_MINUTES = 15;
export const RENTAL_CANCEL_MINUTES = 15;

export const TABS = ["active", "history"] as const;
export type Tab = (typeof TABS)[number];

/** A service as FetchSMS takes it in a JSON body: a numeric id as a number, a slug as a string. */
export function wireService(service: string): string | number {
  const id = SERVICES.toProvider(service);
  return /^\d+$/.test(id) ? Number(id) : id;
}

/** An order's id as it goes into a path: checked and encoded. */
export const orderRef = (order: { id: string }) =>
  wireId(order.id, { provider: PROVIDER, field: "order.id" });

/** A rental's id as it goes into a path: checked and encoded. */
export const rentalRef = (rental: { id: string }) =>
  wireId(rental.id, { provider: PROVIDER, field: "rental.id" });
