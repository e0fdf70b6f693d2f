-- A statement's date may be unknown (Statement."saidOn" and Quotation."firstSaidOn" nullable), and the dateline
-- is no longer one of a statement's places (it is the article's: Statement.saidIn in the API).
-- AlterTable
ALTER TABLE "Quotation" ALTER COLUMN "firstSaidOn" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Statement" ALTER COLUMN "saidOn" DROP NOT NULL;

-- A statement of unknown date has no day to count: StatementDayCount leaves it out (its "saidOn" is the key),
-- StatementPlacesCount counts it. Replaced before the updates below, which go through it.
CREATE OR REPLACE FUNCTION "statement_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE "StatementDayCount" c SET "count" = c."count" - r."n"
        FROM (SELECT "saidOn", "kind", COUNT(*) AS "n" FROM "removed" WHERE "saidOn" IS NOT NULL GROUP BY 1, 2) r
        WHERE c."saidOn" = r."saidOn" AND c."kind" = r."kind";
        UPDATE "StatementPlacesCount" c SET "count" = c."count" - r."n"
        FROM (SELECT "placesKey", "kind", COUNT(*) AS "n" FROM "removed" GROUP BY 1, 2) r
        WHERE c."placesKey" = r."placesKey" AND c."kind" = r."kind";
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO "StatementDayCount" ("saidOn", "kind", "count")
            SELECT "saidOn", "kind", COUNT(*) FROM "added" WHERE "saidOn" IS NOT NULL GROUP BY 1, 2
            ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "StatementDayCount"."count" + EXCLUDED."count";
        INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count")
            SELECT "placesKey", "kind", COUNT(*) FROM "added" GROUP BY 1, 2
            ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "StatementPlacesCount"."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END $$;

-- Statements of articles without a date were dated on the day they were ingested; that day says nothing.
UPDATE "Statement" SET "saidOn" = NULL WHERE "articleId" IN (SELECT "id" FROM "Article" WHERE "publishedAt" IS NULL);
UPDATE "Quotation" q SET "firstSaidOn" = (SELECT MIN(s."saidOn") FROM "Statement" s WHERE s."quotationId" = q."id");

-- Where a story was filed is not what its statements are about (the key trigger recomputes "placesKey").
DELETE FROM "StatementPlace" WHERE "role" = 'DATELINE';
