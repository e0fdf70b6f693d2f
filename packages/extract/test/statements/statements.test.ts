import { describe, expect, it } from "vitest";
import { extract, rows } from "./helpers.ts";

describe("direct quotes", () => {
  it.each<[string, string, [string, string | null, string][]]>([
    ["attribution after the quote", '"The evacuation of the village is finished," Deputy Civil Defence Minister Igor Malkov told TASS on Wednesday.',
      [["direct", "Igor Malkov", "The evacuation of the village is finished,"]]],
    ["inverted attribution with apposition", '"The delay is regrettable," said Anna Berg, the director of the agency\'s Nordic service.',
      [["direct", "Anna Berg", "The delay is regrettable,"]]],
    ["interrupted quote is two statements", "“Here comes the champion,” Laura Diaz said, laughing. “The one. The only.”",
      [["direct", "Laura Diaz", "Here comes the champion,"], ["direct", "Laura Diaz", "The one. The only."]]],
    ["introduced with a colon", "Harmon continued: “The critics are saying it is all wrong.”",
      [["direct", "Harmon", "The critics are saying it is all wrong."]]],
    ["sentence-initial inverted cue", "Said Morton: “I don’t get the sense he’s the least bit interested in the budget.”",
      [["direct", "Morton", "I don’t get the sense he’s the least bit interested in the budget."]]],
    ["'said' inside a quote is not a cue", '"We have always said we would measure the plan by its cost," Chamber President Helen Ward said.',
      [["direct", "Helen Ward", "We have always said we would measure the plan by its cost,"]]],
    ["a quote that ends the article", 'Businessman Pedro Alvarez said the town could finally relax. "Now that the bridge is open, our shops can get back to work," he said',
      [["indirect", "Pedro Alvarez", "the town could finally relax"], ["direct", "Pedro Alvarez", "Now that the bridge is open, our shops can get back to work,"]]],
    ["non-ASCII name", "“I have no words for this kind of cruelty,” Łukasz Wróbel said.",
      [["direct", "Łukasz Wróbel", "I have no words for this kind of cruelty,"]]],
    ["label verb with a quoted word", 'Green leader Paula Hart called it "a polluters charter."',
      [["direct", "Paula Hart", "a polluters charter."]]],
  ])("%s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("carries the speaker into a continuation paragraph", () => {
    const text = 'Tanaka said the market would recover.\n\n"Now some people are nervous about the outlook for exports."';
    expect(rows(text)).toEqual([
      ["indirect", "Tanaka", "the market would recover"],
      ["direct", "Tanaka", "Now some people are nervous about the outlook for exports."],
    ]);
  });

  it("gives a run of quotes after narration to the attribution that closes it, not to the statement before", () => {
    // Paragraphs run together, as in the BBC corpus.
    const text = '"What a way to end the season," said Lopez afterwards. Coach Dan Reyes wants his team to play more on grass. "It will help them learn." "But we can only do so much," said Reyes.';
    expect(rows(text).map(([, speaker]) => speaker)).toEqual(["Lopez", "Dan Reyes", "Dan Reyes"]);
    // Negative: with no narration between them, the quote carries on the statement before.
    expect(rows('"What a way to end the season," said Lopez afterwards. "It will help them learn." "But we can only do so much," said Reyes.').map(([, s]) => s)).toEqual(["Lopez", "Lopez", "Reyes"]);
  });

  it("takes the quote of the next paragraph after a cue that ends with a colon", () => {
    const text = 'Whitman continued:\n\n"The housing question is very much a local question."';
    expect(rows(text)).toEqual([["direct", "Whitman", "The housing question is very much a local question."]]);
  });

  it("reads transcript turns after a speaker label", () => {
    const text = '"KAINE: Well, look, my opponent apparently thinks this is a game show called “Deal or No Deal.”\n\n"QUIJANO: But, Senator Kaine, I’ve got to ask you.';
    expect(rows(text)).toEqual([
      ["direct", "KAINE", "Well, look, my opponent apparently thinks this is a game show called “Deal or No Deal.”"],
      ["direct", "QUIJANO", "But, Senator Kaine, I’ve got to ask you."],
    ]);
  });

  it("keeps a multi-paragraph quote as one statement", () => {
    const text = 'Alan Price, leader of the Green group, said "this was a badly balanced plan.\n\nThe council had two million pounds to spend."';
    const [s] = extract(text).statements;
    expect(s?.speaker?.name).toBe("Alan Price");
    expect(s?.text).toBe("this was a badly balanced plan.\n\nThe council had two million pounds to spend.");
  });

  it("turns a reported clause with a partial quote into one direct statement", () => {
    const text = 'At the same time, Orlov noted that it is hard to name a region "where the alliance arrived and left things better than before."';
    expect(rows(text)).toEqual([["direct", "Orlov", 'it is hard to name a region "where the alliance arrived and left things better than before.']]);
  });
});

describe("reported speech", () => {
  it.each<[string, string, [string, string | null, string][]]>([
    ["X said that ...", "The Health Ministry said four patients were in a serious condition.", [["indirect", "The Health Ministry", "four patients were in a serious condition"]]],
    ["..., X said.", "The dry period means the temporao will be late this year, Comissaria Smith said.", [["indirect", "Comissaria Smith", "The dry period means the temporao will be late this year"]]],
    ["..., said X.", "The council is serious about fixing the roads, said Martin Hale.", [["indirect", "Martin Hale", "The council is serious about fixing the roads"]]],
    ["According to X, ...", "According to police, the driver left the car near the station.", [["indirect", "police", "the driver left the car near the station"]]],
    ["..., according to X.", "About two million people work in farming in the country, according to official figures.", [["indirect", "official figures", "About two million people work in farming in the country"]]],
    // Sentences written for this table, in shapes polnear/train shows.
    ["told a listener with a town and its state that ...", "Governor Ann Price told a crowd in Dover, Delaware on Friday that the tax would go.",
      [["indirect", "Ann Price", "the tax would go"]]],
    ["told a long listener phrase that ...", "Senator Joe Lund told a crowded dining room at a hotel in downtown Richmond that he would stay in the race.",
      [["indirect", "Joe Lund", "he would stay in the race"]]],
    ["is telling listeners that ...", "The mayor is telling reporters in Toledo that the budget is balanced.",
      [["indirect", "The mayor", "the budget is balanced"]]],
    ["told a listener and the listener's apposition that ...", "Mayor Ann Lee told Senator Tom Reed, chairman of the committee, that the bill is dead.",
      [["indirect", "Ann Lee", "the bill is dead"]]],
    ["telling listeners, then a quotation", "Mayor Rita Cole was telling the crowd, “We will build it.”",
      [["direct", "Rita Cole", "We will build it."]]],
    ["..., according to X with a participle after the source", "The plant will close in March, according to a memo obtained by the local newspaper.",
      [["indirect", "a memo", "The plant will close in March"]]],
    ["..., according to X, appositive", "The union gained 400 members last year, according to Labstat, a research group in Ohio.",
      [["indirect", "Labstat", "The union gained 400 members last year"]]],
    ["according to X with no comma", "The mayor leads her rival by nine points according to a survey by the city paper.",
      [["indirect", "the city paper", "The mayor leads her rival by nine points"]]],
    // A quote closed right before "according to" is vouched for by that source; a quote with its own cue keeps it.
    ["quote, according to X", "The mayor spoke first. “We will rebuild the bridge,” according to a statement from the city council.",
      [["direct", "the city council", "We will rebuild the bridge,"]]],
    ["quote, X said, according to Y", "“Stay calm and vote,” Ruiz said, according to local radio.",
      [["direct", "Ruiz", "Stay calm and vote,"]]],
    ["dash aside between subject and verb", "Farmers — and some ranchers — say the new rule will raise their costs.",
      [["indirect", "Farmers", "the new rule will raise their costs"]]],
    ["adverb aside between subject and verb", "Critics of the plan, however, say it would cost far more than promised.",
      [["indirect", "Critics of the plan", "it would cost far more than promised"]]],
    ["apposition ending in a quoted title", 'Dana Whitfield, host of "Evening Ledger," said that the council had misled voters.',
      [["indirect", "Dana Whitfield", "the council had misled voters"]]],
    ["relative clause ending in a quoted title", 'Ray Obi, who wrote "Grain and Steel," argued the tariffs would hurt farmers.',
      [["indirect", "Ray Obi", "the tariffs would hurt farmers"]]],
    ["a document with a participle and a day speaks", "A court filing released Thursday said the warehouse had no permit.",
      [["indirect", "A court filing", "the warehouse had no permit"]]],
    ["a document with a participle and a date", "A memo dated Friday says the office will move in June.",
      [["indirect", "A memo", "the office will move in June"]]],
    ["a document published by an agent is the agent's", "A statement issued by the union said the strike would go ahead.",
      [["indirect", "the union", "the strike would go ahead"]]],
    ["told with a listener and a day", "Rosa Mendez, President of the Chilean Chamber of Mines, told Reuters on Monday the copper deal had restored the investors' trust.",
      [["indirect", "Rosa Mendez", "the copper deal had restored the investors' trust"]]],
    ["a number before a participle is not a cue", "The senator holds 120 pledged delegates and needs 80 more.", []],
    ["an age after the name keeps the cue", "Ann Cole, 25, said the march would go on every day.", [["indirect", "Ann Cole", "the march would go on every day"]]],
    ["poll respondents", "Two in three said they are less likely to vote Republican. Sixty-six percent said it made no difference to them.",
      [["indirect", "Two in three", "they are less likely to vote Republican"], ["indirect", "Sixty-six percent", "it made no difference to them"]]],
    ["progressive cue", "Trump is promising lower taxes and more jobs for the Rust Belt.", [["indirect", "Trump", "lower taxes and more jobs for the Rust Belt"]]],
    ["parenthetical attribution", "The library, Mr. Carter said, would open its archive to every student.", [["indirect", "Carter", "The library, Mr. Carter said, would open its archive to every student"]]],
    ["a semicolon ends the clause", "The agency denies the two fires are linked; reports describe arson.", [["indirect", "The agency", "the two fires are linked"]]],
    ["coordinated cue shares the subject", "Union leaders said the deal would give the company time, but warned its workers were still owed back pay.",
      [["indirect", "Union leaders", "the deal would give the company time"], ["indirect", "Union leaders", "its workers were still owed back pay"]]],
    ["participle continues the speaker", "A total of 12 are still missing, officials told state media, adding that divers would resume the search today.",
      [["indirect", "officials", "A total of 12 are still missing"], ["indirect", "officials", "divers would resume the search today"]]],
    ["unnamed source with a prepositional phrase", "A source in the Defense Ministry said the troops would stay.", [["indirect", "A source in the Defense Ministry", "the troops would stay"]]],
    ["the agent of 'polled by' is not the speaker", "The deal does not mean a quick recovery, traders and analysts polled by Reuters said.",
      [["indirect", "traders and analysts", "The deal does not mean a quick recovery"]]],
  ])("%s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
});

describe("what is not a statement", () => {
  it.each([
    ["scare quotes", 'The march was an anti-Brexit ("British exit") protest, and the "Keepin\' It Real" show covered it.'],
    ["a title in quotes", 'She starred in "Pillow Talk" and "Calamity Jane" during the 1950s.'],
    ["narration", "The 1962 tower was home to over 500 families; 30 flats were damaged. The tower was evacuated."],
    ["belief verbs", "Some economists fear a slump if oil prices keep rising. Analysts believe the euro will fall."],
    ["passive 'was told'", "At a briefing that morning he was told the repairs would take weeks."],
    ["'said' as part of 'is said to be'", "The minister is said to be furious about the decision."],
    ["a title-case headline without a title given", "Mayor Says Library Will Open All Night During Exams."],
    ["a noun that looks like a verb", "Several swing states could be decisive in a tight race."],
    ["a pro-form", "Janet Olsen said as much in an interview."],
    ["a quote with no speaker anywhere", '"It was a quiet night."\n\nThe streets were empty.'],
  ])("%s", (_name, text) => {
    expect(rows(text)).toEqual([]);
  });

  it("skips the headline repeated as the first line", () => {
    const text = "Mayor Says Library Will Open All Night.\n\nThe library opened on Saturday.";
    expect(rows(text, "Mayor Says Library Will Open All Night")).toEqual([]);
  });

  it("skips the headline when it differs from the title field only in punctuation", () => {
    const text = "Mayor Tom Hale: ‘The library will open all night.’\n\nThe library opened on Saturday.";
    expect(rows(text)).toHaveLength(1);
    expect(rows(text, "Mayor Tom Hale: ‘The Library Will Open All Night’")).toEqual([]);
  });
});

describe("offsets", () => {
  it("always slices the statement text out of the article", () => {
    const text = "MOSCOW, Jan 5 - “Now we are not,” he said.\n\nPeskov told reporters: «We will not comment.» It is, he added, “a matter for the courts.”";
    for (const s of extract(text).statements) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
