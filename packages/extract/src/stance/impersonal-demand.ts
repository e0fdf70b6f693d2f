// Demands made impersonally: "it is time for [X] to …", "it is important that [X] ensure …"; a group whose members
// a list names ("the six nations … - Japan, Britain, … - to take action") aims at each member.
import type { Span } from "./cue.ts";
import { COPULAS } from "./label.ts";
import { IMPORTANCE } from "./lexicon.ts";
import { phraseFrom, type Tagged } from "./noun-phrase.ts";
import { actorOnly, tokenAt, type Reading } from "./reading.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

/** "it is time for [the government] to …", "the time has come for [X] to …". */
export function timeForAt(words: Word[], i: number): ((tokens: Tagged[]) => Reading | null) | null {
  if (words[i]!.key !== "time") return null;
  let k = i + 1;
  if (["has", "had", "have"].includes(words[k]?.key ?? "") && words[k + 1]?.key === "come") k += 2;
  if (words[k]?.key !== "for") return null;
  const after = words[k]!;
  return (tokens) => {
    const t = tokenAt(tokens, after.end);
    const target = t >= 0 ? phraseFrom(tokens, t) : null;
    if (!target) return null;
    // The demand's verb follows the phrase, perhaps after a relative clause ("the six nations who agreed … to take").
    const rest = tokens.filter((x) => x.start >= target.end).slice(0, 40);
    const to = rest.findIndex((x, n) => x.text.toLowerCase() === "to" && rest[n + 1]?.pos === "VERB");
    if (to < 0) return null;
    return { stance: "DEMANDS", target: groupMembers(tokens, target) ?? actorOnly(tokens, target) };
  };
}

const GROUPS = new Set(stanceWords.contentGroups);
/**
 * "the six nations who agreed … - Japan, Britain, Canada, France, the U.S. and West Germany - to take action": a group
 * whose members a dashed or bracketed list names aims at each member.
 */
function groupMembers(tokens: Tagged[], group: Span): Span | null {
  const head = tokens.filter((t) => t.end <= group.end).pop();
  if (!head || !GROUPS.has(head.text.toLowerCase())) return null;
  const rest = tokens.filter((t) => t.start >= group.end).slice(0, 40);
  const open = rest.findIndex((t) => t.text === "-" || t.text === "–" || t.text === "—" || t.text === "(" || t.text === ":");
  if (open < 0) return null;
  let end = open + 1;
  while (end < rest.length && (rest[end]!.pos === "PROPN" || rest[end]!.pos === "DET" || rest[end]!.text === "," || rest[end]!.text.toLowerCase() === "and")) end++;
  const names = rest.slice(open + 1, end).filter((t) => t.pos === "PROPN");
  if (names.length < 2) return null;
  return { start: rest[open + 1]!.start, end: rest[end - 1]!.end };
}

/** "it is important (that) [the government] ensure …", "it was vital for [X] to …"; not "it is important to note". */
export function importanceAt(words: Word[], i: number): ((tokens: Tagged[]) => Reading | null) | null {
  if (!IMPORTANCE.has(words[i]!.key) || !COPULAS.has(words[i - 1]?.key ?? "") || !["it", "it's"].includes(words[i - 2]?.key ?? words[i - 1]!.key)) return null;
  let k = i + 1;
  if (words[k]?.key === "to" || words[k] === undefined) return null;
  if (words[k]!.key === "that" || words[k]!.key === "for") k++;
  const from = words[k];
  if (!from) return null;
  return (tokens) => {
    const t = tokenAt(tokens, from.start);
    const target = t >= 0 ? phraseFrom(tokens, t) : null;
    return target ? { stance: "DEMANDS", target: actorOnly(tokens, target) } : null;
  };
}
