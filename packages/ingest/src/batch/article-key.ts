// The identity an article is looked up by before it is stored: its content hash and, when it has one, its URL.
// An article is already known when either matches (the same text under another address, or a re-encoded copy at
// the same address). One helper, so "known by hash, else by URL" is written once.
import type { ArticleInput } from "@dictum/extract";
import { contentHash } from "../text-key.ts";

export interface ArticleKey {
  hash: string;
  url: string | null;
}

/** The URL as it is stored: trimmed, null when empty. */
export function cleanUrl(url: string | null | undefined): string | null {
  const trimmed = url?.trim();
  return trimmed ? trimmed : null;
}

export function articleKey(article: Pick<ArticleInput, "text" | "url">): ArticleKey {
  return { hash: contentHash(article.text), url: cleanUrl(article.url) };
}

/** The hashes and the URLs of these keys, for one lookup query. */
export function keyLists(keys: readonly ArticleKey[]): { hashes: string[]; urls: string[] } {
  return { hashes: keys.map((key) => key.hash), urls: keys.flatMap((key) => (key.url ? [key.url] : [])) };
}

/** Values by article: found by content hash, else by URL. */
export class ArticleKeyMap<V> {
  private readonly byHash = new Map<string, V>();
  private readonly byUrl = new Map<string, V>();

  get(key: ArticleKey): V | undefined {
    return this.byHash.get(key.hash) ?? (key.url ? this.byUrl.get(key.url) : undefined);
  }

  set(key: ArticleKey, value: V): this {
    this.byHash.set(key.hash, value);
    if (key.url) this.byUrl.set(key.url, value);
    return this;
  }
}
