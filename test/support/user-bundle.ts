/**
 * What a user's bundler makes of the package: the package built by tsup with the repository's own
 * config (JavaScript and source maps only, into a temporary folder), then a user's entry bundled from it
 * by esbuild, minified, and every byte of the result traced back to the module it came from.
 *
 * Why not bundle src/ directly: there every module is its own file, and `"sideEffects": false` lets the
 * bundler drop a whole unused module even when it runs code at load. The published `dist/index.js` is
 * one file, where only statements the bundler can prove free of side effects go; a check made from
 * src/ passes code that a user's bundle still carries.
 *
 * Why source maps and not esbuild's metafile: the metafile counts bytes per input file, and the input
 * here is that one built file. esbuild reads the built file's own source map and composes it into the
 * bundle's, so the bundle's map names the original module (src/providers/numpool/wire.ts, or a
 * dependency's file) of each stretch of output.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build as esbuild, type Plugin } from "esbuild";
import { type Options, build as tsup } from "tsup";
import tsupConfig from "../../tsup.config.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const UNMAPPED = "(unmapped)";

export interface BuiltPackage {
  readonly dir: string;
  /** The built file of the package entry: "." is `index.js`, "./testing" is `testing.js`. */
  file(entry: "index" | "testing"): string;
  remove(): void;
}

/**
 * Builds the `index` and `testing` entries' ES module builds as `npm run build` does, minus type
 * declarations (a bundler reads those builds). The folder is inside the repository so that the built
 * files' dependencies resolve from its node_modules.
 */
export async function buildPackage(): Promise<BuiltPackage> {
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  const dir = mkdtempSync(join(ROOT, ".tmp", "user-bundle-"));
  const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
  const esm = (c: Options) =>
    [c.format ?? "cjs"].flat().includes("esm") && !(typeof c.dts === "object" && c.dts.only);
  const wanted = configs
    .filter((c) => esm(c) && Object.keys(c.entry ?? {}).some((e) => e === "index" || e === "testing"))
    .map((c) => ({ ...c, format: "esm" as const }));
  if (wanted.length !== 2)
    throw new Error("tsup.config.ts: expected one ES module config for index and one for testing");
  for (const config of wanted) {
    await tsup({
      ...config,
      config: false,
      dts: false,
      // The attribution reads the maps; tsup.config.ts ships them too.
      sourcemap: true,
      clean: false,
      outDir: dir,
      silent: true,
    });
  }
  return {
    dir,
    file: (entry) => join(dir, `${entry}.js`),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface UserBundle {
  /** Minified size in bytes. */
  readonly minified: number;
  /** The same, gzipped at level 9. */
  readonly gzipped: number;
  /**
   * Characters of output per original module, keyed by path relative to the repository (so
   * "src/providers/numpool/wire.ts" or "node_modules/zod/v4/core/core.js"); "(unmapped)" for output no
   * module accounts for (the bundler's own glue).
   */
  readonly modules: ReadonlyMap<string, number>;
}

export interface BundleOptions {
  /** Bare specifiers the entry imports, and the built file each one means (e.g. unisms -> index.js). */
  readonly resolve: Readonly<Record<string, string>>;
  /** false: every other package stays an import, as with esbuild's `packages: "external"`. */
  readonly dependencies: boolean;
}

/** `contents` (an ES module) bundled as `esbuild --bundle --minify --platform=node --format=esm` does. */
export async function bundleAsUser(contents: string, options: BundleOptions): Promise<UserBundle> {
  const named: Plugin = {
    name: "built-package",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        const path = options.resolve[args.path];
        if (path !== undefined) return { path };
        // Marked here, not left to `packages: "external"`: inside the repository esbuild would resolve
        // "unisms" to the repository's own dist/ (a package may import itself by name).
        return options.dependencies ? undefined : { path: args.path, external: true };
      });
    },
  };
  const outfile = join(ROOT, ".tmp", "user-bundle.js");
  const result = await esbuild({
    stdin: { contents, resolveDir: ROOT, sourcefile: "user-entry.js", loader: "js" },
    bundle: true,
    minify: true,
    platform: "node",
    format: "esm",
    plugins: [named],
    sourcemap: "external",
    outfile,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles.find((f) => f.path === outfile);
  const map = result.outputFiles.find((f) => f.path === `${outfile}.map`);
  if (!code || !map) throw new Error("esbuild returned no bundle or no source map");
  return {
    minified: code.contents.byteLength,
    gzipped: gzipSync(code.contents, { level: 9 }).byteLength,
    modules: attribute(code.text, JSON.parse(map.text), join(ROOT, ".tmp")),
  };
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Charges each stretch of output, from one mapping segment to the next, to that segment's module. */
function attribute(code: string, map: SourceMap, mapDir: string): Map<string, number> {
  // Dependencies under their package path, wherever node_modules really lives (it may be a link).
  const names = map.sources.map((s) => {
    const path = resolve(mapDir, s);
    const at = path.lastIndexOf("/node_modules/");
    return at >= 0 ? path.slice(at + 1) : relative(ROOT, path);
  });
  const rows = map.mappings.split(";");
  const out = new Map<string, number>();
  const add = (key: string, n: number) => {
    if (n > 0) out.set(key, (out.get(key) ?? 0) + n);
  };
  // The source index carries over from line to line; the output column starts again at 0 on each.
  let source = 0;
  code.split("\n").forEach((text, index) => {
    let owner = UNMAPPED;
    let column = 0;
    let start = 0;
    for (const segment of (rows[index] ?? "").split(",")) {
      if (segment === "") continue;
      const fields = decodeVlq(segment);
      column += fields[0]!;
      add(owner, column - start);
      start = column;
      if (fields.length >= 4) {
        source += fields[1]!;
        owner = names[source]!;
      } else {
        owner = UNMAPPED;
      }
    }
    add(owner, text.length - start);
  });
  return out;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`bad source map segment ${segment}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -Math.floor(value / 2) : Math.floor(value / 2));
      value = 0;
      shift = 0;
    }
  }
  return values;
}
