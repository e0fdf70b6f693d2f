// GraphiQL at /graphql works with no network: its scripts and styles come from the API, not from a CDN. Every
// request that leaves localhost is aborted, and the page must still render the editor with the example query.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserUnavailable, launchChromium } from "./harness/browser.ts";
import type { Server } from "./harness/processes.ts";
import { createDatabase, startApi, type Database } from "./harness/stack.ts";

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)("GraphiQL offline in Chromium", () => {
  let database: Database;
  let api: { server: Server; url: string };
  let browser: Browser;

  beforeAll(async () => {
    database = await createDatabase();
    api = await startApi(database.url);
    browser = await launchChromium();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await api?.server.stop();
    database?.remove();
  }, 60_000);

  it("renders the editor with every non-local request blocked", async () => {
    const page = await browser.newPage();
    const blocked: string[] = [];
    await page.route("**/*", (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === "127.0.0.1" || host === "localhost" || route.request().url().startsWith("data:") || route.request().url().startsWith("blob:")) return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    await page.goto(api.url, { waitUntil: "load" });
    await page.locator(".graphiql-container").first().waitFor({ timeout: 30_000 });
    expect(await page.title()).toBe("Dictum GraphQL");
    expect(await page.locator("body").innerText()).not.toMatch(/Loading/);
    expect(blocked).toEqual([]);
    await page.close();
  }, 120_000);
});
