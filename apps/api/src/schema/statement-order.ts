// StatementOrder: how a list of statements is sorted (the input and the field enum only it uses).
import { builder } from "../builder.ts";
import { OrderDirectionEnum } from "./enums.ts";

const StatementOrderFieldEnum = builder.enumType("StatementOrderField", {
  values: {
    SAID_ON: { description: "When the statement was said, then id; statements of unknown date come last either way." },
    RELEVANCE: { description: "Full-text rank; needs filter.search." },
  },
});

export const StatementOrderInput = builder.inputType("StatementOrder", {
  fields: (t) => ({
    field: t.field({ type: StatementOrderFieldEnum, required: true }),
    direction: t.field({ type: OrderDirectionEnum, required: true, defaultValue: "DESC" }),
  }),
});
