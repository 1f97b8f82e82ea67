/**
 * The size baseline of bench/size.ts: what a user might write instead of the SDK for one NumPool call,
 * the balance, with a timeout and an error on a bad status or shape. Not used at run time.
 */
export interface Balance {
  amount: number;
  currency: string;
}

export async function numpoolBalance(
  apiKey: string,
  baseUrl = "https://numpool.com/api/v1",
): Promise<Balance> {
  const response = await fetch(`${baseUrl}/balance`, {
    headers: { "X-API-Key": apiKey, accept: "application/json" },
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`NumPool balance: HTTP ${response.status}`);
  const body = (await response.json()) as { balance?: unknown; currency?: unknown };
  const amount = Number(body.balance);
  if (!Number.isFinite(amount)) throw new Error("NumPool balance: no balance in the reply");
  return {
    amount: Math.round(amount * 100),
    currency: typeof body.currency === "string" ? body.currency : "USD",
  };
}
