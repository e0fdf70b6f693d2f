// An API on a fresh, migrated database holding the gold fixture, driven in process through yoga.fetch.
import type { Provider } from "@dictum/db";
import { createTestDb } from "@dictum/db/testing";
import type { IngestFn } from "../src/context.ts";
import { createApi, type ApiOptions } from "../src/yoga.ts";
import { loadGoldFixture, type FixtureSummary } from "./fixtures/gold-fixture.ts";
import { referenceData } from "@dictum/ingest/reference-data";

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
}

export interface TestApi {
  provider: Provider;
  db: Awaited<ReturnType<typeof createTestDb>>["db"];
  fixture: FixtureSummary;
  /** SQL statements run since the last `sql.length = 0`. */
  sql: string[];
  api: ReturnType<typeof createApi>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

export const TOKEN = "test-token-5f2c8a";

export async function startTestApi(provider: Provider, options: { fixture?: boolean; ingest?: IngestFn } & Partial<Pick<ApiOptions, "token" | "writesPerMinute" | "cacheAggregates" | "cacheResponses" | "webhooks" | "allowPrivateWebhooks" | "dashboardUrl">> = {}): Promise<TestApi> {
  const sql: string[] = [];
  const testDb = await createTestDb(provider, { reference: referenceData(), onQuery: (event) => sql.push(event.query) });
  const fixture = options.fixture === false ? { articles: 0, statements: 0 } : await loadGoldFixture(testDb.db);
  const api = createApi({ db: testDb.db, databaseUrl: testDb.url, token: "token" in options ? options.token : TOKEN, ingest: options.ingest, writesPerMinute: options.writesPerMinute, cacheAggregates: options.cacheAggregates, cacheResponses: options.cacheResponses, webhooks: options.webhooks, allowPrivateWebhooks: options.allowPrivateWebhooks, dashboardUrl: options.dashboardUrl });
  sql.length = 0;
  return {
    provider,
    db: testDb.db,
    fixture,
    sql,
    api,
    async gql(query, variables, headers = {}) {
      const response = await api.fetch("http://dictum.test/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: any };
      return { status: response.status, data: body.data, errors: body.errors };
    },
    async close() {
      await api.close();
      await testDb.close();
    },
  };
}
