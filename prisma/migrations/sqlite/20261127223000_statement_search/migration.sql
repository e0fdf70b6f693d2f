-- Full-text search over statement text (apps/api: StatementFilter.search, ranked by bm25).
-- An external-content FTS5 index on "Statement"."text", kept in sync by triggers; porter stemming so that
-- "sanction" finds "sanctions", as PostgreSQL's english configuration does.
CREATE VIRTUAL TABLE "StatementSearch" USING fts5(
    "text",
    content = 'Statement',
    content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO "StatementSearch"("StatementSearch") VALUES ('rebuild');

CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "StatementSearch"("rowid", "text") VALUES (new."id", new."text");
END;

CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement" BEGIN
    INSERT INTO "StatementSearch"("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
END;

CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "text" ON "Statement" BEGIN
    INSERT INTO "StatementSearch"("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
    INSERT INTO "StatementSearch"("rowid", "text") VALUES (new."id", new."text");
END;
