import { parentPort } from "node:worker_threads";
import { extractArticle } from "@dictum/extract";
import type { ArticleInput } from "@dictum/extract";
import { extractAll } from "./extractors.ts";

parentPort!.on("message", ({ id, articles }: { id: number; articles: ArticleInput[] }) => {
  parentPort!.postMessage({ id, results: extractAll(extractArticle, articles) });
});
