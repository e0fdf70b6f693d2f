// The articles the browser tests run on: the repository's seed article (TASS, Dushanbe, 2021-07-28: "Central
// Asia"), a slice of the shared Wikinews corpus (2019–2020, so the seed is the newest day), and one article whose
// quote contains markup, to prove it is shown as text, and one undated article, whose statements have no date.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingest, repoRoot, sharedDir } from "./stack.ts";

export const WIKINEWS_SLICE = 80;
export const SCRIPT_MARKER = "window.__dictumInjected";

export const scriptArticle = {
  id: "e2e:markup-in-quote",
  source: "Dictum E2E",
  url: "https://example.test/markup-in-quote",
  publishedAt: "2019-03-12",
  title: "Minister rejects scripted answers",
  text:
    'MOSCOW, March 12. /TASS/. Russian Foreign Minister Sergey Lavrov said on Tuesday that talks with Kazakhstan would continue.\n\n' +
    `"We will never accept <script>${SCRIPT_MARKER} = 1</script> as an answer from our partners in Kazakhstan," Lavrov told reporters.`,
};

/** A record with no date and no dateline, as every BBC record is: its statements' date is unknown. */
export const undatedArticle = {
  id: "e2e:undated",
  source: "Dictum E2E",
  url: "https://example.test/undated",
  publishedAt: null,
  title: "Union calls a strike",
  text:
    '"The strike will go ahead unless the offer improves," union leader Mary Jones said.\n\n' +
    '"We have made our final offer," a spokesman for the company said.',
};

export async function fillTestDatabase(databaseUrl: string, workDir: string): Promise<void> {
  const corpus = join(sharedDir, "corpus", "wikinews-2019-2020", "wikinews-2019-2020.jsonl");
  const lines = readFileSync(corpus, "utf8").split("\n").filter((line) => line.trim()).slice(0, WIKINEWS_SLICE);
  const slice = join(workDir, "wikinews-slice.jsonl");
  writeFileSync(slice, `${lines.join("\n")}\n${JSON.stringify(scriptArticle)}\n${JSON.stringify(undatedArticle)}\n`);
  const summary = await ingest(databaseUrl, [join(repoRoot, "seeds"), slice]);
  if (summary.statements === 0) throw new Error(`ingestion stored no statements (${JSON.stringify(summary)})`);
}
