// `dictum extract --explain` (or DICTUM_DEBUG_STAGES=1): what each pipeline stage found, on standard error, while
// standard output stays the same JSON lines.
import { spawn } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/dictum.mjs", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const seed = join(repoRoot, "seeds/000_714ab672fc7d564c.txt");

function dictum(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env: { ...process.env, DICTUM_DEBUG_STAGES: "", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end();
  });
}

const STAGES = ["dateline", "article day", "language", "document", "cues", "reported speech", "direct quotes", "transcript turns", "filters", "continuations", "speakers", "statements"];
const stagesIn = (stderr: string) => stderr.split("\n").filter((line) => line.startsWith("-- ")).map((line) => line.slice(3));

describe("dictum extract --explain", { timeout: 60_000 }, () => {
  it("prints every stage in pipeline order on stderr, and the same JSON on stdout as without it", async () => {
    const [plain, explained] = await Promise.all([dictum(["extract", seed]), dictum(["extract", "--explain", seed])]);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);
    expect(plain.stderr).toBe("");
    expect(explained.stderr).toMatch(/^== article 000_714ab672fc7d564c /);
    expect(stagesIn(explained.stderr)).toEqual(STAGES);
    expect(explained.stderr).toContain("Dushanbe (TJ)");
    expect(explained.stderr).toMatch(/verb "told" .* speaker "Russian Defense Minister Sergey Shoigu"/);
    const statements = JSON.parse(plain.stdout).statements as unknown[];
    const listed = explained.stderr.slice(explained.stderr.indexOf("-- statements\n")).split("\n").slice(1).filter(Boolean);
    expect(listed).toHaveLength(statements.length);
  });

  it("is switched on by DICTUM_DEBUG_STAGES=1 as well", async () => {
    const run = await dictum(["extract", seed], { DICTUM_DEBUG_STAGES: "1" });
    expect(stagesIn(run.stderr)).toEqual(STAGES);
  });
});
