// Addresses that name nothing: the dashboard answers HTTP 404 and says so, instead of a 500 blaming the API.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserUnavailable, launchChromium } from "./harness/browser.ts";
import { startStack, type Stack } from "./harness/stack.ts";

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

describe.skipIf(unavailable !== null)("unknown ids in Chromium", () => {
  let stack: Stack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await startStack(async () => {}); // an empty database: every id names nothing
    browser = await launchChromium();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  const cases = [
    { path: `/statements/${Buffer.from("Statement:999999").toString("base64")}`, heading: "No such statement" },
    { path: "/statements/not-an-id", heading: "No such statement" },
    { path: "/speakers/424242", heading: "No such speaker" },
    { path: "/places/ZZ", heading: "No such place" },
    { path: "/topics/no-such-topic", heading: "No such topic" },
  ];

  for (const { path, heading } of cases) {
    it(`answers 404 "${heading}" for ${path}`, async () => {
      const page = await browser.newPage();
      const response = await page.goto(`${stack.webUrl}${path}`);
      expect(response?.status()).toBe(404);
      // The 404 status is decided before the body finishes streaming, so wait for the heading rather than glance once.
      await page.getByRole("heading", { name: heading }).waitFor({ state: "visible", timeout: 15_000 });
      expect(await page.content()).not.toMatch(/did not answer/);
      await page.close();
    });
  }
});
