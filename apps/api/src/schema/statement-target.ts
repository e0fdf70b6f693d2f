// StatementTarget: whom a statement's stance is aimed at.
import { builder } from "../builder.ts";
import { countriesByCode } from "../lib/countries.ts";
import { TargetKindEnum } from "./enums.ts";
import { Place } from "./place.ts";

builder.prismaObject("StatementTarget", {
  description: "One target of a statement's stance: a place, one of its article's speakers, or a name as written.",
  fields: (t) => ({
    name: t.exposeString("name", { description: "The article's words for the target, at [start, end) of its text." }),
    kind: t.expose("kind", { type: TargetKindEnum }),
    start: t.exposeInt("start"),
    end: t.exposeInt("end"),
    countryCode: t.exposeString("countryCode", { nullable: true, description: "ISO 3166-1 alpha-2 of the country the target is or belongs to, when the text tells." }),
    country: t.field({
      type: Place,
      nullable: true,
      description: "The country the target is or belongs to (\"Washington\": the United States).",
      select: { countryCode: true },
      resolve: async (target, _args, ctx) => (target.countryCode ? (await countriesByCode(ctx, [target.countryCode])).get(target.countryCode) ?? null : null),
    }),
    speaker: t.relation("speaker", { nullable: true, description: "The speaker it names, for kind SPEAKER." }),
  }),
});
