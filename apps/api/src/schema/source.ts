import { builder } from "../builder.ts";

export const Source = builder.prismaNode("Source", {
  id: { field: "id" },
  nullable: true, // node(id:) of a deleted or unknown record is null, not an error
  description: "A publisher or agency (TASS, Reuters …).",
  fields: (t) => ({
    name: t.exposeString("name"),
    articleCount: t.relationCount("articles"),
  }),
});
