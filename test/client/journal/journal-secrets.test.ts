/** The journal file is a record of purchases, never of the key that paid for them. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import { openFileJournal } from "../../../src/client/journal/file-journal.js";
import { PROVIDER_FAKES } from "../../../src/testing/provider-fakes.js";
import { useFakeServer } from "../helpers.js";

const server = useFakeServer();

const readAfter = async (purchase: Promise<unknown>, path: string) => {
  await purchase;
  return readFile(path, "utf8");
};

describe("journal file", () => {
  it.each(Object.keys(PROVIDER_FAKES) as (keyof typeof PROVIDER_FAKES)[])(
    "%s: holds the purchase and never the API key",
    async (name) => {
      const dir = await mkdtemp(join(tmpdir(), "unisms-secrets-"));
      try {
        const apiKey = `k3y-${name}-5ecret-0123456789`;
        const { fake } = server.install(PROVIDER_FAKES[name]({ apiKey }));
        const path = join(dir, "orders.ndjson");
        const client = createClient({ provider: fake.provider(), journal: openFileJournal(path) });
        // A bought order stays held; a rental is handed back and closed at once, its intent still written.
        if (fake.buyInput) expect(await readAfter(client.buy(fake.buyInput), path)).toMatch(/"number":"\+/);
        else expect(await readAfter(client.rent(fake.rentInput!), path)).toContain('"operation":"rent"');
        const text = await readFile(path, "utf8");
        expect(text).not.toContain(apiKey);
        expect(text).not.toContain("5ecret");
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
