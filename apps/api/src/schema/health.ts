import { extractorVersion } from "@dictum/ingest/extractor-version";
import { builder } from "../builder.ts";
import { databaseReachable } from "../lib/health.ts";

const Health = builder.objectRef<{ database: boolean; taxonomyVersion: string | null }>("Health").implement({
  fields: (t) => ({
    ok: t.boolean({ resolve: (h) => h.database }),
    extractorVersion: t.string({ description: "The content hash of the extractor this server ingests with (as `dictum --version` prints).", resolve: () => extractorVersion() }),
    taxonomyVersion: t.string({
      nullable: true,
      description: "The version of the database's topic taxonomy (`dictum topics export` / `import`): what new statements are tagged with.",
      resolve: (h) => h.taxonomyVersion,
    }),
    database: t.boolean({ description: "The database answered a trivial query.", resolve: (h) => h.database }),
  }),
});

builder.queryField("health", (t) =>
  t.field({
    type: Health,
    resolve: async (_root, _args, ctx) => {
      const database = await databaseReachable(ctx.db);
      const taxonomy = database ? await ctx.db.topicTaxonomy.findUnique({ where: { id: 1 }, select: { version: true } }).catch(() => null) : null;
      return { database, taxonomyVersion: taxonomy?.version ?? null };
    },
  }),
);
