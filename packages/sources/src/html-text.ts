import { parseHTML } from "linkedom";

/** Elements whose boundaries are paragraph breaks in the text. */
const BLOCKS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER",
  "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
  "TABLE", "TR", "UL",
]);
const SKIPPED = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "HEAD", "BUTTON", "SELECT"]);

interface Node {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
}

/** Marks where a block element's children end on the walk's stack. */
const BLOCK_END = Symbol("block end");
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * HTML to plain text the extractor can read: one paragraph per block element, separated by a blank line (the
 * shape of the wire copy in the corpora), whitespace inside a paragraph collapsed, entities decoded.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.split(/\n\s*\n/).map((p) => collapse(p.replace(/\s+/g, " "))).filter(Boolean).join("\n\n");
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as Node);
}

export function nodeToText(root: Node): string {
  const paragraphs: string[] = [];
  let current = "";
  const flush = () => {
    const paragraph = collapse(current);
    if (paragraph) paragraphs.push(paragraph);
    current = "";
  };
  // An explicit stack, not recursion: pages nested tens of thousands of elements deep must not overflow it.
  const stack: (Node | typeof BLOCK_END)[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === BLOCK_END) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      // source line breaks inside a paragraph are only whitespace; <br> is the one real line break
      current += (node.textContent ?? "").replace(/\s+/g, " ");
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) continue;
    if (name === "BR") {
      current += "\n";
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) {
      flush();
      stack.push(BLOCK_END);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  flush();
  return paragraphs.join("\n\n");
}

/** Collapses runs of spaces, keeps the line breaks <br> made, trims each line. */
function collapse(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .split("\n")
    .map((line) => line.replace(/[ \t\r\f\v]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}
