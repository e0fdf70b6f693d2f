import { describe, expect, it } from "vitest";
import { isPlaceName } from "../../src/speakers/place-name.ts";
import { parseMention } from "../../src/speakers/mention.ts";
import { speakers } from "../statements/helpers.ts";

describe("people over places", () => {
  it.each([
    // A hometown between commas is an aside, not the speaker.
    ["Dana Price, who lost her home in the flood in Boulder, Colorado, in May 2013, said the state had done little.", ["Dana Price"]],
    ["Carl Ames, a delegate from Dayton, Ohio, said the vote was rigged.", ["Carl Ames"]],
    // A town a preposition governs, between commas, is where the speaker is from or speaks.
    ["Cory Jaynes, 22, of Flint, Mich., said he had not given up hope.", ["Cory Jaynes"]],
    ["Maria Lopez, a nurse from Tucson, Ariz., said the clinic had closed.", ["Maria Lopez"]],
    ["The senator, speaking at a rally in Wilmington, N.C., warned that the bill would fail.", ["The senator"]],
    // "Name of Place": the place says where the person is from.
    ["\"We will not back down,\" said Representative Paul R. King of New York, who backed the bill.", ["Paul R. King"]],
    // A place named in the narration is no one "he" can refer to.
    ["Senator Lisa Grant spoke first.\n\nThe rally moved on to New Hampshire.\n\n\"We can win here,\" she said.", ["Lisa Grant"]],
  ])("%#: %s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it.each([
    ["Ohio", true],
    ["New Hampshire", true],
    // Also a personal name: never ruled out as a person.
    ["Jordan", false],
    ["Donald Trump", false],
  ])("isPlaceName(%s) = %s", (words, expected) => {
    expect(isPlaceName(words)).toBe(expected);
  });

  it.each([
    ["Prime Minister of Britain", "description", "Prime Minister of Britain"],
    ["Chancellor of the Exchequer Nigel Lawson", "name", "Nigel Lawson"],
    ["Rep. Steve King", "name", "Steve King"],
    // Three capitalised words after "of" that are no place end in the name: "Supervisor of Elections" is the title.
    ["County Supervisor of Elections Mary Lind", "name", "Mary Lind"],
  ])("parseMention(%s)", (phrase, form, name) => {
    const m = parseMention(phrase);
    expect([m.form, m.name]).toEqual([form, name]);
  });
});
