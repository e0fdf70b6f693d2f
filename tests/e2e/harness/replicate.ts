// Grows a SQLite test database to a target number of statements by copying the ingested ones under new ids, each
// copy moved back in time by whole weeks, with their places and topics. The copies point at the same articles, so
// highlighting still works; only the benchmark uses this.
import Database from "better-sqlite3";

export function replicateStatements(databaseUrl: string, target: number): { before: number; after: number } {
  const db = new Database(databaseUrl.replace(/^file:/, ""));
  try {
    const count = () => (db.prepare("SELECT COUNT(*) AS n FROM Statement").get() as { n: number }).n;
    const before = count();
    if (before === 0) throw new Error("no statements to replicate: ingestion stored none");
    const maxId = (db.prepare("SELECT MAX(id) AS id FROM Statement").get() as { id: number }).id;
    const copy = db.transaction((offset: number, days: number, limit: number) => {
      db.prepare(
        `INSERT INTO Statement (id, articleId, speakerId, quotationId, kind, text, start, "end", saidOn, confidence, createdAt)
         SELECT id + @offset, articleId, speakerId, NULL, kind, text, start, "end",
                strftime('%Y-%m-%dT%H:%M:%S.000+00:00', saidOn, @shift), confidence, createdAt
         FROM Statement WHERE id <= @maxId ORDER BY id LIMIT @limit`,
      ).run({ offset, shift: `-${days} days`, maxId, limit });
      db.prepare(`INSERT INTO StatementPlace (statementId, placeId, role) SELECT statementId + @offset, placeId, role FROM StatementPlace WHERE statementId IN (SELECT id - @offset FROM Statement WHERE id > @offset AND id <= @offset + @maxId)`).run({ offset, maxId });
      db.prepare(`INSERT INTO StatementTopic (statementId, topicId, score) SELECT statementId + @offset, topicId, score FROM StatementTopic WHERE statementId IN (SELECT id - @offset FROM Statement WHERE id > @offset AND id <= @offset + @maxId)`).run({ offset, maxId });
    });
    for (let copyNumber = 1; count() < target; copyNumber += 1) copy(copyNumber * maxId, copyNumber * 7, target - count());
    db.pragma("optimize");
    return { before, after: count() };
  } finally {
    db.close();
  }
}
