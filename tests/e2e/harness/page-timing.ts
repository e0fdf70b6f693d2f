// What the web benchmark reads from Chromium: largest contentful paint, layout shifts and when the home page's parts
// appear (recorded from the first byte of each document by an init script), and frame gaps while scrolling.
import type { BrowserContext, Page } from "playwright-core";

export interface Load {
  lcp: number;
  /** The LCP element as tag.class. */
  element: string;
  ttfb: number;
  /** Cumulative layout shift up to a moment after every part of the page is shown. */
  cls: number;
  /** When the first statement card was visible. */
  listAt: number;
  /** When the total, histogram and map were all visible (the counts stream in after the list). */
  countsAt: number;
}

const watched = { list: "[data-testid=statement]", total: "[data-testid=total]", histogram: "[data-testid=histogram]", map: "[data-testid=world-map]" };

// A string, not a function: tsx compiles with esbuild's keepNames, which wraps functions in __name() that the page
// does not have.
const recorder = `
window.__name = (fn) => fn;
const paint = { lcp: 0, element: "?", cls: 0, seen: {} };
window.__paint = paint;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    paint.lcp = entry.startTime;
    paint.element = entry.element ? entry.element.tagName.toLowerCase() + [...entry.element.classList].map((c) => "." + c).join("") : "?";
  }
}).observe({ type: "largest-contentful-paint", buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) paint.cls += entry.value;
}).observe({ type: "layout-shift", buffered: true });
const watched = ${JSON.stringify(watched)};
new MutationObserver(() => {
  for (const [name, selector] of Object.entries(watched)) {
    if (paint.seen[name] !== undefined) continue;
    const element = document.querySelector(selector);
    if (element && element.checkVisibility()) paint.seen[name] = performance.now();
  }
}).observe(document, { childList: true, subtree: true });
`;

export async function observePaints(context: BrowserContext): Promise<void> {
  await context.addInitScript(recorder);
}

export async function measureLoad(page: Page, url: string): Promise<Load> {
  await page.goto(url, { waitUntil: "load" });
  for (const selector of Object.values(watched)) await page.locator(selector).first().waitFor({ timeout: 60_000 });
  // Hydration and the virtualiser's first measurement come after the last byte; shifts they cause count too.
  await page.waitForTimeout(700);
  return page.evaluate(() => {
    const paint = (window as unknown as { __paint: { lcp: number; element: string; cls: number; seen: Record<string, number> } }).__paint;
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const seen = paint.seen;
    return {
      lcp: paint.lcp,
      element: paint.element,
      ttfb: nav.responseStart,
      cls: paint.cls,
      listAt: seen.list ?? NaN,
      countsAt: Math.max(seen.total ?? NaN, seen.histogram ?? NaN, seen.map ?? NaN),
    };
  });
}

export interface Scroll { frames: number; seconds: number; fps: number; p95FrameMs: number; longFrames: number; rowsLoaded: number; listEnd: string }

export async function measureScroll(page: Page, seconds: number): Promise<Scroll> {
  return page.evaluate(
    (duration) =>
      new Promise<Scroll>((resolve) => {
        const gaps: number[] = [];
        let last = performance.now();
        const begin = last;
        const step = (now: number) => {
          gaps.push(now - last);
          last = now;
          window.scrollBy(0, 60);
          if (now - begin < duration * 1000) requestAnimationFrame(step);
          else {
            const sorted = [...gaps].sort((a, b) => a - b);
            const elapsed = (now - begin) / 1000;
            resolve({
              frames: gaps.length,
              seconds: elapsed,
              fps: gaps.length / elapsed,
              p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
              longFrames: gaps.filter((gap) => gap > 50).length,
              rowsLoaded: document.querySelectorAll("[data-testid=statement]").length,
              listEnd: document.querySelector("[data-testid=statement-list] .list-end")?.textContent?.trim() ?? "",
            });
          }
        };
        requestAnimationFrame(step);
      }),
    seconds,
  );
}
