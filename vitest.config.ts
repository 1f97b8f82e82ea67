import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 15_000,
    // The package check packs and installs the built tarball; it runs as its own script.
    exclude: ["node_modules", "dist"],
  },
});
