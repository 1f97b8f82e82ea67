/**
 * A value built on first use, then kept: `lazy(() => z.looseObject({...}))`, marked `@__PURE__`, and
 * read as `reply()`.
 *
 * Why: the package ships as one file, so a user's bundler keeps a module-level statement unless it can
 * prove the statement free of side effects, and a `z.object(...)` call it cannot. Every adapter's wire
 * schemas would then ride along in a bundle that imports one adapter. Wrapped, the statement is one call
 * marked pure whose only argument is a function: dropped when nothing reads it. The schema is still
 * built once, on its first use rather than at import.
 *
 * Every call needs the `@__PURE__` mark (bundlers do not look inside `lazy` to see it is harmless).
 * The same goes for any other module-level statement of an adapter: a table made by a call
 * (`Object.freeze`, `createIdMap`, `Object.keys(...)`) is marked `@__PURE__`, every call nested in it
 * too, and a duration is a literal (`300_000`, not `5 * 60_000`: esbuild keeps even an unused product).
 * test/package/adapter-isolation.test.ts fails when an adapter's bundle holds another adapter's code.
 */
export function lazy<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
