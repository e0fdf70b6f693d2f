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
