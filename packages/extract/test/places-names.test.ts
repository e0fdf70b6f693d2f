import { describe, expect, it } from "vitest";
import { findPlaces } from "../src/places/index.ts";

// Sentences written for these tests.
const codes = (text: string, context = text) => findPlaces(text, { context }).places.map((p) => p.countryCode).sort();

describe("findPlaces: a town named for its club", () => {
  const match = "Fans queued for hours before the Premiership match, and the striker scored twice after half-time.";
  it.each([
    // a club role after the name, in any story
    ["The Valencia coach said the squad was tired.", [], undefined],
    ["Chelsea's manager said the referee was wrong.", [], undefined],
    ["Barcelona star Ronaldo said he would stay.", [], undefined],
    // in a team-sport story the bare name is the club
    ["Everyone expects Chelsea to beat Barcelona.", [], match],
    ["Newcastle face Leeds on Sunday.", [], match],
    // negative: a locative preposition keeps the town, even in a sports story
    ["He said the fans in Barcelona were the best.", ["ES"], match],
    ["In Barcelona the fans were the best.", ["ES"], match],
    // negative: capitals and seats of government are never clubs
    ["The minister flew to Madrid, and the White House watched the match.", ["ES", "US"], match],
    // negative: outside sport the town is the town
    ["Protesters marched through Barcelona on Sunday.", ["ES"], undefined],
    ["The council said Hamburg needs new housing.", ["DE"], undefined],
  ])("%s", (text, expected, story) => {
    expect(codes(text, story ? `${story} ${text}` : text)).toEqual(expected);
  });
});

describe("findPlaces: a place word inside a longer name", () => {
  it.each([
    ["Floods hit KwaZulu-Natal province on Monday.", ["ZA"]],
    ["The quake struck Surigao del Sur early on Friday.", ["PH"]],
    ["Farmers in Rio Grande do Sul said the drought was the worst in decades.", ["BR"]],
    ["A storm made landfall in Baja California Sur.", ["MX"]],
    ["Kobe Bryant said the team had played well.", []],
    // negative: hyphens between two places, and "-based", keep both places
    ["The Moscow-Beijing flight was cancelled.", ["CN", "RU"]],
    ["The Sao Paulo-based bank said profits rose.", ["BR"]],
    ["Engineers in Kobe said the port would reopen.", ["JP"]],
    ["The probe mapped ice near the South Pole of Mars.", []],
    ["Explorers reached the North Pole with a Polish guide.", ["PL"]],
  ])("%s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});

describe("findPlaces: which namesake town a story means", () => {
  it.each([
    // English-language news means the English Newcastle unless the story names another country with one
    ["Police in Newcastle said the man was arrested.", undefined, ["GB"]],
    ["Police in Newcastle said the man was arrested.", "Heavy rain fell across New South Wales, Australia. Police in Newcastle said the man was arrested.", ["AU"]],
    // an article naming the US does not move a city to a much smaller US namesake
    ["She won the 60m at the indoor meeting in Birmingham.", "The American sprinter was the favourite. She won the 60m at the indoor meeting in Birmingham.", ["GB"]],
    // negative: the passage itself naming the country still picks the namesake
    ["He grew up in Birmingham, Alabama.", undefined, ["US"]],
  ])("%s", (text, context, expected) => {
    expect(codes(text, context)).toEqual(expected);
  });
});

describe("findPlaces: a small town the article uses as a person's surname", () => {
  const story = "Senator Marco Rubio and Jerry Garcia were named. ";
  it.each([
    // after "in" the small town still yields to the person the article names
    ["Delegates were interested in Rubio but never met him.", story, []],
    ["He played in Garcia's band for a decade.", story, []],
    // negative: a big city stays a place after "in", whatever names the story holds
    ["He was in Milan for talks with the club.", "AC Milan signed him. He was in Milan for talks with the club.", ["IT"]],
    // negative: without the person in the story the town is a town
    ["Floods cut the road in Rubio on Monday.", undefined, ["VE"]],
  ])("%s", (text, context, expected) => {
    expect(codes(text, context === undefined ? text : context + text)).toEqual(expected);
  });
});
