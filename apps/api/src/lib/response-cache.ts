// Whole results of read-only queries, kept per (query text, operation name, variables) and tagged with the data
// version the aggregate cache uses (statements added, changed or corrected): a dashboard asks the same few
// questions again and again, and between two writes every answer is the same. A hit skips parsing, validation and
// execution. Only queries whose root fields read statement-derived data are kept (saved searches, node lookups and
// health are not: they change with no statement written), only results without errors, and each for a few seconds
// at most. On with the aggregate cache (DICTUM_AGGREGATE_CACHE); benchmarks measure both.
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { AggregateCache } from "./aggregate-cache.ts";

/** Query fields whose answers change only when statements are added (or re-extracted). Not articles: an article
 * the extractor found nothing in is stored without a statement, so the version would not see it. */
const CACHEABLE_ROOT_FIELDS = new Set([
  "__typename", "facets", "place", "placeCounts", "places", "relations", "speaker", "speakers",
  "statement", "statements", "timeline", "topic", "topics", "unknownDateCount",
]);

export interface ResponseCacheOptions {
  /** How long a result is served without the data changing (default 5 s). */
  ttlMs?: number;
  maxEntries?: number;
  /** Distinct query texts whose cacheability is remembered. */
  maxDocuments?: number;
}

/** How long a request waits for the same question's answer from a request already executing it. */
const WAIT_MS = 10_000;

interface Entry {
  version: string;
  at: number;
  result: unknown;
}

/** Whether the operation is a query that reads only CACHEABLE_ROOT_FIELDS (no fragments at its root). */
function cacheableOperation(query: string, operationName: string | undefined): boolean {
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return false; // yoga answers with the syntax error
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!operation || operation.operation !== "query") return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(s.name.value));
}

export function useResponseCache(aggregates: AggregateCache, options: ResponseCacheOptions = {}): Plugin {
  const ttlMs = options.ttlMs ?? 5_000;
  const maxEntries = options.maxEntries ?? 200;
  const maxDocuments = options.maxDocuments ?? 1_000;
  const documents = new Map<string, boolean>();
  const entries = new Map<string, Entry>();
  const pending = new WeakMap<Request, { key: string; version: string; done: (result: unknown) => void }>();
  // The question being answered now, per key: the same question asked meanwhile waits for that answer instead of
  // computing it again (at expiry, every connection of a busy dashboard asks at once).
  const inFlight = new Map<string, { version: string; answer: Promise<unknown> }>();

  const isCacheable = (query: string, operationName: string | undefined) => {
    const id = `${operationName ?? ""}\n${query}`;
    let cacheable = documents.get(id);
    if (cacheable === undefined) {
      cacheable = cacheableOperation(query, operationName);
      if (documents.size >= maxDocuments) documents.clear();
      documents.set(id, cacheable);
    }
    return cacheable;
  };

  return {
    async onParams({ params, request, setResult }) {
      if (typeof params.query !== "string" || !isCacheable(params.query, params.operationName)) return;
      const key = JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null]);
      const version = await aggregates.currentVersion();
      const entry = entries.get(key);
      if (entry && entry.version === version && Date.now() - entry.at < ttlMs) {
        setResult(entry.result as never);
        return;
      }
      const running = inFlight.get(key);
      if (running && running.version === version) {
        // At most WAIT_MS: should that request never report its result, this one is executed after all.
        let timer: NodeJS.Timeout | undefined;
        const answer = await Promise.race([running.answer, new Promise((resolve) => (timer = setTimeout(resolve, WAIT_MS, null)))]);
        clearTimeout(timer);
        if (answer) {
          setResult(answer as never);
          return;
        }
        if (inFlight.get(key) === running) inFlight.delete(key); // it ended without a result to share
      }
      let done!: (result: unknown) => void;
      const answer = new Promise<unknown>((resolve) => (done = resolve));
      if (inFlight.get(key)?.version !== version) inFlight.set(key, { version, answer });
      pending.set(request, {
        key,
        version,
        done: (result) => {
          if (inFlight.get(key)?.answer === answer) inFlight.delete(key);
          done(result);
        },
      });
    },
    onExecutionResult({ result, request }) {
      const wanted = pending.get(request);
      if (!wanted) return;
      pending.delete(request);
      // Streams (subscriptions, incremental delivery) and errors are never kept (nor handed to waiting requests,
      // which then execute themselves).
      const keep = result && !(Symbol.asyncIterator in (result as object)) && !(result as { errors?: unknown[] }).errors?.length;
      wanted.done(keep ? result : null);
      if (!keep) return;
      entries.delete(wanted.key); // re-insert: Map order is insertion order, the oldest goes first
      entries.set(wanted.key, { version: wanted.version, at: Date.now(), result });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
