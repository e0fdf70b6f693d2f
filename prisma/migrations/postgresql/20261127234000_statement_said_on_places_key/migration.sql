-- CreateIndex
CREATE INDEX "Statement_saidOn_placesKey_idx" ON "Statement"("saidOn", "placesKey");
