/**
 * Prints the places the extractor gives statements of unannotated articles (every gold article left out): for reading
 * place errors on text no gold set holds. Each statement with its mentions (surface → country, or region), and at the
 * end the surface forms by how often they were tagged, with the code they got.
 *   node --import tsx scripts/sample-places.ts [--source bbc|isot|wikinews|reuters21578] [--n 50] [--seed 1]
 *     [--forms-only] [--form Barcelona]   (--form: only statements with that surface form, with their sentence)
 */
import { extractArticle } from "../src/index.ts";
import { placeMentions } from "../src/places/index.ts";
import { flag, hasFlag, sampleArticles } from "./corpus/sample.ts";

const only = new Set(flag("--form", "").split(",").filter(Boolean));
const formsOnly = hasFlag("--forms-only");
const forms = new Map<string, number>();
for await (const article of sampleArticles(50)) {
  const { statements, dateline } = extractArticle(article);
  let header = false;
  for (const s of statements) {
    const mentions = placeMentions(s.text, { context: article.text });
    const tags = mentions.map((m) => `${m.text}→${m.place?.countryCode ?? `{${m.region?.name}}`}`);
    for (const t of tags) forms.set(t, (forms.get(t) ?? 0) + 1);
    if (formsOnly || !mentions.length || (only.size && !mentions.some((m) => only.has(m.text)))) continue;
    if (!header) { console.log(`\n##### ${article.id} dateline ${dateline ? `${dateline.name}/${dateline.countryCode}` : "none"}`); header = true; }
    const text = only.size ? `${article.text.slice(Math.max(0, s.start - 120), s.start)}⟦${s.text}⟧` : s.text;
    console.log(`- [${s.speaker?.name}] ${tags.join(", ")}\n    ${text.replace(/\s+/g, " ").slice(0, 400)}`);
  }
}
console.log("\n##### forms");
for (const [form, count] of [...forms].sort((a, b) => b[1] - a[1])) console.log(`${count}\t${form}`);
