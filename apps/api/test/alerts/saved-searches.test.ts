// Saved searches end to end on each provider: save → ingest a matching article → the Atom feed shows it (read by the
// feed reader of `dictum ingest`) and the local receiver gets exactly one signed POST; failures are retried on the
// back-off schedule (an injected clock, no sleeping); a restart mid-retry still delivers; 410 disables the hook.
import { createHmac } from "node:crypto";
import { testProviders } from "@dictum/db/testing";
import { readArticlesFromString } from "@dictum/ingest/readers";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createApi } from "../../src/yoga.ts";
import { DEFAULT_RETRY_SCHEDULE } from "../../src/lib/alerts/backoff.ts";
import { startTestApi, TOKEN, type TestApi } from "../harness.ts";
import { startReceiver, type Receiver } from "./receiver.ts";

const auth = { authorization: `Bearer ${TOKEN}` };
const SAVE = `mutation($input: SaveSearchInput!) { saveSearch(input: $input) { id name feedPath viewQuery filter { countries kind } webhook { url signed } } }`;
const INGEST = `mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { statements { id text } } }`;
const DELIVERIES = `query($id: ID!) { savedSearch(id: $id) { deliveries(first: 10) { at status attempts httpStatus statementCount } } }`;

let serial = 0;
/** A new article (new text each time, so it is stored) with one direct quotation about Russia. */
function russianArticle() {
  serial++;
  return {
    text: `MOSCOW, March ${serial}. /TASS/. Kremlin spokesman Dmitry Peskov told reporters that Russia was ready for talks number ${serial}. "We are open to dialogue on item ${serial}," Peskov said.`,
    source: "TASS",
    url: `https://tass.example/${serial}`,
    publishedAt: "2024-03-03T00:00:00Z",
  };
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => name === "entry" || name === "link" || name === "category" });

describe.each(testProviders())("saved searches on %s", (provider) => {
  let t: TestApi;
  let receiver: Receiver;
  let clock = new Date("2026-01-01T00:00:00Z");
  beforeAll(async () => {
    receiver = await startReceiver();
    t = await startTestApi(provider, { fixture: false, allowPrivateWebhooks: true, dashboardUrl: "http://dash.test", webhooks: { now: () => clock, pollMs: 3_600_000 } });
  });
  afterAll(async () => {
    await t?.close();
    await receiver?.close();
  });
  afterEach(async () => {
    await t.db.savedSearch.deleteMany();
    receiver.received.length = 0;
    receiver.respond = 200;
  });
  const worker = () => t.api.webhooks!;
  /** Lets the tick an ingest started finish, then runs one more at the current clock. */
  async function settle() {
    await worker().idle();
    await worker().tick();
  }
  async function save(name: string, notify?: Record<string, unknown>, filter: Record<string, unknown> = { sources: ["TASS"] }) {
    const r = await t.gql(SAVE, { input: { name, filter, notify } }, auth);
    expect(r.errors).toBeUndefined();
    return r.data.saveSearch;
  }
  async function ingest() {
    const r = await t.gql(INGEST, { input: russianArticle() }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticle.statements.length).toBeGreaterThan(0);
    return r.data.ingestArticle.statements as { id: string; text: string }[];
  }

  it("refuses writes without the token and bad input with stable codes", async () => {
    const cases: [Record<string, unknown>, Record<string, string>, string, string?][] = [
      [{ name: "x", filter: {} }, {}, "UNAUTHENTICATED"],
      [{ name: " ", filter: {} }, auth, "BAD_USER_INPUT", "EMPTY_NAME"],
      [{ name: "x", filter: {}, notify: { webhookUrl: "not a url" } }, auth, "BAD_USER_INPUT", "MALFORMED_URL"],
      [{ name: "x", filter: {}, notify: { webhookUrl: "ftp://example.com/x" } }, auth, "BAD_USER_INPUT", "NOT_HTTP"],
      [{ name: "x", filter: { regions: ["Atlantis"] } }, auth, "BAD_USER_INPUT"],
    ];
    for (const [input, headers, code, reason] of cases) {
      const r = await t.gql(SAVE, { input }, headers);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
      if (reason) expect(r.errors?.[0]?.extensions?.reason).toBe(reason);
    }
    const unknown = await t.gql(`{ savedSearch(id: "999999") { name } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const del = await t.gql(`mutation { deleteSavedSearch(id: "999999") }`, {}, auth);
    expect(del.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const feedKey = await t.gql(`{ savedSearches { feedPath } }`);
    if (feedKey.data?.savedSearches?.length) expect(feedKey.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("refuses loopback and private webhook addresses unless allowed", async () => {
    const strict = createApi({ db: t.db, databaseUrl: provider === "sqlite" ? "file:x" : "postgresql://x@y/z", token: TOKEN });
    for (const webhookUrl of ["http://127.0.0.1:9/x", "http://localhost/x", "http://10.1.2.3/x", "http://[::1]/x", "http://192.168.0.5/x", "http://169.254.169.254/latest"]) {
      const response = await strict.fetch("http://dictum.test/graphql", { method: "POST", headers: { "content-type": "application/json", ...auth }, body: JSON.stringify({ query: SAVE, variables: { input: { name: "x", filter: {}, notify: { webhookUrl } } } }) });
      const body = (await response.json()) as any;
      expect(body.errors?.[0]?.extensions?.reason, webhookUrl).toBe("PRIVATE_ADDRESS");
    }
    await strict.close();
  });

  it("save → ingest → the feed shows it and the receiver gets exactly one signed POST", async () => {
    const saved = await save("Russia", { webhookUrl: receiver.url, secret: "s3cret" });
    expect(saved.filter).toEqual({ countries: null, kind: null });
    expect(saved.viewQuery).toBe("source=TASS");
    expect(saved.webhook).toEqual({ url: receiver.url, signed: true });
    const stored = await ingest();
    await settle();
    await settle(); // a second pass sends nothing more
    expect(receiver.received).toHaveLength(1);
    const post = receiver.received[0]!;
    expect(post.headers["x-dictum-signature"]).toBe(`sha256=${createHmac("sha256", "s3cret").update(post.body).digest("hex")}`);
    expect(post.json.savedSearch.name).toBe("Russia");
    expect(post.json.statements.map((s: any) => s.text)).toEqual(stored.map((s) => s.text));
    expect(post.json.statements.some((s: any) => s.places.includes("Russia"))).toBe(true);
    expect(post.json.statements[0]).toMatchObject({ speaker: expect.stringContaining("Peskov"), source: "TASS", saidOn: "2024-03-03", articleUrl: expect.stringMatching(/^https:\/\/tass\.example\//), link: expect.stringMatching(/^http:\/\/dash\.test\/statements\/\d+$/) });

    const deliveries = await t.gql(DELIVERIES, { id: saved.id });
    expect(deliveries.data.savedSearch.deliveries).toEqual([expect.objectContaining({ status: "DELIVERED", attempts: 1, httpStatus: 200, statementCount: stored.length })]);

    // The feed, as the feed reader of `dictum ingest` and a plain Atom parse see it.
    const response = await t.api.fetch(`http://dictum.test${saved.feedPath}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`urn:dictum:saved-search:${Buffer.from(saved.id, "base64").toString().split(":")[1]}`);
    const newest = feed.entry[0];
    expect(feed.updated).toBe(newest.updated);
    expect(new Date(newest.updated).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(newest.author.name).toContain("Peskov");
    expect(newest.published).toBe("2024-03-03T00:00:00Z");
    expect(feed.entry.slice(0, 2).flatMap((e: any) => (e.category ?? []).map((c: any) => c["@_term"]))).toContain("Russia");
    expect(newest.link.map((l: any) => l["@_href"])).toEqual([expect.stringMatching(/^http:\/\/dash\.test\/statements\/\d+$/), expect.stringMatching(/^https:\/\/tass\.example\//)]);
    const read = [];
    for await (const result of readArticlesFromString(xml, "xml", "feed.atom")) read.push(result);
    expect(read.length).toBe(feed.entry.length);
    expect(read[0]).toMatchObject({ ok: true, article: { url: newest.link[0]["@_href"], source: "Dictum: Russia" } });
    expect((read[0] as any).article.text).toContain(stored.at(-1)!.text.slice(1, 30));

    // Readers poll cheaply: same ETag → 304 without a body; a new matching statement changes it.
    const etag = response.headers.get("etag")!;
    const again = await t.api.fetch(`http://dictum.test${saved.feedPath}`, { headers: { "if-none-match": etag } });
    expect([again.status, await again.text()]).toEqual([304, ""]);
    await ingest();
    await settle();
    const changed = await t.api.fetch(`http://dictum.test${saved.feedPath}`, { headers: { "if-none-match": etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("feeds refuse a missing or wrong key and unknown ids; ad-hoc feeds take the dashboard's parameters", async () => {
    const saved = await save("keyed");
    const path = saved.feedPath as string;
    const noKey = await t.api.fetch(`http://dictum.test${path.replace(/\?.*/, "")}`);
    expect([noKey.status, noKey.headers.get("x-dictum-error")]).toEqual([401, "FEED_KEY_MISSING"]);
    const wrong = await t.api.fetch(`http://dictum.test${path.replace(/key=.*/, "key=guess")}`);
    expect([wrong.status, wrong.headers.get("x-dictum-error")]).toEqual([404, "FEED_NOT_FOUND"]);
    const unknown = await t.api.fetch(`http://dictum.test/feeds/999999.atom?key=x`);
    expect(unknown.status).toBe(404);
    const bad = await t.api.fetch(`http://dictum.test/feeds/statements.atom?kind=shouted`);
    expect([bad.status, bad.headers.get("x-dictum-error")]).toEqual([400, "BAD_USER_INPUT"]);

    await ingest();
    const adhoc = await t.api.fetch(`http://dictum.test/feeds/statements.atom?country=ru`);
    expect(adhoc.status).toBe(200);
    const feed = parser.parse(await adhoc.text()).feed;
    expect(feed.entry.length).toBeGreaterThan(0);
    for (const entry of feed.entry) expect(entry.category.map((c: any) => c["@_term"])).toContain("Russia");
    const direct = parser.parse(await (await t.api.fetch(`http://dictum.test/feeds/statements.atom?source=TASS&kind=direct`)).text()).feed;
    expect(direct.entry.length).toBeGreaterThan(0);
    for (const entry of direct.entry) expect(entry.title["#text"]).toMatch(/open to dialogue/);
    const none = parser.parse(await (await t.api.fetch(`http://dictum.test/feeds/statements.atom?country=TJ`)).text()).feed;
    expect([none.entry, none.updated]).toEqual([undefined, "1970-01-01T00:00:00.000Z"]);
  });

  it("counts statements stored since the last visit and lists the saved searches", async () => {
    const saved = await save("unread");
    const before = new Date(Date.now() - 1);
    const q = `query($id: ID!, $since: DateTime!) { savedSearch(id: $id) { newSince(lastSeen: $since) statements(first: 1) { totalCount } } }`;
    const start = await t.gql(q, { id: saved.id, since: before.toISOString() });
    expect(start.data.savedSearch.newSince).toBe(0);
    const stored = await ingest();
    const after = await t.gql(q, { id: saved.id, since: before.toISOString() });
    expect(after.data.savedSearch.newSince).toBe(stored.length);
    expect(after.data.savedSearch.statements.totalCount).toBeGreaterThanOrEqual(stored.length);
    const list = await t.gql(`{ savedSearches { id name } }`);
    expect(list.data.savedSearches.map((s: any) => s.name)).toContain("unread");
    const updated = await t.gql(`mutation($id: ID!) { updateSavedSearch(id: $id, input: { name: "renamed", filter: { countries: ["UA"] } }) { name viewQuery } }`, { id: saved.id }, auth);
    expect(updated.data.updateSavedSearch).toEqual({ name: "renamed", viewQuery: "country=UA" });
    const deleted = await t.gql(`mutation($id: ID!) { deleteSavedSearch(id: $id) }`, { id: saved.id }, auth);
    expect(deleted.data.deleteSavedSearch).toBe(saved.id);
    expect((await t.gql(`query($id: ID!) { savedSearch(id: $id) { name } }`, { id: saved.id })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("gives up after the last try and disables a hook whose receiver answers 410", async () => {
    await save("doomed", { webhookUrl: receiver.url });
    receiver.respond = 503;
    await ingest();
    for (let attempt = 1; attempt <= DEFAULT_RETRY_SCHEDULE.maxAttempts; attempt++) {
      await settle();
      clock = new Date(clock.getTime() + DEFAULT_RETRY_SCHEDULE.delayMs(attempt));
    }
    await settle();
    const doomed = (await t.db.webhookDelivery.findMany({ where: { savedSearch: { name: "doomed" } } }))[0]!;
    expect([doomed.state, doomed.attempts]).toEqual(["failed", DEFAULT_RETRY_SCHEDULE.maxAttempts]);
    expect(receiver.received.filter((r) => r.json.savedSearch.name === "doomed")).toHaveLength(DEFAULT_RETRY_SCHEDULE.maxAttempts);
    expect(receiver.received.every((r) => r.headers["x-dictum-signature"] === undefined)).toBe(true); // no secret, no signature

    const gone = await save("gone", { webhookUrl: receiver.url });
    receiver.respond = 410;
    receiver.received.length = 0;
    await ingest();
    await settle();
    clock = new Date(clock.getTime() + 60_000);
    await ingest();
    await settle();
    expect(receiver.received.filter((r) => r.json.savedSearch.name === "gone")).toHaveLength(1);
    const hook = await t.gql(`query($id: ID!) { savedSearch(id: $id) { webhook { disabledAt } deliveries { status } } }`, { id: gone.id }, auth);
    expect(hook.data.savedSearch.webhook.disabledAt).not.toBeNull();
    expect(hook.data.savedSearch.deliveries.map((d: any) => d.status)).toEqual(["DISABLED"]);
  });
  it.runIf(provider === "postgresql")("waits for a statement whose transaction took a lower id and commits after a higher one", async () => {
    const { default: pg } = await import("pg");
    await save("late", { webhookUrl: receiver.url });
    const first = await ingest();
    await settle();
    clock = new Date(clock.getTime() + 2_000);
    const article = await t.db.statement.findFirstOrThrow({ where: { id: Number(Buffer.from(first[0]!.id, "base64").toString().split(":")[1]) }, select: { articleId: true } });
    const url = (await t.db.$queryRawUnsafe<{ db: string }[]>(`SELECT current_database() AS db`))[0]!.db;
    const connection = { connectionString: process.env.DICTUM_TEST_POSTGRES_URL!.replace(/\/[^/]*$/, `/${url}`) };
    const client = new pg.Client(connection);
    await client.connect();
    try {
      // Two raw writers of different kinds (so the count triggers touch different rows and neither waits).
      const insert = (c: InstanceType<typeof pg.Client>, kind: string, text: string) =>
        c.query(`INSERT INTO "Statement" ("articleId", "kind", "text", "start", "end", "confidence") VALUES ($1, '${kind}', $2, 0, 9, 0.9) RETURNING "id"`, [article.articleId, text]).then((r) => Number(r.rows[0].id));
      await client.query("BEGIN");
      const low = await insert(client, "INDIRECT", "held back");
      const other = new pg.Client(connection);
      await other.connect();
      const high = await insert(other, "DIRECT", "committed first"); // autocommit: visible at once, with a higher id
      await other.end();
      expect(high).toBeGreaterThan(low);
      await settle();
      const sent = () => receiver.received.filter((r) => r.json.savedSearch.name === "late").flatMap((r) => r.json.statements.map((st: any) => st.id));
      expect(sent()).not.toContain(high); // not yet: the open transaction may still add a lower id
      await client.query("COMMIT");
      clock = new Date(clock.getTime() + 2_000);
      await settle();
      expect(sent().filter((id: number) => id >= low).sort((a: number, b: number) => a - b)).toEqual([low, high]);
    } finally {
      await client.end();
    }
  });

  it("retries a failing receiver on the back-off schedule, then gives up; a restart mid-retry still delivers", async () => {
    const saved = await save("flaky", { webhookUrl: receiver.url, secret: "k" });
    receiver.respond = 500;
    await ingest();
    await settle();
    expect(receiver.received).toHaveLength(1);
    const row = async () => (await t.db.webhookDelivery.findFirstOrThrow({ where: { savedSearch: { name: "flaky" } } }));
    let delivery = await row();
    expect([delivery.state, delivery.attempts, delivery.lastStatus]).toEqual(["pending", 1, 500]);
    expect(delivery.nextAttemptAt.getTime() - clock.getTime()).toBe(DEFAULT_RETRY_SCHEDULE.delayMs(1));
    // Not due yet: nothing is sent.
    clock = new Date(clock.getTime() + DEFAULT_RETRY_SCHEDULE.delayMs(1) - 1_000);
    await settle();
    expect(receiver.received).toHaveLength(1);
    // Due: the second try, 30 s later, fails too and waits twice as long.
    clock = new Date(delivery.nextAttemptAt.getTime());
    await settle();
    delivery = await row();
    expect([receiver.received.length, delivery.attempts]).toEqual([2, 2]);
    expect(delivery.nextAttemptAt.getTime() - clock.getTime()).toBe(DEFAULT_RETRY_SCHEDULE.delayMs(2));

    // The API process goes away mid-retry; a new one on the same database delivers when the try is due.
    await worker().stop();
    clock = new Date(delivery.nextAttemptAt.getTime());
    receiver.respond = 200;
    const restarted = createApi({ db: t.db, databaseUrl: provider === "sqlite" ? "file:restart" : "postgresql://x@y/z", token: TOKEN, allowPrivateWebhooks: true, webhooks: { now: () => clock, pollMs: 3_600_000 } });
    await restarted.webhooks!.tick();
    await restarted.close();
    expect(receiver.received).toHaveLength(3);
    expect(new Set(receiver.received.map((r) => r.headers["x-dictum-delivery"])).size).toBe(1);
    const deliveries = await t.gql(DELIVERIES, { id: saved.id });
    expect(deliveries.data.savedSearch.deliveries[0]).toMatchObject({ status: "DELIVERED", attempts: 3, httpStatus: 200 });
  });
});
