-- Analysts reject few statements: this partial index holds only them, so counts can be taken over every statement
-- minus the rejected ones (apps/api/src/lib/visible.ts) and keep their index-only plans.
-- CreateIndex
CREATE INDEX "Statement_rejected_idx" ON "Statement"("id") WHERE ("rejected");
