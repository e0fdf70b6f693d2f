// One rule for empty inputs, whatever the format: a single `empty` result (a warning for the commands to show),
// never a format-specific error ("invalid XML", "empty JSON file") and never silence.
import { describe, expect, it } from "vitest";
import { FORMATS, readArticlesFromString, type Format, type ReadResult } from "../src/index.ts";

async function read(content: string, format: Format): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readArticlesFromString(content, format, `input.${format}`)) results.push(result);
  return results;
}

describe("empty inputs", () => {
  it.each(FORMATS.flatMap((format) => ["", "\n \n\t", "\ufeff\n"].map((content) => [format, content] as const)))("%s input %j is one 'no articles' warning", async (format, content) => {
    expect(await read(content, format)).toEqual([{ ok: false, empty: true, error: "no articles: the input is empty", where: { file: `input.${format}` } }]);
  });

  it.each([
    ["csv", "text,title\n"],
    ["json", "[]"],
    ["xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Nothing yet</title></channel></rss>'],
  ] as const)("a %s input with no records is one 'no articles' warning", async (format, content) => {
    const results = await read(content, format);
    expect(results).toEqual([{ ok: false, empty: true, error: `no articles: the ${format.toUpperCase()} input holds no records`, where: { file: `input.${format}` } }]);
  });

  it("says nothing of the kind when there are articles", async () => {
    const results = await read('{"text":"The minister said the talks would resume."}\n\n', "jsonl");
    expect(results.map((result) => result.ok)).toEqual([true]);
  });
});
