-- AlterTable
ALTER TABLE "Statement" ADD COLUMN     "extracted" TEXT,
ADD COLUMN     "rejected" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "StatementCorrection" (
    "id" SERIAL NOT NULL,
    "statementId" INTEGER NOT NULL,
    "author" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "note" TEXT,
    "changes" TEXT NOT NULL,
    "revertedAt" TIMESTAMP(3),
    "revertedBy" TEXT,

    CONSTRAINT "StatementCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StatementCorrection_statementId_idx" ON "StatementCorrection"("statementId");

-- AddForeignKey
ALTER TABLE "StatementCorrection" ADD CONSTRAINT "StatementCorrection_statementId_fkey" FOREIGN KEY ("statementId") REFERENCES "Statement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
