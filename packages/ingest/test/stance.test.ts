// Stance and targets as ingest stores them, on SQLite and (when DICTUM_TEST_POSTGRES_URL is set) PostgreSQL.
import { afterEach, describe, expect, it } from "vitest";
import { createTestDb, testProviders, type TestDb } from "@dictum/db/testing";
import { ingestArticles } from "../src/index.ts";
import { articleOf, extractorFor, person, type ArticleSpec } from "./fixtures.ts";
import { referenceData } from "../src/reference-data.ts";

const ACCUSATION = "Kyiv of shelling the plant";
const PRAISE = "Sergei Lavrov for his patience";
const REPLY = "We never shelled the plant";

function corpus(): ArticleSpec[] {
  const text = `The minister accused ${ACCUSATION}. Later he thanked ${PRAISE}.\n\n"${REPLY}," Ukraine's envoy Olga Marchenko said.`;
  const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
  return [
    articleOf("stance", [
      {
        quote: ACCUSATION, speaker: person("Sergei Lavrov", "Russian Foreign Minister", "RU"), stance: "CRITICISES",
        targets: [{ name: "Kyiv", kind: "place", countryCode: "UA", ...at("Kyiv") }],
      },
      {
        quote: PRAISE, speaker: person("Sergei Lavrov", "Russian Foreign Minister", "RU"), stance: "SUPPORTS",
        targets: [{ name: "Sergei Lavrov", kind: "speaker", countryCode: null, ...at("Sergei Lavrov") }, { name: "  ", kind: "name", countryCode: "xx1", start: 0, end: 1 }],
      },
      { quote: REPLY, speaker: person("Olga Marchenko", "Ukraine's envoy", "UA") },
    ], { text }),
  ];
}

describe.each(testProviders())("stance and targets on %s", (provider) => {
  let t: TestDb | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("stores each statement's stance and its targets in order, a speaker target linked to the speaker", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const specs = corpus();
    await ingestArticles(t.db, specs.map((s) => s.article), { extract: extractorFor(specs) });
    const statements = await t.db.statement.findMany({ include: { targets: { orderBy: { position: "asc" }, include: { speaker: true } }, article: true }, orderBy: { id: "asc" } });
    expect(statements.map((s) => s.stance)).toEqual(["CRITICISES", "SUPPORTS", "NEUTRAL"]);
    const [accusation, praise, reply] = statements;
    expect(accusation!.targets.map((x) => [x.position, x.name, x.kind, x.countryCode, x.speakerId])).toEqual([[0, "Kyiv", "PLACE", "UA", null]]);
    const target = accusation!.targets[0]!;
    expect(accusation!.article.text.slice(target.start, target.end)).toBe("Kyiv");
    // The blank name is dropped; the speaker target is the stored speaker.
    expect(praise!.targets.map((x) => [x.name, x.kind, x.speaker?.name])).toEqual([["Sergei Lavrov", "SPEAKER", "Sergei Lavrov"]]);
    expect(praise!.targets[0]!.speakerId).toBe(praise!.speakerId);
    expect(reply!.targets).toEqual([]);
  });

  it("stores the real extractor's stance and targets", async () => {
    t = await createTestDb(provider, { reference: referenceData() });
    const article = {
      id: "real", source: "Dictum test", url: null, publishedAt: "2024-03-01", title: "Envoy warns",
      text: "MOSCOW, March 1. Russian Foreign Minister Sergei Lavrov urged Washington to stop arming Kyiv.\n\n\"We will respond,\" Lavrov said.",
    };
    await ingestArticles(t.db, [article]);
    const statements = await t.db.statement.findMany({ include: { targets: true }, orderBy: { id: "asc" } });
    const urged = statements.find((s) => s.text.startsWith("Washington"));
    expect(urged?.stance).toBe("DEMANDS");
    expect(urged?.targets.map((x) => [x.name, x.kind, x.countryCode])).toEqual([["Washington", "PLACE", "US"]]);
  });
});
