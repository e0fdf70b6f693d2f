-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "externalId" TEXT,
    "sourceId" INTEGER,
    "url" TEXT,
    "title" TEXT,
    "publishedAt" DATETIME,
    "datelineName" TEXT,
    "datelinePlaceId" INTEGER,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "ingestedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Article_datelinePlaceId_fkey" FOREIGN KEY ("datelinePlaceId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'PERSON',
    "countryCode" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "SpeakerAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "speakerId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "SpeakerAlias_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Quotation" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "fingerprint" TEXT NOT NULL,
    "firstSaidOn" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Statement" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" INTEGER NOT NULL,
    "speakerId" INTEGER,
    "quotationId" INTEGER,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "saidOn" DATETIME NOT NULL,
    "confidence" REAL NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Statement_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Statement_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Statement_quotationId_fkey" FOREIGN KEY ("quotationId") REFERENCES "Quotation" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "iso2" TEXT,
    "iso3" TEXT,
    "m49" TEXT,
    "key" TEXT NOT NULL,
    "lat" REAL,
    "lon" REAL,
    "parentId" INTEGER,
    CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PlaceAlias" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "placeId" INTEGER NOT NULL,
    "alias" TEXT NOT NULL,
    CONSTRAINT "PlaceAlias_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegionMember" (
    "regionId" INTEGER NOT NULL,
    "countryId" INTEGER NOT NULL,

    PRIMARY KEY ("regionId", "countryId"),
    CONSTRAINT "RegionMember_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RegionMember_countryId_fkey" FOREIGN KEY ("countryId") REFERENCES "Place" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatementPlace" (
    "statementId" INTEGER NOT NULL,
    "placeId" INTEGER NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'MENTIONED',

    PRIMARY KEY ("statementId", "placeId", "role"),
    CONSTRAINT "StatementPlace_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementPlace_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT
);

-- CreateTable
CREATE TABLE "StatementTopic" (
    "statementId" INTEGER NOT NULL,
    "topicId" INTEGER NOT NULL,
    "score" REAL NOT NULL,

    PRIMARY KEY ("statementId", "topicId"),
    CONSTRAINT "StatementTopic_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReferenceData" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "version" TEXT NOT NULL,
    "loadedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_name_key" ON "Source"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Article_url_key" ON "Article"("url");

-- CreateIndex
CREATE UNIQUE INDEX "Article_contentHash_key" ON "Article"("contentHash");

-- CreateIndex
CREATE INDEX "Article_publishedAt_idx" ON "Article"("publishedAt");

-- CreateIndex
CREATE INDEX "Article_sourceId_publishedAt_idx" ON "Article"("sourceId", "publishedAt");

-- CreateIndex
CREATE INDEX "Article_externalId_idx" ON "Article"("externalId");

-- CreateIndex
CREATE INDEX "Speaker_key_idx" ON "Speaker"("key");

-- CreateIndex
CREATE INDEX "Speaker_name_idx" ON "Speaker"("name");

-- CreateIndex
CREATE INDEX "SpeakerAlias_alias_idx" ON "SpeakerAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "SpeakerAlias_speakerId_alias_key" ON "SpeakerAlias"("speakerId", "alias");

-- CreateIndex
CREATE UNIQUE INDEX "Quotation_fingerprint_key" ON "Quotation"("fingerprint");

-- CreateIndex
CREATE INDEX "Statement_saidOn_id_idx" ON "Statement"("saidOn", "id");

-- CreateIndex
CREATE INDEX "Statement_speakerId_saidOn_idx" ON "Statement"("speakerId", "saidOn");

-- CreateIndex
CREATE INDEX "Statement_articleId_idx" ON "Statement"("articleId");

-- CreateIndex
CREATE INDEX "Statement_quotationId_idx" ON "Statement"("quotationId");

-- CreateIndex
CREATE INDEX "Statement_kind_saidOn_idx" ON "Statement"("kind", "saidOn");

-- CreateIndex
CREATE UNIQUE INDEX "Place_iso2_key" ON "Place"("iso2");

-- CreateIndex
CREATE UNIQUE INDEX "Place_iso3_key" ON "Place"("iso3");

-- CreateIndex
CREATE UNIQUE INDEX "Place_m49_key" ON "Place"("m49");

-- CreateIndex
CREATE UNIQUE INDEX "Place_key_key" ON "Place"("key");

-- CreateIndex
CREATE INDEX "Place_kind_name_idx" ON "Place"("kind", "name");

-- CreateIndex
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");

-- CreateIndex
CREATE INDEX "PlaceAlias_alias_idx" ON "PlaceAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "PlaceAlias_placeId_alias_key" ON "PlaceAlias"("placeId", "alias");

-- CreateIndex
CREATE INDEX "RegionMember_countryId_idx" ON "RegionMember"("countryId");

-- CreateIndex
CREATE INDEX "StatementPlace_placeId_statementId_idx" ON "StatementPlace"("placeId", "statementId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE INDEX "StatementTopic_topicId_statementId_idx" ON "StatementTopic"("topicId", "statementId");
