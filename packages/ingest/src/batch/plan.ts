// Stage 1 of storing a batch, "plan": which of its records are new. A record that cannot be stored fails here (no
// text, binary content); one already stored, or a copy of an earlier one in the batch, is not extracted; the new
// ones are extracted. Reads only, so the next batch is planned while the previous one is written.
import type { Db } from "@dictum/db";
import type { ArticleExtraction, ArticleInput } from "@dictum/extract";
import type { Where } from "@dictum/sources";
import type { Dialect } from "../bulk-insert.ts";
import type { Extractor } from "../extractors.ts";
import type { ArticleOutcome } from "../outcome.ts";
import { articleKey, ArticleKeyMap, keyLists, type ArticleKey } from "./article-key.ts";

export interface BatchItem {
  article: ArticleInput;
  where?: Where;
}

/** A new article, extracted, at `index` of its batch. */
export interface Planned {
  index: number;
  article: ArticleInput;
  key: ArticleKey;
  extraction: ArticleExtraction;
}

/** A batch looked up and extracted, ready to be written. */
export interface PreparedBatch {
  items: readonly BatchItem[];
  outcomes: ArticleOutcome[];
  planned: Planned[];
  /** Items that copy an earlier new item of the batch (`of`): they end as that one ends. */
  duplicates: Array<{ index: number; of: number }>;
}

/** What the planning stage reads with. */
export interface PlanContext {
  db: Db;
  dialect: Dialect;
  extractor: Extractor;
  timeoutMs: number;
}

interface Candidate {
  index: number;
  key: ArticleKey;
}

const NUL_CHECKED_FIELDS = ["id", "source", "url", "title", "text"] as const;

/** A lone UTF-16 surrogate (a JSON "\ud800" escape) has no UTF-8 form: the drivers store replacement characters
 * instead (SQLite three of them), which moves every offset after it. Replace each with one U+FFFD up front, so
 * the text that is hashed and extracted is the text that is stored. */
export function wellFormed(article: ArticleInput): ArticleInput {
  if (typeof article?.text !== "string") return article;
  const fix = <T,>(value: T): T => (typeof value === "string" ? (value.replace(/\p{Cs}/gu, "\uFFFD") as T) : value);
  return { ...article, id: fix(article.id), source: fix(article.source), url: fix(article.url), title: fix(article.title), text: fix(article.text) };
}

/** Why an article cannot be stored at all, or null when it can. */
export function refusal(article: ArticleInput): string | null {
  if (typeof article?.text !== "string" || article.text.trim() === "") return "article has no text";
  // PostgreSQL text cannot hold NUL (the whole batch would fail with an encoding error); it means binary anyway
  const nulField = NUL_CHECKED_FIELDS.find((field) => typeof article[field] === "string" && article[field].includes("\u0000"));
  return nulField ? `binary content: the ${nulField} holds a NUL character` : null;
}

/** Sorts candidates, in order, into those already stored, copies of an earlier new one, and new ones. */
export function sortOut<C extends Candidate>(candidates: readonly C[], stored: ArticleKeyMap<number>) {
  const present: Array<{ index: number; articleId: number }> = [];
  const duplicates: Array<{ index: number; of: number }> = [];
  const fresh: C[] = [];
  const firstNew = new ArticleKeyMap<number>(); // index of the first new candidate carrying a hash or URL
  for (const c of candidates) {
    const storedId = stored.get(c.key);
    const earlier = storedId === undefined ? firstNew.get(c.key) : undefined;
    if (storedId !== undefined) present.push({ index: c.index, articleId: storedId });
    else if (earlier !== undefined) duplicates.push({ index: c.index, of: earlier });
    else {
      fresh.push(c);
      firstNew.set(c.key, c.index);
    }
  }
  return { present, duplicates, fresh };
}

/** Ids of stored articles with these keys. `committed`: only rows of committed transactions. A SQLite client has
 * one connection, so a plain read sees the rows of a transaction open on it; a read in a transaction of its own
 * waits for that one to end (the driver runs one at a time). */
export async function storedArticleIds(ctx: Omit<PlanContext, "extractor">, keys: readonly ArticleKey[], committed: boolean): Promise<ArticleKeyMap<number>> {
  const { hashes, urls } = keyLists(keys);
  const where = { OR: [{ contentHash: { in: hashes } }, { url: { in: urls } }] };
  const select = { id: true, contentHash: true, url: true } as const;
  const rows = committed && ctx.dialect === "sqlite"
    ? await ctx.db.$transaction((tx) => tx.article.findMany({ where, select }), { timeout: ctx.timeoutMs, maxWait: ctx.timeoutMs })
    : await ctx.db.article.findMany({ where, select });
  const ids = new ArticleKeyMap<number>();
  for (const row of rows) ids.set({ hash: row.contentHash, url: row.url }, row.id);
  return ids;
}

/** Extracts the new candidates; one the extractor fails on fails with its error. */
async function extractNew(ctx: PlanContext, items: readonly BatchItem[], fresh: readonly Candidate[], outcomes: ArticleOutcome[]): Promise<Planned[]> {
  if (fresh.length === 0) return [];
  const results = await ctx.extractor.extractMany(fresh.map((c) => items[c.index]!.article));
  return fresh.flatMap((c, i) => {
    const result = results[i]!;
    if (result.ok) return [{ index: c.index, article: items[c.index]!.article, key: c.key, extraction: result.extraction }];
    outcomes[c.index]!.error = `extraction failed: ${result.error}`;
    return [];
  });
}

/** Checks which articles are already stored and extracts the others. */
export async function planBatch(ctx: PlanContext, batch: readonly BatchItem[]): Promise<PreparedBatch> {
  const items = batch.map((item) => ({ ...item, article: wellFormed(item.article) }));
  const outcomes: ArticleOutcome[] = items.map((item) => ({ status: "failed", statements: 0, where: item.where }));
  const candidates: Candidate[] = [];
  items.forEach(({ article }, index) => {
    const error = refusal(article);
    if (error) outcomes[index]!.error = error;
    else candidates.push({ index, key: articleKey(article) });
  });
  // A hint only: on SQLite this read shares the connection with a transaction that may be open and may yet roll
  // back. `confirmPresent` checks every "present" in committed state before it is answered.
  const { present, duplicates, fresh } = sortOut(candidates, await storedArticleIds(ctx, candidates.map((c) => c.key), false));
  for (const { index, articleId } of present) outcomes[index] = { status: "present", articleId, statements: 0, where: items[index]!.where };
  return { items, outcomes, planned: await extractNew(ctx, items, fresh, outcomes), duplicates };
}

/** Answers "present" only for articles stored in committed state: `planBatch` may have seen the rows of another
 * transaction still open on the client's connection (SQLite), which can roll back or die before COMMIT.
 * Articles no longer found are extracted now and returned, to be stored with the batch. */
export async function confirmPresent(ctx: PlanContext, batch: PreparedBatch): Promise<Planned[]> {
  const { items, outcomes, duplicates } = batch;
  const claimed = outcomes.flatMap((outcome, index) => (outcome.status === "present" ? [{ index, key: articleKey(items[index]!.article) }] : []));
  if (claimed.length === 0) return [];
  const found = sortOut(claimed, await storedArticleIds(ctx, claimed.map((c) => c.key), true));
  for (const { index, articleId } of found.present) outcomes[index] = { ...outcomes[index]!, articleId };
  for (const { index } of [...found.duplicates, ...found.fresh]) outcomes[index] = { status: "failed", statements: 0, where: items[index]!.where };
  duplicates.push(...found.duplicates);
  return extractNew(ctx, items, found.fresh, outcomes);
}
