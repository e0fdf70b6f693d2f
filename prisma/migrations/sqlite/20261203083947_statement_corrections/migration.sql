-- CreateTable
CREATE TABLE "StatementCorrection" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "statementId" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "changes" TEXT NOT NULL,
    "revertedAt" DATETIME,
    "revertedBy" TEXT,
    CONSTRAINT "StatementCorrection_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable
-- Hand-edited from Prisma's table redefinition: ADD COLUMN keeps the Statement table, its rows and its triggers.
ALTER TABLE "Statement" ADD COLUMN "rejected" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Statement" ADD COLUMN "extracted" TEXT;

-- CreateIndex
CREATE INDEX "StatementCorrection_statementId_idx" ON "StatementCorrection"("statementId");
