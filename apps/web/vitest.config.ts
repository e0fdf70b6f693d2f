import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    alias: [
      { find: "@", replacement: fileURLToPath(new URL("./src", import.meta.url)) },
      // One graphql: the code generator's plugins load its CommonJS build, so the tests must too, or the schema
      // they build is "from another module or realm" to the plugins (test/codegen.test.ts).
      { find: /^graphql$/, replacement: require.resolve("graphql") },
    ],
  },
  test: { include: ["test/**/*.test.ts"] },
});
