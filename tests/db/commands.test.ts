// The commands a user runs print one clear line for bad settings or an unreachable database: no stack trace.
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@dictum/db";

const run = (script: string, env: Record<string, string>) => {
  const result = spawnSync(process.execPath, ["--import", "tsx", script], { env: { PATH: process.env.PATH, ...env }, encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderrLines: result.stderr.split("\n").filter((line) => line.trim()) };
};

describe.each([
  ["npm run db:migrate", "scripts/migrate.ts", "error: "],
  ["npm start", "scripts/start.ts", "[dictum] error: "],
])("%s", (_name, script, prefix) => {
  it.each([
    [{ DATABASE_URL: "mysql://localhost/dictum" }, "Invalid configuration: DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL) (got \"mysql://localhost/dictum\")"],
    [{ API_PORT: "80a" }, "Invalid configuration: API_PORT must be a port number (got \"80a\")"],
    [{ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/dictum" }, "Cannot reach PostgreSQL at 127.0.0.1:1/dictum: connect ECONNREFUSED 127.0.0.1:1"],
  ])("%j → one line", (env, message) => {
    const result = run(script, env);
    expect(result.status).toBe(1);
    expect(result.stderrLines).toEqual([`${prefix}${message}`]);
  });
});

describe("npm run db:migrate", () => {
  it("migrates a new SQLite file, then reports it up to date", () => {
    const dir = mkdtempSync(join(tmpdir(), "dictum-migrate-"));
    try {
      const env = { DATABASE_URL: `file:${join(dir, "nested", "dictum.db")}` };
      const first = run("scripts/migrate.ts", env);
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/applied migrations 20261127220000_init/);
      expect(first.stdout).toMatch(/loaded reference geography \w+: \d+ places/);
      const second = run("scripts/migrate.ts", env);
      expect(second.status).toBe(0);
      expect(second.stdout).toMatch(/migrations up to date/);
      expect(second.stdout).toMatch(/reference geography up to date/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("npm start", () => {
  it("stores seeds/ once however often it runs, and refuses a taken port in one line", async () => {
    const blocker = createServer();
    await new Promise<void>((listening) => blocker.listen(0, listening));
    const port = (blocker.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), "dictum-start-"));
    const url = `file:${join(dir, "d.db")}`;
    try {
      for (const expectedSeeds of [/seeds\/: 1 new, 0 already present, 0 failed/, /seeds\/: 0 new, 1 already present, 0 failed/]) {
        // spawnSync blocks this process, but the kernel keeps the blocker's port bound.
        const result = run("scripts/start.ts", { DATABASE_URL: url, API_PORT: String(port), WEB_PORT: String(port) });
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(expectedSeeds);
        expect(result.stderrLines.filter((line) => line.startsWith("[dictum] error"))).toEqual([
          `[dictum] error: port ${port} (API_PORT) is already in use; stop what runs there or set API_PORT`,
        ]);
      }
      const db = createPrismaClient(url);
      try {
        const articles = await db.article.findMany({ select: { text: true, publishedAt: true } });
        expect(articles).toHaveLength(1);
        expect(articles[0]?.text).toContain("Russian Defense Minister Sergey Shoigu told reporters on Wednesday");
      } finally {
        await db.$disconnect();
      }
    } finally {
      blocker.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
