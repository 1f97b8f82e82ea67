/**
 * Scenario switches: the sandbox answers as providers do when things go wrong, with the SDK's own
 * error classes, so an application's error handling can be exercised offline.
 */
import { InsufficientBalanceError, OutOfStockError, ProviderError } from "../../core/errors.js";
import type { CallOptions } from "../../core/provider.js";
import { sleep } from "../../core/sleep.js";
import type { SandboxState } from "./state.js";

/** Runs before every call: "slow" waits (abortably), "provider_error" fails as a 503 would. */
export async function gate(state: SandboxState, options: CallOptions | undefined): Promise<void> {
  const signal = options?.signal;
  if (signal?.aborted) throw signal.reason;
  if (state.scenario === "slow") await sleep(state.options.latencyMs, signal);
  if (state.scenario === "provider_error") {
    throw new ProviderError("sandbox: service temporarily unavailable (scenario provider_error)", {
      provider: "sandbox",
      status: 503,
      retryable: true,
    });
  }
}

/** Refusals of a purchase that the scenario dictates, before any money moves. */
export function refusePurchase(state: SandboxState, what: string, paid: "buy" | "rent" | "renew"): void {
  if (state.scenario === "out_of_stock" && paid !== "renew") {
    throw new OutOfStockError(`sandbox: no numbers available for ${what} (scenario out_of_stock)`, {
      provider: "sandbox",
      status: 409,
    });
  }
  if (state.scenario === "insufficient_balance") {
    throw new InsufficientBalanceError(
      `sandbox: insufficient balance for ${what} (scenario insufficient_balance)`,
      {
        provider: "sandbox",
        status: 402,
      },
    );
  }
}
