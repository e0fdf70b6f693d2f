-- Search splits words as SQLite's FTS5 unicode61 tokenizer does (apps/api/src/lib/search-query.ts): PostgreSQL's
-- parser kept "al-Assad" as one more word before its parts and "U.S." as "u.s", so the phrase "Bashar al-Assad"
-- and the word "U.S." found nothing. Hyphens, dashes, apostrophes and . / @ : _ become spaces before to_tsvector.
CREATE FUNCTION "statement_search_vector"("text" text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('english', regexp_replace("text", '[-‐‑‒–—―''’‘ʼ./@:_]', ' ', 'g'))
$$;

CREATE OR REPLACE FUNCTION "statement_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "StatementSearch" ("id", "vector") VALUES (NEW."id", "statement_search_vector"(NEW."text"))
        ON CONFLICT ("id") DO UPDATE SET "vector" = EXCLUDED."vector";
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION "statement_search_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "StatementSearch" ("id", "vector") SELECT "id", "statement_search_vector"("text") FROM "added"
        ON CONFLICT ("id") DO UPDATE SET "vector" = EXCLUDED."vector";
    RETURN NULL;
END $$;

UPDATE "StatementSearch" ss SET "vector" = "statement_search_vector"(s."text") FROM "Statement" s WHERE s."id" = ss."id";
