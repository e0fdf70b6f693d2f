-- The topic taxonomy lives in the database, where users edit it (dictum topics export / import): each topic's
-- keywords and place in it (Topic), its scoring and version (TopicTaxonomy), and the version each article was
-- tagged with (Article.taxonomyVersion, for dictum reextract --topics).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "taxonomyVersion" TEXT;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN "keywords" TEXT;
ALTER TABLE "Topic" ADD COLUMN "position" INTEGER;

-- CreateTable
CREATE TABLE "TopicTaxonomy" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" TEXT NOT NULL,
    "minScore" REAL NOT NULL,
    "repeatFactor" REAL NOT NULL,
    "note" TEXT,
    "importedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
