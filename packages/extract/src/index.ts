export { extractArticle } from "./pipeline/index.ts";
export { describeUnsupportedLanguages, detectLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from "./language/detect.ts";
export { defaultEnrichers, enrichersWithTaxonomy, type Enrichers } from "./pipeline/enrich.ts";
export type { Topic, TopicScoring, TopicTaxonomy } from "./topics/index.ts";
export type { StageName, StageObserver } from "./pipeline/explain.ts";
export type * from "./types.ts";
