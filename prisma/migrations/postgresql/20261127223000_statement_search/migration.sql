-- Full-text search over statement text (apps/api: StatementFilter.search, ranked by ts_rank).
CREATE INDEX "Statement_text_search_idx" ON "Statement" USING GIN (to_tsvector('english', "text"));
