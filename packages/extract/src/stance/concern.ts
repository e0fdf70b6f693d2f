/**
 * Concern about someone's conduct (CRITICISES, as "expressed concern about [X]" is): "we are deeply concerned about
 * [North Korea]'s recent actions", "France was worried about [Iran]'s involvement", "the embassy was troubled by
 * [the court]'s decision", "concerned about the decision by [the council]". Concern about a state of affairs blames
 * no one ("concerned about the situation", "worried about job losses"), nor does concern negated ("not worried
 * about China's moves") or asked about; so the words must name an actor whose act it is: a possessor, an author
 * ("by X"), or a name modifying an act ("[Myanmar] army activity").
 */
import type { Document } from "../pipeline/types.ts";
import type { Span } from "./cue.ts";
import { phraseFrom, type Tagged } from "./noun-phrase.ts";
import { ACTORS, ACTS, authorAfter, inQuestion, negatedAt, tokenAt, type Rule } from "./reading.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

/** The words concernAt starts from (content.ts passes any other word over). */
export const CONCERN_KEYS: ReadonlySet<string> = new Set(stanceWords.concernWords);
const COPULAS = new Set(stanceWords.concernCopulas);
const DEGREE = new Set(stanceWords.concernDegree);
const PREPOSITIONS = new Set(stanceWords.concernPrepositions);
const CONDUCT = new Set([...ACTS, ...stanceWords.concernConduct]);

export function concernAt(doc: Document, words: Word[], i: number): Rule | null {
  if (!CONCERN_KEYS.has(words[i]!.key) || !PREPOSITIONS.has(words[i + 1]?.key ?? "")) return null;
  let k = i - 1;
  while (k >= 0 && DEGREE.has(words[k]!.key)) k--;
  if (k < 0 || !COPULAS.has(words[k]!.key) || negatedAt(words, i) || words[k + 1]?.key === "not" || inQuestion(doc.text, words[i]!)) return null;
  const object = words[i + 2];
  if (!object) return null;
  return (tokens) => {
    const t = tokenAt(tokens, object.start);
    const phrase = t >= 0 ? phraseFrom(tokens, t) : null;
    const actor = phrase ? whoseAct(tokens, phrase) : null;
    return actor ? { stance: "CRITICISES", target: actor } : null;
  };
}

/** The actor a phrase names as the author of an act, or null when it names a state of affairs. */
function whoseAct(tokens: Tagged[], phrase: Span): Span | null {
  const inside = tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end);
  const head = inside[inside.length - 1];
  if (!head) return null;
  // "[Iran]'s involvement", "the timing of [the Obama administration]'s decision": a possessor whose act follows.
  const next = tokens.findIndex((t) => t.start >= phrase.end);
  if (next >= 0 && tokens[next]!.pos === "PART" && /^['’]s$/.test(tokens[next]!.text)) {
    const owned = phraseFrom(tokens, next + 1);
    const act = owned ? tokens.filter((t) => t.start >= owned.start && t.end <= owned.end).pop() : undefined;
    if (!act || !CONDUCT.has(act.text.toLowerCase()) || !(head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase()))) return null;
    const of = inside.map((x) => x.text.toLowerCase()).lastIndexOf("of");
    return { start: of >= 0 && of + 1 < inside.length ? inside[of + 1]!.start : phrase.start, end: head.end };
  }
  if (!CONDUCT.has(head.text.toLowerCase())) return null;
  // "the decision by [the council]"
  const author = authorAfter(tokens, phrase);
  if (author) return author;
  // "[Myanmar] army activity", "[North Korean] missile launches": names before the act's head.
  const names = inside.filter((x) => x.pos === "PROPN");
  if (!names.length) return null;
  const first = inside.indexOf(names[0]!), last = inside.indexOf(names[names.length - 1]!);
  if (inside.slice(first, last + 1).some((x) => x.pos !== "PROPN")) return null;
  return { start: names[0]!.start, end: names[names.length - 1]!.end };
}
