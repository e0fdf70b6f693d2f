-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "placesKey" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "StatementDayCount" (
    "saidOn" TIMESTAMP(3) NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "StatementDayCount_pkey" PRIMARY KEY ("saidOn","kind")
);

-- CreateTable
CREATE TABLE "StatementPlacesCount" (
    "placesKey" TEXT NOT NULL,
    "kind" "StatementKind" NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "StatementPlacesCount_pkey" PRIMARY KEY ("placesKey","kind")
);
