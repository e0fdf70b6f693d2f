import type { Paragraph } from "../pipeline/types.ts";

/** Paragraphs are runs of text between line breaks (wire copy uses "\n\n", some feeds a single "\n"). */
export function splitParagraphs(text: string, from = 0): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = from;
  const n = text.length;
  while (start < n) {
    while (start < n && isSpace(text.charCodeAt(start))) start++;
    if (start >= n) break;
    let end = text.indexOf("\n", start);
    if (end < 0) end = n;
    let trimmed = end;
    while (trimmed > start && isSpace(text.charCodeAt(trimmed - 1))) trimmed--;
    paragraphs.push({ start, end: trimmed, index: paragraphs.length });
    start = end + 1;
  }
  return paragraphs;
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x2009 || code === 0x202f;
}
