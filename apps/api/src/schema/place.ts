// Place: the world, UN M49 regions and groupings, countries, subnational areas and cities.
import { builder } from "../builder.ts";
import { notFound } from "../errors.ts";
import { checkedMaxSize } from "../lib/page-args.ts";
import { PlaceKindEnum } from "./enums.ts";

export const Place = builder.prismaNode("Place", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  select: { id: true }, // load only the columns a query asks for (select mode), not every column
  fields: (t) => ({
    kind: t.expose("kind", { type: PlaceKindEnum }),
    name: t.exposeString("name"),
    code: t.string({
      description: "ISO 3166-1 alpha-2 for countries, the UN M49 code for regions, else the place key.",
      select: { iso2: true, m49: true, key: true },
      resolve: (place) => place.iso2 ?? place.m49 ?? place.key,
    }),
    key: t.exposeString("key", { description: "Stable key: \"country:tj\", \"m49:143\", \"group:middle-east\"." }),
    iso2: t.exposeString("iso2", { nullable: true }),
    iso3: t.exposeString("iso3", { nullable: true }),
    m49: t.exposeString("m49", { nullable: true }),
    lat: t.exposeFloat("lat", { nullable: true }),
    lon: t.exposeFloat("lon", { nullable: true }),
    aliases: t.stringList({ select: { aliases: { select: { alias: true } } }, resolve: (place) => place.aliases.map((a) => a.alias) }),
    parent: t.relation("parent", { nullable: true }),
  }),
});

builder.prismaObjectFields(Place, (t) => ({
  countries: t.field({
    type: [Place],
    description: "For a region: its member countries at any depth, by name.",
    select: { members: { select: { country: true }, orderBy: { country: { name: "asc" } } } },
    resolve: (place) => place.members.map((m) => m.country),
  }),
  regions: t.field({
    type: [Place],
    description: "For a country: the regions and groupings it belongs to.",
    select: { memberOf: { select: { region: true }, orderBy: { region: { name: "asc" } } } },
    resolve: (place) => place.memberOf.map((m) => m.region),
  }),
}));

builder.queryFields((t) => ({
  places: t.prismaConnection({
    type: "Place",
    cursor: "id",
    maxSize: checkedMaxSize,
    totalCount: (_parent, args, ctx) => ctx.db.place.count({ where: placeWhere(args) }),
    description: "Places by name; narrow by kind or search a name or alias.",
    args: {
      kind: t.arg({ type: PlaceKindEnum }),
      search: t.arg.string(),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.place.findMany({ ...query, where: placeWhere(args), orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }, { name: "PlaceConnection" }, { name: "PlaceEdge" }),
  place: t.prismaField({
    type: "Place",
    description: "One place by its code (ISO alpha-2, M49 code or place key); NOT_FOUND when none has it.",
    args: { code: t.arg.string({ required: true }) },
    resolve: async (query, _root, args, ctx) => {
      const code = args.code.trim();
      const place = await ctx.db.place.findFirst({ ...query, where: { OR: [{ iso2: code.toUpperCase() }, { m49: code }, { key: code }] } });
      if (!place) throw notFound(`No place with code "${args.code}".`);
      return place;
    },
  }),
}));

function placeWhere(args: { kind?: "WORLD" | "REGION" | "COUNTRY" | "SUBNATIONAL" | "CITY" | null; search?: string | null }) {
  const search = args.search?.trim();
  return {
    ...(args.kind ? { kind: args.kind } : {}),
    ...(search ? { OR: [{ name: { contains: search } }, { aliases: { some: { alias: { contains: search } } } }, { iso2: search.toUpperCase() }] } : {}),
  };
}
