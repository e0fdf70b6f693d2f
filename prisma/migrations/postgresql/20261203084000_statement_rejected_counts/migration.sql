-- A statement an analyst rejected (Statement."rejected") is no statement: the count tables leave it out, so the
-- timeline, totals and map count what the user sees. Rejecting or restoring one is an UPDATE of "rejected", which
-- moves it out of or back into the counts. (No row is rejected yet: the counts need no recomputing.)
CREATE OR REPLACE FUNCTION "statement_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE "StatementDayCount" c SET "count" = c."count" - r."n"
        FROM (SELECT "saidOn", "kind", COUNT(*) AS "n" FROM "removed" WHERE NOT "rejected" AND "saidOn" IS NOT NULL GROUP BY 1, 2) r
        WHERE c."saidOn" = r."saidOn" AND c."kind" = r."kind";
        UPDATE "StatementPlacesCount" c SET "count" = c."count" - r."n"
        FROM (SELECT "placesKey", "kind", COUNT(*) AS "n" FROM "removed" WHERE NOT "rejected" GROUP BY 1, 2) r
        WHERE c."placesKey" = r."placesKey" AND c."kind" = r."kind";
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO "StatementDayCount" ("saidOn", "kind", "count")
            SELECT "saidOn", "kind", COUNT(*) FROM "added" WHERE NOT "rejected" AND "saidOn" IS NOT NULL GROUP BY 1, 2
            ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "StatementDayCount"."count" + EXCLUDED."count";
        INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count")
            SELECT "placesKey", "kind", COUNT(*) FROM "added" WHERE NOT "rejected" GROUP BY 1, 2
            ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "StatementPlacesCount"."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END $$;
