// Stances in real Chromium: the badges on statement cards and the statement page, the stance facet, ?stance= and
// ?targetCountry= driving the list, and the relations matrix (speaker country × target country), whose cells link
// to exactly the statements they count. Expected values come from the API, over articles ingested by the pipeline.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allStatements, graphql } from "./harness/api-client.ts";
import { browserUnavailable, launchChromium, openPage } from "./harness/browser.ts";
import { totalOnPage } from "./harness/page-reading.ts";
import { fillStanceDatabase } from "./harness/stance-fixtures.ts";
import { startStack, type Stack } from "./harness/stack.ts";

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

interface Relation { from: { code: string }; to: { code: string }; stance: string; count: number }

describe.skipIf(unavailable !== null)("stances and the relations view in Chromium", () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack((url) => fillStanceDatabase(url, join(url.replace(/^file:/, ""), "..")));
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  const open = (path: string) => openPage(browser, `${stack.webUrl}${path}`);
  const stanceOf = async (id: string) =>
    (await graphql<{ node: { stance: string; targets: { name: string }[] } }>(stack.apiUrl, `query($id: ID!) { node(id: $id) { ... on Statement { stance targets { name } } } }`, { id })).node;

  it("?stance= lists that stance's statements, each card with its badge and targets", async () => {
    const expected = await allStatements(stack.apiUrl, { stances: ["CRITICISES"] });
    expect(expected.totalCount).toBeGreaterThan(2);
    const { page, errors } = await open("/?stance=criticises");
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(expected.totalCount);
    const cards = page.getByTestId("statement");
    await cards.first().waitFor();
    for (const card of await cards.all()) {
      const id = (await card.getAttribute("data-statement-id"))!;
      const api = await stanceOf(id);
      expect(api.stance).toBe("CRITICISES");
      await expect(card.getByTestId("stance").getAttribute("data-stance")).resolves.toBe("CRITICISES");
      // A stance may come without a target the extractor could name ("condemned the attack").
      await expect(card.getByTestId("stance").innerText()).resolves.toBe(["Criticises", ...(api.targets.length ? [api.targets.map((t) => t.name).join(", ")] : [])].join(" → "));
    }
    await expect(page.getByTestId("active-filters").innerText()).resolves.toContain("Stance: Criticises");
    expect(errors).toEqual([]);
  });

  it("the stance facet counts each stance and a click puts ?stance= in the URL", async () => {
    const { facets } = await graphql<{ facets: { stances: { stance: string; count: number }[] } }>(stack.apiUrl, `{ facets { stances { stance count } } }`);
    const { page, errors } = await open("/");
    const facet = page.getByTestId("facet-stances");
    await facet.locator("input[type=checkbox]").first().waitFor();
    const shown = await facet.locator(".facet-option").evaluateAll((options) => options.map((o) => [(o.querySelector("input") as HTMLInputElement).dataset.value, Number(o.querySelector(".count")!.textContent!.replace(/\D/g, ""))]));
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(facets.stances.map((s) => [s.stance, s.count])));
    await facet.locator("input[data-value=SUPPORTS]").check();
    await page.waitForURL((url) => url.searchParams.getAll("stance").includes("SUPPORTS"));
    const supports = facets.stances.find((s) => s.stance === "SUPPORTS")!.count;
    expect(supports).toBeGreaterThan(0);
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(supports);
    expect(errors).toEqual([]);
  });

  it("?targetCountry= lists the statements aimed at that country", async () => {
    const expected = await allStatements(stack.apiUrl, { targetCountries: ["KZ"] });
    expect(expected.totalCount).toBeGreaterThan(3);
    const { page, errors } = await open("/?targetCountry=kz");
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(expected.totalCount);
    await expect(page.getByTestId("active-filters").innerText()).resolves.toContain("Aimed at Kazakhstan");
    await expect(page.getByTestId("facet-targetCountries").locator("input[data-value=KZ]").isChecked()).resolves.toBe(true);
    expect(errors).toEqual([]);
  });

  it("shows the stance and targets on the statement page", async () => {
    const [first] = (await allStatements(stack.apiUrl, { stances: ["WARNS"], speakerCountries: ["US"] })).statements;
    expect(first).toBeDefined();
    const { page, errors } = await open(`/statements/${encodeURIComponent(first!.id)}`);
    const stance = page.getByTestId("statement-detail").getByTestId("stance");
    await expect(stance.getAttribute("data-stance")).resolves.toBe("WARNS");
    await expect(stance.innerText()).resolves.toBe(`Warns → ${(await stanceOf(first!.id)).targets.map((t) => t.name).join(", ")}`);
    expect(errors).toEqual([]);
  });

  /** The matrix as the API's relations give it: cell → statements and the stance most of them take. */
  async function expectedCells(filter: Record<string, unknown>) {
    const { relations } = await graphql<{ relations: Relation[] }>(stack.apiUrl, `query($filter: StatementFilter) { relations(filter: $filter, limit: 1000) { from { code } to { code } stance count } }`, { filter });
    const cells = new Map<string, Record<string, number>>();
    for (const r of relations) {
      const key = `${r.from.code}→${r.to.code}`;
      cells.set(key, { ...cells.get(key), [r.stance]: r.count });
    }
    return cells;
  }
  const readCells = (page: Page) =>
    page.$$eval("[data-testid=relation-cell]", (links) => links.map((a) => { const d = (a as HTMLElement).dataset; return [`${d.from}→${d.to}`, Number(d.count), d.stance, (a as HTMLAnchorElement).getAttribute("href")] as const; }));

  it("the relations matrix counts what the API counts, and a cell opens exactly its statements", async () => {
    const expected = await expectedCells({});
    expect(expected.has("RU→KZ")).toBe(true);
    const { page, errors } = await open("/relations");
    await page.getByTestId("relations-matrix").waitFor();
    const cells = await readCells(page);
    expect(new Map(cells.map(([key, count]) => [key, count]))).toEqual(new Map([...expected].map(([key, stances]) => [key, Object.values(stances).reduce((a, b) => a + b, 0)])));
    for (const [key, , stance] of cells) {
      const stances = expected.get(key)!;
      expect(stances[stance!]).toBe(Math.max(...Object.values(stances)));
    }
    // Russia → Kazakhstan: praise in January, criticism in March.
    const [, count, , href] = cells.find(([key]) => key === "RU→KZ")!;
    const link = new URL(href!, stack.webUrl);
    expect(link.pathname).toBe("/");
    expect(link.searchParams.getAll("speakerCountry")).toEqual(["RU"]);
    expect(link.searchParams.getAll("targetCountry")).toEqual(["KZ"]);
    expect(link.searchParams.getAll("stance").sort()).toEqual(Object.keys(expected.get("RU→KZ")!).sort());
    await page.locator("[data-testid=relation-cell][data-from=RU][data-to=KZ]").click();
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("targetCountry") === "KZ");
    const listed = await allStatements(stack.apiUrl, { speakerCountries: ["RU"], targetCountries: ["KZ"], stances: link.searchParams.getAll("stance") });
    expect(listed.totalCount).toBe(count);
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(count);
    expect(errors).toEqual([]);
  });

  it("a stance chip narrows the matrix to that stance, in the URL", async () => {
    const { page, errors } = await open("/relations");
    await page.getByTestId("relations-stances").getByRole("link", { name: "Warns", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/relations" && url.searchParams.get("stance") === "WARNS");
    const expected = await expectedCells({ stances: ["WARNS"] });
    expect(expected.size).toBeGreaterThan(0);
    await expect.poll(async () => new Map((await readCells(page)).map(([key, count, stance]) => [key, [count, stance]])), { timeout: 20_000 })
      .toEqual(new Map([...expected].map(([key, stances]) => [key, [stances.WARNS, "WARNS"]])));
    await expect(page.getByTestId("active-filters").innerText()).resolves.toContain("Stance: Warns");
    expect(errors).toEqual([]);
  });
});
