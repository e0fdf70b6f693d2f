/**
 * A fingerprint of everything the extractor returns over the unannotated corpora (every source under shared/corpus
 * but PolNeAR), for changes that must not change output (speed work): run it before and after and compare the
 * hashes. Each result is hashed as JSON, with what the observer hears (speaker path and evidence), per source and
 * over all; `--out FILE` writes one line per article (its id and the result's hash) for finding the first that
 * differs.
 *   node --import tsx packages/extract/scripts/output-hash.ts [--limit N] [--out /tmp/hashes.txt]
 */
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractArticle } from "../src/index.ts";
import type { ArticleInput } from "../src/types.ts";
import { corpusFiles, unannotated } from "./corpus/unannotated.ts";

const { values } = parseArgs({ options: { limit: { type: "string" }, out: { type: "string" } } });
const limit = values.limit ? Number(values.limit) : Infinity;
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const out = values.out ? createWriteStream(values.out) : null;
const noGold = { ids: new Set<string>(), texts: new Set<string>() };

const total = createHash("sha256");
let articles = 0, statements = 0;
for (const path of corpusFiles(shared).sort()) {
  const source = createHash("sha256");
  let n = 0;
  for await (const a of unannotated([path], noGold)) {
    if (n >= limit) break;
    const article: ArticleInput = { id: String(a.id), source: a.source ?? null, url: null, publishedAt: (a as { publishedAt?: string }).publishedAt ?? null, title: a.title ?? null, text: a.text };
    const traces: unknown[] = [];
    const result = extractArticle(article, undefined, (_s, trace) => traces.push(trace));
    const json = JSON.stringify([result, traces]);
    source.update(json);
    total.update(json);
    out?.write(`${article.id}\t${createHash("sha256").update(json).digest("hex").slice(0, 16)}\n`);
    statements += result.statements.length;
    n++;
  }
  articles += n;
  console.log(`${basename(path).padEnd(44)} ${String(n).padStart(6)} articles  ${source.digest("hex").slice(0, 16)}`);
}
out?.end();
console.log(`${"all".padEnd(44)} ${String(articles).padStart(6)} articles  ${total.digest("hex").slice(0, 16)}  (${statements} statements)`);
