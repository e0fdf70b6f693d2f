// Statement: one thing a speaker said, with where it was reported, what it is about, and who else reported it.
import { builder } from "../builder.ts";
import { StanceEnum, StatementKindEnum } from "./enums.ts";
import { Place } from "./place.ts";
import { Topic } from "./topic.ts";

export const Statement = builder.prismaNode("Statement", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  select: { id: true }, // load only the columns a query asks for (select mode), not every column
  description: "Something a speaker said or wrote, as an article reported it.",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The exact words, a substring of the article text at [start, end)." }),
    kind: t.expose("kind", { type: StatementKindEnum }),
    saidOn: t.expose("saidOn", {
      type: "DateTime",
      nullable: true,
      description: "When it was said: the article's date (its record, else its dateline, else a date line in the text) unless the words around it say otherwise. Null when nothing says when.",
    }),
    confidence: t.exposeFloat("confidence", { description: "How sure the extractor is, from 0 to 1." }),
    start: t.exposeInt("start", { description: "Offset of the first character in the article text." }),
    end: t.exposeInt("end", { description: "Offset just past the last character in the article text." }),
    speaker: t.relation("speaker", { nullable: true }),
    article: t.relation("article"),
    places: t.field({
      type: [Place],
      description: "Places the statement is about (it names them); each place once. Where the story was filed is saidIn.",
      // nestedSelection: the places are loaded with what the query asks of them, so Place needs no second query
      select: (_args, _ctx, nestedSelection) => ({ places: { select: { place: nestedSelection(true) } } }),
      extensions: { plannedChildren: true }, // its rows are read with the nested selection (lib/planned-rows.ts)
      resolve: (statement) => uniqueById(statement.places.map((link) => link.place)),
    }),
    placeMentions: t.relation("places", { description: "Places the statement names, with the role they play." }),
    saidIn: t.field({
      type: Place,
      nullable: true,
      description: "Where the story was filed from (the article's dateline place), when it has one. Not one of the places the statement is about.",
      select: (_args, _ctx, nestedSelection) => ({ article: { select: { datelinePlace: nestedSelection(true) } } }),
      extensions: { plannedChildren: true },
      resolve: (statement) => statement.article.datelinePlace,
    }),
    regions: t.field({
      type: [Place],
      description: "Regions the statement is about: regions, groupings and features it names, and the UN M49 regions of the countries it names (not every grouping a country belongs to).",
      select: {
        places: {
          select: {
            place: {
              include: {
                memberOf: { select: { region: true } },
                parent: { include: { memberOf: { select: { region: true } } } },
              },
            },
          },
        },
      },
      resolve: (statement) =>
        uniqueById(
          statement.places.flatMap(({ place }) => [
            ...(place.kind === "REGION" ? [place] : []),
            ...[...place.memberOf, ...(place.parent?.memberOf ?? [])].map((m) => m.region).filter((region) => region.m49 !== null),
          ]).filter((region) => region.kind === "REGION"),
        ).sort((a, b) => a.name.localeCompare(b.name)),
    }),
    topics: t.field({
      type: [Topic],
      description: "Topics, most relevant first.",
      select: { topics: { orderBy: { score: "desc" }, select: { topic: true } } },
      resolve: (statement) => statement.topics.map((link) => link.topic),
    }),
    extractorVersion: t.string({
      nullable: true,
      description: "The content hash of the extractor that made it (as `dictum --version` prints); null for statements stored before versions were recorded.",
      select: { article: { select: { extractorVersion: true } } },
      resolve: (statement) => statement.article.extractorVersion,
    }),
    taxonomyVersion: t.string({
      nullable: true,
      description: "The version of the topic taxonomy its topics were tagged with (health.taxonomyVersion is the database's now; `dictum reextract --topics` brings it up to date); null before taxonomies were versioned. Kept apart from extractorVersion: editing the taxonomy re-tags topics without re-extracting.",
      select: { article: { select: { taxonomyVersion: true } } },
      resolve: (statement) => statement.article.taxonomyVersion,
    }),
    quotation: t.relation("quotation", { nullable: true, description: "The same words as reported by every article that carried them." }),
    stance: t.expose("stance", { type: StanceEnum, description: "What the speaker does toward the targets (packages/extract/eval/stance-guide.md)." }),
    targets: t.relation("targets", {
      description: "Whom the stance is aimed at (\"accused Kyiv of …\": Kyiv), in the order the extractor found them; none for NEUTRAL.",
      query: { orderBy: { position: "asc" } },
    }),
  }),
});

builder.prismaObjectField(Statement, "otherReports", (t) =>
  t.field({
    type: [Statement],
    description: "The same quotation in other articles (other sources that reported it), earliest first; rejected ones left out.",
    select: (_args, _ctx, nestedSelection) => ({
      quotation: { select: { statements: nestedSelection({ where: { rejected: false }, orderBy: [{ saidOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] }) } },
    }),
    resolve: (statement) => (statement.quotation?.statements ?? []).filter((other) => other.id !== statement.id),
  }),
);

function uniqueById<T extends { id: number }>(items: T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}
