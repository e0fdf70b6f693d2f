-- Analysts reject few statements: this index finds them, so counts can be taken over every statement minus the
-- rejected ones (apps/api/src/lib/visible.ts) and keep their index-only plans.
-- CreateIndex
CREATE INDEX "Statement_rejected_idx" ON "Statement"("rejected");
