import { describe, expect, it } from "vitest";
import { rows, speakers } from "../statements/helpers.ts";

describe("speaker coreference", () => {
  it("resolves a surname, a pronoun and a description to the fullest name", () => {
    const text = [
      "Russian Defense Minister Pavel Orlov told reporters the alliance was moving troops closer to the border.",
      '"They promised that no new bases would be built," Orlov specified.',
      "There are still restrictions on grain shipments to the region, he noted.",
      '"We are watching every move," the Russian defense chief said.',
    ].join("\n\n");
    expect(speakers(text)).toEqual(["Pavel Orlov", "Pavel Orlov", "Pavel Orlov", "Pavel Orlov"]);
  });

  it("refers 'he' back to an unnamed single person", () => {
    const text = "A European diplomat said rice output also fell in Hunan.\n\nHe said the farm sector in Sichuan was well run.";
    expect(speakers(text)).toEqual(["A European diplomat", "A European diplomat"]);
  });

  it("refers 'the newspaper' to the newspaper quoted before", () => {
    const text = 'The Jakarta Post said production in Java fell.\n\n"Supply of palm oil is inadequate," the newspaper said.';
    expect(speakers(text)).toEqual(["The Jakarta Post", "The Jakarta Post"]);
  });

  it("matches a description to the speaker who shares its words", () => {
    const text = [
      '"The effects on jobs can be large," said an economist at a London securities house.',
      '"Because of weaker demand, that much damage could be seen," said Mary Chen, head of research at the Bank of Singapore.',
      '"There has been a shift from the rational to the emotional," said the London economist.',
    ].join("\n\n");
    expect(speakers(text)).toEqual(["an economist at a London securities house", "Mary Chen", "an economist at a London securities house"]);
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
    const text = 'Interior Minister Piotr Nowak called the fire "an act of senseless cruelty." He said "I have no words for this."';
    expect(speakers(text)).toEqual(["Piotr Nowak", "Piotr Nowak"]);
  });
});
