import { describe, expect, it } from "vitest";
import { indexAcronyms } from "../../src/speakers/acronyms.ts";
import { offices } from "../../src/speakers/roles.ts";
import { speakers } from "../statements/helpers.ts";

describe("descriptions resolve through the role lexicon", () => {
  it.each([
    // An ambassador is "the diplomat".
    ['Kenyan Ambassador to Chile Ruth Mbeki said exports were rising.\n\n"We expect more flights next year," the diplomat said.', ["Ruth Mbeki", "Ruth Mbeki"]],
    // A defence minister is "the defence chief"; the latest minister is not, when another holds the office.
    ["Defence Minister Omar Haddad told reporters the border was calm.\n\nFinance Minister Lena Roth said the budget would grow.\n\nThe troops would stay, the defense chief said.", ["Omar Haddad", "Lena Roth", "Omar Haddad"]],
    // A plain role with no match is someone new, not the latest speaker.
    ["Mayor Tom Hale said the roads were clear.\n\nPrices would rise, the trader said.", ["Tom Hale", "the trader"]],
    // A generic body noun is the body that just spoke; an institution in its own right stays as written.
    ["Interfax said the talks had ended.\n\nThe agency said a new round was planned.", ["Interfax", "Interfax"]],
    ["The Police Federation said the officers lacked training.\n\nBut the government said the move would help.", ["The Police Federation", "the government"]],
    // Its head noun must match, not a modifier: the source is not the country its description names.
    ["China said the talks were useful.\n\nA source close to the talks said a deal was near. The source familiar with China's position said Beijing would wait.", ["China", "A source close to the talks", "The source familiar with China's position"]],
    // A place's possessive determines a description as "the" does.
    ["Governor Ivan Petrov of Omsk visited the site. \"We will rebuild,\" Petrov said.\n\nOmsk's governor has promised each family a new flat.", ["Ivan Petrov", "Ivan Petrov"]],
    // A description by origin or age that matches no speaker is the person just named, as "he" would be.
    ["Sara Holm lost both her matches in Madrid. \"It is just tough,\" said the American.", ["Sara Holm"]],
    ["Health Minister Lena Ortiz opened the clinic. The 52-year-old said more clinics would follow.", ["Lena Ortiz"]],
    // The + capitalised modifiers + an office is its holder, as "the President" is (promoted from known failures).
    ["The Russian President Vladimir Putin spoke in Sochi. The Russian President said the economy had grown.", ["Vladimir Putin"]],
    ["Chancellor Anna Vogel met the French president in Berlin. The German Chancellor said the talks had been useful.", ["Anna Vogel"]],
    // A plural noun tied by "of" heads its phrase: the sponsors speak, not the measure.
    ["The Senate will vote on the resolution on Wednesday, sponsors of the measure said on Monday.", ["sponsors of the measure"]],
    ["Prices rose, and relatives of the miners said the mine should close.", ["relatives of the miners"]],
    // Negative: a people or a place is no such description.
    ["Chancellor Karl Berg visited Paris. The Russians said the visit changed nothing.", ["The Russians"]],
    // A singular description is not a plural source that spoke since.
    ["An analyst at a Tokyo bank said the yen would rise.\n\nSome analysts said rates would fall.\n\n\"It is too early,\" the analyst said.", ["An analyst at a Tokyo bank", "Some analysts", "An analyst at a Tokyo bank"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it("groups offices, not single words", () => {
    const shared = (a: string, b: string) => [...offices(a)].some((o) => offices(b).has(o));
    expect(shared("Russia's top diplomat", "Foreign Minister")).toBe(true);
    expect(shared("the defense chief", "Defence Minister")).toBe(true);
    expect(shared("the diplomat", "Defence Minister")).toBe(false);
    expect(shared("the trader", "Mayor")).toBe(false);
  });
});

describe("a document speaks for its owner", () => {
  it.each([
    ["The World Meteorological Organization (WMO) met in Geneva.\n\nThe WMO's annual report said the decade was the warmest on record.", ["the World Meteorological Organization"]],
    ["According to Acme Corp's latest filing, sales fell by a third.", ["Acme Corp"]],
    // A possessive pronoun's document speaks for whom the pronoun means.
    ["The Sri Lanka Banks Association said loans were lost.\n\nAccording to its estimate, a seventh of the loans were written off.", ["The Sri Lanka Banks Association", "The Sri Lanka Banks Association"]],
    // A person is not a document: the spokesman is not the company.
    ["Acme Corp's spokesman said sales fell.", ["Acme Corp's spokesman"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("acronyms", () => {
  it.each([
    ["Fighters of the Syrian Democratic Forces (SDF) advanced.", "SDF", "the Syrian Democratic Forces"],
    ["The Investigative Committee and the Federal Security Service (FSB) said it was gas.", "FSB", "the Federal Security Service"],
    ["Figures from the U.S. Department of Agriculture (USDA) showed a fall.", "USDA", "the U.S. Department of Agriculture"],
    // Not an acronym of the words before it.
    ["Sen. Ted Cruz (R-Texas) spoke.", "RT", undefined],
    ["A photo from Reuters Staff (AFP) ran.", "AFP", undefined],
  ])("%s", (text, acronym, full) => {
    expect(indexAcronyms(text).get(acronym)).toBe(full);
  });

  it("an acronym speaker is the body it stands for", () => {
    const text = "The Syrian Democratic Forces (SDF) took the town on Monday.\n\nThe SDF said the fighting was over.";
    expect(speakers(text)).toEqual(["the Syrian Democratic Forces"]);
  });
});
