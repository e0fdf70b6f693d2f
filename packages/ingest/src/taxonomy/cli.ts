// The bodies of `dictum topics export`, `dictum topics import FILE` and `dictum reextract --topics`. Each
// migrates the database first (so a new one holds the shipped taxonomy). Exit codes: 0 done; 1 the file was
// refused (nothing changed); 2 nothing could be done (bad DATABASE_URL or option, database unreachable,
// unreadable file); 130 stopped by Ctrl-C.
import { readFileSync } from "node:fs";
import { loadConfig } from "@dictum/config";
import { migrateBeforeRun, withGracefulStop } from "../cli-steps.ts";
import type { ProgressMode } from "../progress.ts";
import { UnknownSourceError } from "../reextract/stored.ts";
import { formatProblems, readTaxonomyFile, taxonomyFile } from "./file.ts";
import { NoTaxonomyError, retagStored } from "./retag-run.ts";

export interface TopicsCliOptions {
  databaseUrl?: string;
  migrate?: boolean;
  /** Messages (default standard error). */
  out?: NodeJS.WritableStream;
  /** The exported file (default standard output). */
  stdout?: NodeJS.WritableStream;
}

async function prepared(options: TopicsCliOptions, out: NodeJS.WritableStream): Promise<string | null> {
  try {
    const databaseUrl = options.databaseUrl ?? loadConfig().DATABASE_URL;
    if (options.migrate !== false) await migrateBeforeRun(databaseUrl, out);
    return databaseUrl;
  } catch (error) {
    out.write(`error: ${(error as Error).message}\n`);
    return null;
  }
}

export async function runTopicsExportCli(options: TopicsCliOptions = {}): Promise<number> {
  const out = options.out ?? process.stderr;
  const databaseUrl = await prepared(options, out);
  if (!databaseUrl) return 2;
  const { createPrismaClient, readTaxonomy } = await import("@dictum/db");
  const db = createPrismaClient(databaseUrl);
  try {
    const taxonomy = await readTaxonomy(db);
    if (!taxonomy) {
      out.write("error: the database has no topic taxonomy (it was migrated without reference data)\n");
      return 2;
    }
    (options.stdout ?? process.stdout).write(taxonomyFile(taxonomy));
    out.write(`exported topic taxonomy ${taxonomy.version}: ${taxonomy.topics.length} topics${taxonomy.importedAt ? `, imported ${taxonomy.importedAt.toISOString()}` : " (as shipped)"}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

export async function runTopicsImportCli(file: string, options: TopicsCliOptions = {}): Promise<number> {
  const out = options.out ?? process.stderr;
  let text: string;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    out.write(`error: cannot read ${file}: ${(error as Error).message}\n`);
    return 2;
  }
  // The whole file is checked before the database is touched: a bad file changes nothing.
  const read = readTaxonomyFile(text);
  if (!read.ok) {
    for (const line of formatProblems(file === "-" ? "<stdin>" : file, read.problems)) out.write(`${line}\n`);
    out.write(`topics import: ${read.problems.length} problem${read.problems.length === 1 ? "" : "s"}; the taxonomy is unchanged\n`);
    return 1;
  }
  const databaseUrl = await prepared(options, out);
  if (!databaseUrl) return 2;
  const { createPrismaClient, importTaxonomy } = await import("@dictum/db");
  const db = createPrismaClient(databaseUrl);
  try {
    const result = await importTaxonomy(db, read.taxonomy);
    if (result.unchanged) {
      out.write(`topics import: the taxonomy is already this one (${result.version}); nothing changed\n`);
      return 0;
    }
    const list = (label: string, slugs: string[]) => (slugs.length ? `; ${label} ${slugs.join(", ")}` : "");
    out.write(`imported topic taxonomy ${result.version}: ${result.topics} topics${list("added", result.added)}${list("changed", result.changed)}${list("retired", result.retired)}\n`);
    if (result.version !== result.previousVersion) out.write("run `dictum reextract --topics` to tag the stored statements with it\n");
    return 0;
  } finally {
    await db.$disconnect();
  }
}

export interface RetagCliOptions extends TopicsCliOptions {
  all?: boolean;
  source?: string[];
  since?: Date;
  batchSize?: number;
  progress?: ProgressMode;
}

export async function runRetagCli(options: RetagCliOptions = {}): Promise<number> {
  const out = options.out ?? process.stderr;
  const databaseUrl = await prepared(options, out);
  if (!databaseUrl) return 2;
  try {
    const summary = await withGracefulStop(out, (signal) =>
      retagStored({ databaseUrl, all: options.all, sources: options.source, since: options.since, batchSize: options.batchSize, progress: options.progress, out, signal }));
    return summary.interrupted ? 130 : 0;
  } catch (error) {
    if (error instanceof UnknownSourceError || error instanceof NoTaxonomyError) {
      out.write(`error: ${error instanceof UnknownSourceError ? "--source: " : ""}${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
