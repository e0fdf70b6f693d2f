-- A statement's date may be unknown (Statement."saidOn" and Quotation."firstSaidOn" nullable), and the dateline
-- is no longer one of a statement's places (it is the article's: Statement.saidIn in the API).
-- Prisma's table redefinition below drops the triggers on "Statement"; those on "StatementPlace" read "Statement"
-- and would stop the rename, so all of them are dropped first and created again at the end, knowing NULL dates.
DROP TRIGGER "Statement_search_insert";
DROP TRIGGER "Statement_search_delete";
DROP TRIGGER "Statement_search_update";
DROP TRIGGER "StatementPlace_key_insert";
DROP TRIGGER "StatementPlace_key_delete";
DROP TRIGGER "Statement_counts_insert";
DROP TRIGGER "Statement_counts_delete";
DROP TRIGGER "Statement_counts_update";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Quotation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fingerprint" TEXT NOT NULL,
    "firstSaidOn" DATETIME
);
INSERT INTO "new_Quotation" ("fingerprint", "firstSaidOn", "id") SELECT "fingerprint", "firstSaidOn", "id" FROM "Quotation";
DROP TABLE "Quotation";
ALTER TABLE "new_Quotation" RENAME TO "Quotation";
CREATE UNIQUE INDEX "Quotation_fingerprint_key" ON "Quotation"("fingerprint");
CREATE TABLE "new_Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "quotationId" INTEGER,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "saidOn" DATETIME,
    "confidence" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "placesKey" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Statement_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Statement" ("articleId", "confidence", "createdAt", "end", "id", "kind", "placesKey", "quotationId", "saidOn", "speakerId", "start", "text") SELECT "articleId", "confidence", "createdAt", "end", "id", "kind", "placesKey", "quotationId", "saidOn", "speakerId", "start", "text" FROM "Statement";
DROP TABLE "Statement";
ALTER TABLE "new_Statement" RENAME TO "Statement";
CREATE INDEX "Statement_saidOn_id_idx" ON "Statement"("saidOn", "id");
CREATE INDEX "Statement_saidOn_placesKey_idx" ON "Statement"("saidOn", "placesKey");
CREATE INDEX "Statement_speakerId_saidOn_idx" ON "Statement"("speakerId", "saidOn");
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");
CREATE INDEX "Statement_quotationId_idx" ON "Statement"("quotationId");
CREATE INDEX "Statement_kind_saidOn_idx" ON "Statement"("kind", "saidOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Statements of articles without a date were dated on the day they were ingested; that day says nothing.
UPDATE "Statement" SET "saidOn" = NULL WHERE "articleId" IN (SELECT "id" FROM "Article" WHERE "publishedAt" IS NULL);
UPDATE "Quotation" SET "firstSaidOn" = (SELECT MIN("saidOn") FROM "Statement" WHERE "quotationId" = "Quotation"."id");

-- Where a story was filed is not what its statements are about.
DELETE FROM "StatementPlace" WHERE "role" = 'DATELINE';

-- The keys and counts again, from the rows as they now are (the triggers are not there to keep them).
UPDATE "Statement" SET "placesKey" = COALESCE((
    SELECT group_concat("placeId", ',' ORDER BY "placeId")
    FROM (SELECT DISTINCT "placeId" FROM "StatementPlace" WHERE "statementId" = "Statement"."id")
), '');
DELETE FROM "StatementDayCount";
DELETE FROM "StatementPlacesCount";
INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") SELECT "saidOn", "kind", COUNT(*) FROM "Statement" WHERE "saidOn" IS NOT NULL GROUP BY 1, 2;
INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") SELECT "placesKey", "kind", COUNT(*) FROM "Statement" GROUP BY 1, 2;

CREATE TRIGGER "Statement_search_insert" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "StatementSearch"("rowid", "text") VALUES (new."id", new."text");
END;

CREATE TRIGGER "Statement_search_delete" AFTER DELETE ON "Statement" BEGIN
    INSERT INTO "StatementSearch"("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
END;

CREATE TRIGGER "Statement_search_update" AFTER UPDATE OF "text" ON "Statement" BEGIN
    INSERT INTO "StatementSearch"("StatementSearch", "rowid", "text") VALUES ('delete', old."id", old."text");
    INSERT INTO "StatementSearch"("rowid", "text") VALUES (new."id", new."text");
END;

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

-- A statement of unknown date has no day to count: StatementDayCount leaves it out (its "saidOn" is the key),
-- StatementPlacesCount counts it.
CREATE TRIGGER "Statement_counts_insert" AFTER INSERT ON "Statement" BEGIN
    INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") SELECT new."saidOn", new."kind", 1 WHERE new."saidOn" IS NOT NULL
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
    INSERT INTO "StatementDayCount" ("saidOn", "kind", "count") SELECT new."saidOn", new."kind", 1 WHERE new."saidOn" IS NOT NULL
        ON CONFLICT ("saidOn", "kind") DO UPDATE SET "count" = "count" + 1;
    INSERT INTO "StatementPlacesCount" ("placesKey", "kind", "count") VALUES (new."placesKey", new."kind", 1)
        ON CONFLICT ("placesKey", "kind") DO UPDATE SET "count" = "count" + 1;
END;
