// The rows a batch writes, built from an extraction and the ids the transaction resolved (no database).
import type { ExtractedStatement } from "@dictum/extract";
import { describe, expect, it } from "vitest";
import { sqlDate, trusted } from "../../src/bulk-insert.ts";
import { articleKey } from "../../src/batch/article-key.ts";
import { articleRow, linkRows, statementRow, type Lookups, type StatementPlan } from "../../src/batch/build-rows.ts";
import type { Planned } from "../../src/batch/plan.ts";
import { ARTICLE_COLUMNS } from "../../src/rows.ts";
import type { KnownSpeaker } from "../../src/speakers/speaker-index.ts";
import { articleOf, extractorFor, person } from "../fixtures.ts";

const NOW = new Date("2025-01-02T03:04:05.678Z");
const stamp = { dialect: "sqlite" as const, now: sqlDate("sqlite", NOW), version: "v1", taxonomyVersion: "t1" };
const lookups: Lookups = {
  sourceId: (name) => ({ TASS: 7 })[name],
  placeId: (key) => ({ "country:af": 11, "city:tj:dushanbe": 12 })[key],
  topicId: (slug) => ({ "troop-withdrawal": 21, security: 22 })[slug],
  quotationId: (fingerprint) => (fingerprint === "known" ? 31 : undefined),
};

function planned(): Planned {
  const spec = articleOf("a1", [
    { quote: "We are leaving Afghanistan", speaker: person("Sergey Shoigu"), saidOn: "2021-07-28", places: [{ name: "Afghanistan", countryCode: "AF", type: "country" }, { name: "Atlantis", countryCode: null, type: "country" }] },
    { quote: "The border holds", speaker: null, topics: [{ slug: "security", name: "Security", score: 0.4 }, { slug: "security", name: "Security", score: 0.9 }, { slug: "unknown", name: "Unknown", score: 1 }] },
  ], { url: " https://tass.com/1 ", publishedAt: "2021-07-28" }, { name: "Dushanbe", countryCode: "TJ" });
  return { index: 0, article: spec.article, key: articleKey(spec.article), extraction: extractorFor([spec])(spec.article) };
}

const speaker: KnownSpeaker = { id: 5, name: "Sergey Shoigu", key: "sergey shoigu", kind: "person", countryCode: "RU", title: null } as KnownSpeaker;
const statementPlans = (plan: Planned): StatementPlan[] =>
  plan.extraction.statements.map((s, i) => ({ s, speaker: i === 0 ? speaker : null, saidOn: s.saidOn ? new Date(`${s.saidOn}T00:00:00.000Z`) : null, fingerprint: i === 0 ? "known" : "new" }));

describe("article rows", () => {
  it("carry the source, the dateline place, the story country, the hash and the version, in column order", () => {
    const plan = planned();
    const row = articleRow(plan, "TJ", lookups, stamp);
    const byColumn = Object.fromEntries(ARTICLE_COLUMNS.map((column, i) => [column.name, row[i]]));
    expect(byColumn).toEqual({
      externalId: "a1", sourceId: 7, url: "https://tass.com/1", title: "Article a1", publishedAt: sqlDate("sqlite", new Date("2021-07-28T00:00:00.000Z")),
      datelineName: "Dushanbe", datelinePlaceId: 12, language: "en", storyCountry: "TJ", text: plan.article.text, contentHash: trusted(plan.key.hash),
      ingestedAt: stamp.now, extractorVersion: "v1", taxonomyVersion: "t1",
    });
  });

  it("leave out what is unknown: a source not stored, a dateline place not found, no date", () => {
    const plan = planned();
    const bare = { ...plan, article: { ...plan.article, source: "Nobody", publishedAt: null }, extraction: { ...plan.extraction, publishedAt: null, dateline: null, language: "" } };
    const byColumn = Object.fromEntries(ARTICLE_COLUMNS.map((column, i) => [column.name, articleRow(bare, null, lookups, stamp)[i]]));
    expect(byColumn).toMatchObject({ sourceId: null, publishedAt: null, datelineName: null, datelinePlaceId: null, language: "en", storyCountry: null });
  });
});

describe("statement rows", () => {
  it("carry the speaker, the quotation found by fingerprint, the date and the stance", () => {
    const [first, second] = statementPlans(planned());
    expect(statementRow(9, first!, lookups, stamp)).toEqual({
      articleId: 9, speakerId: 5, quotationId: 31, kind: "DIRECT", text: "We are leaving Afghanistan", start: first!.s.start, end: first!.s.end,
      saidOn: sqlDate("sqlite", new Date("2021-07-28T00:00:00.000Z")), confidence: 0.9, createdAt: stamp.now, stance: "NEUTRAL",
    });
    expect(statementRow(9, second!, lookups, stamp)).toMatchObject({ speakerId: null, quotationId: null });
  });

  it("clamp the confidence into [0, 1], store 0 for one that is not a number, and NEUTRAL for an unknown stance", () => {
    const [first] = statementPlans(planned());
    const withS = (s: Partial<ExtractedStatement>) => statementRow(1, { ...first!, s: { ...first!.s, ...s } }, lookups, stamp);
    expect(withS({ confidence: 1.7 }).confidence).toBe(1);
    expect(withS({ confidence: -0.2 }).confidence).toBe(0);
    expect(withS({ confidence: Number.NaN }).confidence).toBe(0);
    expect(withS({ kind: "indirect" }).kind).toBe("INDIRECT");
    expect(withS({ stance: "GLOATS" as ExtractedStatement["stance"] }).stance).toBe("NEUTRAL");
  });
});

describe("link rows", () => {
  it("link the places found (not the dateline), each topic once, and the targets, by statement id", () => {
    const plan = planned();
    const plans = statementPlans(plan);
    plans[0]!.s.targets = [{ name: "Kabul", kind: "place", countryCode: "af", start: 0, end: 5 }] as ExtractedStatement["targets"];
    const links = linkRows(plan.article.text, plans, [101, 102], lookups);
    expect(links.places).toEqual([{ statementId: 101, placeId: 11, role: "MENTIONED" }]); // Atlantis is no place; Dushanbe is the dateline
    expect(links.topics).toEqual([{ statementId: 102, topicId: 22, score: 0.4 }]); // the first score of a topic named twice
    expect(links.targets).toEqual([{ statementId: 101, position: 0, name: "Kabul", kind: "place", countryCode: "AF", speakerId: null, start: 0, end: 5 }]);
  });
});
