import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { extractorVersion } from "@dictum/extract/version";

const bin = fileURLToPath(new URL("../bin/dictum.mjs", import.meta.url));

it("dictum --version prints the extractor's content hash", () => {
  const out = execFileSync(process.execPath, [bin, "--version"], { encoding: "utf8" });
  expect(out.trim()).toBe(`extractor ${extractorVersion()}`);
  expect(out.trim()).toMatch(/^extractor [0-9a-f]{16}$/);
});
