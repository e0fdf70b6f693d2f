-- DropIndex
DROP INDEX "Statement_saidOn_id_idx";

-- CreateIndex
CREATE INDEX "Statement_saidOn_id_articleId_idx" ON "Statement"("saidOn", "id", "articleId");
