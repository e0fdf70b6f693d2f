import { describe, expect, it } from "vitest";
import { rows } from "../statements/helpers.ts";

const speakers = (text: string) => rows(text).map(([, speaker]) => speaker);

describe("speaker coreference", () => {
  it("resolves a surname, a pronoun and a description to the fullest name", () => {
    const text = [
      "Russian Defense Minister Sergey Shoigu told reporters the US was trying to take root in Central Asia.",
      '"The US declared far and wide that they are leaving Afghanistan," Shoigu specified.',
      "There are still sanctions banning the import of oil products to Syria, he noted.",
      '"Things continue to unfold there," the Russian defense chief said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual(["Sergey Shoigu", "Sergey Shoigu", "Sergey Shoigu", "Sergey Shoigu"]);
  });

  it("refers 'he' back to an unnamed single person", () => {
    const text = "A Western diplomat said sugar output also fell in Fujian.\n\nHe said the rural sectors in Guangdong were well developed.";
    expect(speakers(text)).toEqual(["A Western diplomat", "A Western diplomat"]);
  });

  it("refers 'the newspaper' to the newspaper quoted before", () => {
    const text = 'The Nanfang Daily said production in Guangdong province fell.\n\n"Supply of cane is inadequate," the newspaper said.';
    expect(speakers(text)).toEqual(["The Nanfang Daily", "The Nanfang Daily"]);
  });

  it("matches a description to the speaker who shares its words", () => {
    const text = [
      '"The real economic effects can be significant," said an economist at a U.S. securities house.',
      '"Because of lower appreciation of assets, that much negative impact could be observed," said Keikichi Honda, general manager of economic research at the Bank of Tokyo.',
      '"There has been a move from the purely rational to the emotional," said the foreign economist.',
    ].join("\n\n");
    expect(speakers(text)).toEqual(["an economist at a U.S. securities house", "Keikichi Honda", "an economist at a U.S. securities house"]);
  });

  it("takes 'she' from a person named in the narration when no one has spoken yet", () => {
    const text = "Rakeyia Scott filmed the encounter.\n\n“Don't shoot him,” she says.";
    expect(speakers(text)).toEqual(["Rakeyia Scott"]);
  });

  it("keeps the office over a courtesy title and reads 'he' as the person just named", () => {
    const text = [
      "Federal Reserve chairman Alan Greenspan said budget concerns were clouding the outlook.",
      '"I fear that we may have already committed more resources," Mr Greenspan said.',
      "Labour Minister Ghazi al-Gosaibi caused uproar when he said his ministry was having difficulty hiring women.",
    ].join("\n\n");
    const result = rows(text);
    expect(result.map(([, s]) => s)).toEqual(["Alan Greenspan", "Alan Greenspan", "Ghazi al-Gosaibi"]);
  });

  it("reads a lone word that begins a company's name as the company", () => {
    const text = "Ford Motor Co said its credit unit will redeem debentures.\n\nFord said debentures will be selected on a pro rata basis.";
    expect(speakers(text)).toEqual(["Ford Motor Co", "Ford Motor Co"]);
  });

  it("forgives a misspelt surname in wire copy", () => {
    const text = "Bundesbank vice-president Helmut Schlesinger said the bank was watching.\n\n\"Let us wait and see,\" Schelsinger said.";
    expect(speakers(text)).toEqual(["Helmut Schlesinger", "Helmut Schlesinger"]);
  });

  it("keeps distinct surnames apart", () => {
    const text = "Roy Hattersley said the Tories were wrong.\n\nNigel Lawson said the setting was favourable.\n\n\"It is fine,\" Lawson said.";
    expect(speakers(text)).toEqual(["Roy Hattersley", "Nigel Lawson", "Nigel Lawson"]);
  });

  it("does not let a new sentence's own quote take the attribution of the quote before it", () => {
    const text = 'Interior Minister Joachim Brudziński called the stabbing "an act of inexplicable barbarity." He said "I can’t find the words."';
    expect(speakers(text)).toEqual(["Joachim Brudziński", "Joachim Brudziński"]);
  });
});
