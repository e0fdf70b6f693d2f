// One build of the dashboard, started twice with two API addresses (DICTUM_API_URL), each API with its own data:
// each dashboard shows, saves to, streams live updates from, exports and opens GraphiQL on its own API's data, and the browser never
// talks to any origin but the dashboard's (it reaches the API through the dashboard's /graphql and /export/…).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./harness/api-client.ts";
import { browserUnavailable, launchChromium, watchErrors } from "./harness/browser.ts";
import { freePort, startProcess, type Server } from "./harness/processes.ts";
import { createDatabase, ensureWebBuild, ingest, repoRoot, startApi, startWeb, type Database } from "./harness/stack.ts";

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

// Two sides, each with a quote only its API has, and a second article to ingest while the page is open.
const SIDES = [
  {
    name: "harbour",
    quote: "The new harbour wall will protect the town from winter storms",
    stored: { text: '"The new harbour wall will protect the town from winter storms," Mayor Anna Berglund told reporters on Monday.' },
    live: { text: '"The ferry to the islands will run twice a day from June," Mayor Anna Berglund said on Tuesday.' },
  },
  {
    name: "orchard",
    quote: "Our apple orchards had the best harvest in twenty years",
    stored: { text: '"Our apple orchards had the best harvest in twenty years," farmers\' union chairman Piotr Kowal said on Monday.' },
    live: { text: '"Cider exports will double next season," farmers\' union chairman Piotr Kowal said on Tuesday.' },
  },
];

interface Side {
  database: Database;
  api: { server: Server; url: string; origin: string; token: string };
  web: { server: Server; url: string };
}

async function fill(database: Database, side: (typeof SIDES)[number]): Promise<void> {
  const file = join(database.dir, `${side.name}.jsonl`);
  const article = { id: `e2e:${side.name}`, source: "Dictum E2E", url: `https://example.test/${side.name}`, publishedAt: "2022-05-02", title: side.name, text: side.stored.text };
  writeFileSync(file, `${JSON.stringify(article)}\n`);
  const summary = await ingest(database.url, [file]);
  if (summary.statements === 0) throw new Error(`the ${side.name} article gave no statements`);
}

describe.skipIf(unavailable !== null)("the dashboard reads its API's address when it starts", () => {
  const sides: Side[] = [];
  let browser: Browser;

  beforeAll(async () => {
    await ensureWebBuild(); // once: both dashboards below are the same build
    for (const data of SIDES) {
      const database = await createDatabase();
      const side: Partial<Side> = { database };
      sides.push(side as Side);
      await fill(database, data);
      side.api = await startApi(database.url);
      side.web = await startWeb(side.api.origin);
    }
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    for (const side of sides) {
      await side.web?.server.stop();
      await side.api?.server.stop();
      side.database?.remove();
    }
  }, 60_000);

  it("has two dashboards of one build on two APIs, each showing its own API's data and talking only to its own origin", async () => {
    for (const [index, side] of sides.entries()) {
      const mine = SIDES[index]!;
      const other = SIDES[1 - index]!;
      const context = await browser.newContext();
      const requested: string[] = [];
      context.on("request", (request) => requested.push(request.url()));
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${side.web.url}/`, { waitUntil: "networkidle" });

      // Rendered by the server from its API.
      await page.getByTestId("statement").first().waitFor();
      await expect(page.getByText(mine.quote).count()).resolves.toBeGreaterThan(0);
      await expect(page.getByText(other.quote).count()).resolves.toBe(0);

      await saveView(page, side, `${mine.name} watch`);
      await seeLiveStatements(page, side, mine);

      // The browser's own requests: the saved searches (GraphQL from the page) and an export.
      await page.goto(`${side.web.url}/saved`, { waitUntil: "networkidle" });
      await expect.poll(() => page.getByTestId("saved-search").allInnerTexts()).toEqual([expect.stringContaining(`${mine.name} watch`)]);
      const exported = await page.evaluate(async () => (await fetch("/export/statements.jsonl")).text());
      expect(exported).toContain(mine.quote);
      expect(exported).not.toContain(other.quote);

      // The header's GraphiQL link: the API's GraphiQL, on the dashboard's origin, asking it for the schema.
      await page.goto(`${side.web.url}${await page.getByRole("link", { name: /GraphiQL/ }).getAttribute("href")}`, { waitUntil: "load" });
      await page.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });

      const origins = new Set(requested.filter((url) => /^https?:/.test(url)).map((url) => new URL(url).origin));
      expect([...origins]).toEqual([side.web.url]);
      expect(requested.filter((url) => url.startsWith(`${side.web.url}/graphql`)).length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    }
  }, 180_000);

  it("refuses to start with a malformed DICTUM_API_URL, in one line naming it", async () => {
    const web = startProcess("dashboard", process.execPath, [join(repoRoot, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(await freePort()), "-H", "127.0.0.1"], {
      cwd: join(repoRoot, "apps", "web"),
      env: { ...process.env, DICTUM_API_URL: "localhost:4000", NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    });
    try {
      const code = await new Promise<number | null>((done) => {
        web.child.once("exit", (exitCode) => done(exitCode));
        setTimeout(() => done(null), 30_000); // still serving: the setting was not checked at start
      });
      expect(code).toBe(1);
    } finally {
      await web.stop();
    }
    expect(web.output()).toMatch(/DICTUM_API_URL must be the API's http\(s\):\/\/ address, e\.g\. http:\/\/localhost:4000 \(got "localhost:4000"\)/);
  }, 60_000);
});

/** "Save this view" in the page: a mutation with the write token, sent by the browser to the dashboard's /graphql. */
async function saveView(page: Page, side: Side, name: string): Promise<void> {
  await page.getByTestId("save-view").getByRole("button", { name: "Save this view" }).click();
  const form = page.getByRole("form", { name: "Save this view" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("API token").fill(side.api.token);
  await form.getByRole("button", { name: "Save" }).click();
  await expect.poll(() => page.getByTestId("save-view").getByRole("status").textContent()).toContain(`Saved “${name}”`);
  const saved = await graphql<{ savedSearches: { name: string }[] }>(side.api.url, `{ savedSearches { name } }`);
  expect(saved.savedSearches.map((search) => search.name)).toEqual([name]);
}

/** Live on (server-sent events through the dashboard), then an article ingested into this side's API arrives. */
async function seeLiveStatements(page: Page, side: Side, data: (typeof SIDES)[number]): Promise<void> {
  await page.getByTestId("live").getByRole("button", { name: /Live off/ }).click();
  await page.waitForTimeout(1_000); // let the event stream connect before the article arrives
  const article = { source: "Dictum E2E", url: `https://example.test/${data.name}-live`, publishedAt: "2022-05-03T09:00:00Z", title: `${data.name} live`, text: data.live.text };
  const ingested = await graphql<{ ingestArticle: { statements: { id: string }[] } }>(
    side.api.url,
    `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements { id } } }`,
    { input: article },
    side.api.token,
  );
  const added = ingested.ingestArticle.statements.length;
  expect(added).toBeGreaterThan(0);
  await expect.poll(() => page.locator(".live-news").textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${added} new statements? in this view`));
}
