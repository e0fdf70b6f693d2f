// The taxonomy file users edit: `dictum topics export` writes it, `dictum topics import` reads it back. Reading
// checks everything before anything is stored, and names each problem by line, column and field, so that a bad
// file is refused whole with a message that says where to look. jsonc-parser gives the positions (and sees keys
// given twice, which JSON.parse would silently resolve to the last).
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { Taxonomy, TaxonomyTopic } from "@dictum/db";
import { keywordError } from "@dictum/extract/topics";

export interface TaxonomyProblem {
  line: number;
  column: number;
  /** Where in the document: "topics[3].keywords". */
  field: string;
  message: string;
}

export type TaxonomyRead = { ok: true; taxonomy: Taxonomy } | { ok: false; problems: TaxonomyProblem[] };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ROOT_KEYS = ["_note", "scoring", "topics"];
const SCORING_KEYS = ["minScore", "repeatFactor"];
const TOPIC_KEYS = ["slug", "name", "description", "keywords"];

const SYNTAX: Record<string, string> = {
  InvalidSymbol: "this is not JSON", InvalidNumberFormat: "a malformed number", PropertyNameExpected: "a key in double quotes is expected",
  ValueExpected: "a value is expected", ColonExpected: "a colon is expected", CommaExpected: "a comma is expected (or a trailing comma is not allowed)",
  CloseBraceExpected: "a closing } is expected", CloseBracketExpected: "a closing ] is expected", EndOfFileExpected: "nothing may follow the closing }",
  InvalidCommentToken: "comments are not allowed in JSON", UnexpectedEndOfComment: "a comment is not closed", UnexpectedEndOfString: "a string is not closed",
  UnexpectedEndOfNumber: "a number is cut short", InvalidUnicode: "a bad \\u escape", InvalidEscapeCharacter: "a bad escape in a string",
  InvalidCharacter: "a character that must be escaped in a string",
};

/** The document an export writes: the shipped file's shape, keywords in their order. */
export function taxonomyFile(taxonomy: Taxonomy): string {
  const topics = taxonomy.topics.map((t) => ({ slug: t.slug, name: t.name, ...(t.description == null ? {} : { description: t.description }), keywords: t.keywords }));
  const document = { ...(taxonomy.note ? { _note: taxonomy.note } : {}), scoring: { minScore: taxonomy.scoring.minScore, repeatFactor: taxonomy.scoring.repeatFactor }, topics };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function formatProblems(file: string, problems: readonly TaxonomyProblem[]): string[] {
  return problems.map((p) => `${file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ""}${p.message}`);
}

/** Reads a taxonomy file; every problem found, or the taxonomy. */
export function readTaxonomyFile(text: string): TaxonomyRead {
  const source = text.replace(/^\uFEFF/, "");
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source[i] === "\n") lineStarts.push(i + 1);
  const problems: TaxonomyProblem[] = [];
  const lineIndex = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  };
  const at: At = Object.assign((offset: number, field: string, message: string) => {
    const line = lineIndex(offset);
    problems.push({ line: line + 1, column: offset - lineStarts[line]! + 1, field, message });
  }, { line: (offset: number) => lineIndex(offset) + 1 });
  if (source.trim() === "") {
    at(0, "", "the file is empty: it should hold the JSON that `dictum topics export` writes");
    return { ok: false, problems };
  }
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    // After the first syntax error the parser's guesses are noise: report that one.
    const first = errors[0];
    const code = first ? printParseErrorCode(first.error) : "ValueExpected";
    at(first?.offset ?? 0, "", `bad JSON: ${SYNTAX[code] ?? code}`);
    return { ok: false, problems };
  }
  const taxonomy = readRoot(root, at);
  return problems.length > 0 || !taxonomy ? { ok: false, problems } : { ok: true, taxonomy };
}

/** Reports a problem at an offset; `line` says which line an offset is on (to point back at an earlier node). */
type At = ((offset: number, field: string, message: string) => void) & { line(offset: number): number };

/** The object's properties by key; reports keys given twice and keys not in `allowed`. */
function properties(node: Node, field: string, allowed: readonly string[] | null, at: At): Map<string, Node> {
  const found = new Map<string, Node>();
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const key = String(keyNode.value);
    const first = found.get(key);
    if (first) at(keyNode.offset, field, `"${key}" is given twice (first on line ${at.line(first.parent!.offset)})`);
    else if (allowed && !allowed.includes(key)) at(keyNode.offset, field, `unknown key "${key}" (expected ${allowed.map((k) => `"${k}"`).join(", ")})`);
    else found.set(key, value);
  }
  return found;
}

function readRoot(root: Node, at: At): Taxonomy | null {
  if (root.type !== "object") {
    at(root.offset, "", `the file must hold one JSON object with "scoring" and "topics", not ${describe(root)}`);
    return null;
  }
  const props = properties(root, "", ROOT_KEYS, at);
  const note = props.get("_note");
  if (note && note.type !== "string") at(note.offset, "_note", `must be a string, not ${describe(note)}`);
  const scoring = readScoring(props.get("scoring"), root, at);
  const topicsNode = props.get("topics");
  let topics: TaxonomyTopic[] | null = null;
  if (!topicsNode) at(root.offset, "", `"topics" is missing: the list of topics`);
  else if (topicsNode.type !== "array") at(topicsNode.offset, "topics", `must be a list of topics, not ${describe(topicsNode)}`);
  else if ((topicsNode.children ?? []).length === 0) at(topicsNode.offset, "topics", "the list is empty: give at least one topic");
  else topics = readTopics(topicsNode, at);
  return scoring && topics ? { note: note?.type === "string" ? (note.value as string) : null, scoring, topics } : null;
}

function readScoring(node: Node | undefined, root: Node, at: At): Taxonomy["scoring"] | null {
  if (!node) {
    at(root.offset, "", `"scoring" is missing: { "minScore": 0.35, "repeatFactor": 0.25 }`);
    return null;
  }
  if (node.type !== "object") {
    at(node.offset, "scoring", `must be an object with "minScore" and "repeatFactor", not ${describe(node)}`);
    return null;
  }
  const props = properties(node, "scoring", SCORING_KEYS, at);
  const minScore = number(props.get("minScore"), node, "scoring.minScore", (n) => n > 0 && n < 1, "a number between 0 and 1 (a topic scoring less is dropped)", at);
  const repeatFactor = number(props.get("repeatFactor"), node, "scoring.repeatFactor", (n) => n >= 0 && n <= 1, "a number from 0 to 1 (how much a repeated keyword adds)", at);
  return minScore === null || repeatFactor === null ? null : { minScore, repeatFactor };
}

function number(node: Node | undefined, parent: Node, field: string, ok: (n: number) => boolean, wanted: string, at: At): number | null {
  if (!node) {
    at(parent.offset, field, `is missing: ${wanted}`);
    return null;
  }
  if (node.type !== "number" || !ok(node.value as number)) {
    at(node.offset, field, `must be ${wanted}, not ${describe(node)}`);
    return null;
  }
  return node.value as number;
}

function readTopics(list: Node, at: At): TaxonomyTopic[] | null {
  const topics: TaxonomyTopic[] = [];
  const slugs = new Map<string, { index: number; node: Node }>();
  let sound = true;
  (list.children ?? []).forEach((node, index) => {
    const field = `topics[${index}]`;
    if (node.type !== "object") {
      at(node.offset, field, `must be an object with "slug", "name" and "keywords", not ${describe(node)}`);
      sound = false;
      return;
    }
    const props = properties(node, field, TOPIC_KEYS, at);
    const slugNode = props.get("slug");
    let slug: string | null = null;
    if (!slugNode) at(node.offset, field, `"slug" is missing: the topic's key, as in "sanctions"`);
    else if (slugNode.type !== "string" || !SLUG.test(slugNode.value as string) || (slugNode.value as string).length > 60) {
      at(slugNode.offset, `${field}.slug`, `must be lower-case letters and digits joined by hyphens ("energy-oil"), not ${describe(slugNode)}`);
    } else {
      slug = slugNode.value as string;
      const earlier = slugs.get(slug);
      if (earlier) {
        at(slugNode.offset, `${field}.slug`, `"${slug}" is already the slug of topics[${earlier.index}] (line ${at.line(earlier.node.offset)}): each topic needs its own`);
        slug = null;
      } else slugs.set(slug, { index, node: slugNode });
    }
    const label = slug ? `${field} (${slug})` : field;
    const nameNode = props.get("name");
    let name: string | null = null;
    if (!nameNode) at(node.offset, label, `"name" is missing: the topic's name as readers see it`);
    else if (nameNode.type !== "string" || (nameNode.value as string).trim() === "") at(nameNode.offset, `${label}.name`, `must be a non-empty string, not ${describe(nameNode)}`);
    else name = (nameNode.value as string).trim();
    const descriptionNode = props.get("description");
    if (descriptionNode && descriptionNode.type !== "string" && descriptionNode.type !== "null") at(descriptionNode.offset, `${label}.description`, `must be a string or null, not ${describe(descriptionNode)}`);
    const keywords = readKeywords(props.get("keywords"), node, label, at);
    if (slug === null || name === null || keywords === null || (descriptionNode && descriptionNode.type !== "string" && descriptionNode.type !== "null")) {
      sound = false;
      return;
    }
    topics.push({ slug, name, description: descriptionNode?.type === "string" ? (descriptionNode.value as string) : null, keywords });
  });
  return sound ? topics : null;
}

function readKeywords(node: Node | undefined, topic: Node, label: string, at: At): Record<string, number> | null {
  const field = `${label}.keywords`;
  if (!node) {
    at(topic.offset, label, `"keywords" is missing: { "keyword": weight, … }`);
    return null;
  }
  if (node.type !== "object") {
    at(node.offset, field, `must be an object of keywords and weights ({ "sanction*": 1 }), not ${describe(node)}`);
    return null;
  }
  if ((node.children ?? []).length === 0) {
    at(node.offset, field, "the keyword list is empty: give at least one keyword and its weight");
    return null;
  }
  const keywords: Record<string, number> = {};
  const seen = new Map<string, string>(); // the keyword as matched → as written
  let sound = true;
  for (const property of node.children ?? []) {
    const [keyNode, value] = property.children ?? [];
    if (!keyNode || !value) continue;
    const keyword = String(keyNode.value);
    const problem = keywordError(keyword);
    const folded = keyword.trim().toLowerCase().replace(/\s+/g, " ");
    if (problem) at(keyNode.offset, field, `bad keyword: ${problem}`);
    else if (seen.has(folded)) at(keyNode.offset, field, `"${keyword}" is given twice (as "${seen.get(folded)}" too)`);
    else if (value.type !== "number" || !Number.isFinite(value.value) || (value.value as number) <= 0 || (value.value as number) > 10) {
      at(value.offset, `${field}["${keyword}"]`, `the weight must be a number above 0 (1 = one mention is strong evidence), at most 10, not ${describe(value)}`);
    } else {
      keywords[keyword] = value.value as number;
      seen.set(folded, keyword);
      continue;
    }
    sound = false;
  }
  return sound ? keywords : null;
}

function describe(node: Node): string {
  if (node.type === "string") return JSON.stringify(String(node.value).length > 40 ? `${String(node.value).slice(0, 40)}…` : node.value);
  if (node.type === "number" || node.type === "boolean") return String(node.value);
  if (node.type === "null") return "null";
  return node.type === "array" ? "a list" : "an object";
}
