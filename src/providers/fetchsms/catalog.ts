/** Prices, stock and the wallet. `/services*` are public; the key is sent anyway (harmless, one code path). */
import type { Money, ServiceOffer } from "../../core/model.js";
import { moneyFromCents } from "../../core/money.js";
import type { CallOptions, ServicesRequest } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { COUNTRY, SERVICES } from "./ids.js";
import {
  areaCodesInputSchema,
  check,
  type FetchSmsAreaCodesInput,
  type FetchSmsQuoteInput,
  quoteInputSchema,
} from "./inputs.js";
import { offerFromWire } from "./mapping.js";
import { areaCodesSchema, balanceSchema, quoteSchema, servicesSchema } from "./wire.js";

export function catalog(transport: Transport) {
  return {
    /** Short-term (verification) offers, US only: `price_cents` and `short_available`. */
    async services(request: ServicesRequest, options: CallOptions = {}): Promise<ServiceOffer[]> {
      if (request?.country && request.country !== COUNTRY) return [];
      const items = await transport.request({
        method: "GET",
        path: "/services",
        schema: servicesSchema(),
        signal: options.signal,
      });
      return items.map(offerFromWire);
    },

    /** `GET /services/quote`: the total a verification (`short`) or a rental of `days` (`long`) costs now. */
    async quote(input: FetchSmsQuoteInput, options: CallOptions = {}): Promise<Money> {
      const q = check(quoteInputSchema(), input, "quote");
      const reply = await transport.request({
        method: "GET",
        path: "/services/quote",
        query: {
          service: SERVICES.toProvider(q.service),
          mode: q.mode,
          days: q.days,
          custom_area_code: q.areaCode ? true : undefined,
        },
        schema: quoteSchema(),
        signal: options.signal,
      });
      return moneyFromCents(reply.total_cents);
    },

    /** `GET /services/area-codes`: the area codes on offer for a mode (default short) and service. */
    async areaCodes(input?: FetchSmsAreaCodesInput, options: CallOptions = {}): Promise<string[]> {
      const q = check(areaCodesInputSchema(), input, "areaCodes") ?? {};
      return transport.request({
        method: "GET",
        path: "/services/area-codes",
        query: { mode: q.mode ?? "short", service: q.service ? SERVICES.toProvider(q.service) : undefined },
        schema: areaCodesSchema(),
        signal: options.signal,
      });
    },

    async balance(options: CallOptions = {}): Promise<Money> {
      const reply = await transport.request({
        method: "GET",
        path: "/wallet/balance",
        schema: balanceSchema(),
        signal: options.signal,
      });
      return moneyFromCents(reply.balance_cents);
    },
  };
}
