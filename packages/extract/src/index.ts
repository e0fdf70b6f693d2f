export { extractArticle } from "./pipeline/index.ts";
export { describeUnsupportedLanguages, detectLanguage, isSupportedLanguage, SUPPORTED_LANGUAGES } from "./language/detect.ts";
export type { Enrichers } from "./pipeline/enrich.ts";
export type * from "./types.ts";
