// `Order` promises: received <=> open with a code in hand. `orderState` is how every adapter keeps it.
import { describe, expect, it } from "vitest";
import { ORDER_STATUSES, orderState } from "../../src/core/model.js";

describe("orderState", () => {
  it("calls an open order with a code received, whatever the provider said", () => {
    expect(orderState("waiting", "558213")).toEqual({ status: "received", code: "558213" });
    expect(orderState("received", "558213")).toEqual({ status: "received", code: "558213" });
  });

  it("leaves a received without a code waiting, keeping the provider's word when there is one", () => {
    expect(orderState("received", null, "RECEIVED")).toEqual({
      status: "waiting",
      code: null,
      providerStatus: "RECEIVED",
    });
    expect(orderState("received", null)).toEqual({ status: "waiting", code: null });
    expect(orderState("waiting", null, "pending")).toEqual({ status: "waiting", code: null });
  });

  it("keeps a closed order's status, with or without a code", () => {
    for (const status of ["done", "expired", "cancelled"] as const) {
      expect(orderState(status, "1234", "x")).toEqual({ status, code: "1234" });
      expect(orderState(status, null, "x")).toEqual({ status, code: null });
    }
  });

  it("never pairs received with no code or waiting with one", () => {
    for (const status of ORDER_STATUSES) {
      for (const code of ["1234", null]) {
        const state = orderState(status, code, "said");
        if (state.status === "received") expect(state.code).not.toBeNull();
        if (state.status === "waiting") expect(state.code).toBeNull();
      }
    }
  });
});
