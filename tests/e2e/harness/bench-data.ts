// The benchmark's data: the seed plus two shared corpora ingested for real, then copied up to `target` statements.
import { join } from "node:path";
import { replicateStatements } from "./replicate.ts";
import { ingest, repoRoot, sharedDir } from "./stack.ts";

const corpora = ["wikinews-2019-2020/wikinews-2019-2020.jsonl", "isot-reuters-2016-2017-sample/isot-reuters-2016-2017-sample.jsonl"];

export async function fillBenchDatabase(databaseUrl: string, target: number): Promise<string> {
  const ingested = await ingest(databaseUrl, [join(repoRoot, "seeds"), ...corpora.map((file) => join(sharedDir, "corpus", file))]);
  const grown = replicateStatements(databaseUrl, target);
  return `ingested ${ingested.new} articles (${ingested.statements} statements), copied to ${grown.after} statements`;
}
