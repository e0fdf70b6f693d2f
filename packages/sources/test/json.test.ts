import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chunked, errors, fixture, oks, readFile, readStream } from "./helpers.ts";

describe("JSON reader", () => {
  it("reads an array of records, reporting the bad element by position and line", async () => {
    const results = await readFile(fixture("articles.json"));
    const records = JSON.parse(readFileSync(fixture("articles.json"), "utf8"));
    expect(oks(results).map((a) => a.id)).toEqual([records[0].id, records[2].id]);
    expect(oks(results)[1]!.text).toBe(records[2].text);
    const [bad] = errors(results);
    expect(bad!.where).toMatchObject({ index: 2 });
    expect(bad!.where.line).toBeGreaterThan(1);
    expect(bad!.error).toBe('no text (field "text" is missing or empty)');
  });

  it("reads a single record", async () => {
    const articles = oks(await readFile(fixture("single.json")));
    expect(articles.map((a) => [a.id, a.publishedAt])).toEqual([["tass:1894079", "2024-12-26"]]);
  });

  it("splits array elements that straddle chunks, with brackets, commas and escapes inside strings", async () => {
    const records = [
      { id: "a", text: 'He said: "[not, an] {array}" \\ and left.' },
      { id: "b", text: "Она сказала «да», — said the minister." },
    ];
    for (const size of [1, 5, 64]) {
      const articles = oks(await readStream(chunked(JSON.stringify(records, null, 1), size), "json"));
      expect(articles.map((a) => a.text)).toEqual(records.map((r) => r.text));
    }
  });

  it("reports an element that is not valid JSON and keeps reading the others", async () => {
    const content = '[{"id":"a","text":"one"}, {"id": tru, "text":"two"}, {"id":"c","text":"three"}]';
    const results = await readStream(chunked(content, 10), "json");
    expect(oks(results).map((a) => a.id)).toEqual(["a", "c"]);
    expect(errors(results)[0]).toMatchObject({ where: { index: 2 }, error: expect.stringMatching(/^invalid JSON/) });
  });

  it("reads objects written one after another (JSON Lines saved as .json)", async () => {
    const content = '{"id":"a","text":"one"}\n{"id":"b",\n "text":"two"}\n';
    const results = await readStream(chunked(content, 4), "json");
    expect(results.map((r) => r.where.line)).toEqual([1, 2]);
    expect(oks(results).map((a) => a.id)).toEqual(["a", "b"]);
  });

  it.each([
    ['[{"id":"a","text":"one"}, {"id":"b","text":"tw', "unexpected end of the JSON document (unclosed array or object)"],
    ['"just a string"', "not a JSON record or array of records"],
    ['[{"id":"a","text":"one"}] trailing', "unexpected content after the end of the JSON document"],
  ])("reports a broken document: %j", async (content, message) => {
    const results = await readStream(chunked(content, 8), "json");
    expect(errors(results).map((e) => e.error)).toEqual([message]);
  });

  it("rejects an array element that is not an object", async () => {
    const results = await readStream(chunked('[42, {"id":"a","text":"ok"}]', 3), "json");
    expect(errors(results)[0]!.error).toBe("expected an object with a \"text\" field, got number");
    expect(oks(results).map((a) => a.id)).toEqual(["a"]);
  });
});
