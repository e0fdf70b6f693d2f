import { defineConfig } from "vitest/config";

// The database suites migrate throwaway databases and the kill-and-resume test spawns the CLI: on a shared
// 2-core machine they need more than the default 5 s.
export default defineConfig({ test: { testTimeout: 60_000, hookTimeout: 60_000 } });
