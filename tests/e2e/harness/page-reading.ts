// What the dashboard shows, read from the page the way a test compares it with the API.
import type { Page } from "playwright-core";

/** The statement count in the toolbar ("1,234 statements"). */
export async function totalOnPage(page: Page): Promise<number> {
  return Number((await page.getByTestId("total").innerText()).replace(/\D/g, ""));
}

/** Ids of the statement cards currently rendered (the list is virtualised: only those near the viewport). */
export function listedIds(page: Page): Promise<(string | undefined)[]> {
  return page.$$eval("[data-testid=statement]", (cards) => cards.map((card) => (card as HTMLElement).dataset.statementId));
}

/** Country code → statement count, for every shaded country on the map. */
export function mapCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval("[data-testid=world-map] path.country", (paths) =>
    Object.fromEntries(
      paths
        .map((path) => [(path as SVGPathElement).dataset.code, Number((path as SVGPathElement).dataset.count)] as const)
        .filter(([code, count]) => code && count > 0),
    ),
  );
}

/** Scrolls the virtualised list to the end (or until `wanted` ids are seen), collecting every statement shown. */
export async function scrollThroughList(page: Page, wanted: Set<string>): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let step = 0; step < 40; step += 1) {
    for (const id of await listedIds(page)) if (id) seen.add(id);
    if ([...wanted].every((id) => seen.has(id))) break;
    const atEnd = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight * 0.8);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.waitForTimeout(150);
    if (atEnd) break;
  }
  return seen;
}
