import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { contentId } from "../src/index.ts";
import { chunked, errors, fixture, oks, readFile, readStream, seedPath } from "./helpers.ts";

describe("plain text reader", () => {
  it("reads the seed article byte for byte, header included, with its date, source and file-name id", async () => {
    const [article] = oks(await readFile(seedPath));
    expect(article).toEqual({
      id: "000_714ab672fc7d564c",
      source: "TASS",
      url: null,
      publishedAt: "2021-07-28",
      title: null,
      text: readFileSync(seedPath, "utf8"),
    });
    expect(article!.text.startsWith(" date 2021-07-28 DUSHANBE, July 28. /TASS/.")).toBe(true);
  });

  it("reads a wire story with no date header: no date, no source marker", async () => {
    const [article] = oks(await readFile(fixture("bahrain-oct19.txt")));
    expect(article).toMatchObject({ id: "bahrain-oct19", source: null, publishedAt: null });
    expect(article!.text).toBe(readFileSync(fixture("bahrain-oct19.txt"), "utf8"));
  });

  it("recognises the Reuters marker and hashes an id for standard input", async () => {
    const text = "MOSCOW (Reuters) - Russia said on Friday it would respond.\n";
    const [article] = oks(await readStream(chunked(text, 4), "txt"));
    expect(article).toMatchObject({ id: contentId(text), source: "Reuters", text });
  });

  it.each([
    ["binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x41]), "binary content (NUL bytes)"],
    ["latin1.txt", Buffer.from([0xe9, 0xe8, 0xff, 0xfe, 0xe0, 0x20, 0x41, 0x42]), "binary content (5 invalid UTF-8 sequences)"],
  ])("reports %s", async (name, bytes, message) => {
    const path = join(mkdtempSync(join(tmpdir(), "dictum-readers-")), name);
    writeFileSync(path, bytes);
    expect(errors(await readFile(path))).toEqual([{ ok: false, error: message, where: { file: path } }]);
  });

  it("refuses a text file over the size limit", async () => {
    const results = await readStream(chunked("x".repeat(300), 50), "txt", { maxRecordBytes: 100 });
    expect(errors(results)[0]!.error).toMatch(/^file is 0\.0 MB, larger than the 0\.0 MB limit/);
  });
});
