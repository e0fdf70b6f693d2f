// Language detection: English articles stay English (prose, headlines, wire tables), other languages are named.
// Texts written for this test.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../src/index.ts";
import { detectLanguage, isSupportedLanguage } from "../src/language/detect.ts";

const TABLE = "ACME CORP <ACM> 4TH QTR NET CHICAGO, March 2 - Shr 45 cts vs 58 cts Net 1,200,000 vs 1,450,000 Revs 20.1 mln vs 18.7 mln\nNine mths Shr 1.20 dlrs vs 1.05 dlrs Net 4,100,000 vs 3,600,000 Revs 61.4 mln vs 55.2 mln\nNOTE: Prior year restated for discontinued operations";

const TEXTS: [string, string][] = [
  ["en", 'MOSCOW, March 3. /TASS/. The minister said on Tuesday that the talks would resume next week. "We are ready," he told reporters.'],
  ["en", "Shares in the bank rose after its chief executive promised to cut costs and return cash to investors."],
  ["ru", "МОСКВА, 3 марта. /ТАСС/. Министр иностранных дел заявил во вторник, что переговоры возобновятся на следующей неделе. «Мы готовы к диалогу», — сказал он журналистам. Он также отметил, что Россия по-прежнему открыта для сотрудничества со всеми странами, которые уважают её интересы. По его словам, встреча пройдет в столице."],
  ["de", "BERLIN, 3. März. Der Minister sagte am Dienstag, dass die Gespräche in der nächsten Woche wieder aufgenommen werden. „Wir sind bereit“, sagte er den Journalisten. Die Regierung hofft auf eine Einigung noch vor dem Sommer, doch die Opposition bleibt skeptisch."],
  ["fr", "PARIS, 3 mars. Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine. « Nous sommes prêts », a-t-il dit aux journalistes. Le gouvernement espère un accord avant l’été, mais l’opposition reste sceptique."],
  ["es", "MADRID, 3 de marzo. El ministro dijo el martes que las conversaciones se reanudarán la próxima semana. «Estamos listos», dijo a los periodistas. El gobierno espera un acuerdo antes del verano, pero la oposición sigue siendo escéptica."],
  ["und", "OK."],
  ["und", 'Labour leader Neil Kinnock called it "a bribes budget."'],
];

const textIn = (language: string) => TEXTS.find(([code]) => code === language)![1];

describe("detectLanguage", () => {
  it.each(TEXTS)("tells %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("never takes an English wire table for another language", () => {
    expect(["en", "und"]).toContain(detectLanguage(TABLE));
  });

  it("never takes a short line in another script for English", () => {
    expect(isSupportedLanguage(detectLanguage("Путин заявил, что переговоры продолжатся."))).toBe(false);
  });

  it("reads only a bounded prefix: an English opening decides a long article", () => {
    expect(detectLanguage(`${textIn("en").repeat(10)} ${textIn("ru").repeat(200)}`)).toBe("en");
    expect(detectLanguage(`${textIn("ru").repeat(10)} ${textIn("en").repeat(200)}`)).toBe("ru");
  });

  it("supports English and undetermined text, not the others", () => {
    expect(["en", "und", "ru", "de"].map(isSupportedLanguage)).toEqual([true, true, false, false]);
  });
});

describe("extraction and language", () => {
  it("stores the language and extracts nothing from an article it cannot read", () => {
    const russian = extractArticle({ id: "ru", source: null, url: null, title: null, publishedAt: "2024-03-03", text: textIn("ru") });
    expect(russian.language).toBe("ru");
    expect(russian.statements).toEqual([]);
    const english = extractArticle({ id: "en", source: null, url: null, title: null, publishedAt: "2024-03-03", text: textIn("en") });
    expect(english.language).toBe("en");
    expect(english.statements.length).toBeGreaterThan(0);
  });
});
