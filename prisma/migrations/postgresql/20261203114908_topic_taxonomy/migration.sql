-- The topic taxonomy lives in the database, where users edit it (dictum topics export / import): each topic's
-- keywords and place in it (Topic), its scoring and version (TopicTaxonomy), and the version each article was
-- tagged with (Article.taxonomyVersion, for dictum reextract --topics).
-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "taxonomyVersion" TEXT;

-- AlterTable
ALTER TABLE "Topic" ADD COLUMN     "keywords" TEXT,
ADD COLUMN     "position" INTEGER;

-- CreateTable
CREATE TABLE "TopicTaxonomy" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" TEXT NOT NULL,
    "minScore" DOUBLE PRECISION NOT NULL,
    "repeatFactor" DOUBLE PRECISION NOT NULL,
    "note" TEXT,
    "importedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TopicTaxonomy_pkey" PRIMARY KEY ("id")
);
