-- The key, count and search triggers of the two previous migrations, per SQL statement instead of per row, over
-- the statement's transition tables: a bulk INSERT … SELECT of a million statements does a few set operations,
-- and inserting a statement's links rewrites the statement row once (only when its key changes), not once per link.
DROP TRIGGER "StatementPlace_key" ON "StatementPlace";
DROP TRIGGER "Statement_counts" ON "Statement";
DROP TRIGGER "Statement_search" ON "Statement";
DROP FUNCTION "statement_places_key"();
DROP FUNCTION "statement_counts"();

-- Statements whose links changed ("changed": the links inserted or deleted) get their key recomputed.
CREATE FUNCTION "statement_places_key"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE "Statement" s SET "placesKey" = k."key"
    FROM (
        SELECT c."statementId", COALESCE((
            SELECT string_agg(d.p::text, ',' ORDER BY d.p)
            FROM (SELECT DISTINCT l."placeId" AS p FROM "StatementPlace" l WHERE l."statementId" = c."statementId") d
        ), '') AS "key"
        FROM (SELECT DISTINCT "statementId" FROM "changed") c
    ) k
    WHERE s."id" = k."statementId" AND s."placesKey" <> k."key";
    RETURN NULL;
END $$;

CREATE TRIGGER "StatementPlace_key_insert" AFTER INSERT ON "StatementPlace"
    REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "statement_places_key"();
CREATE TRIGGER "StatementPlace_key_delete" AFTER DELETE ON "StatementPlace"
    REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "statement_places_key"();

-- "removed" (old rows of a DELETE or UPDATE) are subtracted, "added" (new rows of an INSERT or UPDATE) added.
CREATE FUNCTION "statement_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE "StatementDayCount" c SET "count" = c."count" - r."n"
        FROM (SELECT "saidOn", "kind", COUNT(*) AS "n" FROM "removed" GROUP BY 1, 2) r
        WHERE c."saidOn" = r."saidOn" AND c."kind" = r."kind";
        UPDATE "StatementPlacesCount" c SET "count" = c."count" - r."n"
        FROM (SELECT "placesKey", "kind", COUNT(*) AS "n" FROM "removed" GROUP BY 1, 2) r
        WHERE c."placesKey" = r."placesKey" AND c."kind" = r."kind";
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO "StatementDayCount" ("saidOn", "kind", "count")
            SELECT "saidOn", "kind", COUNT(*) FROM "added" GROUP BY 1, 2
            ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "StatementDayCount"."count" + EXCLUDED."count";
        INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count")
            SELECT "placesKey", "kind", COUNT(*) FROM "added" GROUP BY 1, 2
            ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "StatementPlacesCount"."count" + EXCLUDED."count";
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER "Statement_counts_insert" AFTER INSERT ON "Statement"
    REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "statement_counts"();
CREATE TRIGGER "Statement_counts_delete" AFTER DELETE ON "Statement"
    REFERENCING OLD TABLE AS "removed" FOR EACH STATEMENT EXECUTE FUNCTION "statement_counts"();
CREATE TRIGGER "Statement_counts_update" AFTER UPDATE ON "Statement"
    REFERENCING OLD TABLE AS "removed" NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "statement_counts"();

-- New statements' vectors in one INSERT; a changed text still goes through the per-row function.
CREATE FUNCTION "statement_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "StatementSearch" ("id", "vector") SELECT "id", to_tsvector('english', "text") FROM "added"
        ON CONFLICT ("id") DO UPDATE SET "vector" = EXCLUDED."vector";
    RETURN NULL;
END $$;

CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement"
    REFERENCING NEW TABLE AS "added" FOR EACH STATEMENT EXECUTE FUNCTION "statement_search_insert"();
CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "text" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "statement_search"();
