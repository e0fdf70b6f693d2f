export { extractArticle } from "./pipeline/index.ts";
export type { Enrichers } from "./pipeline/enrich.ts";
export type * from "./types.ts";
