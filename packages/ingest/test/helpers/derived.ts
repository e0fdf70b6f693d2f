// What the database derives from the statements, recomputed from them and compared with what it holds: the
// places keys and count tables (kept by triggers), the search index (triggers), quotations (every one with its
// statements, dated by the earliest), and no speaker or quotation left without statements. [] = all exact.
import type { Db } from "@dictum/db";

const iso = (date: Date | null) => date?.toISOString() ?? "null";

export async function derivedProblems(db: Db, provider: "sqlite" | "postgresql"): Promise<string[]> {
  const problems: string[] = [];
  const statements = await db.statement.findMany({ select: { id: true, saidOn: true, kind: true, placesKey: true, quotationId: true, places: { select: { placeId: true } } } });

  const dayCounts = new Map<string, number>();
  const placesCounts = new Map<string, number>();
  for (const s of statements) {
    const key = [...new Set(s.places.map((p) => p.placeId))].sort((a, b) => a - b).join(",");
    if (s.placesKey !== key) problems.push(`statement ${s.id}: placesKey "${s.placesKey}", its links say "${key}"`);
    if (s.saidOn) dayCounts.set(`${iso(s.saidOn)}|${s.kind}`, (dayCounts.get(`${iso(s.saidOn)}|${s.kind}`) ?? 0) + 1);
    placesCounts.set(`${key}|${s.kind}`, (placesCounts.get(`${key}|${s.kind}`) ?? 0) + 1);
  }
  const storedDays = new Map((await db.statementDayCount.findMany({ where: { count: { not: 0 } } })).map((r) => [`${iso(r.saidOn)}|${r.kind}`, r.count]));
  const storedPlaces = new Map((await db.statementPlacesCount.findMany({ where: { count: { not: 0 } } })).map((r) => [`${r.placesKey}|${r.kind}`, r.count]));
  for (const [name, expected, stored] of [["StatementDayCount", dayCounts, storedDays], ["StatementPlacesCount", placesCounts, storedPlaces]] as const) {
    for (const key of new Set([...expected.keys(), ...stored.keys()])) {
      if ((expected.get(key) ?? 0) !== (stored.get(key) ?? 0)) problems.push(`${name} ${key}: ${stored.get(key) ?? 0} counted, ${expected.get(key) ?? 0} statements`);
    }
  }

  if (provider === "sqlite") {
    // FTS5 checks an external-content index against its content table itself.
    try {
      await db.$executeRawUnsafe(`INSERT INTO "StatementSearch"("StatementSearch") VALUES ('integrity-check')`);
    } catch (error) {
      problems.push(`search index: ${(error as Error).message}`);
    }
    const indexed = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT COUNT(*) AS n FROM "StatementSearch_docsize"`);
    if (Number(indexed[0]!.n) !== statements.length) problems.push(`search index holds ${indexed[0]!.n} statements, there are ${statements.length}`);
  } else {
    const stale = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(
      `SELECT COUNT(*) AS n FROM "Statement" s LEFT JOIN "StatementSearch" ss ON ss."id" = s."id" WHERE ss."vector" IS DISTINCT FROM "statement_search_vector"(s."text")`,
    );
    if (Number(stale[0]!.n) > 0) problems.push(`search index: ${stale[0]!.n} statements missing or stale`);
    const extra = await db.$queryRawUnsafe<Array<{ n: bigint | number }>>(`SELECT COUNT(*) AS n FROM "StatementSearch" ss LEFT JOIN "Statement" s ON s."id" = ss."id" WHERE s."id" IS NULL`);
    if (Number(extra[0]!.n) > 0) problems.push(`search index: ${extra[0]!.n} entries of deleted statements`);
  }

  const earliest = new Map<number, Date | null>();
  for (const s of statements) {
    if (s.quotationId === null) continue;
    const known = earliest.get(s.quotationId);
    if (!earliest.has(s.quotationId) || (s.saidOn && (!known || s.saidOn < known))) earliest.set(s.quotationId, s.saidOn);
  }
  const quotations = await db.quotation.findMany();
  const quotationIds = new Set(quotations.map((q) => q.id));
  for (const q of quotations) {
    if (!earliest.has(q.id)) problems.push(`quotation ${q.id} has no statements`);
    else if (iso(earliest.get(q.id)!) !== iso(q.firstSaidOn)) problems.push(`quotation ${q.id}: firstSaidOn ${iso(q.firstSaidOn)}, its earliest statement ${iso(earliest.get(q.id)!)}`);
  }
  for (const s of statements) if (s.quotationId !== null && !quotationIds.has(s.quotationId)) problems.push(`statement ${s.id}: quotation ${s.quotationId} is missing`);
  const idle = await db.speaker.findMany({ where: { statements: { none: {} } }, select: { id: true, name: true } });
  for (const sp of idle) problems.push(`speaker ${sp.id} (${sp.name}) has no statements`);
  return problems;
}

/** Each article's statements as content (no ids), for comparing two databases. */
export async function contents(db: Db) {
  const articles = await db.article.findMany({
    orderBy: { contentHash: "asc" },
    select: {
      contentHash: true, extractorVersion: true, datelineName: true, language: true, storyCountry: true,
      statements: {
        orderBy: { start: "asc" },
        select: {
          kind: true, text: true, start: true, end: true, saidOn: true, confidence: true, speaker: { select: { name: true, kind: true, countryCode: true } },
          places: { select: { place: { select: { key: true } } } }, topics: { select: { score: true, topic: { select: { slug: true } } } }, quotation: { select: { firstSaidOn: true, _count: { select: { statements: true } } } },
        },
      },
    },
  });
  return articles.map((a) => ({
    ...a,
    statements: a.statements.map((s) => ({ ...s, places: s.places.map((p) => p.place.key).sort(), topics: s.topics.map((t) => `${t.topic.slug}:${t.score}`).sort() })),
  }));
}
