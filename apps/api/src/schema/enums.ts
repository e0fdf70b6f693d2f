import { builder } from "../builder.ts";

export const StatementKindEnum = builder.enumType("StatementKind", {
  description: "DIRECT: words in quotation marks. INDIRECT: reported speech (\"X said that …\").",
  values: ["DIRECT", "INDIRECT"] as const,
});

export const SpeakerKindEnum = builder.enumType("SpeakerKind", { values: ["PERSON", "ORGANISATION", "UNNAMED"] as const });

export const PlaceKindEnum = builder.enumType("PlaceKind", {
  description: "REGION covers UN M49 regions and sub-regions and common groupings such as the Middle East.",
  values: ["WORLD", "REGION", "COUNTRY", "SUBNATIONAL", "CITY"] as const,
});

export const PlaceRoleEnum = builder.enumType("PlaceRole", {
  description: "MENTIONED: named in the statement. DATELINE: no longer given (where the article was filed is Statement.saidIn).",
  values: ["MENTIONED", "DATELINE"] as const,
});

export const OrderDirectionEnum = builder.enumType("OrderDirection", { values: ["ASC", "DESC"] as const });

export const StanceEnum = builder.enumType("Stance", {
  description: "What the speaker does toward the statement's targets: accuses or condemns (CRITICISES), cautions or threatens (WARNS), asks or urges (DEMANDS), backs, praises or thanks (SUPPORTS), rejects a claim (DENIES), or only tells (NEUTRAL). Defined in packages/extract/eval/stance-guide.md.",
  values: ["CRITICISES", "WARNS", "DEMANDS", "SUPPORTS", "DENIES", "NEUTRAL"] as const,
});

export const TargetKindEnum = builder.enumType("TargetKind", {
  description: "PLACE: a country or a place standing for it (\"Kyiv\", \"Washington\"). SPEAKER: one of the article's speakers. NAME: anything else, as written (\"both sides\", \"the budget\").",
  values: ["PLACE", "SPEAKER", "NAME"] as const,
});
