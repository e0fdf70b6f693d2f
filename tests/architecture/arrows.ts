// The allowed arrows between workspaces, as data: docs/architecture.md explains them, imports.test.ts enforces
// them. Data flows one way: sources → extract (pure) → ingest → db → api → web; config and geo are leaves
// everyone may read. A workspace not listed here fails the test until someone decides its arrows.
export const allowedImports: Record<string, readonly string[]> = {
  config: [],
  geo: [],
  // The readers produce extract's ArticleInput records: they import its types, never its code (checked below).
  sources: ["extract"],
  extract: ["config", "geo"],
  db: ["config"],
  ingest: ["config", "geo", "sources", "extract", "db"],
  api: ["config", "geo", "db", "ingest"],
  // The dashboard reads the API over HTTP (its committed schema.graphql), never its source or the database.
  web: ["config", "geo"],
  cli: ["config", "geo", "sources", "extract", "ingest", "db"],
};

/** Document parsers: the readers (packages/sources) use them; the extractor neither imports nor depends on them. */
export const parserPackages = /^(linkedom|@mozilla\/readability|fast-xml-parser|csv-parse|cheerio|jsdom|htmlparser2|parse5|iconv-lite)(\/|$)/;
/** Modules the pure extractor (packages/extract/src) may not import: no I/O, no document parsers. Its version hash,
 * which reads its own files, sits beside src/ in packages/extract/version.ts for that reason. */
export const extractForbidden = [
  /^(node:)?(fs|fs\/promises|net|http|https|http2|child_process|worker_threads|dgram|tls|stream|readline)$/,
  parserPackages,
];
