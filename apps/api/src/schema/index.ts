// Loads every type file for its side effects on the builder, then builds the schema.
import { builder } from "../builder.ts";
import "./scalars.ts";
import "./enums.ts";
import "./place.ts";
import "./topic.ts";
import "./source.ts";
import "./statement-filter.ts";
import "./statement.ts";
import "./statement-target.ts";
import "./place-mention.ts";
import "./quotation.ts";
import "./statement-order.ts";
import "./statement-connection.ts";
import "./statement-queries.ts";
import "./speaker.ts";
import "./article.ts";
import "./aggregates.ts";
import "./relations.ts";
import "./positions.ts";
import "./ingest.ts";
import "./correction.ts";
import "./subscription.ts";
import "./saved-search.ts";
import "./health.ts";

export const schema = builder.toSchema({ sortSchema: true });
