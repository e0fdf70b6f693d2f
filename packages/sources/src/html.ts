import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { htmlToText, nodeToText } from "./html-text.ts";
import { normalisePublishedAt } from "./published-at.ts";
import { binaryReason, contentId } from "./record.ts";
import { sourceFromMarker } from "./source-marker.ts";
import type { FormatReader, ReadResult, Where } from "./types.ts";
import { readWhole, tooLongError } from "./whole.ts";
import { decodeDocument } from "./charset.ts";

/** Meta tags that carry the publication time, most specific first. */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
  'meta[name="date"]',
];

type Doc = ReturnType<typeof parseHTML>["document"];

const attr = (doc: Doc, selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name)?.trim() || null;

function publishedTime(doc: Doc): string | null {
  for (const selector of PUBLISHED_META) {
    const date = normalisePublishedAt(attr(doc, selector, "content"));
    if (date) return date;
  }
  return normalisePublishedAt(attr(doc, "time[datetime]", "datetime")) ?? null;
}

/** Readability's time grows much faster than the nesting depth (400 levels: 2 s, 20,000: minutes); real pages
 * nest a few dozen levels, and deeper ones fall back to the whole body text. */
const MAX_READABILITY_DEPTH = 100;

/** How deep elements nest under `root`, counted without recursion (the page may be hostile). */
function elementDepth(root: { children: ArrayLike<unknown> } | null): number {
  let deepest = 0;
  const stack: [{ children: ArrayLike<unknown> }, number][] = root ? [[root, 1]] : [];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (let i = 0; i < element.children.length; i++) stack.push([element.children[i] as { children: ArrayLike<unknown> }, depth + 1]);
  }
  return deepest;
}

/** Reads one HTML page: the main text (Readability), title, canonical URL and publication time. */
export function htmlToResult(html: string, where: Where): ReadResult {
  const binary = binaryReason(html);
  if (binary) return { ok: false, error: binary, where };
  let { document } = parseHTML(html);
  // linkedom leaves documentElement null (and document.body throws) when the page holds no element at all
  if (!document.documentElement) ({ document } = parseHTML(`<html><body>${html}</body></html>`));
  // read the head before Readability, which rewrites the document it is given
  const meta = {
    title: attr(document, 'meta[property="og:title"]', "content") ?? (document.querySelector("title")?.textContent?.trim() || null),
    url: attr(document, 'link[rel="canonical"]', "href") ?? attr(document, 'meta[property="og:url"]', "content"),
    source: attr(document, 'meta[property="og:site_name"]', "content"),
    publishedAt: publishedTime(document),
  };
  const body = document.body ? nodeToText(document.body as never) : "";
  let text = "";
  let parsedTime: string | null | undefined = null;
  try {
    if (elementDepth(document.body) > MAX_READABILITY_DEPTH) throw new Error("nested too deep for Readability");
    const article = new Readability(document as never).parse();
    if (article?.content) text = htmlToText(article.content);
    parsedTime = normalisePublishedAt(article?.publishedTime);
  } catch {
    // Readability gives up on odd documents; the whole body text below is the fallback
  }
  if (text.trim() === "") text = body;
  if (text.trim() === "") return { ok: false, error: "no text (the page has no readable content)", where };
  return {
    ok: true,
    where,
    article: {
      id: contentId(text),
      source: meta.source ?? sourceFromMarker(text),
      url: meta.url,
      publishedAt: meta.publishedAt ?? parsedTime ?? null,
      title: meta.title,
      text,
    },
  };
}

export const readHtml: FormatReader = async function* (input, name, options) {
  const whole = await readWhole(input, options.maxRecordBytes, (bytes) => decodeDocument(bytes, "html"));
  if ("tooLong" in whole) {
    yield { ok: false, error: tooLongError(whole.bytes, options.maxRecordBytes), where: { file: name } };
    return;
  }
  yield htmlToResult(whole.text, { file: name });
};
