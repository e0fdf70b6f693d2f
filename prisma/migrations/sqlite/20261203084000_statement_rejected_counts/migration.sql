-- A statement an analyst rejected (Statement."rejected") is no statement: the count tables leave it out, so the
-- timeline, totals and map count what the user sees. Rejecting or restoring one is an UPDATE of "rejected", which
-- moves it out of or back into the counts. (No row is rejected yet: the counts need no recomputing.)
DROP TRIGGER "Statement_counts_insert";
DROP TRIGGER "Statement_counts_delete";
DROP TRIGGER "Statement_counts_update";

CREATE TRIGGER "Statement_counts_insert" AFTER INSERT ON "Statement" WHEN NOT new."rejected" BEGIN
    INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") SELECT new."saidOn", new."kind", 1 WHERE new."saidOn" IS NOT NULL
        ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") VALUES (new."placesKey", new."kind", 1)
        ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "count" + 1;
END;

CREATE TRIGGER "Statement_counts_delete" AFTER DELETE ON "Statement" WHEN NOT old."rejected" BEGIN
    UPDATE "StatementDayCount" SET "count" = "count" - 1 WHERE "saidOn" = old."saidOn" AND "kind" = old."kind";
    UPDATE "StatementPlacesCount" SET "count" = "count" - 1 WHERE "placesKey" = old."placesKey" AND "kind" = old."kind";
END;

CREATE TRIGGER "Statement_counts_update" AFTER UPDATE OF "saidOn", "kind", "placesKey", "rejected" ON "Statement" BEGIN
    UPDATE "StatementDayCount" SET "count" = "count" - 1 WHERE NOT old."rejected" AND "saidOn" = old."saidOn" AND "kind" = old."kind";
    UPDATE "StatementPlacesCount" SET "count" = "count" - 1 WHERE NOT old."rejected" AND "placesKey" = old."placesKey" AND "kind" = old."kind";
    INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") SELECT new."saidOn", new."kind", 1 WHERE NOT new."rejected" AND new."saidOn" IS NOT NULL
        ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") SELECT new."placesKey", new."kind", 1 WHERE NOT new."rejected"
        ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "count" + 1;
END;
