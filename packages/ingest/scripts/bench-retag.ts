// npm run bench:retag — `dictum reextract --topics` on the whole Reuters-21578 corpus (19,000 articles) stored in
// SQLite: an edited taxonomy (the shipped one and one new topic) imported, then every statement re-tagged from it.
// Prints articles/s and statements/s. The corpus is ingested once per extractor version and kept in the temp
// folder (BENCH_FRESH=1 ingests again); each run works on a copy. BENCH_ARTICLES=N takes the first N articles.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { createPrismaClient, importTaxonomy, readTaxonomy } from "@dictum/db";
import { retagStored } from "../src/index.ts";
import { ingestedCorpus } from "./bench-corpus.ts";

const ingested = await ingestedCorpus("bench-retag");
const dir = mkdtempSync(join(tmpdir(), "dictum-bench-retag-"));
const file = join(dir, "bench.db");
copyFileSync(ingested, file);
const db = createPrismaClient(`file:${file}`);
try {
  const shipped = (await readTaxonomy(db))!;
  const grain = { slug: "grain-harvest", name: "Grain and harvests", keywords: { "wheat": 1, "grain*": 0.8, "harvest*": 0.7, "corn": 0.8 } };
  await importTaxonomy(db, { ...shipped, topics: [...shipped.topics, grain] });
  const quiet = new Writable({ write: (_chunk, _encoding, done) => done() });
  const summary = await retagStored({ db, progress: "none", out: quiet });
  console.log(`bench:retag: re-tagged ${summary.articles} articles (${summary.statements} statements, ${summary.retagged} changed topics, links +${summary.linksAdded} -${summary.linksRemoved}) ` +
    `in ${summary.seconds.toFixed(1)} s: ${Math.round(summary.articlesPerSecond)} articles/s, ${Math.round(summary.statements / summary.seconds)} statements/s`);
} finally {
  await db.$disconnect();
  rmSync(dir, { recursive: true, force: true });
}
