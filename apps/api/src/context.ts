// What every resolver gets. The Prisma client travels here because one schema serves several API instances
// (tests create one per database); resolvers never read it directly, they pass it to src/lib functions.
import type { Db, Provider } from "@dictum/db";
import type { AggregateCache } from "./lib/aggregate-cache.ts";
import type { LiveFeed } from "./lib/live/feed.ts";
import type { WriteRateLimit } from "./lib/rate-limit.ts";

export interface ApiContext {
  db: Db;
  provider: Provider;
  /** New statements for statementAdded, from every writer. */
  live: LiveFeed;
  /** Counts and aggregates per filter, until the data changes. */
  aggregates: AggregateCache;
  /** True when the request carried `Authorization: Bearer <DICTUM_API_TOKEN>`. */
  canWrite: boolean;
  /** Why a write would be refused (no token configured, missing or wrong header); null when canWrite. */
  writeRefusal: string | null;
  /** Who is writing, as the request names them (X-Dictum-Author header); corrections record it. */
  author: string | null;
  ingest: IngestFn;
  /** Who is writing, for the write rate limit: the client address. */
  client: string;
  writeLimit: WriteRateLimit;
  /** Saved searches' webhooks (lib/alerts). */
  alerts: { allowPrivateWebhooks: boolean; /** Look for new matching statements now (after an ingest). */ poke: () => void };
}

export interface IngestArticleInput {
  text: string;
  url?: string | null;
  title?: string | null;
  source?: string | null;
  publishedAt?: Date | null;
}

export interface IngestOutcome {
  articleId: number | null;
  created: boolean;
  statementIds: number[];
  error: string | null;
}

/** Stores articles and their statements; the API's ingest mutations delegate to it. */
export type IngestFn = (db: Db, articles: IngestArticleInput[]) => Promise<IngestOutcome[]>;
