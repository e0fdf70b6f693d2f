-- Statement."placesKey" and the count tables (StatementDayCount, StatementPlacesCount), kept by triggers in the
-- writing transaction, so every writer (ingest, the API, bulk SQL) keeps them exact without knowing about them.
-- apps/api answers the timeline, totals and the map from them when the filter only uses the columns they keep.

-- Existing rows first (before the triggers, which would count them twice).
UPDATE "Statement" SET "placesKey" = COALESCE((
    SELECT group_concat("placeId", ',' ORDER BY "placeId")
    FROM (SELECT DISTINCT "placeId" FROM "StatementPlace" WHERE "statementId" = "Statement"."id")
), '');
INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") SELECT "saidOn", "kind", COUNT(*) FROM "Statement" GROUP BY 1, 2;
INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") SELECT "placesKey", "kind", COUNT(*) FROM "Statement" GROUP BY 1, 2;

-- A statement's places changed: recompute its key from its links (distinct ids, ascending).
CREATE TRIGGER "StatementPlace_key_insert" AFTER INSERT ON "StatementPlace" BEGIN
    UPDATE "Statement" SET "placesKey" = (
        SELECT COALESCE(group_concat("placeId", ',' ORDER BY "placeId"), '')
        FROM (SELECT DISTINCT "placeId" FROM "StatementPlace" WHERE "statementId" = new."statementId")
    ) WHERE "id" = new."statementId";
END;

CREATE TRIGGER "StatementPlace_key_delete" AFTER DELETE ON "StatementPlace" BEGIN
    UPDATE "Statement" SET "placesKey" = (
        SELECT COALESCE(group_concat("placeId", ',' ORDER BY "placeId"), '')
        FROM (SELECT DISTINCT "placeId" FROM "StatementPlace" WHERE "statementId" = old."statementId")
    ) WHERE "id" = old."statementId";
END;

CREATE TRIGGER "Statement_counts_insert" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") VALUES (new."saidOn", new."kind", 1)
        ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") VALUES (new."placesKey", new."kind", 1)
        ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Statement_counts_delete" AFTER DELETE ON "Statement" BEGIN
    UPDATE "StatementDayCount" SET "count" = "count" - 1 WHERE "saidOn" = old."saidOn" AND "kind" = old."kind";
    UPDATE "StatementPlacesCount" SET "count" = "count" - 1 WHERE "placesKey" = old."placesKey" AND "kind" = old."kind";
END;

CREATE TRIGGER "Statement_counts_update" AFTER UPDATE OF "saidOn", "kind", "placesKey" ON "Statement" BEGIN
    UPDATE "StatementDayCount" SET "count" = "count" - 1 WHERE "saidOn" = old."saidOn" AND "kind" = old."kind";
    UPDATE "StatementPlacesCount" SET "count" = "count" - 1 WHERE "placesKey" = old."placesKey" AND "kind" = old."kind";
    INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") VALUES (new."saidOn", new."kind", 1)
        ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") VALUES (new."placesKey", new."kind", 1)
        ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "count" + 1;
END;
