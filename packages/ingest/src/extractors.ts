// Where extraction runs: in this thread (small runs, tests, custom extractors), or in a worker thread, so that on
// a multi-core machine the next batch is extracted while the current one is written.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ArticleExtraction, ArticleInput, TopicTaxonomy } from "@dictum/extract";

export type Extract = (article: ArticleInput) => ArticleExtraction;
export type ExtractResult = { ok: true; extraction: ArticleExtraction } | { ok: false; error: string };

export interface Extractor {
  extractMany(articles: readonly ArticleInput[]): Promise<ExtractResult[]>;
  close(): Promise<void>;
}

export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n").map((line) => line.trim()).filter(Boolean).join(" ").slice(0, 300);
}

export function extractAll(extract: Extract, articles: readonly ArticleInput[]): ExtractResult[] {
  return articles.map((article) => {
    try {
      return { ok: true, extraction: extract(article) };
    } catch (error) {
      return { ok: false, error: errorMessage(error) };
    }
  });
}

export function inThreadExtractor(extract: Extract): Extractor {
  return { extractMany: async (articles) => extractAll(extract, articles), close: async () => {} };
}

/** True when a worker pays off: more than one core and enough articles to amortise its start-up. */
export function workerWorthIt(expectedArticles: number | null): boolean {
  return availableParallelism() > 1 && (expectedArticles === null || expectedArticles >= 500);
}

/** Extraction in `threads` worker threads, each a slice of every batch; topics from `taxonomy` when given. */
export function workerPool(threads: number, taxonomy?: TopicTaxonomy): Extractor {
  if (threads <= 1) return workerExtractor(taxonomy);
  const workers = Array.from({ length: threads }, () => workerExtractor(taxonomy));
  return {
    async extractMany(articles) {
      const size = Math.ceil(articles.length / workers.length);
      const slices = workers.map((worker, i) => worker.extractMany(articles.slice(i * size, (i + 1) * size)));
      return (await Promise.all(slices)).flat();
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

/** Extraction in a worker thread (topics from `taxonomy` when given); should the worker fail to start or die, in
 * this thread instead. */
export function workerExtractor(taxonomy?: TopicTaxonomy): Extractor {
  let worker: Extractor | null = startWorker(taxonomy);
  let fallback: Extractor | null = null;
  const inThread = async () => (fallback ??= inThreadExtractor(taxonomy ? (await import("./taxonomy/extract-with.ts")).extractWith(taxonomy) : (await import("@dictum/extract")).extractArticle));
  return {
    async extractMany(articles) {
      if (worker) {
        try {
          return await worker.extractMany(articles);
        } catch {
          await worker.close().catch(() => {});
          worker = null;
        }
      }
      return (await inThread()).extractMany(articles);
    },
    async close() {
      await worker?.close();
    },
  };
}

/** One worker thread running extractArticle; requests are answered in order. */
function startWorker(taxonomy?: TopicTaxonomy): Extractor {
  const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url), { workerData: { taxonomy: taxonomy ?? null } });
  worker.unref();
  const waiting = new Map<number, { resolve: (r: ExtractResult[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const failAll = (error: Error) => {
    failure = error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  worker.on("message", ({ id, results }: { id: number; results: ExtractResult[] }) => {
    waiting.get(id)?.resolve(results);
    waiting.delete(id);
  });
  worker.on("error", (error) => failAll(new Error(`extraction worker failed: ${errorMessage(error)}`)));
  worker.on("exit", (code) => failAll(new Error(`extraction worker exited (code ${code})`)));
  return {
    extractMany(articles) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, articles });
      }).finally(() => {
        if (waiting.size === 0) worker.unref();
      }) as Promise<ExtractResult[]>;
    },
    async close() {
      worker.removeAllListeners("exit");
      await worker.terminate();
    },
  };
}
