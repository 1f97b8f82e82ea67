/**
 * Bundle size as a user gets it: the package built with tsup.config.ts, then a user's entry bundled
 * from it by esbuild (`--bundle --minify --platform=node --format=esm`), minified and gzipped (level
 * 9), with its dependencies and without them (`packages: "external"`). Beside it, in the same run,
 * baselines a user might pick instead: zod alone, ky alone, a hand-written fetch of NumPool's balance.
 * "Other providers" counts output the bundle's source map traces to another provider's folder (see
 * test/support/user-bundle.ts); it must be 0, as test/package/adapter-isolation.test.ts checks.
 *
 * Also runnable alone: `npx tsx bench/size.ts` prints the table only.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  type BuiltPackage,
  buildPackage,
  bundleAsUser,
  ROOT,
  type UserBundle,
} from "../test/support/user-bundle.js";
import { fmt, type Result } from "./harness.js";

interface Case {
  label: string;
  entry: string;
  /** The package entries the user's code names; the others stay dependencies. */
  own: readonly ("unisms" | "unisms/testing")[];
  /** Set for a one-provider bundle: that provider's folder. */
  provider?: string;
}

export interface Row {
  label: string;
  withDeps: UserBundle;
  ownOnly: UserBundle;
  foreign: number;
  zod: number;
}

const PROVIDERS = readdirSync(join(ROOT, "src/providers"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const cases = (): Case[] => [
  ...PROVIDERS.map((name) => ({
    label: `createClient + ${name}()`,
    entry:
      `import { createClient, ${name} } from "unisms";\n` +
      `export const client = createClient({ provider: ${name}(${name === "sandbox" ? "" : '{ apiKey: "key" }'}) });`,
    own: ["unisms"] as const,
    provider: name,
  })),
  { label: 'everything of "unisms"', entry: 'export * from "unisms";', own: ["unisms"] },
  {
    label: 'everything of "unisms/testing"',
    entry: 'export * from "unisms/testing";',
    own: ["unisms/testing"],
  },
  {
    label: "baseline: zod alone (one object schema)",
    entry:
      'import * as z from "zod";\nexport const balance = z.object({ balance: z.number(), currency: z.string() });',
    own: [],
  },
  {
    label: "baseline: ky",
    entry:
      'import ky from "ky";\nexport const balance = (key) => ky.get("https://numpool.com/api/v1/balance", { headers: { "X-API-Key": key } }).json();',
    own: [],
  },
  {
    label: "baseline: fetch by hand (fetch-baseline.ts)",
    entry: `export { numpoolBalance } from ${JSON.stringify(join(ROOT, "bench/fetch-baseline.ts"))};`,
    own: [],
  },
];

async function measure(built: BuiltPackage, c: Case): Promise<Row> {
  const files = { unisms: built.file("index"), "unisms/testing": built.file("testing") };
  const own = Object.fromEntries(c.own.map((name) => [name, files[name]]));
  const withDeps = await bundleAsUser(c.entry, { resolve: files, dependencies: true });
  const ownOnly = await bundleAsUser(c.entry, { resolve: own, dependencies: false });
  let foreign = 0;
  let zod = 0;
  for (const [path, chars] of withDeps.modules) {
    if (c.provider && path.startsWith("src/providers/") && !path.startsWith(`src/providers/${c.provider}/`)) {
      foreign += chars;
    }
    if (path.startsWith("node_modules/zod/")) zod += chars;
  }
  return { label: c.label, withDeps, ownOnly, foreign, zod };
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

export function sizeTable(rows: readonly Row[]): string {
  const header = [
    "| bundle | min, with deps | min+gz, with deps | of which zod (min) | min, own code only | min+gz, own code only | other providers' code (chars) |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  return [
    ...header,
    ...rows.map(
      (r) =>
        `| ${r.label} | ${kb(r.withDeps.minified)} | ${kb(r.withDeps.gzipped)} | ${kb(r.zod)} | ` +
        `${kb(r.ownOnly.minified)} | ${kb(r.ownOnly.gzipped)} | ${r.label.startsWith("createClient") ? String(r.foreign) : "-"} |`,
    ),
  ].join("\n");
}

export async function measureSizes(): Promise<Row[]> {
  const built = await buildPackage();
  try {
    const rows: Row[] = [];
    for (const c of cases()) rows.push(await measure(built, c));
    return rows;
  } finally {
    built.remove();
  }
}

/** One info line per bundle, and the judged total of other providers' code in one-provider bundles. */
export function sizeResults(rows: readonly Row[]): Result[] {
  const foreign = rows.reduce((sum, r) => sum + r.foreign, 0);
  return [
    ...rows.map(
      (r): Result => ({
        name: `size: ${r.label}`,
        value: r.withDeps.gzipped / 1000,
        unit: "KB gz",
        compare: "info",
        target: 0,
        detail: `with deps ${kb(r.withDeps.minified)} min; own code only ${kb(r.ownOnly.minified)} min, ${kb(r.ownOnly.gzipped)} gz`,
      }),
    ),
    {
      name: "size: other providers in 1-provider bundles",
      value: foreign,
      unit: "chars",
      compare: "<=",
      target: 0,
      detail: `summed over the ${PROVIDERS.length} createClient + one provider bundles (${fmt(foreign)} chars of minified output)`,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  measureSizes().then(
    (rows) => console.log(sizeTable(rows)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
