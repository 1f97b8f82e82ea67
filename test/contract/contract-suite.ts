/**
 * The one contract every HTTP adapter passes, run through the public client against each provider's
 * faithful fake (as the AI SDK tests its providers). Per-provider quirks live in test/providers/<name>/.
 */
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createClient } from "../../src/client/client.js";
import { localBudget } from "../../src/core/budget/local-budget.js";
import type { RequestBudget } from "../../src/core/budget/request-budget.js";
import {
  AuthenticationError,
  InsufficientBalanceError,
  NotFoundError,
  OutcomeUnknownError,
  OutOfStockError,
  ProviderError,
  SmsError,
  UnsupportedError,
  ValidationError,
} from "../../src/core/errors.js";
import type { Order, Rental } from "../../src/core/model.js";
import { OPERATION_CAPABILITY, type Operation } from "../../src/core/provider.js";
import { buildOrder } from "../../src/testing/builders.js";
import type { ProviderFake } from "../../src/testing/fake-kit.js";
import { onFastClock } from "../fakes/fast-clock.js";

const UNKNOWN_ID = "987654321";

export function runContractSuite(label: string, makeFake: () => ProviderFake): void {
  describe(`${label}: provider contract`, () => {
    const server = setupServer();
    let fake: ProviderFake;

    beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
    afterAll(() => server.close());
    beforeEach(() => {
      fake = makeFake();
      server.use(...fake.handlers);
    });
    afterEach(() => server.resetHandlers());

    const client = (overrides?: Record<string, unknown>) =>
      createClient({ provider: fake.provider(overrides) });

    it("declares exactly the operations it implements", () => {
      const provider = fake.provider();
      for (const [op, capability] of Object.entries(OPERATION_CAPABILITY)) {
        const implemented = typeof provider[op as Operation] === "function";
        expect({ op, implemented }).toEqual({ op, implemented: provider.capabilities[capability] });
      }
      // Rental prices come with rentals: the router and quote read them wherever a provider rents.
      const listsRentals = typeof provider.rentalOffers === "function";
      expect({ op: "rentalOffers", listsRentals }).toEqual({
        op: "rentalOffers",
        listsRentals: provider.capabilities.rentals,
      });
    });

    it("refuses a missing or empty key at construction", () => {
      expect(() => fake.provider({ apiKey: "" })).toThrow(ValidationError);
      expect(() => fake.provider({ apiKey: undefined })).toThrow(ValidationError);
    });

    it("never shows the key when the provider is inspected or serialised", async () => {
      const { inspect } = await import("node:util");
      const provider = fake.provider();
      expect(inspect(provider, { depth: 10 })).not.toContain(fake.apiKey);
      expect(JSON.stringify(provider) ?? "").not.toContain(fake.apiKey);
    });

    it("draws every request from its budget, and takes a shared one as the `budget` option", async () => {
      const inner = localBudget(null);
      let drawn = 0;
      const budget: RequestBudget = {
        ...inner,
        limit: null,
        acquire: (signal?: AbortSignal) => {
          drawn++;
          return inner.acquire(signal);
        },
      };
      const provider = fake.provider({ budget });
      expect(provider.budget).toBe(budget);
      const before = fake.faults.requests.length;
      const c = createClient({ provider });
      await (provider.capabilities.balance ? c.balance() : c.services());
      expect(drawn).toBe(fake.faults.requests.length - before);
      expect(drawn).toBeGreaterThan(0);
    });

    it("watch emits a delivered code once, through the shared scheduler", async () => {
      const c = client();
      const target: Order | Rental = fake.provider().capabilities.activations
        ? await c.buy(fake.buyInput!)
        : await c.rent(fake.rentInput!);
      const codes: string[] = [];
      const watcher = c.watch(target, { intervalMs: 20 });
      watcher.on("code", (code) => codes.push(code));
      fake.deliver(target.id, "Your verification code is 558-213. Don't share it.");
      await new Promise((resolve) => setTimeout(resolve, 250));
      watcher.stop();
      expect(codes).toEqual(["558213"]);
    });

    it("throws UnsupportedError before any request for an operation it lacks", async () => {
      const provider = fake.provider();
      const missing = (Object.keys(OPERATION_CAPABILITY) as Operation[]).filter(
        (op) => !provider.capabilities[OPERATION_CAPABILITY[op]],
      );
      const c = createClient({ provider });
      for (const op of missing) {
        const before = fake.faults.requests.length;
        const call = callFor(c, op);
        await expect(call).rejects.toBeInstanceOf(UnsupportedError);
        expect(fake.faults.requests.length).toBe(before);
      }
    });

    describe("activations", () => {
      const supported = () => fake.provider().capabilities.activations;

      it("buy -> SMS -> code -> done", async ({ skip }) => {
        if (!supported()) return skip();
        const c = client();
        const order = await c.buy(fake.buyInput!);
        expect(order.provider).toBe(fake.name);
        expect(order.status).toBe("waiting");
        expect(order.number).toMatch(/^\+\d{8,15}$/);
        expect(order.code).toBeNull();
        expect(fake.wallet.charges()).toBe(1);

        fake.deliver(order.id, "Your verification code is 558-213. Don't share it.");
        const polled = await c.poll(order);
        expect(polled.status).toBe("received");
        expect(polled.code).toBe("558213");
        // Some providers (FetchSMS verifications) send only the code, never the SMS text.
        const text = polled.messages[0]?.text;
        if (text != null) expect(text).toContain("558-213");

        const { code } = await c.waitForCode(polled, { intervalMs: 10 });
        expect(code).toBe("558213");

        if (c.provider.capabilities.done) {
          const finished = await c.done(polled);
          expect(finished.status).toBe("done");
        }
      });

      it("calls an order received only once a code is in: an SMS with none leaves it waiting", async ({
        skip,
      }) => {
        if (!supported()) return skip();
        const c = client();
        const order = await c.buy(fake.buyInput!);
        fake.deliver(order.id, "Welcome! Reply STOP to opt out.");
        const polled = await c.poll(order);
        expect(polled).toMatchObject({ status: "waiting", code: null });
        fake.deliver(order.id, "Your verification code is 558-213.");
        const received = await c.poll(polled);
        expect(received).toMatchObject({ status: "received", code: "558213" });
      });

      it("cancel before a code refunds the wallet", async ({ skip }) => {
        if (!supported()) return skip();
        const c = client();
        const before = fake.wallet.balance;
        const order = await c.buy(fake.buyInput!);
        const charged = before - fake.wallet.balance;
        expect(charged).toBeGreaterThan(0);
        const { order: cancelled, refunded } = await c.cancel(order);
        expect(cancelled.status).toBe("cancelled");
        expect(fake.wallet.balance).toBe(before);
        // A provider that does not say how much came back may answer null, never a wrong amount.
        if (refunded) expect(refunded.amount).toBe(charged);
      });

      it("maps a bad key to AuthenticationError and charges nothing", async ({ skip }) => {
        if (!supported()) return skip();
        await expect(client({ apiKey: "wrong-key-0000" }).buy(fake.buyInput!)).rejects.toBeInstanceOf(
          AuthenticationError,
        );
        expect(fake.wallet.charges()).toBe(0);
      });

      it("maps an empty wallet to InsufficientBalanceError", async ({ skip }) => {
        if (!supported()) return skip();
        fake.wallet.balance = 0;
        await expect(client().buy(fake.buyInput!)).rejects.toBeInstanceOf(InsufficientBalanceError);
        expect(fake.wallet.charges()).toBe(0);
      });

      it("maps no stock to OutOfStockError", async ({ skip }) => {
        if (!supported()) return skip();
        fake.setStock(0);
        await expect(client().buy(fake.buyInput!)).rejects.toBeInstanceOf(OutOfStockError);
        expect(fake.wallet.charges()).toBe(0);
      });

      it("maps an unknown order id to NotFoundError", async ({ skip }) => {
        if (!supported()) return skip();
        const c = client();
        const order = await c.buy(fake.buyInput!);
        await expect(c.poll({ ...order, id: UNKNOWN_ID })).rejects.toBeInstanceOf(NotFoundError);
      });

      it("refuses an id that could name another resource (dot segments, control characters) before any request", async ({
        skip,
      }) => {
        if (!supported()) return skip();
        const provider = fake.provider();
        const order = await client().buy(fake.buyInput!);
        const before = fake.faults.requests.length;
        for (const id of ["..", ".", "1\n2", " "]) {
          const refused = await provider.poll!({ ...order, id }).catch((e: unknown) => e);
          // JuicySMS ids are numeric, so there such an id is simply not on the account.
          expect(refused, JSON.stringify(id)).toSatisfy(
            (e) => e instanceof ValidationError || e instanceof NotFoundError,
          );
        }
        expect(fake.faults.requests.length).toBe(before);
      });

      it("retries a failed poll (a GET) and succeeds", async ({ skip }) => {
        if (!supported() || !fake.routes.poll) return skip();
        const c = client();
        const order = await c.buy(fake.buyInput!);
        fake.faults.add(fake.routes.poll, { kind: "status", status: 503, body: { error: "busy" } });
        fake.faults.add(fake.routes.poll, { kind: "reset-before" });
        const polled = await c.poll(order);
        expect(polled.id).toBe(order.id);
        expect(fake.faults.count(fake.routes.poll.method, fake.routes.poll.path)).toBe(3);
      });

      it("never charges twice when a purchase answers 5xx", async ({ skip }) => {
        if (!supported() || !fake.routes.buy) return skip();
        fake.faults.add(fake.routes.buy, {
          kind: "status",
          status: 500,
          body: { error: "boom" },
          text: "ERROR",
        });
        const outcome: unknown = await onFastClock(() => client().buy(fake.buyInput!)).catch(
          (error: unknown) => error,
        );
        // The 500 may have come after a charge, so the adapter reconciles: an error with nothing charged,
        // or the one order a reconciliation found or made, never two.
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(SmsError);
          expect(fake.wallet.charges()).toBe(0);
        } else {
          expect((outcome as Order).status).toBe("waiting");
          expect(fake.wallet.charges()).toBe(1);
        }
      });

      it("never loses or repeats a purchase a gateway answered 524 after it was charged", async ({
        skip,
      }) => {
        if (!supported() || !fake.routes.buy) return skip();
        fake.faults.add(fake.routes.buy, {
          kind: "status",
          status: 524,
          text: "error code: 524",
          after: true,
        });
        const outcome: unknown = await onFastClock(() => client().buy(fake.buyInput!)).catch(
          (error: unknown) => error,
        );
        // Charged behind the 524: the adapter finds the order, or says it may have been charged.
        expect(fake.wallet.charges()).toBe(1);
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(OutcomeUnknownError);
        else expect((outcome as Order).status).toBe("waiting");
      });

      it("settles an unreadable purchase reply like a lost one, never buying twice", async ({ skip }) => {
        if (!supported() || !fake.routes.buy) return skip();
        const route = fake.routes.buy;
        fake.faults.add(route, { kind: "malformed", body: '{"unexpected":"shape"}', after: true });
        const outcome = await client()
          .buy(fake.buyInput!)
          .catch((error: unknown) => error);
        expect(fake.wallet.charges()).toBe(1);
        expect(outcome instanceof Error ? "unknown" : "settled").toBe(fake.unreadablePurchase);
        if (outcome instanceof Error) {
          // Only where the provider offers no way to tell (no list, no key; JuicySMS's asking again names
          // an open order whose number cannot be recovered): the reply is carried.
          expect(outcome).toBeInstanceOf(OutcomeUnknownError);
          expect((outcome as OutcomeUnknownError).operation).toBe("buy");
          expect((outcome as OutcomeUnknownError).known.reply).toContain("unexpected");
          expect(JSON.stringify(outcome)).not.toContain(fake.apiKey);
        } else {
          // Found through the provider's list (or a replay with the same key): the one charged order.
          const order = outcome as Order;
          fake.deliver(order.id, "Your code is 4821");
          expect((await client().poll(order)).code).toBe("4821");
        }
      });

      it("never charges twice when a purchase reply is lost", async ({ skip }) => {
        if (!supported() || !fake.routes.buy) return skip();
        fake.faults.add(fake.routes.buy, { kind: "reset-after" });
        const outcome: Order | unknown = await client()
          .buy(fake.buyInput!)
          .catch((error: unknown) => error);
        expect(fake.wallet.charges()).toBe(1);
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(OutcomeUnknownError);
        } else {
          const order = outcome as Order;
          expect(order.status).toBe("waiting");
          fake.deliver(order.id, "Your code is 4821");
          expect((await client().poll(order)).code).toBe("4821");
        }
      });

      it("accepts an order back after a JSON round trip", async ({ skip }) => {
        if (!supported()) return skip();
        const c = client();
        const order = await c.buy(fake.buyInput!);
        fake.deliver(order.id, "Your code is 7731");
        const revived = JSON.parse(JSON.stringify(order)) as Order;
        expect((await c.poll(revived)).code).toBe("7731");
      });

      it("keeps ProviderError for a provider-side failure of a poll that persists", async ({ skip }) => {
        if (!supported() || !fake.routes.poll) return skip();
        const c = client();
        const order = await c.buy(fake.buyInput!);
        fake.faults.add(
          fake.routes.poll,
          { kind: "status", status: 500, body: { error: "down" }, text: "down" },
          5,
        );
        await expect(c.poll(order)).rejects.toBeInstanceOf(ProviderError);
      });
    });

    describe("rentals", () => {
      const supported = () => fake.provider().capabilities.rentals;

      it("rents, receives into the inbox, and refuses an unsold period locally", async ({ skip }) => {
        if (!supported()) return skip();
        const c = client();
        const rental = await c.rent(fake.rentInput!);
        expect(rental.provider).toBe(fake.name);
        expect(rental.status).toBe("active");
        expect(rental.number).toMatch(/^\+\d{8,15}$/);
        expect(fake.wallet.charges()).toBe(1);

        fake.deliver(rental.id, "Your Discord code is 662190", "Discord");
        const inbox = await c.inbox(JSON.parse(JSON.stringify(rental)));
        expect(inbox[0]?.code).toBe("662190");

        const before = fake.faults.requests.length;
        const err = await c.rent({ ...fake.rentInput!, days: 2 }).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ValidationError);
        expect((err as ValidationError).allowed).toEqual(c.provider.capabilities.rentalDays);
        expect(fake.faults.requests.length).toBe(before);
      });

      it("lists the rentals it sells in whole cents and rented periods, moving no money", async ({
        skip,
      }) => {
        if (!supported()) return skip();
        const provider = fake.provider();
        const ledger = structuredClone(fake.wallet.ledger);
        const balance = fake.wallet.balance;
        const before = fake.faults.requests.length;
        const service = fake.rentInput!.service ?? null;
        const offers = await provider.rentalOffers!({ country: null, service, days: null });
        expect(offers.length).toBeGreaterThan(0);
        for (const offer of offers) {
          expect(offer.provider).toBe(fake.name);
          expect(provider.capabilities.rentalDays).toContain(offer.days);
          if (offer.price) {
            expect(Number.isSafeInteger(offer.price.amount), JSON.stringify(offer.price)).toBe(true);
            expect(offer.price.amount).toBeGreaterThan(0);
          }
          if (offer.country !== null) expect(offer.country).toMatch(/^[A-Z]{2}$/);
          if (offer.stock !== null) expect(Number.isSafeInteger(offer.stock) && offer.stock >= 0).toBe(true);
          expect([null, "voip", "non_voip"]).toContain(offer.numberType);
        }
        // Every fake sells every period its adapter declares: none may be lost on the way.
        expect(new Set(offers.map((o) => o.days))).toEqual(new Set(provider.capabilities.rentalDays));
        expect(fake.wallet.ledger).toEqual(ledger);
        expect(fake.wallet.balance).toBe(balance);
        expect(fake.faults.requests.slice(before).map((r) => r.method)).not.toContain("POST");
      });

      it("lists one period when asked, and a rental costs one of its listed prices", async ({ skip }) => {
        if (!supported()) return skip();
        const c = client();
        const { days, country, service } = fake.rentInput!;
        const offers = await c.provider.rentalOffers!({
          country: country ?? null,
          service: service ?? null,
          days,
        });
        expect(offers.length).toBeGreaterThan(0);
        expect(
          offers.every((o) => o.days === days && (!country || !o.country || o.country === country)),
        ).toBe(true);
        expect(fake.wallet.charges()).toBe(0);
        await c.rent(fake.rentInput!);
        const charge = fake.wallet.ledger.filter((e) => e.kind === "charge");
        expect(charge).toHaveLength(1);
        expect(offers.map((o) => o.price?.amount)).toContain(charge[0]!.amount);
      });

      it("maps a bad key to AuthenticationError on rent and charges nothing", async ({ skip }) => {
        if (!supported()) return skip();
        await expect(client({ apiKey: "wrong-key-0000" }).rent(fake.rentInput!)).rejects.toBeInstanceOf(
          AuthenticationError,
        );
        expect(fake.wallet.charges()).toBe(0);
      });

      it("maps an empty wallet to InsufficientBalanceError on rent", async ({ skip }) => {
        if (!supported()) return skip();
        fake.wallet.balance = 0;
        await expect(client().rent(fake.rentInput!)).rejects.toBeInstanceOf(InsufficientBalanceError);
        expect(fake.wallet.charges()).toBe(0);
      });

      it("maps no stock to OutOfStockError on rent", async ({ skip }) => {
        if (!supported()) return skip();
        fake.setStock(0);
        await expect(client().rent(fake.rentInput!)).rejects.toBeInstanceOf(OutOfStockError);
        expect(fake.wallet.charges()).toBe(0);
      });

      it("maps an unknown rental id to NotFoundError, and reads a rental back after a JSON round trip", async ({
        skip,
      }) => {
        if (!supported()) return skip();
        const c = client();
        const rental = await c.rent(fake.rentInput!);
        const revived = JSON.parse(JSON.stringify(rental)) as Rental;
        expect((await c.getRental(revived)).id).toBe(rental.id);
        await expect(c.getRental({ ...rental, id: UNKNOWN_ID })).rejects.toBeInstanceOf(NotFoundError);
      });

      it("renews where the provider renews", async ({ skip }) => {
        if (!supported() || !fake.provider().capabilities.renew) return skip();
        const c = client();
        const rental = await c.rent(fake.rentInput!);
        const renewed = await c.renew(rental);
        expect(renewed.id).toBe(rental.id);
        expect(fake.wallet.charges()).toBe(2);
        if (rental.expiresAt && renewed.expiresAt) {
          expect(Date.parse(renewed.expiresAt)).toBeGreaterThan(Date.parse(rental.expiresAt));
        }
      });

      it("never loses or repeats a rental a gateway answered 524 after it was charged", async ({ skip }) => {
        if (!supported() || !fake.routes.rent) return skip();
        fake.faults.add(fake.routes.rent, {
          kind: "status",
          status: 524,
          text: "error code: 524",
          after: true,
        });
        const outcome: unknown = await onFastClock(() => client().rent(fake.rentInput!)).catch(
          (e: unknown) => e,
        );
        expect(fake.wallet.charges()).toBe(1);
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(OutcomeUnknownError);
        else expect((outcome as Rental).status).toBe("active");
      });

      it("settles an unreadable rental reply like a lost one, never renting twice", async ({ skip }) => {
        if (!supported() || !fake.routes.rent) return skip();
        const route = fake.routes.rent;
        fake.faults.add(route, { kind: "malformed", body: '{"unexpected":"shape"}', after: true });
        const outcome = await client()
          .rent(fake.rentInput!)
          .catch((e: unknown) => e);
        expect(fake.wallet.charges()).toBe(1);
        expect(outcome instanceof Error ? "unknown" : "settled").toBe(fake.unreadableRental);
        if (outcome instanceof Error) {
          expect(outcome).toBeInstanceOf(OutcomeUnknownError);
          expect((outcome as OutcomeUnknownError).operation).toBe("rent");
          expect((outcome as OutcomeUnknownError).known.reply).toContain("unexpected");
          expect(fake.faults.count(route.method, route.path)).toBe(1);
        } else {
          expect((outcome as Rental).status).toBe("active");
        }
      });

      it("never charges twice when a rental reply is lost", async ({ skip }) => {
        if (!supported() || !fake.routes.rent) return skip();
        fake.faults.add(fake.routes.rent, { kind: "reset-after" });
        const outcome: unknown = await client()
          .rent(fake.rentInput!)
          .catch((e: unknown) => e);
        expect(fake.wallet.charges()).toBe(1);
        if (outcome instanceof Error) expect(outcome).toBeInstanceOf(OutcomeUnknownError);
        else expect((outcome as Rental).status).toBe("active");
      });
    });

    it("reads the balance where the provider has one", async ({ skip }) => {
      const c = client();
      if (!c.provider.capabilities.balance) return skip();
      const balance = await c.balance();
      expect(balance.amount).toBe(fake.wallet.balance);
    });
  });
}

function callFor(c: ReturnType<typeof createClient>, op: Operation): Promise<unknown> {
  const order: Order = buildOrder({ id: "1", provider: c.provider.name, number: "+12125550199" });
  const rental = {
    id: "1",
    provider: c.provider.name,
    number: "+12125550199",
    country: "US",
    service: null,
    status: "active" as const,
    autoRenew: null,
    price: null,
    expiresAt: null,
    messages: [],
  };
  const days = c.provider.capabilities.rentalDays[0] ?? 30;
  const calls: Record<Operation, () => Promise<unknown>> = {
    buy: () => c.buy({ service: "whatsapp" }),
    poll: () => c.poll(order),
    cancel: () => c.cancel(order),
    done: () => c.done(order),
    rent: () => c.rent({ days }),
    getRental: () => c.getRental(rental),
    inbox: () => c.inbox(rental),
    renew: () => c.renew(rental),
    cancelRental: () => c.cancelRental(rental),
    balance: () => c.balance(),
    services: () => c.services(),
  };
  return calls[op]();
}
