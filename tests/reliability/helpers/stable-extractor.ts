// In the shared working tree the extraction engineers edit the extractor while tests run. A test that compares
// what a child process stored with what the extractor finds now is only meaningful when both saw the same code:
// `whileExtractorUnchanged` retries a failing attempt when the extractor's sources changed during it (modules that
// compare import the extractor dynamically, so the retry uses the new code). In CI the
// sources never change, so a failure there is always reported.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { vi } from "vitest";
import { repoRoot } from "./processes.ts";

function extractorStamp(): string {
  const parts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else parts.push(`${path}:${statSync(path).mtimeMs}`);
    }
  };
  for (const pkg of ["extract", "geo", "ingest"]) walk(join(repoRoot, "packages", pkg, "src"));
  return parts.sort().join("\n");
}

export async function whileExtractorUnchanged(attempt: () => Promise<void>, attempts = 5): Promise<void> {
  for (let n = 1; ; n++) {
    const stamp = extractorStamp();
    vi.resetModules(); // dynamic imports of @dictum/extract and @dictum/ingest now load the code as it is
    try {
      return await attempt();
    } catch (error) {
      if (n >= attempts || extractorStamp() === stamp) throw error;
      console.warn(`the extractor's sources changed during attempt ${n}; retrying with the new sources`);
    }
  }
}
