// statementAdded: new statements matching a filter, live over server-sent events.
import { queryFromInfo } from "@pothos/plugin-prisma";
import { builder } from "../builder.ts";
import { filterFor } from "./filter-for.ts";
import { matchingStatementIds } from "../lib/statement-page.ts";
import { Statement } from "./statement.ts";
import { StatementFilter } from "./statement-filter.ts";

builder.subscriptionFields((t) => ({
  statementAdded: t.field({
    type: Statement,
    description: "Each newly stored statement that matches the filter, whoever stored it (this API, another instance, `dictum ingest`).",
    args: { filter: t.arg({ type: StatementFilter }) },
    subscribe: async function* (_root, args, ctx) {
      const filter = await filterFor(ctx, args.filter);
      for await (const ids of ctx.live.subscribe()) {
        for (const id of await matchingStatementIds(ctx.db, ctx.provider, filter, ids)) yield id;
      }
    },
    resolve: (id: number, _args, ctx, info) => ctx.db.statement.findUniqueOrThrow({ ...queryFromInfo({ context: ctx, info }), where: { id } }),
  }),
}));
