// ArticleKey: an article is known by its content hash, else by its URL.
import { describe, expect, it } from "vitest";
import { articleKey, ArticleKeyMap, cleanUrl, keyLists } from "../../src/batch/article-key.ts";
import { contentHash } from "../../src/text-key.ts";

describe("article keys", () => {
  it("hash the normalised text and keep the URL trimmed, null when empty", () => {
    expect(articleKey({ text: "Hello,\r\n  world", url: "  https://example.org/a  " })).toEqual({ hash: contentHash("Hello,\n world"), url: "https://example.org/a" });
    expect(cleanUrl("   ")).toBeNull();
    expect(cleanUrl(undefined)).toBeNull();
  });

  it("find an article by its hash, else by its URL", () => {
    const known = new ArticleKeyMap<number>().set({ hash: "h1", url: "https://example.org/a" }, 1).set({ hash: "h2", url: null }, 2);
    expect(known.get({ hash: "h1", url: null })).toBe(1); // the same text elsewhere
    expect(known.get({ hash: "other", url: "https://example.org/a" })).toBe(1); // another text at the same address
    expect(known.get({ hash: "h2", url: "https://example.org/a" })).toBe(2); // the hash wins over the URL
    expect(known.get({ hash: "other", url: "https://example.org/b" })).toBeUndefined();
  });

  it("never match on a missing URL, nor a hash with a URL", () => {
    const known = new ArticleKeyMap<number>().set({ hash: "h1", url: null }, 1).set({ hash: "https://x.org", url: "h3" }, 3);
    expect(known.get({ hash: "other", url: null })).toBeUndefined();
    expect(known.get({ hash: "h3", url: "https://x.org" })).toBeUndefined();
  });

  it("list the hashes and the URLs there are, for one query", () => {
    expect(keyLists([{ hash: "a", url: "u" }, { hash: "b", url: null }])).toEqual({ hashes: ["a", "b"], urls: ["u"] });
  });
});
