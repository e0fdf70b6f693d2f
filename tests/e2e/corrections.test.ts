// The statement page's edit mode in Chromium, against the real API and dashboard: with the write token (kept in
// sessionStorage only) an analyst fixes the speaker, the kind and the countries, then rejects the statement; each
// change shows at once and after a reload, and the API's lists and counts follow. A wrong token changes nothing.
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./harness/api-client.ts";
import { browserUnavailable, launchChromium, watchErrors } from "./harness/browser.ts";
import { ingest, repoRoot, startStack, type Stack } from "./harness/stack.ts";

const unavailable = browserUnavailable();
if (unavailable) console.warn(`browser tests skipped: ${unavailable}`);

interface Detail { id: string; kind: "DIRECT" | "INDIRECT"; rejected: boolean; speaker: { name: string; kind: string } | null; places: { code: string; kind: string }[] }
const DETAIL = `query($id: ID!) { statement(id: $id) { id kind rejected speaker { name kind } places { code kind } } }`;
const TOTAL = `{ statements(first: 0) { totalCount } }`;

describe.skipIf(unavailable !== null)("correcting a statement in Chromium", () => {
  let stack: Stack;
  let browser: Browser;
  let statement: Detail;

  beforeAll(async () => {
    stack = await startStack(async (url) => void (await ingest(url, [join(repoRoot, "seeds")])));
    browser = await launchChromium();
    const list = await graphql<{ statements: { edges: { node: Detail }[] } }>(stack.apiUrl, `{ statements(first: 50) { edges { node { id kind rejected speaker { name kind } places { code kind } } } } }`);
    statement = list.statements.edges.map((e) => e.node).find((s) => s.speaker && s.places.some((p) => p.kind === "COUNTRY"))!;
    expect(statement).toBeDefined();
  }, 900_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  const detail = async () => (await graphql<{ statement: Detail }>(stack.apiUrl, DETAIL, { id: statement.id })).statement;
  const total = async () => (await graphql<{ statements: { totalCount: number } }>(stack.apiUrl, TOTAL)).statements.totalCount;

  async function correct(page: Page, token: string, fill: (form: ReturnType<Page["getByRole"]>) => Promise<void>) {
    const editor = page.getByTestId("statement-editor");
    await editor.getByRole("button", { name: "Edit" }).click();
    const form = editor.getByRole("form", { name: "Correct this statement" });
    await fill(form);
    await form.getByLabel("API token").fill(token);
    await form.getByRole("button", { name: "Save correction" }).click();
  }

  it("fixes the speaker, kind and countries: shown at once and after a reload, the token kept for the session only", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchErrors(page);
    const path = `${stack.webUrl}/statements/${encodeURIComponent(statement.id)}`;
    await page.goto(path, { waitUntil: "networkidle" });
    await expect(page.getByTestId("current-speaker").textContent()).resolves.toContain(statement.speaker!.name);
    const kind = statement.kind === "DIRECT" ? "INDIRECT" : "DIRECT";
    const label = kind === "DIRECT" ? "Direct quotation" : "Indirect (reported) speech";

    // A wrong token: refused, nothing changes.
    await correct(page, "not-the-token", async (form) => { await form.getByLabel("Speaker", { exact: true }).fill("Nobody Atall"); });
    await expect.poll(() => page.getByTestId("statement-editor").getByRole("alert").textContent()).toMatch(/token/i);
    expect((await detail()).speaker!.name).toBe(statement.speaker!.name);
    await page.getByTestId("statement-editor").getByRole("button", { name: "Cancel" }).click();

    await correct(page, stack.apiToken, async (form) => {
      await form.getByLabel("Speaker", { exact: true }).fill("Ivana Testova");
      await form.getByLabel("Kind", { exact: true }).selectOption(kind);
      await form.getByLabel("Countries").fill("lv, EE");
      await form.getByLabel("Note").fill("checked against the wire");
    });
    await expect.poll(() => page.getByTestId("statement-editor").getByRole("status").textContent()).toBe("Correction saved.");
    // At once: the editor shows the API's answer, and the page around it is refreshed from the server.
    await expect(page.getByTestId("current-speaker").textContent()).resolves.toBe("Ivana Testova (person)");
    await expect(page.getByTestId("current-countries").textContent()).resolves.toBe("EE, LV");
    await expect.poll(() => page.getByTestId("statement-speaker").textContent()).toBe("Ivana Testova");
    await expect.poll(() => page.getByTestId("statement-kind").textContent()).toBe(label);
    const stored = await detail();
    expect(stored).toMatchObject({ kind, speaker: { name: "Ivana Testova", kind: "PERSON" } });
    expect(stored.places.filter((p) => p.kind === "COUNTRY").map((p) => p.code).sort()).toEqual(["EE", "LV"]);

    // On reload: the same, with the correction in the history.
    await page.reload({ waitUntil: "networkidle" });
    await expect(page.getByTestId("statement-speaker").textContent()).resolves.toBe("Ivana Testova");
    await expect(page.getByTestId("statement-kind").textContent()).resolves.toBe(label);
    await expect(page.getByTestId("statement-places").textContent()).resolves.toMatch(/Latvia/);
    const history = await page.getByTestId("correction-history").textContent();
    expect(history).toContain("speaker:");
    expect(history).toContain("Ivana Testova (PERSON)");
    expect(history).toContain("checked against the wire");

    // The token stays for this tab's session, nowhere else.
    expect(await page.evaluate(() => [sessionStorage.getItem("dictum.apiToken"), Object.keys(localStorage).filter((k) => /token/i.test(k)), document.cookie])).toEqual([stack.apiToken, [], ""]);
    const other = await browser.newContext();
    const fresh = await other.newPage();
    await fresh.goto(path, { waitUntil: "networkidle" });
    expect(await fresh.evaluate(() => sessionStorage.getItem("dictum.apiToken"))).toBeNull();
    await other.close();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("rejects the statement: the page says so at once and on reload, and the lists leave it out", async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(`${stack.webUrl}/statements/${encodeURIComponent(statement.id)}`, { waitUntil: "networkidle" });
    const before = await total();
    await correct(page, stack.apiToken, async (form) => { await form.getByLabel("Not a statement (reject)").check(); });
    await expect.poll(() => page.getByTestId("current-rejected").textContent()).toBe("Rejected: not a statement");
    await expect.poll(() => page.getByTestId("rejected-notice").count()).toBe(1);
    expect((await detail()).rejected).toBe(true);
    expect(await total()).toBe(before - 1);
    await page.reload({ waitUntil: "networkidle" });
    await expect(page.getByTestId("rejected-notice").isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
