#!/usr/bin/env node
// npm 11 leaves an optional platform package out of package-lock.json when the registry cannot serve it,
// and `npm ci` then refuses that same lockfile as out of sync. This puts back an entry for every
// exact-version optional dependency that is missing; npm skips them on install as it would anyway (wrong
// platform, optional). Run it after `npm install` changes the lockfile:
//   node scripts/fix-lockfile.cjs
const fs = require("node:fs");
const path = require("node:path");

const file = path.join(__dirname, "..", "package-lock.json");
const lock = JSON.parse(fs.readFileSync(file, "utf8"));
const packages = lock.packages;
const added = [];
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || !/^\d+\.\d+\.\d+$/.test(version)) continue;
    packages[key] = { version, ...(entry.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${version}`);
  }
}
const order = (a, b) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b));
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => order(a, b)));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `restored ${added.length} entries: ${added.join(", ")}` : "lockfile complete");
