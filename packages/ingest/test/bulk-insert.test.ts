import { describe, expect, it } from "vitest";
import { sqlDate, trusted } from "../src/bulk-insert.ts";
import { contentHash, normaliseText } from "../src/text-key.ts";

describe("trusted SQL literals", () => {
  it.each(["2021-07-28T00:00:00.000+00:00", "2021-07-28 00:00:00.000", "DIRECT", contentHash("text")])("accepts %s", (value) => {
    expect(trusted(value).value).toBe(value);
  });
  it.each(["it's", "x'); DROP TABLE \"Article\"; --", "a\nb", "\\"])("refuses %s", (value) => {
    expect(() => trusted(value)).toThrow(/not a trusted SQL literal/);
  });
  it("formats dates as Prisma stores them", () => {
    const date = new Date("2021-07-28T12:34:56.789Z");
    expect(sqlDate("sqlite", date).value).toBe("2021-07-28T12:34:56.789+00:00");
    expect(sqlDate("postgresql", date).value).toBe("2021-07-28 12:34:56.789");
  });
});

describe("content hash", () => {
  it.each([
    ["line endings", "Putin said.\r\nShoigu said.", "Putin said.\nShoigu said."],
    ["runs of spaces and trailing blanks", "Putin  said. \n\n\nShoigu said.  ", "Putin said.\nShoigu said."],
    ["composed and decomposed accents", "Erdog\u0306an said.", "Erdoğan said."],
  ])("ignores %s", (_, a, b) => expect(contentHash(a)).toBe(contentHash(b)));
  it("tells different words apart", () => expect(contentHash("Putin said.")).not.toBe(contentHash("Putin says.")));
  it("keeps paragraphs as single newlines", () => expect(normaliseText("A.\n\n  B.")).toBe("A.\nB."));
});
