// Small files: a source file over 300 lines says why in its opening comment ("Over 300 lines: …"), so a long file is
// a decision someone wrote down, not an accident (docs/architecture.md).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const LIMIT = 300;
const REASON = /^\/\/ Over 300 lines: \S/m;

/** The opening comment: the lines before the first one that is neither a comment nor blank. */
function openingComment(text: string): string {
  const lines = text.split("\n");
  const end = lines.findIndex((line) => line.trim() !== "" && !/^\s*(\/\/|\/\*|\*)/.test(line));
  return lines.slice(0, end < 0 ? lines.length : end).join("\n");
}

function longFilesWithoutReason(): string[] {
  const tracked = execFileSync("git", ["ls-files", "-z", "*.ts", "*.tsx", "*.mjs"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  return tracked.filter((file) => {
    if (file.includes("/generated/") || file.endsWith(".generated.ts")) return false;
    const text = readFileSync(join(root, file), "utf8");
    return text.split("\n").length > LIMIT && !REASON.test(openingComment(text));
  });
}

describe("file size", () => {
  const offenders = longFilesWithoutReason();

  it(`no source file over ${LIMIT} lines without a reason in its opening comment`, () => {
    expect(offenders).toEqual([]);
  });

  it("reads the reason from the opening comment only", () => {
    expect(REASON.test(openingComment("// Over 300 lines: one stack for all.\nimport x from 'y';\n"))).toBe(true);
    expect(REASON.test(openingComment("import x from 'y';\n// Over 300 lines: too late.\n"))).toBe(false);
  });
});
