import { builder } from "../builder.ts";

export const Source = builder.prismaNode("Source", {
  id: { field: "id" },
  description: "A publisher or agency (TASS, Reuters …).",
  fields: (t) => ({
    name: t.exposeString("name"),
    articleCount: t.relationCount("articles"),
  }),
});
