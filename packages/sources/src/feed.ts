import { XMLParser, XMLValidator } from "fast-xml-parser";
import { htmlToText } from "./html-text.ts";
import { normalisePublishedAt } from "./published-at.ts";
import { binaryReason, contentId } from "./record.ts";
import type { FormatReader, ReadResult, Where } from "./types.ts";
import { readWhole, tooLongError } from "./whole.ts";
import { decodeDocument } from "./charset.ts";

type Node = Record<string, unknown>;

/** Bodies hold HTML: keep them as raw strings instead of letting the XML parser take their markup apart. */
const HTML_FIELDS = ["content:encoded", "description", "content", "summary"];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  stopNodes: HTML_FIELDS.map((field) => `*.${field}`),
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

const XML_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, code: string) => {
    if (code[0] !== "#") return XML_ENTITIES[code.toLowerCase()] ?? whole;
    const point = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
  });
}

/** A raw body as the parser kept it: CDATA sections are HTML as is, other text is escaped HTML (or xhtml markup). */
function bodyToText(value: unknown): string {
  const raw = typeof value === "object" && value !== null ? (value as Node)["#text"] : value;
  if (typeof raw !== "string") return "";
  const type = typeof value === "object" && value !== null ? (value as Node)["@_type"] : undefined;
  if (type === "xhtml") return htmlToText(raw);
  const html = raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith("<![CDATA[") ? part.slice(9, -3) : decodeEntities(part)))
    .join("");
  return type === "text" ? htmlToText(html.replace(/&/g, "&amp;").replace(/</g, "&lt;")) : htmlToText(html);
}

function plain(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && value !== null) return plain((value as Node)["#text"]);
  return null;
}

function linkOf(links: unknown): string | null {
  if (!Array.isArray(links)) return plain(links);
  const objects = links.filter((l): l is Node => typeof l === "object" && l !== null && "@_href" in l);
  const alternate = objects.find((l) => l["@_rel"] === undefined || l["@_rel"] === "alternate");
  if (alternate) return plain(alternate["@_href"]);
  return plain(links.find((l) => typeof l === "string"));
}

function itemToResult(item: Node, channel: string | null, where: Where): ReadResult {
  const body = HTML_FIELDS.map((field) => bodyToText(item[field])).find((text) => text.trim() !== "") ?? "";
  const title = item.title === undefined ? null : plain(item.title);
  if (body === "") return { ok: false, error: `no text (item ${JSON.stringify(title ?? "")} has no content or description)`, where };
  const binary = binaryReason(body);
  if (binary) return { ok: false, error: binary, where };
  const date = plain(item.pubDate) ?? plain(item["dc:date"]) ?? plain(item.published) ?? plain(item.updated);
  const guid = plain(item.guid) ?? plain(item.id);
  return {
    ok: true,
    where,
    article: {
      id: guid ?? contentId(body),
      source: channel,
      url: linkOf(item.link),
      publishedAt: normalisePublishedAt(date) ?? null,
      title,
      text: body,
    },
  };
}

/** Turns a parsed feed into its items: RSS 2.0 channel items, RSS 1.0 (RDF) items or Atom entries. */
export function* feedToResults(xml: string, file: string): Generator<ReadResult> {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield { ok: false, error: `invalid XML: ${valid.err.msg}`, where: { file, line: valid.err.line } };
    return;
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (error) {
    // the validator passes DOCTYPEs the parser then refuses (external entities, entity expansion limits)
    yield { ok: false, error: `invalid XML: ${(error as Error).message}`, where: { file } };
    return;
  }
  const rss = (doc.rss as Node | undefined)?.channel as Node | undefined;
  const rdf = doc["rdf:RDF"] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  const container = rss ?? atom;
  const items = (rss?.item ?? rdf?.item ?? atom?.entry ?? null) as Node[] | null;
  // A feed with no items yet is empty (readArticles says so), not broken; other XML is no feed at all.
  if (!items && (rss || rdf || atom)) return;
  if (!items) {
    yield { ok: false, error: "not an RSS or Atom feed (no <item> or <entry> elements)", where: { file } };
    return;
  }
  const channel = plain(container?.title) ?? plain((rdf?.channel as Node | undefined)?.title);
  let index = 0;
  for (const item of items) {
    const node = typeof item === "object" && item !== null ? item : {};
    yield itemToResult(node, channel, { file, index: ++index });
  }
}

export const readFeed: FormatReader = async function* (input, name, options) {
  const whole = await readWhole(input, options.maxRecordBytes, (bytes) => decodeDocument(bytes, "xml"));
  if ("tooLong" in whole) {
    yield { ok: false, error: tooLongError(whole.bytes, options.maxRecordBytes), where: { file: name } };
    return;
  }
  yield* feedToResults(whole.text, name);
};
