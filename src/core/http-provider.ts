/**
 * What every HTTP adapter factory does first: validate its options (a missing key is a
 * `ValidationError` at construction) and build its transport. The key lives only in the transport's
 * closure, so no provider object can leak it through `util.inspect` or `JSON.stringify`.
 */
import { createHash } from "node:crypto";
import * as z from "zod/mini";
import { localBudget } from "./budget/local-budget.js";
import type { BudgetAccount, RateLimit } from "./budget/request-budget.js";
import type { ErrorTable } from "./error-table.js";
import type { ProviderName } from "./model.js";
import type { HttpProviderOptions } from "./provider.js";
import {
  type Auth,
  createTransport,
  type Transport,
  type TransportOptions,
} from "./transport/http-client.js";
import { httpProviderOptionsSchema, validate } from "./validation.js";

export interface AdapterWiring {
  name: ProviderName;
  defaultBaseUrl: string;
  auth: (apiKey: string) => Auth;
  errorTable: ErrorTable;
  /** Which 5xx replies to a paid call the provider says were not acted on (error-table.ts). */
  uncharged5xx: TransportOptions["uncharged5xx"];
  /** The documented budget; the user's `rateLimit` replaces it. */
  defaultRateLimit?: RateLimit;
  readErrorMessage?: TransportOptions["readErrorMessage"];
  onHeaders?: TransportOptions["onHeaders"];
  /** Option names the adapter reads itself (NumPool's `operator`); any other unknown name is a typo. */
  ownOptions?: readonly string[];
}

export function createAdapterTransport(options: HttpProviderOptions, wiring: AdapterWiring): Transport {
  // Strict: a misspelled option (`timeout`, `ratelimit`) would otherwise be dropped without a word.
  const own = Object.fromEntries((wiring.ownOptions ?? []).map((name) => [name, z.optional(z.unknown())]));
  const schema = z.strictObject({ ...httpProviderOptionsSchema.shape, ...own });
  const checked = validate(schema, options ?? {}, `${wiring.name}() options`, wiring.name) as z.infer<
    typeof httpProviderOptionsSchema
  >;
  return createTransport({
    provider: wiring.name,
    baseUrl: checked.baseUrl ?? wiring.defaultBaseUrl,
    auth: wiring.auth(checked.apiKey),
    errorTable: wiring.errorTable,
    ...(wiring.uncharged5xx ? { uncharged5xx: wiring.uncharged5xx } : {}),
    rateLimit: options.rateLimit ?? wiring.defaultRateLimit ?? null,
    // A limit the user set is a ceiling: the provider's announcements may lower it, never raise it.
    ...(options.budget && "budgetFor" in options.budget
      ? {
          budget: options.budget.budgetFor(
            accountOf(wiring, checked.baseUrl, checked.apiKey, options.rateLimit),
          ),
        }
      : options.budget || options.rateLimit
        ? { budget: options.budget ?? localBudget(options.rateLimit, { maxLimit: options.rateLimit!.limit }) }
        : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.deadlineMs !== undefined ? { deadlineMs: options.deadlineMs } : {}),
    ...(options.retry ? { retry: options.retry } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.hooks ? { hooks: options.hooks } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(wiring.readErrorMessage ? { readErrorMessage: wiring.readErrorMessage } : {}),
    ...(wiring.onHeaders ? { onHeaders: wiring.onHeaders } : {}),
  });
}

/**
 * Names the account for a shared budget: the key stays in this closure, only a hash of it (with the
 * provider and base URL, so one key on two hosts is two budgets) leaves.
 */
function accountOf(
  wiring: AdapterWiring,
  baseUrl: string | undefined,
  apiKey: string,
  rateLimit: RateLimit | undefined,
): BudgetAccount {
  const url = (baseUrl ?? wiring.defaultBaseUrl).replace(/\/+$/, "");
  const hash = createHash("sha256").update(`${wiring.name}\n${url}\n${apiKey}`).digest("hex");
  return {
    provider: wiring.name,
    account: hash.slice(0, 32),
    limit: rateLimit ?? wiring.defaultRateLimit ?? null,
  };
}
