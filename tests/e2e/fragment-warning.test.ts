// A page render must not make graphql-tag warn "fragment with name StatementCard already exists": that warning
// means two different texts of one fragment reached the same process, and it filled the dashboard's log on every page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStack, type Stack } from "./harness/stack.ts";
import { fillTestDatabase } from "./harness/fixtures.ts";
import { join } from "node:path";

describe("dashboard log", () => {
  let stack: Stack;
  let web: () => string;

  beforeAll(async () => {
    stack = await startStack((url) => fillTestDatabase(url, join(url.replace(/^file:/, ""), "..")));
    web = () => stack.webOutput();
  }, 900_000);

  afterAll(async () => {
    await stack?.stop();
  }, 60_000);

  it("has no duplicate-fragment warning after the home, statement and speaker pages", async () => {
    const home = await fetch(`${stack.webUrl}/`);
    expect(home.status).toBe(200);
    const html = await home.text();
    const statement = html.match(/href="(\/statements\/[^"]+)"/)?.[1];
    const speaker = html.match(/href="(\/speakers\/[^"]+)"/)?.[1];
    expect(statement && speaker).toBeTruthy();
    for (const path of [statement!, speaker!]) expect((await fetch(`${stack.webUrl}${path}`)).status).toBe(200);
    expect(web()).not.toMatch(/fragment with name/);
  }, 120_000);
});
