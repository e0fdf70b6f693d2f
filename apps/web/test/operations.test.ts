// Every operation the dashboard sends is checked against the API's committed SDL (apps/api/schema.graphql), so a
// schema change that would break the dashboard fails here, before a browser ever sees it.
import { readFileSync } from "node:fs";
import { buildSchema, parse, validate, type DocumentNode } from "graphql";
import { describe, expect, it } from "vitest";
import { STATEMENT_DETAIL } from "@/app/statements/[id]/documents";
import { SPEAKER } from "@/app/speakers/[id]/documents";
import { STATEMENT_PAGE } from "@/components/statements/documents";
import { OVERVIEW, REGION_MEMBERS, TIMELINE } from "@/lib/overview/documents";
import { RELATIONS } from "@/app/relations/documents";
import { SPEAKER_POSITIONS, TOPIC_POSITIONS, TOPIC_SHIFTS } from "@/components/positions/documents";

const schema = buildSchema(readFileSync(new URL("../../api/schema.graphql", import.meta.url), "utf8"));

describe("operations against the API schema", () => {
  it.each([
    ["StatementPage", STATEMENT_PAGE],
    ["Overview", OVERVIEW],
    ["Timeline", TIMELINE],
    ["StatementDetail", STATEMENT_DETAIL],
    ["SpeakerPage", SPEAKER],
    ["RegionMembers", REGION_MEMBERS],
    ["Relations", RELATIONS],
    ["SpeakerPositions", SPEAKER_POSITIONS],
    ["TopicPositions", TOPIC_POSITIONS],
    ["TopicShifts", TOPIC_SHIFTS],
  ] as [string, DocumentNode][])("%s is valid", (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it("catches an operation the schema does not allow", () => {
    const errors = validate(schema, parse("query($f: StatementFilter) { statements(filter: $f, first: 1) { edges { node { quoteText } } } }"));
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/^Cannot query field "quoteText" on type "Statement"/)]);
  });
});
