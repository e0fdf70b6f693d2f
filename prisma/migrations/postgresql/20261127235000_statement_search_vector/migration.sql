-- Full-text search reads stored vectors: ranking with ts_rank over the expression index recomputed to_tsvector
-- for every matching statement (hundreds of ms for a common word in a million statements). "StatementSearch"
-- (the same name as SQLite's FTS5 table) holds each statement's tsvector once, kept by a trigger, with a GIN index.
CREATE TABLE "StatementSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY REFERENCES "Statement"("id") ON DELETE CASCADE,
    "vector" tsvector NOT NULL
);

INSERT INTO "StatementSearch" ("id", "vector") SELECT "id", to_tsvector('english', "text") FROM "Statement";

CREATE INDEX "StatementSearch_vector_idx" ON "StatementSearch" USING GIN ("vector");

CREATE FUNCTION "statement_search"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "StatementSearch" ("id", "vector") VALUES (NEW."id", to_tsvector('english', NEW."text"))
        ON CONFLICT ("id") DO UPDATE SET "vector" = EXCLUDED."vector";
    RETURN NULL;
END $$;

CREATE TRIGGER "Statement_search" AFTER INSERT OR UPDATE OF "text" ON "Statement"
    FOR EACH ROW EXECUTE FUNCTION "statement_search"();

DROP INDEX "Statement_text_search_idx";
