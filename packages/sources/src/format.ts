import { extname } from "node:path";
import type { Format } from "./types.ts";

const BY_EXTENSION: Record<string, Format> = {
  ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".txt": "txt", ".text": "txt",
  ".html": "html", ".htm": "html", ".xhtml": "html", ".xml": "xml", ".rss": "xml", ".atom": "xml",
};

export function formatFromExtension(path: string): Format | null {
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** Guesses the format from the first bytes, for standard input and files with an unknown extension. */
export function sniffFormat(head: string): Format {
  const start = head.replace(/^\uFEFF/, "").trimStart();
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) {
    const firstLine = start.split("\n", 1)[0]!.trim();
    try {
      JSON.parse(firstLine);
      return "jsonl";
    } catch {
      return "json";
    }
  }
  if (start.startsWith("<")) {
    const opening = start.slice(0, 2000);
    if (/<(rss|feed|rdf:RDF)[\s>]/i.test(opening) && !/<html[\s>]/i.test(opening)) return "xml";
    return "html";
  }
  const header = start.split("\n", 1)[0]!.toLowerCase().split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
  if (header.length > 1 && header.includes("text")) return "csv";
  return "txt";
}
