// What "the database is consistent" means after a crash or hostile input: no row points at nothing, no
// statement or speaker is left without what it belongs to, every statement's text is the slice of its article
// at its offsets, and every article holds exactly the statements the extractor finds in it (whole articles only).
import type { Db } from "@dictum/db";

/** Rows that point at nothing, or that nothing points at although they only exist for their statements. */
const ORPHAN_QUERIES: Record<string, string> = {
  "statements without their article": `SELECT COUNT(*) AS n FROM "Statement" s LEFT JOIN "Article" a ON a."id" = s."articleId" WHERE a."id" IS NULL`,
  "statements with a missing speaker": `SELECT COUNT(*) AS n FROM "Statement" s LEFT JOIN "Speaker" p ON p."id" = s."speakerId" WHERE s."speakerId" IS NOT NULL AND p."id" IS NULL`,
  "statements with a missing quotation": `SELECT COUNT(*) AS n FROM "Statement" s LEFT JOIN "Quotation" q ON q."id" = s."quotationId" WHERE s."quotationId" IS NOT NULL AND q."id" IS NULL`,
  "statement places without their statement": `SELECT COUNT(*) AS n FROM "StatementPlace" x LEFT JOIN "Statement" s ON s."id" = x."statementId" WHERE s."id" IS NULL`,
  "statement topics without their statement": `SELECT COUNT(*) AS n FROM "StatementTopic" x LEFT JOIN "Statement" s ON s."id" = x."statementId" WHERE s."id" IS NULL`,
  "speaker aliases without their speaker": `SELECT COUNT(*) AS n FROM "SpeakerAlias" x LEFT JOIN "Speaker" p ON p."id" = x."speakerId" WHERE p."id" IS NULL`,
  "quotations without statements": `SELECT COUNT(*) AS n FROM "Quotation" q WHERE NOT EXISTS (SELECT 1 FROM "Statement" s WHERE s."quotationId" = q."id")`,
  "speakers without statements": `SELECT COUNT(*) AS n FROM "Speaker" p WHERE NOT EXISTS (SELECT 1 FROM "Statement" s WHERE s."speakerId" = p."id")`,
};

export async function orphanCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [name, sql] of Object.entries(ORPHAN_QUERIES)) {
    const rows = await db.$queryRawUnsafe<{ n: number | bigint }[]>(sql);
    counts[name] = Number(rows[0]?.n ?? 0);
  }
  return counts;
}

/** Every problem found; [] for a consistent database. */
export async function consistencyProblems(db: Db): Promise<string[]> {
  const problems: string[] = [];
  for (const [name, n] of Object.entries(await orphanCounts(db))) if (n > 0) problems.push(`${n} ${name}`);
  // Imported here, not at the top: after vi.resetModules() (see stable-extractor.ts) this is the extractor as it is now.
  const { extractArticle } = await import("@dictum/extract");
  const { storableStatements } = await import("@dictum/ingest");
  const articles = await db.article.findMany({ include: { source: true, statements: { select: { text: true, start: true, end: true } } }, orderBy: { id: "asc" } });
  for (const a of articles) {
    for (const s of a.statements) {
      if (a.text.slice(s.start, s.end) !== s.text) problems.push(`article ${a.id}: statement at ${s.start}-${s.end} is not the slice of its text`);
    }
    const extraction = extractArticle({
      id: a.externalId ?? String(a.id),
      source: a.source?.name ?? null,
      url: a.url,
      publishedAt: a.publishedAt?.toISOString().slice(0, 10) ?? null,
      title: a.title,
      text: a.text,
    });
    const expected = storableStatements(extraction, a.text).length;
    if (a.statements.length !== expected) problems.push(`article ${a.id} (${a.externalId}): ${a.statements.length} statements stored, the extractor finds ${expected}`);
  }
  return problems;
}

export const rowCounts = async (db: Db) => ({
  articles: await db.article.count(),
  statements: await db.statement.count(),
  speakers: await db.speaker.count(),
  speakerAliases: await db.speakerAlias.count(),
  quotations: await db.quotation.count(),
  statementPlaces: await db.statementPlace.count(),
  statementTopics: await db.statementTopic.count(),
});
