-- Statements get a stance (Stance, NEUTRAL until re-extracted) and the targets it is aimed at (StatementTarget).
-- CreateTable
CREATE TABLE "StatementTarget" (
    "statementId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "countryCode" TEXT,
    "speakerId" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    PRIMARY KEY ("statementId", "position"),
    CONSTRAINT "StatementTarget_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "StatementTarget_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable
-- Prisma wrote a redefinition of "Statement" (copy, drop, rename), which would drop the search and count triggers
-- on it; adding the column gives the same table and keeps them.
ALTER TABLE "Statement" ADD COLUMN "stance" TEXT NOT NULL DEFAULT 'NEUTRAL';
CREATE INDEX "Statement_stance_saidOn_idx" ON "Statement"("stance", "saidOn");

-- CreateIndex
CREATE INDEX "StatementTarget_countryCode_statementId_idx" ON "StatementTarget"("countryCode", "statementId");

-- CreateIndex
CREATE INDEX "StatementTarget_speakerId_idx" ON "StatementTarget"("speakerId");
