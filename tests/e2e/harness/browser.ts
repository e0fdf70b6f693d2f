// Debian's Chromium driven by playwright-core. A missing browser fails in CI (CI=true) and is reported, not hidden.
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const isCi = process.env.CI === "true" || process.env.CI === "1";

/** Why the browser tests cannot run here, or null when they can. In CI this is an error, never a skip. */
export function browserUnavailable(): string | null {
  if (existsSync(chromiumPath)) return null;
  const message = `Chromium not found at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`;
  if (isCi) throw new Error(message);
  return message;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** A new desktop-sized page at `url`, loaded until the network is idle, with its errors being collected. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  const errors = watchErrors(page);
  await page.goto(url, { waitUntil: "networkidle" });
  return { page, errors };
}
