// Query.statements and Query.statement.
import { builder } from "../builder.ts";
import { notFound } from "../errors.ts";
import { fastFindUnique } from "../lib/fast-find.ts";
import { parseLocalId } from "../lib/ids.ts";
import { markPlanned } from "../lib/planned-rows.ts";
import { Statement } from "./statement.ts";
import { resolveStatementConnection, StatementConnection, type StatementRow } from "./statement-connection.ts";
import { StatementFilter } from "./statement-filter.ts";
import { StatementOrderInput } from "./statement-order.ts";

builder.queryFields((t) => ({
  statements: t.connection(
    {
      type: Statement,
      description: "Statements matching the filter; newest first, or most relevant first when searching.",
      args: {
        filter: t.arg({ type: StatementFilter }),
        orderBy: t.arg({ type: StatementOrderInput }),
      },
      complexity: (args) => ({ field: 2, multiplier: args.first ?? args.last ?? 20 }),
      resolve: (_root, args, ctx, info) => resolveStatementConnection(ctx, info, args),
    },
    StatementConnection,
  ),
  statement: t.prismaField({
    type: "Statement",
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const id = parseLocalId(args.id, "Statement", "id");
      const fast = await fastFindUnique<StatementRow>(ctx.db, ctx.provider, "Statement", query, id);
      const statement = fast === undefined ? await ctx.db.statement.findUnique({ ...query, where: { id } }) : fast;
      if (!statement) throw notFound(`No statement with id "${args.id}".`);
      // Read with the query Pothos planned for this field (lib/planned-rows.ts).
      return markPlanned([statement])[0]!;
    },
  }),
}));
