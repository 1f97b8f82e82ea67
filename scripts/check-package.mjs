#!/usr/bin/env node
// Package checks on the packed tarball, as a consumer gets it: publint, are-the-types-wrong, and a
// temporary consumer project outside the repo that both `import("unisms")` and `require("unisms")`.
// Offline: the consumer's node_modules links only the repo's production dependencies (`npm ls
// --omit=dev`), so a runtime import of a package listed as a devDependency fails here as it would
// for a user.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".tmp", "package-check");
// A step that hangs fails after two minutes rather than holding CI until its own timeout.
const run = (cmd, args, cwd = root) =>
  execFileSync(cmd, args, { cwd, stdio: ["ignore", "pipe", "inherit"], timeout: 120_000 }).toString();
/** Runs a probe, which must print its "ok" line: one that exits 0 without finishing fails. */
const runProbe = (file, expected, cwd, flags = []) => {
  const out = run("node", [...flags, file], cwd).trim();
  for (const line of expected)
    if (!out.includes(line)) throw new Error(`${file} did not print "${line}":\n${out}`);
  console.log(out);
};
const step = (name) => console.log(`\n[check-package] ${name}`);

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

step("build");
run("npx", ["tsup", "--silent"]);

step("pack");
const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", work]));
const tarball = join(work, packed.filename);
console.log(`${packed.filename}: ${packed.files.length} files, ${packed.size} bytes`);

step("publint");
console.log(run("npx", ["publint", "--strict"]));

step("are the types wrong");
console.log(run("npx", ["attw", tarball, "--format", "table-flipped"]));

step("consumer: import and require");
const consumer = mkdtempSync(join(tmpdir(), "unisms-consumer-"));
const installed = join(consumer, "node_modules", "unisms");
mkdirSync(installed, { recursive: true });
const production = run("npm", ["ls", "--omit=dev", "--all", "--parseable"]).trim().split("\n");
for (const path of production) {
  const rel = relative(join(root, "node_modules"), path);
  // Top-level packages only: nested node_modules come along inside them.
  if (!path.startsWith(join(root, "node_modules")) || rel.split("/").length > (rel.startsWith("@") ? 2 : 1))
    continue;
  mkdirSync(dirname(join(consumer, "node_modules", rel)), { recursive: true });
  symlinkSync(path, join(consumer, "node_modules", rel), "dir");
}
run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true }));
const probe = `
  const m = MODULE;
  for (const name of ["createClient", "sandbox", "extractCode", "SmsError", "ValidationError"]) {
    if (typeof m[name] !== "function") throw new Error(FORM + ": missing export " + name);
  }
  const client = m.createClient({ provider: m.sandbox({ seed: 1, smsDelayMs: 0 }) });
  client.buy({ service: "whatsapp" }).then(async (order) => {
    const { code } = await client.waitForCode(order, { intervalMs: 10 });
    if (!/^\\d{4,8}$/.test(code)) throw new Error(FORM + ": no code");
    console.log(FORM + " ok: " + order.number + " code " + code);
  });`;
writeFileSync(
  join(consumer, "esm.mjs"),
  probe.replace("MODULE", 'await import("unisms")').replaceAll("FORM", '"esm"'),
);
writeFileSync(
  join(consumer, "cjs.cjs"),
  probe.replace("MODULE", 'require("unisms")').replaceAll("FORM", '"cjs"'),
);
runProbe("esm.mjs", ["esm ok"], consumer);
runProbe("cjs.cjs", ["cjs ok"], consumer);
// As on Node 20.0-20.18, which cannot require() an ES module: the CommonJS build must not need to.
runProbe("cjs.cjs", ["cjs ok"], consumer, ["--no-experimental-require-module"]);

step("consumer: an error from one build is an instance of the other build's classes");
// One process, both builds (as when the application imports unisms and a dependency requires it): an
// error the SDK throws through either one must pass the other's instanceof and isSmsError.
writeFileSync(
  join(consumer, "dual.mjs"),
  `import { createRequire } from "node:module";
  const esm = await import("unisms");
  const cjs = createRequire(import.meta.url)("unisms");
  if (esm.SmsError === cjs.SmsError) throw new Error("dual: one copy of the classes, the probe proves nothing");
  for (const [thrower, checker, form] of [[cjs, esm, "cjs error, esm classes"], [esm, cjs, "esm error, cjs classes"]]) {
    const client = thrower.createClient({ provider: thrower.sandbox({ seed: 1 }) });
    const error = await client.buy({ service: "whatsapp", country: "XX" }).catch((e) => e);
    if (!(error instanceof thrower.ValidationError)) throw new Error(form + ": no ValidationError thrown: " + error);
    const seen = {
      ValidationError: error instanceof checker.ValidationError,
      SmsError: error instanceof checker.SmsError,
      isSmsError: checker.isSmsError(error),
      notTimeoutError: !(error instanceof checker.TimeoutError),
    };
    if (Object.values(seen).includes(false)) throw new Error(form + ": " + JSON.stringify(seen));
    console.log(form + " ok");
  }`,
);
runProbe("dual.mjs", ["cjs error, esm classes ok", "esm error, cjs classes ok"], consumer);

step("consumer: unisms/testing, with msw installed as the user would");
// Only now is msw linked: the probes above ran without it, so `import "unisms"` does not need it.
symlinkSync(join(root, "node_modules", "msw"), join(consumer, "node_modules", "msw"), "dir");
const kitProbe = `
  const { createClient, SmsError } = MAIN;
  const { createNumpoolFake, fakeServer, buildOrder } = KIT;
  const fake = createNumpoolFake({ balance: 500 });
  const server = fakeServer();
  server.listen({ onUnhandledRequest: "error" });
  server.use(...fake.handlers);
  const client = createClient({ provider: fake.provider() });
  (async () => {
    const order = await client.buy({ service: "whatsapp", country: "US" });
    fake.deliver(order.id, "Your WhatsApp code 482-913");
    const { code } = await client.waitForCode(order, { intervalMs: 10 });
    if (code !== "482913") throw new Error(FORM + ": code " + code);
    fake.setStock(0);
    const refused = await client.buy({ service: "whatsapp", country: "US" }).catch((e) => e);
    if (!(refused instanceof SmsError) || refused.code !== "out_of_stock") throw new Error(FORM + ": not one SmsError class");
    if (buildOrder({ code: "1234" }).status !== "received") throw new Error(FORM + ": builder");
    server.close();
    console.log(FORM + " testing kit ok: " + order.number + " code " + code + ", wallet " + fake.wallet.balance);
  })().catch((e) => { console.error(e); process.exit(1); });`;
writeFileSync(
  join(consumer, "kit-esm.mjs"),
  kitProbe
    .replace("MAIN", 'await import("unisms")')
    .replace("KIT", 'await import("unisms/testing")')
    .replaceAll("FORM", '"esm"'),
);
writeFileSync(
  join(consumer, "kit-cjs.cjs"),
  kitProbe
    .replace("MAIN", 'require("unisms")')
    .replace("KIT", 'require("unisms/testing")')
    .replaceAll("FORM", '"cjs"'),
);
runProbe("kit-esm.mjs", ["esm testing kit ok"], consumer);
// Not also without require(esm): msw's own CommonJS build needs it (it requires an ES module).
runProbe("kit-cjs.cjs", ["cjs testing kit ok"], consumer);

step("consumer: unisms/redis, with ioredis installed as the user would");
// Linked only now, like msw: the probes above ran without it. Each probe checks that neither
// `import "unisms"` nor `import "unisms/redis"` loads ioredis (only the user's own import does), and
// that the entry throws the SDK's own ValidationError class, not a copy.
symlinkSync(join(root, "node_modules", "ioredis"), join(consumer, "node_modules", "ioredis"), "dir");
const redisProbe = `
  const loaded = () => Object.keys(require.cache).filter((path) => path.includes("/ioredis/"));
  const m = MAIN;
  if (loaded().length) throw new Error(FORM + ": unisms loaded ioredis");
  const { redisBudget } = REDIS;
  if (loaded().length) throw new Error(FORM + ": unisms/redis loaded ioredis");
  const { Redis } = IOREDIS;
  if (!loaded().length) throw new Error(FORM + ": the probe cannot see ioredis load");
  const redis = new Redis({ lazyConnect: true });
  const provider = m.numpool({ apiKey: "np_key", budget: redisBudget(redis, { prefix: "probe" }) });
  if (provider.budget.limit.limit !== 60) throw new Error(FORM + ": no budget from the source");
  let error;
  try {
    redisBudget(redis, { prefx: "probe" });
  } catch (e) {
    error = e;
  }
  if (!(error instanceof m.ValidationError) || error.constructor !== m.ValidationError || error.field !== "prefx")
    throw new Error(FORM + ": not the SDK's ValidationError: " + error);
  redis.disconnect();
  console.log(FORM + " redis ok");`;
writeFileSync(
  join(consumer, "redis-esm.mjs"),
  'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n' +
    redisProbe
      .replace("MAIN", 'await import("unisms")')
      .replace("REDIS", 'await import("unisms/redis")')
      .replace("IOREDIS", 'await import("ioredis")')
      .replaceAll("FORM", '"esm"'),
);
writeFileSync(
  join(consumer, "redis-cjs.cjs"),
  redisProbe
    .replace("MAIN", 'require("unisms")')
    .replace("REDIS", 'require("unisms/redis")')
    .replace("IOREDIS", 'require("ioredis")')
    .replaceAll("FORM", '"cjs"'),
);
runProbe("redis-esm.mjs", ["esm redis ok"], consumer);
runProbe("redis-cjs.cjs", ["cjs redis ok"], consumer);
runProbe("redis-cjs.cjs", ["cjs redis ok"], consumer, ["--no-experimental-require-module"]);

step("consumer: TypeScript against the published .d.ts, without skipLibCheck");
// The published types must be plain TypeScript: zod's own declarations, for one, do not compile under
// classic CommonJS settings. The probe also uses the narrowing the types promise, so a .d.ts that lost
// it fails here too.
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const typesProbe = `import { createClient, isSmsError, numpool, sandbox, type BuyInput, type Order, type SmsClient } from "unisms";
import { buildOrder, createNumpoolFake } from "unisms/testing"; // KIT
import { type RedisScripting, redisBudget } from "unisms/redis";
const client = createClient({ provider: sandbox() });
const overNumpool = createClient({ provider: numpool({ apiKey: "np_key" }) });
// @ts-expect-error NumPool has no done: the client's done is typed never, so it cannot be called
void overNumpool.done(undefined as never);
export const anyClient: SmsClient = overNumpool; // still an SmsClient, for code written for any provider
const input: BuyInput = { service: "whatsapp", country: "US", maxPrice: { amount: 50, currency: "USD" } };
export async function probe(): Promise<string | null> {
  try {
    const order: Order = await client.buy(input);
    if (order.status === "received") {
      const code: string = order.code;
      return code;
    }
  } catch (error) {
    if (isSmsError(error) && error.code === "timeout") return error.order?.id ?? null;
  }
  return null;
}
export const kit = [buildOrder, createNumpoolFake]; // KIT
const scripting: RedisScripting = { evalsha: async () => [], eval: async () => [] };
export const shared = numpool({ apiKey: "np_key", budget: redisBudget(scripting, { localShare: 0.5 }) });
`;
const withoutKit = typesProbe
  .split("\n")
  .filter((line) => !line.endsWith("// KIT"))
  .join("\n");
writeFileSync(join(consumer, "types-probe.ts"), typesProbe);
writeFileSync(join(consumer, "types-probe.mts"), typesProbe);
writeFileSync(join(consumer, "types-probe.cts"), typesProbe);
writeFileSync(join(consumer, "types-main.cts"), withoutKit);
const compile = (name, options, files) => {
  const compilerOptions = { strict: true, skipLibCheck: false, noEmit: true, target: "es2022", types: [] };
  const config = { compilerOptions: { ...compilerOptions, ...options }, files };
  writeFileSync(join(consumer, `tsconfig.${name}.json`), JSON.stringify(config, null, 2));
  try {
    run("node", [tsc, "-p", `tsconfig.${name}.json`], consumer);
  } catch (error) {
    console.error(error.stdout?.toString() ?? "");
    throw new Error(`consumer TypeScript (${name}: ${files.join(", ")}) does not compile`);
  }
  console.log(`${name} ok: ${files.join(", ")}`);
};
compile("node10", { module: "commonjs", moduleResolution: "node10" }, ["types-probe.ts"]);
// Under node16 a CommonJS file cannot load msw's types at all (they import ESM-only packages; msw/node
// alone fails the same way), so the kit is compiled there from an ES module only.
compile("node16", { module: "node16", moduleResolution: "node16" }, ["types-probe.mts", "types-main.cts"]);
compile("nodenext", { module: "nodenext", moduleResolution: "nodenext" }, [
  "types-probe.mts",
  "types-probe.cts",
]);

step("consumer: the unisms command");
const bin = join(installed, "dist", "cli.js");
const balance = JSON.parse(run("node", [bin, "--provider", "sandbox", "--json", "balance"], consumer));
if (balance.currency !== "USD" || !Number.isInteger(balance.amount)) {
  throw new Error(`unisms balance printed ${JSON.stringify(balance)}`);
}
console.log(`cli ok: balance ${balance.amount} ${balance.currency}`);

rmSync(work, { recursive: true, force: true });
rmSync(consumer, { recursive: true, force: true });
console.log("\n[check-package] all package checks passed");
