// A speaker's positions over time in real Chromium: the speaker page's swimlanes (all statements and one lane per
// main topic) show the API's positions month by month, stance by stance, and list the change of line the fixture
// holds (SUPPORTS → CRITICISES toward Kazakhstan, March 2020); the topic page shows its main speakers' lanes.
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

interface Point { start: string; count: number; stances: { stance: string; count: number }[] }
const POINTS = `start count stances { stance count }`;
/** A lane's points as the page's data attributes spell them. */
const asAttributes = (points: Point[]) => points.map((p) => [p.start, p.count, p.stances.map((s) => `${s.stance}:${s.count}`).join(",")]);

describe.skipIf(unavailable !== null)("positions over time in Chromium", () => {
  let stack: Stack;
  let browser: Browser;
  let lavrov: string;

  beforeAll(async () => {
    stack = await startStack((url) => fillStanceDatabase(url, join(url.replace(/^file:/, ""), "..")));
    browser = await launchChromium();
    const { speakers } = await graphql<{ speakers: { edges: { node: { id: string; name: string } }[] } }>(stack.apiUrl, `{ speakers(search: "Lavrov", first: 5) { edges { node { id name } } } }`);
    lavrov = speakers.edges.find((edge) => edge.node.name === "Sergey Lavrov")!.node.id;
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  const open = (path: string) => openPage(browser, `${stack.webUrl}${path}`);
  const lanePoints = (page: Page, lane: string) =>
    page.locator(`[data-testid=lane][data-lane="${lane}"] [data-testid=lane-point]`).evaluateAll((groups) => groups.map((g) => { const d = (g as SVGGElement).dataset; return [d.start, Number(d.count), d.stances]; }));

  it("the speaker page puts the speaker's statements by topic on one timeline, coloured by stance, and names the change of line", async () => {
    const { speaker } = await graphql<{ speaker: { positions: Point[]; positionsByTopic: { topic: { slug: string }; count: number; points: Point[] }[] } }>(
      stack.apiUrl, `query($id: ID!) { speaker(id: $id) { positions { ${POINTS} } positionsByTopic { topic { slug } count points { ${POINTS} } } } }`, { id: lavrov });
    expect(speaker.positions.map((p) => p.start)).toEqual(expect.arrayContaining(["2020-01-01", "2020-03-01"]));
    const { page, errors } = await open(`/speakers/${encodeURIComponent(lavrov)}`);
    const lanes = await page.getByTestId("lane").evaluateAll((all) => all.map((lane) => (lane as HTMLElement).dataset.lane));
    expect(lanes).toEqual(["all", ...speaker.positionsByTopic.map((lane) => lane.topic.slug)]);
    expect(await lanePoints(page, "all")).toEqual(asAttributes(speaker.positions));
    for (const lane of speaker.positionsByTopic) expect(await lanePoints(page, lane.topic.slug)).toEqual(asAttributes(lane.points));
    // January's columns are green (SUPPORTS), March's red (CRITICISES).
    const colour = (start: string) => page.locator(`[data-testid=lane][data-lane=all] [data-testid=lane-point][data-start="${start}"] rect`).first().evaluate((rect) => getComputedStyle(rect).fill);
    expect(await colour("2020-01-01")).not.toBe(await colour("2020-03-01"));

    const shift = page.locator("[data-testid=stance-shift][data-target=KZ]");
    await expect(shift.innerText()).resolves.toContain("Kazakhstan: stance changed: SUPPORTS → CRITICISES, March 2020");
    await expect(shift.getAttribute("data-start")).resolves.toBe("2020-03-01");
    expect(await page.getByTestId("shift-band").count()).toBeGreaterThan(0);
    // Its link lists the new period's statements toward Kazakhstan.
    await shift.getByRole("link", { name: "statements" }).click();
    await page.waitForURL((url) => url.pathname === "/" && url.searchParams.get("targetCountry") === "KZ");
    const expected = await allStatements(stack.apiUrl, { speakers: [lavrov], targetCountries: ["KZ"], from: "2020-03-01", to: "2020-03-31" });
    expect(expected.totalCount).toBeGreaterThanOrEqual(3);
    await expect.poll(() => totalOnPage(page), { timeout: 20_000 }).toBe(expected.totalCount);
    expect(errors).toEqual([]);
  });

  it("the topic page shows its main speakers' lanes as the API's topicPositions", async () => {
    const { speaker } = await graphql<{ speaker: { positionsByTopic: { topic: { slug: string } }[] } }>(stack.apiUrl, `query($id: ID!) { speaker(id: $id) { positionsByTopic { topic { slug } } } }`, { id: lavrov });
    const slug = speaker.positionsByTopic[0]!.topic.slug;
    const { topicPositions } = await graphql<{ topicPositions: { speaker: { id: string }; points: Point[] }[] }>(stack.apiUrl, `query($t: String!) { topicPositions(topic: $t) { speaker { id } points { ${POINTS} } } }`, { t: slug });
    expect(topicPositions.length).toBeGreaterThan(0);
    const { page, errors } = await open(`/topics/${encodeURIComponent(slug)}`);
    const lanes = await page.getByTestId("lane").evaluateAll((all) => all.map((lane) => (lane as HTMLElement).dataset.lane));
    expect(lanes).toEqual(topicPositions.map((lane) => lane.speaker.id));
    for (const lane of topicPositions) expect(await lanePoints(page, lane.speaker.id)).toEqual(asAttributes(lane.points));
    expect(errors).toEqual([]);
  });
});
