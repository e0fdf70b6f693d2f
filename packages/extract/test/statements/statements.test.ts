import { describe, expect, it } from "vitest";
import { extract, rows } from "./helpers.ts";

describe("direct quotes", () => {
  it.each<[string, string, [string, string | null, string][]]>([
    ["attribution after the quote", '"The search and rescue operation is complete," Deputy Emergency Situations Minister Alexander Chupriyan told TASS on Wednesday.',
      [["direct", "Alexander Chupriyan", "The search and rescue operation is complete,"]]],
    ["inverted attribution with apposition", '"The lack of reciprocity is deplorable," said Elez Biberaj, the director of the VOA Eurasian division.',
      [["direct", "Elez Biberaj", "The lack of reciprocity is deplorable,"]]],
    ["interrupted quote is two statements", "“Here comes Big Daddy,” Melanie Austin said, clapping. “The Donald. Big Daddy.”",
      [["direct", "Melanie Austin", "Here comes Big Daddy,"], ["direct", "Melanie Austin", "The Donald. Big Daddy."]]],
    ["introduced with a colon", "Limbaugh continued: “The left is saying it is all true.”",
      [["direct", "Limbaugh", "The left is saying it is all true."]]],
    ["sentence-initial inverted cue", "Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”",
      [["direct", "Ellis", "I don’t get the sense she’s the least bit interested in tax reform."]]],
    ["'said' inside a quote is not a cue", '"We have always said we would judge the budget on the cost of borrowing," CBI President David Nickson said.',
      [["direct", "David Nickson", "We have always said we would judge the budget on the cost of borrowing,"]]],
    ["a quote that ends the article", 'Businessman Raul Concepcion said everyone could heave a sigh of relief. "Now that the debt agreement is out of the way, our officials can concentrate on their work," he said',
      [["indirect", "Raul Concepcion", "everyone could heave a sigh of relief"], ["direct", "Raul Concepcion", "Now that the debt agreement is out of the way, our officials can concentrate on their work,"]]],
    ["non-ASCII name", "“I can’t find the words for this kind of act,” Joachim Brudziński said.",
      [["direct", "Joachim Brudziński", "I can’t find the words for this kind of act,"]]],
    ["label verb with a quoted word", 'Labour leader Neil Kinnock called it "a bribes budget."',
      [["direct", "Neil Kinnock", "a bribes budget."]]],
  ])("%s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("carries the speaker into a continuation paragraph", () => {
    const text = 'Ueda said the market would recover.\n\n"Now some people have an uneasy feeling about the outlook of the economy."';
    expect(rows(text)).toEqual([
      ["indirect", "Ueda", "the market would recover"],
      ["direct", "Ueda", "Now some people have an uneasy feeling about the outlook of the economy."],
    ]);
  });

  it("takes the quote of the next paragraph after a cue that ends with a colon", () => {
    const text = 'Caddell continued:\n\n"The health issue overall is very much a partisan issue."';
    expect(rows(text)).toEqual([["direct", "Caddell", "The health issue overall is very much a partisan issue."]]);
  });

  it("reads transcript turns after a speaker label", () => {
    const text = '"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”\n\n"WALLACE: But, Governor Pence, I’ve got to ask you.';
    expect(rows(text)).toEqual([
      ["direct", "PENCE", "Well, look, Hillary Clinton apparently thinks this is an episode of “Shark Tank.”"],
      ["direct", "WALLACE", "But, Governor Pence, I’ve got to ask you."],
    ]);
  });

  it("keeps a multi-paragraph quote as one statement", () => {
    const text = 'David Steel, leader of the Liberal Party, said "this was a strangely deceptive budget.\n\nThe Chancellor had six billion stg to give back."';
    const [s] = extract(text).statements;
    expect(s?.speaker?.name).toBe("David Steel");
    expect(s?.text).toBe("this was a strangely deceptive budget.\n\nThe Chancellor had six billion stg to give back.");
  });

  it("turns a reported clause with a partial quote into one direct statement", () => {
    const text = 'At the same time, Shoigu noted that it is hard to find a place on the planet "where the US came and stayed for a long time with good consequences."';
    expect(rows(text)).toEqual([["direct", "Shoigu", 'it is hard to find a place on the planet "where the US came and stayed for a long time with good consequences.']]);
  });
});

describe("reported speech", () => {
  it.each<[string, string, [string, string | null, string][]]>([
    ["X said that ...", "The Emergencies Ministry said six deaths were of children.", [["indirect", "The Emergencies Ministry", "six deaths were of children"]]],
    ["..., X said.", "The dry period means the temporao will be late this year, Comissaria Smith said.", [["indirect", "Comissaria Smith", "The dry period means the temporao will be late this year"]]],
    ["..., said X.", "The government is serious about getting down to work, said George Drysdale.", [["indirect", "George Drysdale", "The government is serious about getting down to work"]]],
    ["According to X, ...", "According to police, officers saw Scott get out of a car with a handgun.", [["indirect", "police", "officers saw Scott get out of a car with a handgun"]]],
    ["..., according to X.", "About 9.9 million single mothers live in the United States, according to federal statistics.", [["indirect", "federal statistics", "About 9.9 million single mothers live in the United States"]]],
    ["told with a listener and a day", "Aurelio Periquet, President of the Philippine Chamber of Commerce, told Reuters on Monday the debt accord had translated the banks' confidence.",
      [["indirect", "Aurelio Periquet", "the debt accord had translated the banks' confidence"]]],
    ["poll respondents", "Two in three said they are less likely to vote Republican. Sixty-six percent said it made no difference to them.",
      [["indirect", "Two in three", "they are less likely to vote Republican"], ["indirect", "Sixty-six percent", "it made no difference to them"]]],
    ["progressive cue", "Trump is promising lower taxes and more jobs for the Rust Belt.", [["indirect", "Trump", "lower taxes and more jobs for the Rust Belt"]]],
    ["parenthetical attribution", "The museum, Mr. Obama said, would make visitors face uncomfortable truths.", [["indirect", "Obama", "The museum, Mr. Obama said, would make visitors face uncomfortable truths"]]],
    ["a semicolon ends the clause", "The FSB denies the two explosions are related; reports describe speculation.", [["indirect", "The FSB", "the two explosions are related"]]],
    ["coordinated cue shares the subject", "Business leaders said the rescheduling would give Aquino breathing space, but warned her government was still in the midst of consolidation.",
      [["indirect", "Business leaders", "the rescheduling would give Aquino breathing space"], ["indirect", "Business leaders", "her government was still in the midst of consolidation"]]],
    ["participle continues the speaker", "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended their work yesterday.",
      [["indirect", "officials", "A total of 39 are confirmed dead"], ["indirect", "officials", "rescuers ended their work yesterday"]]],
    ["unnamed source with a prepositional phrase", "A source in the Defense Ministry said the troops would stay.", [["indirect", "A source in the Defense Ministry", "the troops would stay"]]],
    ["the agent of 'polled by' is not the speaker", "The accord does not imply an overnight boom, bankers and businessmen polled by Reuters said.",
      [["indirect", "bankers and businessmen", "The accord does not imply an overnight boom"]]],
  ])("%s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("what is not a statement", () => {
  it.each([
    ["scare quotes", 'The march was an anti-Brexit ("British exit") protest, and the "Keepin\' It Real" show covered it.'],
    ["a title in quotes", 'She starred in "Pillow Talk" and "Calamity Jane" during the 1950s.'],
    ["narration", "The 1973 building was home to over 1,000 people; 48 apartments were damaged. The building was evacuated."],
    ["belief verbs", "Some economists fear a world recession if stock exchanges continue to plunge. Analysts believe the dollar will fall."],
    ["passive 'was told'", "In a meeting that day he was told the rescue would take days."],
    ["'said' as part of 'is said to be'", "The minister is said to be furious about the decision."],
    ["a title-case headline without a title given", "Obama Says Museum Will Tell of Suffering and Delight."],
    ["a noun that looks like a verb", "Several battleground states could be decisive in a close election."],
    ["a pro-form", "Robby Mook said as much in an interview."],
    ["a quote with no speaker anywhere", '"It was a quiet night."\n\nThe streets were empty.'],
  ])("%s", (_name, text) => {
    expect(rows(text)).toEqual([]);
  });

  it("skips the headline repeated as the first line", () => {
    const text = "Obama Says Museum Will Tell of Suffering.\n\nThe museum opened on Saturday.";
    expect(rows(text, "Obama Says Museum Will Tell of Suffering")).toEqual([]);
  });
});

describe("offsets", () => {
  it("always slices the statement text out of the article", () => {
    const text = "MOSCOW, Jan 5 - “Now we are not,” he said.\n\nPeskov told reporters: «We will not comment.» It is, he added, “a matter for the courts.”";
    for (const s of extract(text).statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
