// relations: who (by country) takes which stance toward whom (by country), and how often — the dashboard's
// relations matrix. Each entry's statements are those the same filter plus speakerCountries: [from.code],
// targetCountries: [to.code] and stances: [stance] lists.
import { builder } from "../builder.ts";
import { badInput } from "../errors.ts";
import { countriesByCode } from "../lib/countries.ts";
import { relationCounts, type RelationCount } from "../lib/relations.ts";
import { StanceEnum } from "./enums.ts";
import { filterFor } from "./filter-for.ts";
import { Place } from "./place.ts";
import { StatementFilter } from "./statement-filter.ts";
import type { ApiContext } from "../context.ts";

type PlaceRow = NonNullable<Awaited<ReturnType<ApiContext["db"]["place"]["findUnique"]>>>;
type Relation = RelationCount & { fromPlace: PlaceRow; toPlace: PlaceRow };

const RelationRef = builder.objectRef<Relation>("Relation").implement({
  description: "Statements whose speaker is from one country and whose stance is aimed at another (or the same) country.",
  fields: (t) => ({
    from: t.field({ type: Place, description: "The speakers' country (their affiliation).", resolve: (r) => r.fromPlace }),
    to: t.field({ type: Place, description: "The country the statements are aimed at (a target is it or belongs to it).", resolve: (r) => r.toPlace }),
    stance: t.field({ type: StanceEnum, resolve: (r) => r.stance }),
    count: t.exposeInt("count"),
  }),
});

const LIMIT_MAX = 1_000;

builder.queryField("relations", (t) =>
  t.field({
    type: [RelationRef],
    description: "Statement counts by (speaker's country → target's country, stance), most first; NEUTRAL statements have no targets and are not counted.",
    args: { filter: t.arg({ type: StatementFilter }), limit: t.arg.int({ required: true, defaultValue: 200 }) },
    complexity: 20,
    resolve: async (_root, args, ctx) => {
      if (args.limit < 1 || args.limit > LIMIT_MAX) throw badInput(`limit must be between 1 and ${LIMIT_MAX}, got ${args.limit}.`, { argument: "limit" });
      const filter = await filterFor(ctx, args.filter);
      const counts = await ctx.aggregates.get(["relations", args.limit, filter], () => relationCounts(ctx.db, ctx.provider, filter, args.limit));
      const places = await countriesByCode(ctx, [...new Set(counts.flatMap((c) => [c.from, c.to]))]);
      return counts.flatMap((c) => {
        const fromPlace = places.get(c.from), toPlace = places.get(c.to);
        return fromPlace && toPlace ? [{ ...c, fromPlace, toPlace }] : [];
      });
    },
  }),
);
