// lib/node-ids.ts: Node ids come from the row in the resolver's own turn, and are the ids relay made before:
// base64 of "<type>:<id>", the same through every way a row is reached, and node(id) finds the row again.
import { encodeGlobalID } from "@pothos/plugin-relay";
import { testProviders } from "@dictum/db/testing";
import { GraphQLObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";
import { startTestApi, type TestApi } from "./harness.ts";

const NODE_TYPES = ["Statement", "Speaker", "Article", "Source", "Place", "Topic", "SavedSearch", "StatementCorrection"];

describe("node id resolvers", () => {
  it("answer synchronously with relay's encoding for every Node type", () => {
    for (const name of NODE_TYPES) {
      const type = schema.getType(name);
      expect(type, name).toBeInstanceOf(GraphQLObjectType);
      const resolve = (type as GraphQLObjectType).getFields().id!.resolve!;
      const id = resolve({ id: 42 }, {}, {}, {} as never);
      expect(id, name).toBe(encodeGlobalID(name, "42"));
    }
  });
});

describe.each(testProviders())("node ids on %s", (provider) => {
  let t: TestApi;
  beforeAll(async () => { t = await startTestApi(provider); });
  afterAll(async () => { await t?.close(); });

  it("are relay's ids of the rows' own ids, wherever the rows come from", async () => {
    const r = await t.gql(`{ statements(first: 50) { edges { node { id speaker { id } article { id source { id } } places { id } topics { id } } } } }`);
    expect(r.errors).toBeUndefined();
    const rows = await t.db.statement.findMany({ where: { id: { in: r.data.statements.edges.map((e: any) => Number(Buffer.from(e.node.id, "base64").toString().split(":")[1])) } }, include: { article: true, places: true, topics: true } });
    const byId = new Map(rows.map((row) => [encodeGlobalID("Statement", String(row.id)), row]));
    let checked = 0;
    for (const { node } of r.data.statements.edges) {
      const row = byId.get(node.id)!;
      expect(row, node.id).toBeDefined();
      expect(node.speaker?.id ?? null).toBe(row.speakerId === null ? null : encodeGlobalID("Speaker", String(row.speakerId)));
      expect(node.article.id).toBe(encodeGlobalID("Article", String(row.articleId)));
      expect(node.article.source.id).toBe(encodeGlobalID("Source", String(row.article.sourceId)));
      expect(node.places.map((p: any) => p.id).sort()).toEqual([...new Set(row.places.map((p) => encodeGlobalID("Place", String(p.placeId))))].sort());
      expect(node.topics.map((p: any) => p.id).sort()).toEqual(row.topics.map((p) => encodeGlobalID("Topic", String(p.topicId))).sort());
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("find their rows again through node(id), with the same id", async () => {
    const r = await t.gql(`{ statements(first: 3) { edges { node { id speaker { id } article { id } } } } topics { edges { node { id } } } }`);
    const ids = [...r.data.statements.edges.flatMap((e: any) => [e.node.id, e.node.speaker?.id, e.node.article.id]), r.data.topics.edges[0].node.id].filter(Boolean);
    for (const id of ids) {
      const found = await t.gql(`query($id: ID!) { node(id: $id) { id __typename } }`, { id });
      expect(found.data.node.id).toBe(id);
      expect(id).toBe(encodeGlobalID(found.data.node.__typename, Buffer.from(id, "base64").toString().split(":")[1]!));
    }
  });
});
