// Two real API processes (src/server.ts) on one database, both running webhook delivery: every new matching
// statement reaches each hook exactly once, whichever process ingested it, also when it was written straight to
// the database as `dictum ingest` does (the DB-driven scan), and no hook gets more than one request per second.
import { referenceData } from "@dictum/ingest/reference-data";
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@dictum/db";
import { createTestDatabase, testProviders, type TestDatabase } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestWithPipeline } from "../../src/lib/ingest.ts";
import { TOKEN } from "../harness.ts";
import { startReceiver, type Receiver } from "./receiver.ts";

const apiDir = fileURLToPath(new URL("../..", import.meta.url));

/** A port the system has just handed out: fixed ports collide when two runs share a machine. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: apiDir,
    env: { ...process.env, DATABASE_URL: databaseUrl, API_PORT: String(port), DICTUM_API_TOKEN: TOKEN, DICTUM_WEBHOOKS_ALLOW_PRIVATE: "1", REDIS_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Dictum API on")) resolve(child);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`API exited with ${code}: ${output}`)));
  });
}

async function gql(port: number, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as any;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const article = (n: number, provider: string) => ({
  text: `KYIV, May ${n}. /TASS/. Ukrainian Foreign Minister Dmytro Kuleba said that Ukraine would attend meeting ${n} of ${provider}. "We will be there on day ${n}," Kuleba told reporters.`,
  source: "TASS",
  publishedAt: "2024-05-01T00:00:00Z",
});

describe.each(testProviders())("webhooks with two API processes on %s", (provider) => {
  let database: TestDatabase;
  let receiver: Receiver;
  const servers: ChildProcess[] = [];
  let portA = 0, portB = 0;
  beforeAll(async () => {
    portA = await freePort();
    do portB = await freePort(); while (portB === portA);
    database = await createTestDatabase(provider, { migrate: true, reference: referenceData() });
    receiver = await startReceiver();
    servers.push(...(await Promise.all([startServer(database.url, portA), startServer(database.url, portB)])));
  }, 60_000);
  afterAll(async () => {
    for (const server of servers) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await receiver?.close();
    await database?.drop();
  });

  it("delivers every statement once per hook, at most one request per second per hook", async () => {
    const save = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id } }`;
    await gql(portA, save, { input: { name: "one", filter: { sources: ["TASS"] }, notify: { webhookUrl: `${receiver.url}/one`, secret: "a" } } });
    await gql(portB, save, { input: { name: "two", filter: { countries: ["UA"] }, notify: { webhookUrl: `${receiver.url}/two`, secret: "b" } } });
    const ingest = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements { id } } }`;
    const storedIds: number[] = [];
    for (let n = 1; n <= 6; n++) {
      const data = await gql(n % 2 ? portA : portB, ingest, { input: article(n, provider) });
      storedIds.push(...data.ingestArticle.statements.map((s: any) => Number(Buffer.from(s.id, "base64").toString().split(":")[1])));
    }
    // A writer that is not the API (the CLI): only the database knows.
    const db = createPrismaClient(database.url);
    const [outcome] = await ingestWithPipeline(db, [{ ...article(7, provider), publishedAt: new Date("2024-05-01T00:00:00Z") }]);
    storedIds.push(...outcome!.statementIds);
    const ukraineIds = (await db.statementPlace.findMany({ where: { statementId: { in: storedIds }, place: { iso2: "UA" } }, select: { statementId: true } })).map((r) => r.statementId);
    await db.$disconnect();
    expect(ukraineIds.length).toBeGreaterThan(0);

    const idsOf = (hook: string) => receiver.received.filter((r) => r.json.savedSearch.name === hook).flatMap((r) => r.json.statements.map((s: any) => s.id));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (idsOf("one").length < storedIds.length || idsOf("two").length < new Set(ukraineIds).size)) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 2_500)); // anything sent twice would arrive by now
    expect(idsOf("one").sort((a, b) => a - b)).toEqual([...storedIds].sort((a, b) => a - b));
    expect(idsOf("two").sort((a, b) => a - b)).toEqual([...new Set(ukraineIds)].sort((a, b) => a - b));
    const deliveryIds = receiver.received.map((r) => r.headers["x-dictum-delivery"]);
    expect(new Set(deliveryIds).size).toBe(deliveryIds.length);
    for (const hook of ["one", "two"]) {
      const times = receiver.received.filter((r) => r.json.savedSearch.name === hook).map((r) => r.at);
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(950);
    }
  }, 90_000);
});
