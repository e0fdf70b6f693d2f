// PlaceMention (the StatementPlace rows): a place a statement names, with the role it plays.
import { builder } from "../builder.ts";
import { PlaceRoleEnum } from "./enums.ts";

builder.prismaObject("StatementPlace", {
  name: "PlaceMention",
  fields: (t) => ({
    place: t.relation("place"),
    role: t.expose("role", { type: PlaceRoleEnum }),
  }),
});
