-- Statement."placesKey" and the count tables (StatementDayCount, StatementPlacesCount), kept by triggers in the
-- writing transaction, so every writer (ingest, the API, bulk SQL) keeps them exact without knowing about them.
-- apps/api answers the timeline, totals and the map from them when the filter only uses the columns they keep.

-- Existing rows first (before the triggers, which would count them twice).
UPDATE "Statement" s SET "placesKey" = k."key" FROM (
    SELECT "statementId", string_agg(p::text, ',' ORDER BY p) AS "key"
    FROM (SELECT DISTINCT "statementId", "placeId" AS p FROM "StatementPlace") d GROUP BY 1
) k WHERE k."statementId" = s."id";
INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") SELECT "saidOn", "kind", COUNT(*) FROM "Statement" GROUP BY 1, 2;
INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") SELECT "placesKey", "kind", COUNT(*) FROM "Statement" GROUP BY 1, 2;

-- A statement's places changed: recompute its key from its links (distinct ids, ascending).
CREATE FUNCTION "statement_places_key"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target integer := CASE WHEN TG_OP = 'DELETE' THEN OLD."statementId" ELSE NEW."statementId" END;
BEGIN
    UPDATE "Statement" SET "placesKey" = COALESCE((
        SELECT string_agg(p::text, ',' ORDER BY p) FROM (SELECT DISTINCT "placeId" AS p FROM "StatementPlace" WHERE "statementId" = target) d
    ), '') WHERE "id" = target;
    RETURN NULL;
END $$;

CREATE TRIGGER "StatementPlace_key" AFTER INSERT OR DELETE ON "StatementPlace"
    FOR EACH ROW EXECUTE FUNCTION "statement_places_key"();

CREATE FUNCTION "statement_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE "StatementDayCount" SET "count" = "count" - 1 WHERE "saidOn" = OLD."saidOn" AND "kind" = OLD."kind";
        UPDATE "StatementPlacesCount" SET "count" = "count" - 1 WHERE "placesKey" = OLD."placesKey" AND "kind" = OLD."kind";
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") VALUES (NEW."saidOn", NEW."kind", 1)
            ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "StatementDayCount"."count" + 1;
        INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") VALUES (NEW."placesKey", NEW."kind", 1)
            ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "StatementPlacesCount"."count" + 1;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Statement_counts" AFTER INSERT OR DELETE OR UPDATE OF "saidOn", "kind", "placesKey" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "statement_counts"();
