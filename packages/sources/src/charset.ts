/**
 * Saved web pages and feeds declare their own encoding (`<meta charset="windows-1251">`,
 * `<?xml version="1.0" encoding="ISO-8859-1"?>`). Decoding those as UTF-8 would turn every non-ASCII letter into
 * U+FFFD, so the declaration is honoured; anything unknown or undeclared is read as UTF-8.
 */

const DECLARATION_WINDOW = 2048;
const HTML_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i;

export function declaredCharset(bytes: Buffer, kind: "html" | "xml"): string | null {
  const head = bytes.subarray(0, DECLARATION_WINDOW).toString("latin1");
  return (kind === "html" ? HTML_CHARSET : XML_ENCODING).exec(head)?.[1]?.toLowerCase() ?? null;
}

export function decodeDocument(bytes: Buffer, kind: "html" | "xml"): string {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const charset = hasBom ? null : declaredCharset(bytes, kind);
  if (charset && charset !== "utf-8" && charset !== "utf8") {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // a label TextDecoder does not know: fall through to UTF-8, and the binary check reports what went wrong
    }
  }
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
