import { parentPort, workerData } from "node:worker_threads";
import { extractArticle } from "@dictum/extract";
import type { ArticleInput, TopicTaxonomy } from "@dictum/extract";
import { extractAll } from "./extractors.ts";
import { extractWith } from "./taxonomy/extract-with.ts";

// The taxonomy the run tags with (the database's), handed over when the worker starts.
const taxonomy = (workerData as { taxonomy?: TopicTaxonomy | null } | null)?.taxonomy;
const extract = taxonomy ? extractWith(taxonomy) : extractArticle;

parentPort!.on("message", ({ id, articles }: { id: number; articles: ArticleInput[] }) => {
  parentPort!.postMessage({ id, results: extractAll(extract, articles) });
});
