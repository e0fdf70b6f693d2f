// `retagStored`: the selected stored articles' statements tagged again from the database's taxonomy, in batches,
// with the progress bar and a summary. By default the articles tagged with another taxonomy version (or none
// recorded); `all` for every one. Used by `dictum reextract --topics`.
import { readTaxonomy, type Db, type Prisma } from "@dictum/db";
import { DEFAULT_BATCH_SIZE } from "../ingest-articles.ts";
import { formatSeconds, Progress, type ProgressFormat } from "../progress.ts";
import type { ReextractOptions } from "../reextract/run.ts";
import { selectionWhere, type Selection } from "../reextract/stored.ts";
import { Retagger, type RetagCounts } from "./retagger.ts";

/** The selection and run settings of `dictum reextract`, less its extractor. */
export type RetagOptions = Selection & Pick<ReextractOptions, "db" | "databaseUrl" | "batchSize" | "progress" | "out" | "summary" | "signal">;

export interface RetagSummary extends RetagCounts {
  /** The taxonomy version recorded on the articles re-tagged. */
  version: string;
  seconds: number;
  articlesPerSecond: number;
  interrupted: boolean;
}

/** The database has no taxonomy to tag with. */
export class NoTaxonomyError extends Error {
  override name = "NoTaxonomyError";
}

const PROGRESS: ProgressFormat<RetagCounts> = {
  label: "reextract --topics",
  done: (t) => t.articles,
  bar: (t) => `statements ${t.statements} retagged ${t.retagged}`,
  line: (t) => `statements ${t.statements}, retagged ${t.retagged}; topic links +${t.linksAdded} -${t.linksRemoved}`,
};

export function formatRetagSummary(summary: RetagSummary): string {
  if (summary.articles === 0 && !summary.interrupted) return `reextract --topics: nothing to do, every selected article is tagged with taxonomy ${summary.version}`;
  return `re-tagged ${summary.articles} articles in ${formatSeconds(summary.seconds)} (${Math.round(summary.articlesPerSecond)} articles/s) with taxonomy ${summary.version}: ` +
    `${summary.retagged} of ${summary.statements} statements changed topics (links ${summary.linksAdded} added, ${summary.linksRemoved} removed)`;
}

/** The selected articles: narrowed as `dictum reextract` narrows, and (unless `all`) tagged with another version. */
async function retagWhere(db: Db, options: RetagOptions, version: string): Promise<Prisma.ArticleWhereInput> {
  const narrowed = await selectionWhere(db, { ...options, all: true }, version);
  if (options.all) return narrowed;
  return { AND: [narrowed, { OR: [{ taxonomyVersion: null }, { taxonomyVersion: { not: version } }] }] };
}

export async function retagStored(options: RetagOptions = {}): Promise<RetagSummary> {
  const started = performance.now();
  const out = options.out ?? process.stderr;
  const ownDb = !options.db;
  const db = options.db ?? (await import("@dictum/db")).createPrismaClient(options.databaseUrl);
  const totals: RetagCounts = { articles: 0, statements: 0, retagged: 0, linksAdded: 0, linksRemoved: 0 };
  let progress: Progress<RetagCounts> | undefined;
  let version = "";
  try {
    const taxonomy = await readTaxonomy(db);
    if (!taxonomy) throw new NoTaxonomyError("the database has no topic taxonomy: migrate it with its reference data (npm run db:migrate), or import one (dictum topics import FILE)");
    version = taxonomy.version;
    const where = await retagWhere(db, options, version);
    const expected = await db.article.count({ where });
    progress = new Progress(options.progress ?? "auto", expected, out, 2_000, PROGRESS);
    const retagger = await Retagger.open(db, taxonomy);
    const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
    // Pages go by id, so an article a batch re-tagged is never read twice, whatever the selection.
    let afterId = 0;
    while (!options.signal?.aborted) {
      const page = await db.article.findMany({ where: { AND: [where, { id: { gt: afterId } }] }, orderBy: { id: "asc" }, take: batchSize, select: { id: true } });
      if (page.length === 0) break;
      afterId = page.at(-1)!.id;
      const counts = await retagger.retag(page.map((row) => row.id));
      for (const key of Object.keys(totals) as Array<keyof RetagCounts>) totals[key] += counts[key];
      progress.update(totals);
    }
    if (totals.linksAdded + totals.linksRemoved > 0) await (await import("@dictum/db")).refreshStatistics(db);
  } finally {
    progress?.update(totals);
    progress?.stop();
    if (ownDb) await db.$disconnect();
  }
  const seconds = (performance.now() - started) / 1000;
  const interrupted = options.signal?.aborted ?? false;
  const summary: RetagSummary = { ...totals, version, seconds, articlesPerSecond: seconds > 0 ? totals.articles / seconds : 0, interrupted };
  if (options.summary !== false) out.write(`${interrupted ? "interrupted: " : ""}${formatRetagSummary(summary)}\n`);
  return summary;
}
