// Articles with stances for the relations and positions tests, written for them (not taken from any gold set): a
// Russian minister backs Kazakhstan in January 2020 and turns on it in March (a change of line), and a US secretary
// of state warns and accuses Russia. Ingested through the real pipeline on top of the usual browser-test articles.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fillTestDatabase } from "./fixtures.ts";
import { ingest } from "./stack.ts";

const article = (id: string, publishedAt: string, title: string, paragraphs: string[]) => ({
  id: `e2e:${id}`, source: "Dictum E2E", url: `https://example.test/${id}`, publishedAt, title, text: paragraphs.join("\n\n"),
});

export const stanceArticles = [
  article("stance-backs", "2020-01-14", "Minister backs Kazakhstan's mediation", [
    "MOSCOW, January 14. /TASS/. Russian Foreign Minister Sergey Lavrov on Tuesday praised Kazakhstan for its balanced approach to regional security.",
    "Lavrov also thanked Kazakhstan for hosting the next round of talks on Afghanistan.",
    "\"We fully support the efforts of Kazakhstan to bring the parties together,\" Lavrov said.",
  ]),
  article("stance-turns", "2020-03-17", "Minister turns on Kazakhstan", [
    "MOSCOW, March 17. /TASS/. Russian Foreign Minister Sergey Lavrov on Tuesday accused Kazakhstan of breaking its promises on the pipeline.",
    "Lavrov criticised Kazakhstan for closing the border without warning.",
    "Lavrov also condemned Kazakhstan for expelling two Russian diplomats.",
  ]),
  article("stance-warns", "2020-03-20", "Washington warns Moscow", [
    "WASHINGTON, March 20 (Reuters) - U.S. Secretary of State Mike Pompeo on Friday warned Russia against sending troops to the border.",
    "Pompeo accused Russia of spreading false claims about the virus.",
    "Pompeo praised Kazakhstan for its cooperation.",
  ]),
];

export async function fillStanceDatabase(databaseUrl: string, workDir: string): Promise<void> {
  await fillTestDatabase(databaseUrl, workDir);
  const file = join(workDir, "stance-articles.jsonl");
  writeFileSync(file, `${stanceArticles.map((a) => JSON.stringify(a)).join("\n")}\n`);
  const summary = await ingest(databaseUrl, [file]);
  if (summary.statements === 0) throw new Error(`the stance articles gave no statements (${JSON.stringify(summary)})`);
}
