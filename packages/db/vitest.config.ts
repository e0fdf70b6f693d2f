// Database tests create and migrate real databases; on a busy machine that can take longer than vitest's
// 10 s default for hooks.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { hookTimeout: 60_000, testTimeout: 30_000 } });
