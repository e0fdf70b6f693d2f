-- The version the API's caches are tagged with (apps/api/src/lib/aggregate-cache.ts) was the highest statement id,
-- so a statement changed or removed in place — by `dictum reextract` or any other writer — left it as it was, and
-- counts stayed stale until the cache expired. Every UPDATE or DELETE statement on "Statement" now bumps one
-- counter (once per SQL statement, not per row), in the writer's own transaction: readers see the new revision
-- exactly when they see the new data. An upsert, so a missing row (a table emptied by hand) is made again.
CREATE TABLE "StatementRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "revision" BIGINT NOT NULL DEFAULT 0
);
INSERT INTO "StatementRevision" ("id", "revision") VALUES (1, 0);

CREATE FUNCTION "statement_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "StatementRevision" ("id", "revision") VALUES (1, 1)
        ON CONFLICT ("id") DO UPDATE SET "revision" = "StatementRevision"."revision" + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER "Statement_revision" AFTER UPDATE OR DELETE ON "Statement"
    FOR EACH STATEMENT EXECUTE FUNCTION "statement_revision"();
