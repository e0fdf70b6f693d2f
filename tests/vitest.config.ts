// Cross-package tests (`npm test` runs them after every workspace's own suite): database + reference data,
// the start/migrate commands, and later browser tests. One file at a time: the machine has two cores.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["tests/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
