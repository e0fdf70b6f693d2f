// npm run bench:web — the timeline page with 100,000 statements, in Chromium, on the real stack (ingestion, API,
// built dashboard). It reports separately:
//   - first visit on cold servers: a fresh browser profile making the first request right after both servers
//     answer (new API and Next processes for every sample), once with the dashboard's own start-up warm-up turned
//     off (DICTUM_WEB_WARM_UP=0: nothing compiled, loaded or cached yet) and once as it ships (apps/web
//     lib/warm-up.ts, which runs in the background and never asks for the counts), and 2 s after they answer;
//   - first visit after `npm start`'s readiness request: new servers, one request for `/` read to its end, then a
//     fresh browser profile;
//   - first visit on warm servers (fresh profile) and repeat visit (the same profile loading the page again);
//   - largest contentful paint, cumulative layout shift, when the counts (total, histogram, map) arrive, and frames
//     during a scripted scroll through the virtualised list (which pages in more statements as it goes).
import { cpus, loadavg } from "node:os";
import type { BrowserContext } from "playwright-core";
import { fillBenchDatabase } from "./harness/bench-data.ts";
import { browserUnavailable, launchChromium } from "./harness/browser.ts";
import { measureLoad, measureScroll, observePaints, type Load } from "./harness/page-timing.ts";
import { startStack } from "./harness/stack.ts";

const TARGET = Number(process.env.BENCH_STATEMENTS ?? 100_000);
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 3);
const WARM_RUNS = 5;
const LCP_TARGET_MS = 1_500;

const unavailable = browserUnavailable();
if (unavailable) {
  console.error(`bench:web: ${unavailable}`);
  process.exit(2);
}

const log = (message: string) => console.log(`bench:web ${message}`);

const started = performance.now();
const stack = await startStack(async (databaseUrl) => log(`data: ${await fillBenchDatabase(databaseUrl, TARGET)}`));
log(`stack ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const browser = await launchChromium();

async function freshContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await observePaints(context);
  return context;
}

async function firstVisit(): Promise<Load> {
  const context = await freshContext();
  try {
    const page = await context.newPage();
    return await measureLoad(page, `${stack.webUrl}/`);
  } finally {
    await context.close();
  }
}

/** What `npm start` does before it announces the dashboard: one request for `/`, read to the end. */
async function warmUp(): Promise<number> {
  const begin = performance.now();
  await (await fetch(`${stack.webUrl}/`)).text();
  return performance.now() - begin;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0)} ms`;

function summary(name: string, loads: Load[]): { name: string; median: number } {
  const lcps = loads.map((load) => load.lcp);
  log(
    `${name} (${loads.length}): LCP median ${ms(median(lcps))} [${lcps.map((lcp) => lcp.toFixed(0)).join(", ")}], ` +
      `TTFB median ${ms(median(loads.map((load) => load.ttfb)))}, counts shown at ${ms(median(loads.map((load) => load.countsAt)))}, ` +
      `CLS max ${Math.max(...loads.map((load) => load.cls)).toFixed(3)}, LCP element ${loads[0]!.element}`,
  );
  return { name, median: median(lcps) };
}

try {
  const unwarmed: Load[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    await stack.restartServers({ DICTUM_WEB_WARM_UP: "0" });
    unwarmed.push(await firstVisit());
  }
  const cold: Load[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    await stack.restartServers();
    cold.push(await firstVisit());
  }
  // A person rarely opens the page within milliseconds of the start; two seconds later the background warm-up
  // (not the counts) is done.
  const coldAfterPause: Load[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    await stack.restartServers();
    await new Promise((wait) => setTimeout(wait, 2_000));
    coldAfterPause.push(await firstVisit());
  }
  const warmedStart: Load[] = [];
  const warmUps: number[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    await stack.restartServers();
    warmUps.push(await warmUp());
    warmedStart.push(await firstVisit());
  }
  const warmFirst: Load[] = [];
  const repeat: Load[] = [];
  for (let run = 0; run < WARM_RUNS; run += 1) {
    const context = await freshContext();
    const page = await context.newPage();
    warmFirst.push(await measureLoad(page, `${stack.webUrl}/`));
    repeat.push(await measureLoad(page, `${stack.webUrl}/`));
    if (run === WARM_RUNS - 1) {
      const scroll = await measureScroll(page, 6);
      log(
        `scroll: ${scroll.frames} frames in ${scroll.seconds.toFixed(1)} s = ${scroll.fps.toFixed(0)} fps, p95 frame ${scroll.p95FrameMs.toFixed(1)} ms, ` +
          `${scroll.longFrames} frames over 50 ms; ${scroll.rowsLoaded} cards in the DOM (virtualised); list: ${scroll.listEnd}`,
      );
    }
    await context.close();
  }
  const results = [
    summary("first visit, cold servers without the dashboard's warm-up", unwarmed),
    summary("first visit, cold servers (dashboard warms itself in the background)", cold),
    summary("first visit 2 s after cold servers answer", coldAfterPause),
    summary(`first visit after npm start's readiness request (warm-up request ${warmUps.map((t) => t.toFixed(0)).join(", ")} ms)`, warmedStart),
    summary("first visit, warm servers, fresh profile", warmFirst),
    summary("repeat visit, same profile", repeat),
  ];
  for (const result of results) {
    log(`target LCP < ${LCP_TARGET_MS} ms, ${result.name.split(" (")[0]}: ${result.median < LCP_TARGET_MS ? "met" : "NOT met"} (median ${ms(result.median)})`);
  }
  log(`machine: ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(1)).join(" / ")} (other work on the machine slows every figure)`);
} finally {
  await browser.close();
  await stack.stop();
}
