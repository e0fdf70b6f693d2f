/**
 * The speaker's regret at what someone did (CRITICISES, the guide's reproach of past conduct, as "[the Tories]
 * should have used …" is): "I would have preferred [she] pick Warren", "he would have liked [Lawson] to say more",
 * "we would have liked [them] to do it earlier", "I would rather have seen it kicked over …". Only the speaker's
 * own ("I", "we", or the pronoun that stands for the speaker: clause-subject.ts selfSubject); "Kohl would have
 * preferred to offer …" reports a third party's wish. Negated or asked, it is none.
 */
import type { Document } from "../pipeline/types.ts";
import { antecedent } from "./antecedent.ts";
import { phraseFrom } from "./noun-phrase.ts";
import { ACTORS, inQuestion, negatedAt, tokenAt, type Rule } from "./reading.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

const FIRST_PERSON = new Set(stanceWords.firstPerson);
const PREFERRED = new Set(stanceWords.regretPreferred);
const PERSONAL = new Set(["he", "she", "they", "him", "her", "them"]);

/** The words regretAt starts from besides the speaker's own (`self`): content.ts passes any other word over. */
export const REGRET_KEYS: ReadonlySet<string> = FIRST_PERSON;

export function regretAt(doc: Document, words: Word[], i: number, self = 0): Rule | null {
  if (!FIRST_PERSON.has(words[i]!.key) && !(self > 0 && i === self - 1)) return null;
  const modal = words[i + 1]?.key;
  if (modal !== "would" && modal !== "'d") return null;
  const rather = words[i + 2]?.key === "rather" && (words[i + 3]?.key === "have" || words[i + 3]?.key === "'ve");
  const preferred = words[i + 2]?.key === "have" && PREFERRED.has(words[i + 3]?.key ?? "");
  if ((!rather && !preferred) || negatedAt(words, i + 2) || inQuestion(doc.text, words[i]!)) return null;
  let from = i + 4;
  if (words[from]?.key === "that") from++;
  const first = words[from];
  return (tokens) => {
    if (!preferred || !first) return { stance: "CRITICISES", target: null };
    const k = tokenAt(tokens, first.start);
    if (k < 0) return { stance: "CRITICISES", target: null };
    // "preferred [she] pick …", "liked [them] to …": a pronoun stands for whom it names.
    if (PERSONAL.has(tokens[k]!.text.toLowerCase())) return { stance: "CRITICISES", target: antecedent(doc, tokens[k]!) };
    const phrase = phraseFrom(tokens, k);
    const head = phrase ? tokens.filter((t) => t.start >= phrase.start && t.end <= phrase.end).pop() : undefined;
    const actor = head && (head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? phrase : null;
    return { stance: "CRITICISES", target: actor };
  };
}
