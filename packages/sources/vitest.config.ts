import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The machine is shared: one worker keeps the suite from competing with other engineers' processes.
    maxWorkers: 1,
  },
});
