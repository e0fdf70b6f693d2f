// DateTime is an ISO-8601 instant; Date is a calendar day (YYYY-MM-DD, UTC), used by filters and timelines.
import { GraphQLError, Kind } from "graphql";
import { builder } from "../builder.ts";

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

function parseDateTime(value: unknown): Date {
  // Year 0000 parses in JavaScript but PostgreSQL has no year 0 ("date/time field value out of range")
  if (typeof value !== "string" || Number.isNaN(Date.parse(value)) || !/^\d{4}-\d{2}-\d{2}/.test(value) || value.startsWith("0000")) {
    throw invalid(`DateTime must be an ISO-8601 string such as "2021-07-28T09:00:00Z", got ${JSON.stringify(value)}.`);
  }
  return new Date(value);
}

function parseDate(value: unknown): Date {
  const match = typeof value === "string" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value || match?.[1] === "0000") {
    throw invalid(`Date must be a calendar day written YYYY-MM-DD, such as "2021-07-28", got ${JSON.stringify(value)}.`);
  }
  return date;
}

builder.scalarType("DateTime", {
  description: "An instant, as an ISO-8601 string in UTC (2021-07-28T00:00:00.000Z).",
  serialize: (value) => value.toISOString(),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType("Date", {
  description: "A calendar day in UTC, written YYYY-MM-DD (2021-07-28).",
  serialize: (value) => value.toISOString().slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});
