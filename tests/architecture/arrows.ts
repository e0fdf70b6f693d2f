// The allowed arrows between workspaces, as data: docs/architecture.md explains them, imports.test.ts enforces
// them. Data flows one way: sources → extract (pure) → ingest → db → api → web; config and geo are leaves
// everyone may read. A workspace not listed here fails the test until someone decides its arrows.
export const allowedImports: Record<string, readonly string[]> = {
  config: [],
  geo: [],
  extract: ["config", "geo"],
  db: ["config"],
  ingest: ["config", "geo", "extract", "db"],
  api: ["config", "geo", "db", "ingest"],
  // The dashboard reads the API over HTTP (its committed schema.graphql), never its source or the database.
  web: ["config", "geo"],
  cli: ["config", "geo", "extract", "ingest", "db"],
};

/** Modules the pure extractor may not import outside its readers: no I/O, no document parsers. */
export const extractForbidden = [
  /^(node:)?(fs|fs\/promises|net|http|https|http2|child_process|worker_threads|dgram|tls)$/,
  /^(linkedom|@mozilla\/readability|fast-xml-parser|csv-parse)(\/|$)/,
];

/** Source folders of extract that still read files (they are to move into their own package, issue 14). */
export const extractReaderDirs = [
  "packages/extract/src/readers",
  // The extractor's version is a hash of its own source files: it reads them, and nothing else.
  "packages/extract/src/version.ts",
];
