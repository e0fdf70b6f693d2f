// Cross-package tests (`npm test` runs them after every workspace's own suite): database + reference data,
// the start/migrate commands, and later browser tests. One file at a time: the machine has two cores.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // One graphql for everything (as in apps/api): yoga and Pothos load its CommonJS build, so the API's own files
  // must too, or its GraphQLErrors look foreign and are masked as INTERNAL_SERVER_ERROR in tests that import it.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    root: fileURLToPath(new URL("..", import.meta.url)),
    include: ["tests/**/*.test.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
