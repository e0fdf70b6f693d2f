// The dashboard in real Chromium against the built app, the real API and a database filled by the real ingestion.
// Expected values come from the API, never from numbers written here.
// Over 300 lines: one file on purpose, since each e2e file builds and starts its own stack (about a minute on this
// machine) and the browser checks share one.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allStatements, countryCounts, graphql, type ApiStatement } from "./harness/api-client.ts";
import { browserUnavailable, launchChromium, watchErrors } from "./harness/browser.ts";
import { listedIds, mapCounts, scrollThroughList, totalOnPage } from "./harness/page-reading.ts";
import { fillTestDatabase, SCRIPT_MARKER } from "./harness/fixtures.ts";
import { startStack, type Stack } from "./harness/stack.ts";

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

const screenshots = join(import.meta.dirname, "screenshots");
const SEED_DAY = { from: "2021-07-28", to: "2021-07-28" };
const REGION = "Central Asia";
const liveArticle = {
  title: "Kazakhstan to open new rail bridge",
  source: "Dictum E2E",
  url: "https://example.test/live-rail-bridge",
  text: 'ASTANA, July 30. /TASS/. Kazakhstan will open a new rail bridge over the Irtysh river this year, the country\'s transport minister said on Friday.\n\n"The bridge will carry the first freight trains in December," Transport Minister Marat Karabayev told reporters.',
};

describe.skipIf(unavailable !== null)("dashboard in Chromium", () => {
  let stack: Stack;
  let browser: Browser;
  let context: BrowserContext;
  let seed: ApiStatement[];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    stack = await startStack((url) => fillTestDatabase(url, join(url.replace(/^file:/, ""), "..")));
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    seed = (await allStatements(stack.apiUrl, SEED_DAY)).statements;
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  async function open(path: string, target: BrowserContext = context): Promise<{ page: Page; errors: string[] }> {
    const page = await target.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.webUrl}${path}`, { waitUntil: "networkidle" });
    return { page, errors };
  }

  it("shows the seed article's statements on the timeline, newest day first", async () => {
    expect(seed.length).toBeGreaterThan(0);
    const { page, errors } = await open("/");
    await page.getByTestId("statement").first().waitFor();
    const firstDay = await page.locator(".day-header time").first().getAttribute("datetime");
    expect(firstDay).toBe(SEED_DAY.from);
    const seen = await scrollThroughList(page, new Set(seed.map((statement) => statement.id)));
    for (const statement of seed) expect(seen, `seed statement ${statement.id} listed`).toContain(statement.id);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => page.getByText(seed[0]!.text, { exact: true }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(screenshots, "timeline.png") });

    // At phone width the filters start folded and the statements come first.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const small = await open("/", phone);
    await small.page.getByTestId("statement").first().waitFor();
    await expect(small.page.getByTestId("filter-panel").evaluate((panel) => (panel as HTMLDetailsElement).open)).resolves.toBe(false);
    await small.page.screenshot({ path: join(screenshots, "timeline-phone.png") });
    await phone.close();
    expect([...errors, ...small.errors]).toEqual([]);
  });

  it(`narrows the list and the map to ${REGION}, then to one of its countries, and a reload reproduces the view`, async () => {
    const { page, errors } = await open("/");
    const everything = await totalOnPage(page);
    const mapBefore = await mapCounts(page);

    // A reader opens the full region list when the region is not among the busiest few.
    const showAll = page.getByTestId("facet-regions").getByRole("button", { name: /Show all/ });
    if (await showAll.count()) await showAll.click();
    await page.locator(`input[data-facet=regions][data-value="${REGION}"]`).check();
    await page.waitForURL((url) => url.searchParams.getAll("region").includes(REGION));
    const inRegion = await allStatements(stack.apiUrl, { regions: [REGION] });
    expect(inRegion.totalCount).toBeGreaterThan(0);
    expect(inRegion.totalCount).toBeLessThan(everything);
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(inRegion.totalCount);
    const regionMap = Object.fromEntries(await countryCounts(stack.apiUrl, { regions: [REGION] }));
    await expect.poll(() => mapCounts(page), { timeout: 20_000 }).toEqual(regionMap);
    expect(Object.keys(regionMap).length).toBeLessThanOrEqual(Object.keys(mapBefore).length);
    await expect(page.getByTestId("region-outline").count()).resolves.toBe(1);

    // Click a country on the map: the one with the fewest statements, so the list visibly narrows again.
    const [country] = Object.entries(regionMap).sort((a, b) => a[1] - b[1])[0]!;
    await page.locator(`[data-testid=world-map] path[data-code="${country}"]`).click();
    await page.waitForURL((url) => url.searchParams.getAll("country").includes(country));
    const filter = { regions: [REGION], countries: [country] };
    const narrowed = await allStatements(stack.apiUrl, filter);
    expect(narrowed.totalCount).toBeGreaterThan(0);
    expect(narrowed.totalCount).toBeLessThanOrEqual(inRegion.totalCount);
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(narrowed.totalCount);
    const expectedIds = narrowed.statements.map((statement) => statement.id);
    expect([...(await scrollThroughList(page, new Set(expectedIds)))].sort()).toEqual([...expectedIds].sort());
    await expect.poll(() => mapCounts(page)).toEqual(Object.fromEntries(await countryCounts(stack.apiUrl, filter)));
    await expect(page.locator(`[data-testid=world-map] path[data-code="${country}"]`).getAttribute("class")).resolves.toContain("selected");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshots, "filtered.png") });

    // The URL alone reproduces the view: on reload, and in a browser context that never saw the page.
    const url = page.url();
    const view = async (target: Page) => ({
      total: await totalOnPage(target),
      ids: await listedIds(target),
      checked: await target.$$eval("[data-testid=filter-panel] input[type=checkbox]:checked", (inputs) => inputs.map((input) => (input as HTMLInputElement).dataset.value)),
      map: await mapCounts(target),
    });
    const before = await view(page);
    expect(before.checked).toEqual(expect.arrayContaining([REGION, country]));
    await page.reload({ waitUntil: "networkidle" });
    expect(await view(page)).toEqual(before);
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const other = await open(new URL(url).pathname + new URL(url).search, fresh);
    expect(await view(other.page)).toEqual(before);
    await fresh.close();

    // The map view of the region alone, hovering its busiest country: the tooltip gives the count.
    const mapView = await open(`/?region=${encodeURIComponent(REGION)}&view=map`);
    const [busiest, busiestCount] = Object.entries(regionMap).sort((a, b) => b[1] - a[1])[0]!;
    await mapView.page.locator(`[data-testid=world-map] path[data-code="${busiest}"]`).hover();
    await expect(mapView.page.locator(".map-tooltip").innerText()).resolves.toMatch(new RegExp(`${busiestCount} statements?`));
    expect(await mapView.page.getByTestId("statement-list").count()).toBe(0);
    // The seed article's dateline (Dushanbe) is marked where the statements were made.
    await expect(mapView.page.getByTestId("dateline-marker").first().textContent()).resolves.toContain("Dushanbe");
    await mapView.page.screenshot({ path: join(screenshots, "map.png") });
    expect([...errors, ...other.errors, ...mapView.errors]).toEqual([]);
  });

  it("highlights the statement's words in its article, from the stored offsets", async () => {
    const statement = seed[0]!;
    const { page, errors } = await open(`/statements/${encodeURIComponent(statement.id)}`);
    const mark = page.getByTestId("highlight");
    await expect(mark.innerText()).resolves.toBe(statement.text);
    expect(statement.article.text.slice(statement.start, statement.end)).toBe(statement.text);
    // The mark sits at the stored offset: the text before it is exactly the article up to `start`.
    const offset = await page.evaluate(() => {
      const box = document.querySelector("[data-testid=article-text]")!;
      const marked = box.querySelector("mark")!;
      const range = document.createRange();
      range.setStart(box, 0);
      range.setEndBefore(marked);
      return { before: range.toString().length, all: box.textContent };
    });
    expect(offset).toEqual({ before: statement.start, all: statement.article.text });
    await page.screenshot({ path: join(screenshots, "statement.png") });
    expect(errors).toEqual([]);
  });

  it("exports the filtered rows: the Export links download the API's streamed CSV, JSON Lines and GeoJSON", async () => {
    const filter = { regions: [REGION] };
    const query = `region=${encodeURIComponent(REGION)}`;
    const { page, errors } = await open(`/?${query}`);
    const expected = (await allStatements(stack.apiUrl, filter)).statements.map((statement) => statement.id);
    expect(expected.length).toBeGreaterThan(0);
    const apiExport = async (file: string) => (await fetch(`${new URL(stack.apiUrl).origin}/export/${file}?${query}`)).text();
    const download = async (testId: string) => {
      // Same-origin links: the dashboard passes the API's stream through (app/export/[file]/route.ts).
      expect(await page.getByTestId(testId).getAttribute("href")).toMatch(/^\/export\/[a-z]+\.[a-z]+\?region=/);
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(testId).click()]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, "utf8") };
    };

    const csv = await download("export-csv");
    expect(csv.name).toBe("dictum-statements.csv");
    expect(csv.text).toBe(await apiExport("statements.csv")); // the API's bytes, not a copy assembled in the page
    const rows = parse(csv.text, { columns: true }) as { id: string; text: string }[];
    expect(rows.map((row) => row.id)).toEqual(expected);

    const jsonl = await download("export-jsonl");
    expect(jsonl.name).toBe("dictum-statements.jsonl");
    expect(jsonl.text).toBe(await apiExport("statements.jsonl"));
    expect(jsonl.text.split("\n").filter(Boolean).map((line) => (JSON.parse(line) as { id: string }).id)).toEqual(expected);

    const geojson = await download("export-geojson");
    expect(geojson.name).toBe("dictum-places.geojson");
    const features = (JSON.parse(geojson.text) as { features: { properties: { code: string; kind: string; count: number } }[] }).features;
    const counts = await countryCounts(stack.apiUrl, filter);
    const countries = new Map(features.filter((f) => f.properties.kind === "COUNTRY").map((f) => [f.properties.code, f.properties.count]));
    expect(countries.size).toBeGreaterThan(0);
    for (const [code, count] of countries) expect(count, code).toBe(counts.get(code));
    expect(errors).toEqual([]);
  });

  it("says how many statements have an unknown date, lists them last and on request, and exports them undated", async () => {
    const { unknownDateCount } = await graphql<{ unknownDateCount: number }>(stack.apiUrl, `{ unknownDateCount }`);
    const undated = (await allStatements(stack.apiUrl, { dateUnknown: true })).statements.map((statement) => statement.id);
    expect(unknownDateCount).toBeGreaterThan(0);
    expect(undated).toHaveLength(unknownDateCount);
    const { page, errors } = await open("/");
    const note = page.getByTestId("unknown-dates");
    await expect.poll(() => note.textContent()).toContain(`${unknownDateCount} statement`);
    await note.getByRole("link", { name: "List them" }).click();
    await page.waitForURL(/date=unknown/);
    await page.getByTestId("statement").first().waitFor();
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(unknownDateCount);
    const listed = await listedIds(page);
    expect([...listed].sort()).toEqual([...undated].sort());
    const dates = await page.getByTestId("statement").locator(".statement-source").allTextContents();
    expect(dates.every((text) => text.includes("date unknown"))).toBe(true);
    const csv = await (await fetch(`${stack.webUrl}${await page.getByTestId("export-csv").getAttribute("href")}`)).text();
    const rows = parse(csv, { columns: true }) as { id: string; saidOn: string }[];
    expect(rows.map((row) => row.id).sort()).toEqual([...undated].sort());
    expect(rows.every((row) => row.saidOn === "")).toBe(true);
    await page.screenshot({ path: join(screenshots, "unknown-dates.png") });
    expect(errors).toEqual([]);
  });

  it("lists UN M49 regions apart from groupings, and counts no statement for its dateline's country", async () => {
    const data = await graphql<{ placeCounts: { regions: { place: { name: string; m49: string | null } }[]; groupings: { place: { name: string } }[] } }>(
      stack.apiUrl, `{ placeCounts { regions { place { name m49 } } groupings { place { name } } } }`);
    expect(data.placeCounts.regions.length).toBeGreaterThan(0);
    expect(data.placeCounts.regions.every((region) => region.place.m49 !== null)).toBe(true);
    const { page, errors } = await open("/");
    const regions = await page.getByTestId("region-list").locator("li span:first-child").allTextContents();
    expect(regions).toEqual(data.placeCounts.regions.slice(0, regions.length).map((region) => region.place.name));
    const groupingNames = new Set(data.placeCounts.groupings.map((grouping) => grouping.place.name));
    expect(regions.some((name) => groupingNames.has(name))).toBe(false);
    // The markup article is filed from Moscow and names only Kazakhstan: Russia gets none of its statements.
    const lavrov = await graphql<{ statements: { edges: { node: { saidIn: { name: string } | null; places: { code: string }[] } }[] } }>(
      stack.apiUrl, `{ statements(filter: { search: "\\"partners in Kazakhstan\\"" }) { edges { node { saidIn { name } places { code } } } } }`);
    expect(lavrov.statements.edges.length).toBeGreaterThan(0);
    for (const { node } of lavrov.statements.edges) {
      expect(node.saidIn?.name).toBe("Moscow");
      expect(node.places.map((place) => place.code)).not.toContain("RU");
    }
    expect(errors).toEqual([]);
  });

  it("shows markup inside a quote as text and never runs it", async () => {
    const reported = (await allStatements(stack.apiUrl, { from: "2019-03-12", to: "2019-03-12" })).statements;
    const withMarkup = reported.find((statement) => statement.text.includes("<script>"));
    expect(withMarkup, "the extractor keeps the quoted <script> markup as text").toBeDefined();
    for (const path of ["/?from=2019-03-12&to=2019-03-12", `/statements/${encodeURIComponent(withMarkup!.id)}`]) {
      const { page, errors } = await open(path);
      await expect(page.getByText(`<script>${SCRIPT_MARKER} = 1</script>`).first().isVisible()).resolves.toBe(true);
      await expect(page.evaluate((marker) => (window as unknown as Record<string, unknown>)[marker.replace("window.", "")], SCRIPT_MARKER)).resolves.toBeUndefined();
      expect(await page.locator("[data-testid=statement-list] script, [data-testid=article-text] script").count()).toBe(0);
      expect(errors).toEqual([]);
    }
  });
  it("chooses a date range by dragging across the histogram, and says what to do when nothing matches or a filter is refused", async () => {
    const { page, errors } = await open("/");
    const chart = page.locator("[data-testid=histogram] svg");
    const box = (await chart.boundingBox())!;
    // Drag over the right half of the chart (the newer statements).
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
    await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.has("from") && url.searchParams.has("to"));
    const url = new URL(page.url());
    const range = { from: url.searchParams.get("from")!, to: url.searchParams.get("to")! };
    expect(range.from < range.to).toBe(true);
    const inRange = await allStatements(stack.apiUrl, range);
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(inRange.totalCount);
    await expect(page.locator("input[type=date]").first().inputValue()).resolves.toBe(range.from);

    const empty = await open("/?q=xylophonequartzwaltz");
    await expect(empty.page.getByTestId("empty-list").innerText()).resolves.toMatch(/Remove a filter/);

    // A link with a filter the API refuses (a mistyped region) explains itself and offers the way out.
    const refused = await open("/?region=Atlantis&country=TJ");
    await expect(refused.page.getByTestId("filter-problem").innerText()).resolves.toMatch(/Unknown region "Atlantis"/);
    await refused.page.getByTestId("filter-problem").getByRole("link", { name: /Remove filter Atlantis/ }).click();
    await refused.page.waitForURL((url) => url.search === "?country=TJ");
    await expect.poll(() => totalOnPage(refused.page), { timeout: 20_000 }).toBe((await allStatements(stack.apiUrl, { countries: ["TJ"] })).totalCount);
    const missing = await open("/topics/no-such-topic");
    await expect(missing.page.locator("h1").innerText()).resolves.toBe("No such topic");
    expect([...errors, ...empty.errors, ...refused.errors]).toEqual([]);
  });

  it("opens the speaker, place and topic pages with their statements", async () => {
    const data = await graphql<{ statement: { speaker: { id: string; name: string } }; facets: { topics: { topic: { slug: string; name: string }; count: number }[] } }>(
      stack.apiUrl,
      `query($id: ID!) { statement(id: $id) { speaker { id name } } facets(limit: 1) { topics { topic { slug name } count } } }`,
      { id: seed[0]!.id },
    );
    const { speaker } = data.statement;
    const pages = [
      { path: `/speakers/${encodeURIComponent(speaker.id)}`, name: speaker.name, filter: { speakers: [speaker.id] } },
      // A country the seed's statements name (Tajikistan is only its dateline, which makes no statement about it).
      { path: "/places/AF", name: "Afghanistan", filter: { countries: ["AF"] } },
      ...data.facets.topics.map(({ topic }) => ({ path: `/topics/${topic.slug}`, name: topic.name, filter: { topics: [topic.slug] } })),
    ];
    expect(pages.length).toBe(3);
    for (const { path, name, filter } of pages) {
      const { page, errors } = await open(path);
      await expect(page.getByTestId("entity-name").innerText()).resolves.toBe(name);
      const { totalCount } = await allStatements(stack.apiUrl, filter);
      expect(totalCount).toBeGreaterThan(0);
      await expect(page.getByTestId("entity-statements").locator("h2").textContent()).resolves.toContain(`${totalCount} statement`);
      expect(await page.locator("[data-testid=entity-statements] [data-testid=statement]").count()).toBe(Math.min(totalCount, 20));
      expect(await page.locator("[data-testid=world-map] path.country.has-data").count()).toBeGreaterThan(0);
      if (path.startsWith("/speakers/")) await page.screenshot({ path: join(screenshots, "speaker.png") });
      expect(errors, path).toEqual([]);
    }
  });
  it("can be used from the keyboard: Tab reaches a country on the map and Enter filters by it", async () => {
    const { page, errors } = await open("/");
    const country = page.locator("[data-testid=world-map] path.country.has-data").first();
    const code = (await country.getAttribute("data-code"))!;
    await country.focus();
    await expect(page.locator(".map-tooltip").innerText()).resolves.toMatch(/statements?/);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.getAll("country").includes(code));
    // On a freshly opened page the skip link is the first stop, and it leads to the content.
    const fresh = await open(new URL(page.url()).search ? `/${new URL(page.url()).search}` : "/");
    await fresh.page.keyboard.press("Tab");
    await expect(fresh.page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await fresh.page.keyboard.press("Enter");
    await fresh.page.waitForURL((url) => url.hash === "#main");
    expect([...errors, ...fresh.errors]).toEqual([]);
  });

  it("counts statements ingested while the page is open, live, and shows them on request", async () => {
    const { page, errors } = await open("/");
    const before = await totalOnPage(page);
    await page.getByTestId("live").getByRole("button", { name: /Live off/ }).click();
    await expect(page.getByTestId("live").getByRole("button", { name: /Live on/ }).getAttribute("aria-pressed")).resolves.toBe("true");
    await page.waitForTimeout(1_000); // let the event stream connect before the article arrives
    const ingested = await graphql<{ ingestArticle: { created: boolean; statements: { id: string; text: string }[] } }>(
      stack.apiUrl,
      `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created statements { id text } } }`,
      { input: { ...liveArticle, publishedAt: "2021-07-30T09:00:00Z" } },
      stack.apiToken,
    );
    expect(ingested.ingestArticle.created).toBe(true);
    const added = ingested.ingestArticle.statements;
    expect(added.length).toBeGreaterThan(0);
    const news = page.locator(".live-news");
    await expect.poll(() => news.textContent(), { timeout: 15_000 }).toMatch(new RegExp(`^${added.length} new statements? in this view`));
    await news.getByRole("button", { name: "Show" }).click();
    await expect.poll(() => totalOnPage(page), { timeout: 15_000 }).toBe(before + added.length);
    await expect.poll(() => listedIds(page)).toEqual(expect.arrayContaining(added.map((statement) => statement.id)));
    expect(errors).toEqual([]);
  });

  it("saves a view with the token, lists it with its unread count and opens it again with the filter in the URL", async () => {
    const { page, errors } = await open(`/?region=${encodeURIComponent(REGION)}`);
    await page.getByTestId("save-view").getByRole("button", { name: "Save this view" }).click();
    const form = page.getByRole("form", { name: "Save this view" });
    await form.getByLabel("Name").fill("Central Asia watch");
    await form.getByLabel("API token").fill(stack.apiToken);
    await form.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.getByTestId("save-view").getByRole("status").textContent()).toContain("Saved “Central Asia watch”");
    expect(await page.evaluate(() => sessionStorage.getItem("dictum.apiToken"))).toBe(stack.apiToken);
    expect(await page.evaluate(() => localStorage.getItem("dictum.apiToken"))).toBeNull();

    const count = async () => (await graphql<{ statements: { totalCount: number } }>(stack.apiUrl, `query($f: StatementFilter) { statements(filter: $f, first: 0) { totalCount } }`, { f: { regions: [REGION] } })).statements.totalCount;
    const before = await count();
    await page.goto(`${stack.webUrl}/saved`, { waitUntil: "networkidle" });
    const item = page.getByTestId("saved-search").filter({ hasText: "Central Asia watch" });
    await expect.poll(() => item.getByTestId("unread").textContent()).toBe("nothing new");
    await graphql(stack.apiUrl, `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created } }`, {
      input: { ...liveArticle, url: "https://example.test/saved-search-bridge", text: liveArticle.text.replace("rail bridge", "road bridge").replace("freight trains", "lorries"), publishedAt: "2021-07-31T09:00:00Z" },
    }, stack.apiToken);
    const added = (await count()) - before;
    expect(added).toBeGreaterThan(0);
    await page.reload({ waitUntil: "networkidle" });
    await expect.poll(() => item.getByTestId("unread").textContent()).toBe(`${added} new`);

    await item.getByRole("link", { name: "Central Asia watch" }).click();
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("region") === REGION);
    await expect.poll(() => totalOnPage(page), { timeout: 15_000 }).toBe(before + added);
    await page.goto(`${stack.webUrl}/saved`, { waitUntil: "networkidle" });
    await expect.poll(() => page.getByTestId("saved-search").filter({ hasText: "Central Asia watch" }).getByTestId("unread").textContent()).toBe("nothing new");
    expect(errors).toEqual([]);
  });

  // Last: it stops the API.
  it("tells the reader what to do when the API is down", async () => {
    await stack.stopApi();
    const { page } = await open("/?q=anything");
    const alert = page.locator("section[role=alert]");
    await expect(alert.innerText()).resolves.toMatch(/could not be loaded/);
    await expect(alert.innerText()).resolves.toMatch(/npm start/);
    await expect(alert.getByRole("button", { name: "Try again" }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: join(screenshots, "api-down.png") });
  });
});
