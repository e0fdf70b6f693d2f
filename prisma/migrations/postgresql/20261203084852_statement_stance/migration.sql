-- CreateEnum
CREATE TYPE "Stance" AS ENUM ('CRITICISES', 'WARNS', 'DEMANDS', 'SUPPORTS', 'DENIES', 'NEUTRAL');

-- CreateEnum
CREATE TYPE "TargetKind" AS ENUM ('PLACE', 'SPEAKER', 'NAME');

-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "stance" "Stance" NOT NULL DEFAULT 'NEUTRAL';

-- CreateTable
CREATE TABLE "StatementTarget" (
    "statementId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "TargetKind" NOT NULL,
    "countryCode" TEXT,
    "speakerId" INTEGER,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,

    CONSTRAINT "StatementTarget_pkey" PRIMARY KEY ("statementId","position")
);

-- CreateIndex
CREATE INDEX "StatementTarget_countryCode_statementId_idx" ON "StatementTarget"("countryCode", "statementId");

-- CreateIndex
CREATE INDEX "StatementTarget_speakerId_idx" ON "StatementTarget"("speakerId");

-- CreateIndex
CREATE INDEX "Statement_stance_saidOn_idx" ON "Statement"("stance", "saidOn");

-- AddForeignKey
ALTER TABLE "StatementTarget" ADD CONSTRAINT "StatementTarget_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatementTarget" ADD CONSTRAINT "StatementTarget_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE SET NULL ON UPDATE CASCADE;
