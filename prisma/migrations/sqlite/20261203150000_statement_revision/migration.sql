-- The version the API's caches are tagged with (apps/api/src/lib/aggregate-cache.ts) was the highest statement id,
-- so a statement changed or removed in place — by `dictum reextract` or any other writer — left it as it was, and
-- counts stayed stale until the cache expired. Every update or deletion of a statement now bumps one counter, in the
-- writer's own transaction: readers see the new revision exactly when they see the new data. An upsert, so a
-- missing row (a table emptied by hand) is made again.
CREATE TABLE "StatementRevision" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "revision" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "StatementRevision" ("id", "revision") VALUES (1, 0);

CREATE TRIGGER "Statement_revision_update" AFTER UPDATE ON "Statement" BEGIN
    INSERT INTO "StatementRevision" ("id", "revision") VALUES (1, 1)
        ON CONFLICT ("id") DO UPDATE SET "revision" = "revision" + 1;
END;

CREATE TRIGGER "Statement_revision_delete" AFTER DELETE ON "Statement" BEGIN
    INSERT INTO "StatementRevision" ("id", "revision") VALUES (1, 1)
        ON CONFLICT ("id") DO UPDATE SET "revision" = "revision" + 1;
END;
