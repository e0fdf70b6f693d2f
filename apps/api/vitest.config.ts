import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // Pothos and yoga load graphql's CommonJS build (Node resolves its "main"); our own files must get the same
  // copy, not the ESM build vite would pick from "module", or graphql sees two realms.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }] },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file builds its own databases; two at a time is what 2 shared cores can carry.
    maxWorkers: 2,
  },
});
