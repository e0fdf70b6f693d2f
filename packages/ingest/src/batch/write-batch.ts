// The writes of one batch, inside its transaction: the sources, places, topics, speakers and quotations its
// articles need (found or created), then the rows of build-rows.ts, inserted a table at a time. A batch costs a
// dozen queries whatever its size.
import type { Prisma } from "@dictum/db";
import { bulkInsert, sqlDate, trusted, type Dialect } from "../bulk-insert.ts";
import { resolveQuotations, resolveSources, resolveTopics } from "../lookups.ts";
import { datelineNeeds, statementPlaceNeeds, type PlaceNeed } from "../places.ts";
import { ARTICLE_COLUMNS, insertStatements, PLACE_LINK_COLUMNS, storableStatements, TARGET_COLUMNS, TARGET_KIND, toDate, TOPIC_LINK_COLUMNS } from "../rows.ts";
import { articleContext } from "../speakers/article-context.ts";
import { quotationFingerprint } from "../text-key.ts";
import { takeWriteLock } from "../write-lock.ts";
import { articleRow, linkRows, statementRow, type Lookups, type Stamp, type StatementPlan } from "./build-rows.ts";
import type { IdCaches } from "./id-caches.ts";
import type { Planned } from "./plan.ts";

type Tx = Prisma.TransactionClient;

const ROLE = { MENTIONED: trusted("MENTIONED"), DATELINE: trusted("DATELINE") };

/** A stored article's id and its statements' ids. */
export interface Written {
  articleId: number;
  statementIds: number[];
}

/** Everything of the planned articles, inside one transaction; returns their ids in the order of `planned`. */
export async function writeBatch(tx: Tx, caches: IdCaches, dialect: Dialect, versions: Pick<Stamp, "version" | "taxonomyVersion">, planned: readonly Planned[]): Promise<Written[]> {
  await takeWriteLock(tx, dialect);
  const sourceIds = await resolveSources(tx, planned.flatMap((p) => (p.article.source ? [p.article.source] : [])), caches.sources);
  const placeNeeds = new Map<string, PlaceNeed>();
  for (const plan of planned) {
    const needs = [...(plan.extraction.dateline ? datelineNeeds(plan.extraction.dateline) : []), ...plan.extraction.statements.flatMap(statementPlaceNeeds)];
    for (const need of needs) if (!placeNeeds.has(need.key)) placeNeeds.set(need.key, need);
  }
  const newPlaces = await caches.places.resolve(tx, placeNeeds);
  const wantedTopics = new Map<string, string>();
  for (const plan of planned) for (const s of plan.extraction.statements) for (const t of s.topics) if (!caches.topics.has(t.slug)) wantedTopics.set(t.slug, t.name || t.slug);
  const topicIds = await resolveTopics(tx, wantedTopics);

  // Speakers and quotations for every valid statement.
  await caches.speakers.refresh(tx);
  const speakerBatch = caches.speakers.batch();
  const contexts = planned.map((plan) => articleContext(plan.article, plan.extraction, toDate(plan.extraction.publishedAt) ?? toDate(plan.article.publishedAt)));
  const statements: StatementPlan[][] = planned.map((plan, i) =>
    storableStatements(plan.extraction, plan.article.text).map((s) => {
      const speaker = s.speaker ? speakerBatch.resolve(s.speaker, plan.key.hash, contexts[i]) : null;
      // The extractor dates each statement from the article's own evidence; without any the date stays unknown
      // (null), never the day of ingestion.
      return { s, speaker, saidOn: toDate(s.saidOn), fingerprint: quotationFingerprint(s.text, speaker ? `${speaker.kind}:${speaker.key}` : null) };
    }),
  );
  await speakerBatch.commit(tx, dialect);
  const quotationIds = await resolveQuotations(tx, dialect, statements.flat());
  const lookups: Lookups = {
    sourceId: (name) => sourceIds.get(name),
    placeId: (key) => caches.places.get(key) ?? newPlaces.get(key),
    topicId: (slug) => caches.topics.get(slug) ?? topicIds.get(slug),
    quotationId: (fingerprint) => quotationIds.get(fingerprint),
  };
  const stamp = { dialect, now: sqlDate(dialect, new Date()), ...versions };

  const articleRows = planned.map((plan, i) => articleRow(plan, contexts[i]!.country, lookups, stamp));
  const articles = (await bulkInsert(tx, dialect, "Article", ARTICLE_COLUMNS, articleRows, ["id", "contentHash"])) as Array<{ id: number; contentHash: string }>;
  const articleIdByHash = new Map(articles.map((row) => [row.contentHash, row.id]));
  const articleIds = planned.map((plan) => articleIdByHash.get(plan.key.hash)!);
  const statementIds = await insertStatements(tx, dialect, planned.flatMap((_, i) => statements[i]!.map((plan) => statementRow(articleIds[i]!, plan, lookups, stamp))));

  let first = 0;
  const written = planned.map((_, i) => ({ articleId: articleIds[i]!, statementIds: statementIds.slice(first, (first += statements[i]!.length)) }));
  const links = planned.map((plan, i) => linkRows(plan.article.text, statements[i]!, written[i]!.statementIds, lookups));
  await bulkInsert(tx, dialect, "StatementPlace", PLACE_LINK_COLUMNS, links.flatMap((l) => l.places.map((p) => [p.statementId, p.placeId, ROLE[p.role]])));
  await bulkInsert(tx, dialect, "StatementTopic", TOPIC_LINK_COLUMNS, links.flatMap((l) => l.topics.map((t) => [t.statementId, t.topicId, t.score])));
  await bulkInsert(tx, dialect, "StatementTarget", TARGET_COLUMNS, links.flatMap((l) => l.targets.map((t) => [t.statementId, t.position, t.name, TARGET_KIND[t.kind], t.countryCode, t.speakerId, t.start, t.end])));

  // Reached only when every write succeeded; the caches learn the new ids once the transaction commits, which
  // Prisma does right after this function returns (a failed commit reloads them, see commit.ts).
  caches.places.remember(newPlaces);
  for (const [slug, id] of topicIds) caches.topics.set(slug, id);
  for (const [name, id] of sourceIds) caches.sources.set(name, id);
  speakerBatch.committed();
  return written;
}
