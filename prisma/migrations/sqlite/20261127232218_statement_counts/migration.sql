-- CreateTable
CREATE TABLE "StatementDayCount" (
    "saidOn" DATETIME NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("saidOn", "kind")
);

-- CreateTable
CREATE TABLE "StatementPlacesCount" (
    "placesKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("placesKey", "kind")
);

-- AlterTable
-- Hand-edited from Prisma's table redefinition: ADD COLUMN keeps the Statement table, its rows and the full-text
-- triggers (a redefinition drops triggers with the old table) and takes milliseconds on a million rows.
ALTER TABLE "Statement" ADD COLUMN "placesKey" TEXT NOT NULL DEFAULT '';
