// A statement an analyst adds reaches saved searches like any writer's: its webhook gets it, its feed lists it; one
// rejected before the scan is never sent. SQLite and PostgreSQL.
import { testProviders } from "@dictum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi, TOKEN, type TestApi } from "../harness.ts";
import { startReceiver, type Receiver } from "./receiver.ts";

const auth = { authorization: `Bearer ${TOKEN}` };
const TEXT = 'OSLO, May 2 (Reuters) - Norway will raise its defence budget next year, the finance ministry said. "We will spend more on the navy," Finance Minister Trygve Vedum told reporters.';
const ADD = `mutation($article: ID!, $input: AddStatementInput!) { addStatement(articleId: $article, input: $input) { statement { id text } } }`;

describe.each(testProviders())("corrections and saved-search alerts on %s", (provider) => {
  let t: TestApi;
  let receiver: Receiver;
  const clock = new Date("2026-01-01T00:00:00Z");
  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApi(provider, { fixture: false, allowPrivateWebhooks: true, webhooks: { now: () => clock, pollMs: 3_600_000 } });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });
  async function settle() {
    await t.api.webhooks!.idle();
    await t.api.webhooks!.tick();
  }
  const span = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words });

  it("sends an added statement to the matching hook, and never one rejected before it was scanned", async () => {
    const ingested = await t.gql(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }`, { input: { text: TEXT, source: "Reuters", publishedAt: "2024-05-02T00:00:00Z" } }, auth);
    expect(ingested.errors).toBeUndefined();
    const article = ingested.data.ingestArticle.article.id;
    const saved = await t.gql(`mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id feedPath } }`, { input: { name: "Norway budget", filter: { countries: ["NO"], speakerKinds: ["ORGANISATION"] }, notify: { webhookUrl: receiver.url } } }, auth);
    expect(saved.errors).toBeUndefined();
    await settle();
    receiver.received.length = 0;

    const added = await t.gql(ADD, { article, input: { kind: "INDIRECT", ...span("Norway will raise its defence budget next year"), speakerName: "the finance ministry", speakerKind: "ORGANISATION", places: ["NO"] } }, auth);
    expect(added.errors).toBeUndefined();
    await settle();
    await settle();
    expect(receiver.received.flatMap((r) => r.json.statements.map((s: any) => s.text))).toEqual(["Norway will raise its defence budget next year"]);

    receiver.received.length = 0;
    const other = await t.gql(ADD, { article, input: { kind: "INDIRECT", ...span("raise its defence budget"), speakerName: "the defence ministry", speakerKind: "ORGANISATION", places: ["NO"] } }, auth);
    expect(other.errors).toBeUndefined();
    const reject = await t.gql(`mutation($id: ID!) { correctStatement(id: $id, input: { rejected: true }) { statement { rejected } } }`, { id: other.data.addStatement.statement.id }, auth);
    expect(reject.data.correctStatement.statement.rejected).toBe(true);
    await settle();
    await settle();
    expect(receiver.received).toEqual([]);

    const feed = await (await t.api.fetch(`http://dictum.test${saved.data.saveSearch.feedPath}`)).text();
    expect(feed).toContain("Norway will raise its defence budget next year");
    expect(feed).not.toContain("the defence ministry");
  });
});
