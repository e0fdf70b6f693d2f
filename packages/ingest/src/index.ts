export { ingestArticles, DEFAULT_BATCH_SIZE, type IngestArticlesOptions, type IngestArticlesResult } from "./ingest-articles.ts";
export { ingestPaths, type IngestPathsOptions, type IngestPathsResult } from "./ingest-paths.ts";
export { runIngestCli } from "./cli.ts";
export { Ingester, storableStatements, type BatchItem, type Extract, type IngesterOptions, type PreparedBatch } from "./ingester.ts";
export type { ArticleOutcome, ArticleStatus, IngestSummary } from "./outcome.ts";
export { contentHash, normaliseText, quotationFingerprint } from "./text-key.ts";
export { SpeakerIndex, identify, type KnownSpeaker, type SpeakerMention } from "./speakers/speaker-index.ts";
