/** The sandbox wallet: integer cents and a ledger of every charge and refund. */
import { InsufficientBalanceError } from "../../core/errors.js";
import type { Currency, Money } from "../../core/model.js";
import { formatMoney } from "../../core/money.js";

/** One movement of the sandbox wallet. */
export interface LedgerEntry {
  /** Money taken, or money given back. */
  kind: "charge" | "refund";
  /** Cents, always positive. */
  amount: number;
  /** The order or rental id it belongs to. */
  ref: string;
  /** ISO-8601 UTC: when it happened on the sandbox clock (a lazy expiry refund is dated at the expiry). */
  at: string;
}

export class SandboxWallet {
  private readonly entries: LedgerEntry[] = [];

  constructor(
    private cents: number,
    readonly currency: Currency,
  ) {}

  balance(): Money {
    return { amount: this.cents, currency: this.currency };
  }

  /** Throws `InsufficientBalanceError` when the wallet cannot pay `amount` for `what`. */
  assertCanPay(amount: number, what: string): void {
    if (amount <= this.cents) return;
    const need = formatMoney({ amount, currency: this.currency });
    throw new InsufficientBalanceError(
      `sandbox: insufficient balance: ${what} costs ${need}, the wallet holds ${formatMoney(this.balance())}`,
      { provider: "sandbox", status: 402 },
    );
  }

  /** Takes `amount` or throws `InsufficientBalanceError`, charging nothing. */
  charge(amount: number, ref: string, at: number, what: string): void {
    this.assertCanPay(amount, what);
    this.cents -= amount;
    this.entries.push({ kind: "charge", amount, ref, at: new Date(at).toISOString() });
  }

  refund(amount: number, ref: string, at: number): Money {
    this.cents += amount;
    this.entries.push({ kind: "refund", amount, ref, at: new Date(at).toISOString() });
    return { amount, currency: this.currency };
  }

  /** What `ref` has paid so far, net of refunds. */
  netCharged(ref: string): number {
    return this.entries
      .filter((e) => e.ref === ref)
      .reduce((sum, e) => sum + (e.kind === "charge" ? e.amount : -e.amount), 0);
  }

  ledger(): LedgerEntry[] {
    return this.entries.map((e) => ({ ...e }));
  }
}
