import { extractorVersion } from "@dictum/ingest/extractor-version";
import { builder } from "../builder.ts";
import { databaseReachable } from "../lib/health.ts";

const Health = builder.objectRef<{ database: boolean }>("Health").implement({
  fields: (t) => ({
    ok: t.boolean({ resolve: (h) => h.database }),
    extractorVersion: t.string({ description: "The content hash of the extractor this server ingests with (as `dictum --version` prints).", resolve: () => extractorVersion() }),
    database: t.boolean({ description: "The database answered a trivial query.", resolve: (h) => h.database }),
  }),
});

builder.queryField("health", (t) =>
  t.field({ type: Health, resolve: async (_root, _args, ctx) => ({ database: await databaseReachable(ctx.db) }) }),
);
