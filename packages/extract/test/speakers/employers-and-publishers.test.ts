import { describe, expect, it } from "vitest";
import { parseMention } from "../../src/speakers/mention.ts";
import { extract, rows } from "../statements/helpers.ts";

const speakersOf = (text: string) => rows(text).map(([, speaker]) => speaker);
const table = (title: string, cases: [string, string[]][]) =>
  describe(title, () => it.each(cases)("%#: %s", (text, expected) => expect(speakersOf(text)).toEqual(expected)));

/**
 * Who speaks when a name or a document stands beside a body: a person's name before "of/from/at" and a body is the
 * person; a document from, by or put out by someone is theirs; a time adverbial with "ago" between subject and verb
 * is no speaker; a surname spelt two ways in one article is one person. Sentences written for these tests, in the
 * shapes found on polnear/train and the unannotated corpora (BBC, ISOT Reuters).
 */
table("a person's name before a body", [
  ["George Kimbrell of the Center for Food Safety said the rule would hurt farmers.", ["George Kimbrell"]],
  ["Anna Berg of the Institute for Fiscal Studies said taxes would have to rise.", ["Anna Berg"]],
  ["Mark Stone from the Red Cross said the camp was full.", ["Mark Stone"]],
  ["Laura Chen at the World Bank said growth would slow.", ["Laura Chen"]],
  ["Peter Hall of Greenpeace said the spill was the worst in a decade.", ["Peter Hall"]],
  // Negatives: a body's own name with "of" stays the body; a role before "from" still heads its phrase.
  ["The University of California said it would appeal.", ["The University of California"]],
  ["The Bank of England said rates would stay on hold.", ["The Bank of England"]],
  ["Officials from the World Bank said the loan was approved.", ["Officials from the World Bank"]],
  // A place after "from" is where the person is from, and no body.
  ["Jane Doe from Ohio said the plant would close.", ["Jane Doe"]],
  ["Voters from Ohio said the lines were long.", ["Voters from Ohio"]],
]);

table("documents speak for who put them out", [
  ["The city released its budget. A statement from the city council said the road would reopen on Monday.", ["the city council"]],
  ["A statement from Taiwan’s Presidential Office said the talks were constructive.", ["Taiwan’s Presidential Office"]],
  ["Lending figures from the Bank of England showed a fall, and data from property website Rightmove suggested that prices were steady.", ["Rightmove"]],
  ["The Actors' Equity Association issued a statement calling Davis \"a giant of the stage\".", ["The Actors' Equity Association"]],
  ["Smith and Jones issued a joint statement describing the talks as productive.", ["Jones"]],
  // Negatives: a report from a place is where it came from; a document with no publisher verb stays itself.
  ["A report from Moscow said the talks had stalled.", ["A report from Moscow"]],
  ["The statement said profits would fall.", ["The statement"]],
]);

describe("a document's owner", () => {
  it.each([
    // The owner ends before a verb: "to be released Thursday" is not part of the inspector general.
    ["a report from the agency's inspector general to be released Thursday", "the agency's inspector general"],
    // A capitalised owner the lexicon would read as an office stays inside the document phrase.
    ["a recent report from Bloomberg New Energy Finance", "a recent report from Bloomberg New Energy Finance"],
  ])("mention %#: %s", (phrase, name) => {
    expect(parseMention(phrase).name).toBe(name);
  });
});

table("between subject and verb", [
  // polnear/train shape: "The State Department less than two weeks ago said …"
  ["The State Department less than two weeks ago said for the first time that secret files had passed through the server.", ["The State Department"]],
  ["The company two days ago said profits would fall.", ["The company"]],
  ["Smith a few weeks ago said he would resign.", ["Smith"]],
]);

table("spelling variants of a surname in one article", [
  ["Houthi military spokesman Yahya Sarea said the drones hit the airport. Saree said more attacks would follow.", ["Yahya Sarea", "Yahya Sarea"]],
  // Negative: two letters apart in a five-letter name are two people.
  ["Finance Minister Tom Jonas said the budget was balanced. Joney said it was not.", ["Tom Jonas", "Joney"]],
]);

table("a country or city standing for its government is a body", [
  // From the ISOT Reuters shape: "he" after a country spoke means the person narration named, not the country.
  ["Cuba on Tuesday slammed the comments. U.S. President Donald Trump addressed the United Nations, calling Cuba corrupt. He also said he would not lift the embargo.", ["Cuba", "Donald Trump"]],
  // Negative: a surname that is also a place stays the person the article names in full.
  ["GTE Sprint chairman David Holland spoke on Monday. Holland said the company would grow. He said rates would fall.", ["David Holland", "David Holland"]],
  // A participle opening a sentence is no first name for "he" to mean.
  ["Khaled Aaba, an official, spoke in Gaziantep. Crediting Turkey for its help, he said the town was recovering.", ["Khaled Aaba"]],
]);

describe("a place speaker's kind", () => {
  it("is an organisation, not a person", () => {
    const [statement] = extract("Cuba said it had voiced strong protest.").statements;
    expect([statement?.speaker?.name, statement?.speaker?.kind]).toEqual(["Cuba", "organisation"]);
  });
});

table("an apposition left unclosed before the cue", [
  // BBC and polnear/train shapes: "Name, a X told …" with no comma after the aside.
  ["\"We are checking the options,\" Michael Lamberty, a Lufthansa spokesman told the BBC.", ["Michael Lamberty"]],
  ["Sen. Kristen Gillibrand (D-NY), a supporter of her bid for the presidency told host Chris Cuomo that Clinton would release the transcript.", ["Kristen Gillibrand"]],
  ["Anna Lee, the mayor of the town said the road would reopen.", ["Anna Lee"]],
  // Negatives: a place or time before the comma, a name a preposition governs, a subordinate clause, a list.
  ["In Paris, a government spokesman said the talks would resume.", ["a government spokesman"]],
  ["Unlike Anna Lee, the mayor said the road would reopen.", ["the mayor"]],
  ["When Anna Lee arrived, the mayor said the road would reopen.", ["the mayor"]],
  ["Anna Lee and Tom Smith, the mayor said the road would reopen.", ["the mayor"]],
]);

table("a one-word name reporting about itself is a body", [
  // BBC shapes: "Nestle said that it …", "retail bank Absa"; then "the company" refers back to it.
  ["Nestle said that it had enjoyed an exceptional year. The company said sales rose.", ["Nestle", "Nestle"]],
  ["Retail bank Absa has said it is still in talks with Barclays. Analysts said the forecast was good. However, the company warned that growth would slow.", ["Absa", "Analysts", "Absa"]],
  // A country's own body is no reference back to the company that spoke.
  ["Nestle said that it had enjoyed an exceptional year. Japan's central bank said it would buy more bonds.", ["Nestle", "Japan's central bank"]],
  // Negative: a surname the article gives in full stays a person.
  ["Finance Minister Anna Berg spoke on Monday. Berg said it was a good day for the country.", ["Anna Berg"]],
]);

describe("a document's owner is a body or a role", () => {
  it("keeps 'reports from the country' as written", () => {
    expect(parseMention("reports from the country").name).toBe("reports from the country");
  });
});
