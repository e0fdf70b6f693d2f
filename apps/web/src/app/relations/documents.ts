// relations.graphql, typed by the generated file beside it (scripts/codegen.ts).
import { RelationsDocument, type RelationsQuery } from "./relations.generated";

export type Relation = RelationsQuery["relations"][number];

export const RELATIONS = RelationsDocument;
/** Every (from, to, stance) the API gives: the matrix keeps the busiest rows and columns of them. */
export const RELATIONS_LIMIT = 1000;
export const MATRIX_SIZE = 16;
