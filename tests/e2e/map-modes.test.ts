// The map's three shadings in real Chromium: "about" (the places statements concern), "said in" (their article's
// dateline) and "from" (the speaker's country). Each view shades by its own field, sits in the URL and filters by
// that field on a click. Expected counts come from the API.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allStatements, countryCounts, graphql } from "./harness/api-client.ts";
import { browserUnavailable, launchChromium, openPage } from "./harness/browser.ts";
import { fillTestDatabase } from "./harness/fixtures.ts";
import { mapCounts, totalOnPage } from "./harness/page-reading.ts";
import { startStack, type Stack } from "./harness/stack.ts";

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

type Counts = Record<string, number>;

/** The facet the map shades in the "said" and "from" modes, every country of it. */
async function facetCounts(apiUrl: string, facet: "saidInCountries" | "speakerCountries", filter: Record<string, unknown> = {}): Promise<Counts> {
  const data = await graphql<{ facets: Record<string, { place: { code: string }; count: number }[]> }>(
    apiUrl,
    `query($filter: StatementFilter) { facets(filter: $filter, limit: 100) { ${facet} { place { code } count } } }`,
    { filter },
  );
  return Object.fromEntries(data.facets[facet]!.map((entry) => [entry.place.code, entry.count]));
}

const modes = [
  { mode: "said", chip: "Said in", facet: "saidInCountries", param: "saidIn", filter: "saidIn" },
  { mode: "from", chip: "Speakers from", facet: "speakerCountries", param: "speakerCountry", filter: "speakerCountries" },
] as const;

describe.skipIf(unavailable !== null)("map modes in Chromium", () => {
  let stack: Stack;
  let browser: Browser;
  let about: Counts;

  beforeAll(async () => {
    stack = await startStack((url) => fillTestDatabase(url, join(url.replace(/^file:/, ""), "..")));
    browser = await launchChromium();
    about = Object.fromEntries(await countryCounts(stack.apiUrl, {}));
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  const open = (path: string) => openPage(browser, `${stack.webUrl}${path}`);
  const current = (page: Page) => page.getByTestId("map-modes").locator("[aria-current=true]").innerText();
  /** The counts the map can show: a country too small for the atlas (the Vatican) has no shape to shade. */
  const drawable = async (page: Page, counts: Counts): Promise<Counts> => {
    await page.locator("[data-testid=world-map] path.country").first().waitFor();
    const drawn = new Set(await page.$$eval("[data-testid=world-map] path.country", (paths) => paths.map((path) => (path as SVGPathElement).dataset.code)));
    return Object.fromEntries(Object.entries(counts).filter(([code]) => drawn.has(code)));
  };
  /** Clicks a country where its own shape is on top (the middle of its box may be sea, or another country). */
  const clickCountry = async (page: Page, code: string) => {
    const point = await page.locator(`[data-testid=world-map] path[data-code="${code}"]`).evaluate((path) => {
      const box = path.getBoundingClientRect();
      for (let y = 0.5; y < box.height; y += 1)
        for (let x = 0.5; x < box.width; x += 1)
          if (document.elementFromPoint(box.left + x, box.top + y) === path) return { x: box.left + x, y: box.top + y };
      return null;
    });
    expect(point, `a visible point of ${code}`).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
  };

  it("shades by the places statements are about by default, with no map parameter", async () => {
    const { page, errors } = await open("/");
    await expect(current(page)).resolves.toBe("About");
    expect(Object.keys(about).length).toBeGreaterThan(0);
    await expect.poll(() => mapCounts(page), { timeout: 20_000 }).toEqual(await drawable(page, about));
    expect(await page.getByTestId("dateline-marker").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  for (const { mode, chip, facet, param, filter } of modes) {
    it(`"${chip}" shades by ${facet}, puts map=${mode} in the URL, and a click filters by ${param}`, async () => {
      const expected = await facetCounts(stack.apiUrl, facet);
      expect(Object.keys(expected).length).toBeGreaterThan(0);
      // The fixture makes the fields differ, so a map still shading "about" could not pass.
      expect(expected).not.toEqual(about);

      const { page, errors } = await open("/");
      await page.getByTestId("map-modes").getByRole("link", { name: chip, exact: true }).click();
      await page.waitForURL((url) => url.searchParams.get("map") === mode);
      await expect.poll(() => current(page)).toBe(chip);
      await expect.poll(() => mapCounts(page), { timeout: 20_000 }).toEqual(await drawable(page, expected));
      expect(await page.getByTestId("dateline-marker").count()).toBe(0); // the markers belong to "about"

      // The URL alone gives the same view in a page that never clicked.
      const fresh = await open(new URL(page.url()).pathname + new URL(page.url()).search);
      await expect(current(fresh.page)).resolves.toBe(chip);
      await expect.poll(() => mapCounts(fresh.page), { timeout: 20_000 }).toEqual(await drawable(fresh.page, expected));

      // A click on the country with the fewest statements filters by this mode's field, and the mode stays.
      const [country, count] = Object.entries(await drawable(page, expected)).sort((a, b) => a[1] - b[1])[0]!;
      await clickCountry(page, country);
      await page.waitForURL((url) => url.searchParams.getAll(param).includes(country));
      const url = new URL(page.url());
      expect(url.searchParams.get("map")).toBe(mode);
      expect(url.searchParams.getAll("country")).toEqual([]);
      const narrowed = await allStatements(stack.apiUrl, { [filter]: [country] });
      expect(narrowed.totalCount).toBe(count);
      await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(count);
      await expect.poll(() => mapCounts(page), { timeout: 20_000 }).toEqual(await drawable(page, await facetCounts(stack.apiUrl, facet, { [filter]: [country] })));
      await expect(page.locator(`[data-testid=world-map] path[data-code="${country}"]`).getAttribute("class")).resolves.toContain("selected");

      // Back to "about": the parameter leaves the URL, the filter stays.
      await page.getByTestId("map-modes").getByRole("link", { name: "About", exact: true }).click();
      await page.waitForURL((next) => !next.searchParams.has("map") && next.searchParams.getAll(param).includes(country));
      await expect.poll(() => mapCounts(page), { timeout: 20_000 }).toEqual(await drawable(page, Object.fromEntries(await countryCounts(stack.apiUrl, { [filter]: [country] }))));
      expect([...errors, ...fresh.errors]).toEqual([]);
    });
  }
});
