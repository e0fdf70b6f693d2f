import { describe, expect, it } from "vitest";
import { affiliationCountry } from "../../src/speakers/affiliation.ts";
import { parseMention } from "../../src/speakers/mention.ts";

describe("parseMention", () => {
  it.each([
    ["Russian Foreign Minister Sergei Lavrov", "name", "Sergei Lavrov", "Russian Foreign Minister"],
    ["Sverdlovsk regional Deputy Governor Anna Petrova", "name", "Anna Petrova", "Sverdlovsk regional Deputy Governor"],
    ["Businessman Pedro Alvarez", "name", "Pedro Alvarez", "Businessman"],
    ["Dmitry Peskov, the Kremlin spokesman", "name", "Dmitry Peskov", "the Kremlin spokesman"],
    ["The mayor of London, Sadiq Khan", "name", "Sadiq Khan", "The mayor of London"],
    ["Maria Lopez, whose husband Carlos is the city's mayor", "name", "Maria Lopez", null],
    ["Shoigu", "name", "Shoigu", null],
    // A lower-case role after a possessive, right before a name, is the name's title (BBC shape).
    ["the country's vice president Luis Amaral", "name", "Luis Amaral", "the country's vice president"],
    ["the firm's chief executive John Dale", "name", "John Dale", "the firm's chief executive"],
    ["the company's spokesman", "description", "the company's spokesman", "the company's spokesman"],
    // A person's name before "of" and a body: the person, with the body as affiliation (Wikinews, BBC shapes).
    ["Lead author Sara Wendt of Australia's Griffith University", "name", "Sara Wendt", "Lead author of Australia's Griffith University"],
    ["Lucy Farr of The Times", "name", "Lucy Farr", "of The Times"],
    ["Federal Reserve Bank of New York", "body", "Federal Reserve Bank of New York", null],
    ["UK Coal", "body", "UK Coal", null],
    ["the bank, led by new chief executive Helen Park", "name", "Helen Park", "new chief executive"],
    ["Łukasz Wróbel", "name", "Łukasz Wróbel", null],
    ["the Russian defense chief", "description", "the Russian defense chief", "the Russian defense chief"],
    ["the newspaper", "description", "the newspaper", null],
    ["the Foreign Ministry", "body", "the Foreign Ministry", null],
    ["The Interior Ministry and the Federal Security Service (FSB)", "body", "The Interior Ministry and the Federal Security Service (FSB)", null],
    ["Znak.com", "body", "Znak.com", null],
    ["officials", "group", "officials", null],
    ["a source in the Defense Ministry", "group", "a source in the Defense Ministry", null],
    ["he", "pronoun", "he", null],
    ["Senator Maria Lopez of Texas", "name", "Maria Lopez", "Senator of Texas"],
    ["Rep. Tom Reed of New York", "name", "Tom Reed", "Rep. of New York"],
    ["Secretary of State", "description", "Secretary of State", "Secretary of State"],
    ["The Bank of England", "body", "The Bank of England", null],
    ["Sen. Tom Ladd (R-Texas)", "name", "Tom Ladd", "Sen. (R-Texas)"],
    ["Rep. Ann Cole (D-Md.), chair of the committee", "name", "Ann Cole", "Rep. (D-Md.)"],
    ["Federal Reserve Bank of New York", "body", "Federal Reserve Bank of New York", null],
  ])("%s", (phrase, form, name, title) => {
    const m = parseMention(phrase);
    expect([m.form, m.name, m.title]).toEqual([form, name, title]);
  });
});

describe("affiliationCountry", () => {
  it.each([
    ["Russian Defense Minister", "RU"],
    ["Chancellor of the Exchequer", null],
    ["Iraqi state", "IQ"],
    ["U.S. Treasury Secretary", "US"],
    ["Interior Minister", null],
  ])("%s → %s", (title, code) => {
    expect(affiliationCountry(title)).toBe(code);
  });
});
