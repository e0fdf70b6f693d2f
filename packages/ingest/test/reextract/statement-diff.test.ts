// What re-extraction changes in a stored statement for the extractor's fresh reading of it (no database).
import type { ExtractedStatement } from "@dictum/extract";
import { describe, expect, it } from "vitest";
import { sqlDate, trusted } from "../../src/bulk-insert.ts";
import { diffStatement, newLinks, type Fresh, type LinkLookups } from "../../src/reextract/statement-diff.ts";
import type { StoredStatement } from "../../src/reextract/stored.ts";
import type { KnownSpeaker } from "../../src/speakers/speaker-index.ts";

const lookups: LinkLookups = {
  placeId: (key) => ({ "country:af": 11, "country:tj": 12 })[key],
  topicId: (slug) => ({ security: 21, trade: 22 })[slug],
};
const lavrov = { id: 5, name: "Sergey Lavrov", key: "sergey lavrov", kind: "person" } as KnownSpeaker;

const stored: StoredStatement = {
  id: 100, articleId: 1, kind: "DIRECT", text: "The talks will go on", start: 10, end: 30, saidOn: new Date("2024-07-28T00:00:00.000Z"), confidence: 0.9,
  speakerId: 5, quotationId: 40, placeIds: [11], topics: new Map([[21, 0.5]]), rejected: false, extracted: null,
};

function fresh(s: Partial<ExtractedStatement> = {}, speaker: KnownSpeaker | null = lavrov): Fresh {
  const statement: ExtractedStatement = {
    text: "The talks will go on", kind: "direct", start: 10, end: 30, saidOn: "2024-07-28", confidence: 0.9, speaker: null,
    places: [{ name: "Afghanistan", countryCode: "AF", type: "country" }], regions: [], topics: [{ slug: "security", name: "Security", score: 0.5 }],
    stance: "NEUTRAL", targets: [], ...s,
  };
  return { s: statement, kind: statement.kind === "direct" ? "DIRECT" : "INDIRECT", start: statement.start, end: statement.end, speaker };
}

describe("a stored statement against its fresh reading", () => {
  it("is kept when nothing the row or its links hold differs", () => {
    const diff = diffStatement(stored, fresh(), 40, "sqlite", lookups);
    expect(diff.columns).toEqual({});
    expect(diff.linksChanged).toBe(false);
    expect([diff.placeLinksToAdd, diff.placeLinksToDrop, diff.topicLinksToAdd, diff.topicLinksToDrop, diff.topicScores]).toEqual([[], [], [], [], []]);
  });

  it("updates exactly the columns that differ, dates as the dialect stores them", () => {
    const diff = diffStatement(stored, fresh({ text: "The talks will go on, he said", end: 39, saidOn: "2024-07-29", confidence: 1.4 }, null), 41, "postgresql", lookups);
    expect(diff.columns).toEqual({ text: "The talks will go on, he said", end: 39, speakerId: null, quotationId: 41, saidOn: sqlDate("postgresql", new Date("2024-07-29T00:00:00.000Z")), confidence: 1 });
    expect(diffStatement(stored, fresh({ saidOn: null }), 40, "sqlite", lookups).columns).toEqual({ saidOn: null });
  });

  it("adds, drops and rescores links, ignoring places and topics that are not stored", () => {
    const diff = diffStatement(stored, fresh({
      places: [{ name: "Tajikistan", countryCode: "TJ", type: "country" }, { name: "Atlantis", countryCode: null, type: "country" }],
      topics: [{ slug: "security", name: "Security", score: 0.8 }, { slug: "trade", name: "Trade", score: 0.3 }, { slug: "unknown", name: "?", score: 1 }],
    }), 40, "sqlite", lookups);
    expect(diff.columns).toEqual({});
    expect(diff.linksChanged).toBe(true);
    expect(diff.placeLinksToAdd).toEqual([[100, 12, trusted("MENTIONED")]]);
    expect(diff.placeLinksToDrop).toEqual([[100, 11]]);
    expect(diff.topicLinksToAdd).toEqual([[100, 22, 0.3]]);
    expect(diff.topicScores).toEqual([[100, 21, 0.8]]);
    expect(diff.topicLinksToDrop).toEqual([]);
  });

  it("gives a new statement its links, each place and topic once", () => {
    const s = fresh({ places: [{ name: "Afghanistan", countryCode: "AF", type: "country" }, { name: "Afghanistan", countryCode: "AF", type: "country" }], topics: [{ slug: "trade", name: "Trade", score: 0.2 }, { slug: "trade", name: "Trade", score: 0.9 }] }).s;
    expect(newLinks(7, s, lookups)).toEqual({ places: [[7, 11, trusted("MENTIONED")]], topics: [[7, 22, 0.2]] });
  });
});
