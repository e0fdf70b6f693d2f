// Quotation: the same words as reported by every article that carried them.
import { builder } from "../builder.ts";

builder.prismaObject("Quotation", {
  description: "Words reported by one or more articles; each report is a Statement.",
  fields: (t) => ({
    firstSaidOn: t.expose("firstSaidOn", { type: "DateTime", nullable: true, description: "The earliest known date of its reports; null when none is known." }),
    reportCount: t.relationCount("statements", { where: { rejected: false }, description: "How many statements (reports) carry these words (rejected ones left out)." }),
    sourceCount: t.int({
      description: "How many different sources reported these words.",
      select: { statements: { where: { rejected: false }, select: { article: { select: { sourceId: true } } } } },
      resolve: (quotation) => new Set(quotation.statements.map((s) => s.article.sourceId ?? -1)).size,
    }),
    statements: t.relation("statements", { description: "Its reports, earliest first; rejected ones left out.", query: { where: { rejected: false }, orderBy: [{ saidOn: { sort: "asc", nulls: "last" } }, { id: "asc" }] } }),
  }),
});
