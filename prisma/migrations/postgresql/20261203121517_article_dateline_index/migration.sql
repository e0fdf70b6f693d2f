-- CreateIndex
CREATE INDEX "Article_datelinePlaceId_idx" ON "Article"("datelinePlaceId");
