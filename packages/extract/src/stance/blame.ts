/**
 * Blame laid in a statement's own words (CRITICISES): "[the government] is to blame", "the blame lies with
 * [the airline]", "[the regime] was responsible for the attack" (lexicons/stance.json "harms"; not "responsible
 * for security"), "[the rebels] were behind the bombing", "[the government] failed to …" (an actor's failure, not the talks'), "it is [Kyiv]'s fault", "the fault of [the management]", "we blame [the regulators] for …". A
 * negated one lays none ("the pilots are not to blame"), and one asked about ("Is the mayor to blame?") neither.
 */
import type { Document } from "../pipeline/types.ts";
import type { Span } from "./cue.ts";
import { HARMS } from "./lexicon.ts";
import { phraseFrom } from "./noun-phrase.ts";
import { ACTORS, actorOnly, inQuestion, negatedAt, subjectBefore, tokenAt, type Rule } from "./reading.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

const COPULAS = new Set(stanceWords.blameCopulas);
const LIES = new Set(stanceWords.blameLies);
const FIRST_PERSON = new Set(stanceWords.firstPerson);
/** The words a rule here starts from; any other word is passed over at once (content.ts does not call blameAt). */
export const BLAME_KEYS: ReadonlySet<string> = new Set(stanceWords.blameKeys);
const BEARS = new Set(stanceWords.blameBears);

export function blameAt(doc: Document, words: Word[], i: number): Rule | null {
  const key = words[i]!.key;
  if (!BLAME_KEYS.has(key) || inQuestion(doc.text, words[i]!)) return null;
  // "[X] is (not) to blame"
  if (key === "to" && words[i + 1]?.key === "blame" && (COPULAS.has(words[i - 1]?.key ?? "") || COPULAS.has(words[i - 2]?.key ?? ""))) {
    if (negatedAt(words, i)) return null;
    const copula = COPULAS.has(words[i - 1]!.key) ? words[i - 1]! : words[i - 2]!;
    return (tokens) => {
      const k = tokenAt(tokens, copula.start);
      return k >= 0 ? { stance: "CRITICISES", target: subjectBefore(doc, tokens, k).span } : null;
    };
  }
  // "[X] was responsible for the attack", "[X] bears responsibility for the deaths"
  const verb = key === "responsible" ? (COPULAS.has(words[i - 1]?.key ?? "") ? words[i - 1] : undefined)
    : key === "responsibility" ? words.slice(Math.max(0, i - 3), i).find((w) => BEARS.has(w.key)) : undefined;
  if (verb) {
    if (words[i + 1]?.key !== "for" || negatedAt(words, i) || words[i - 1]?.key === "not" || !harmAt(words, i + 2)) return null;
    return (tokens) => {
      const k = tokenAt(tokens, verb.start);
      return k >= 0 ? { stance: "CRITICISES", target: subjectBefore(doc, tokens, k).span } : null;
    };
  }
  // "[the rebels] were behind the attack": whoever stands behind a harm is blamed for it; not "stood behind him".
  if (key === "behind") {
    const copula = COPULAS.has(words[i - 1]?.key ?? "") ? words[i - 1] : COPULAS.has(words[i - 2]?.key ?? "") ? words[i - 2] : undefined;
    if (!copula || negatedAt(words, i) || !harmAt(words, i + 1)) return null;
    return (tokens) => {
      const k = tokenAt(tokens, copula.start);
      return k >= 0 ? { stance: "CRITICISES", target: subjectBefore(doc, tokens, k).span } : null;
    };
  }
  // "[the government] failed to protect …": a failure of an actor (not "the talks failed to produce …")
  if (key === "failed" && words[i + 1]?.key === "to" && !negatedAt(words, i)) {
    return (tokens) => {
      const k = tokenAt(tokens, words[i]!.start);
      const subject = k >= 0 ? subjectBefore(doc, tokens, k).span : null;
      const head = subject ? tokens.filter((t) => t.start >= subject.start && t.end <= subject.end).pop() : undefined;
      return subject && (!head || head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase())) ? { stance: "CRITICISES", target: subject } : null;
    };
  }
  // "the blame lies with [X]", "we blame [X] for"
  if (key === "blame" && (LIES.has(words[i + 1]?.key ?? "") && words[i + 2]?.key === "with" || FIRST_PERSON.has(words[i - 1]?.key ?? ""))) {
    if (negatedAt(words, i)) return null;
    const from = LIES.has(words[i + 1]?.key ?? "") ? words[i + 2]! : words[i]!;
    return (tokens) => ({ stance: "CRITICISES", target: after(tokens, from) });
  }
  // "the fault of [X]", "[X]'s fault"
  if (key === "fault" && !negatedAt(words, i)) {
    if (words[i + 1]?.key === "of") return (tokens) => ({ stance: "CRITICISES", target: after(tokens, words[i + 1]!) });
    const owner = words[i - 1];
    if (owner && /['’]s$/.test(owner.text) && owner.key !== "it's" && owner.key !== "that's") {
      return () => ({ stance: "CRITICISES", target: ownerSpan(words, i - 1) });
    }
  }
  return null;
}

const DETERMINERS = new Set(["the", "a", "an", "this", "these", "that", "those", "all", "recent", "deadly", "latest"]);
/** A harm named within four words from words[from] ("the deadly attack", "these killings"). */
function harmAt(words: Word[], from: number): boolean {
  const object = words.slice(from, from + 4).find((w) => !DETERMINERS.has(w.key));
  return object !== undefined && HARMS.has(object.key);
}

const after = (tokens: Parameters<Rule>[0], word: Word): Span | null => {
  const k = tokenAt(tokens, word.end);
  return k >= 0 ? actorOnly(tokens, phraseFrom(tokens, k)) : null;
};

/** "the ministry's fault" → "the ministry": the possessor, back over capitalised words and a determiner. */
function ownerSpan(words: Word[], at: number): Span {
  const last = words[at]!;
  let from = at;
  while (from > 0 && /^\p{Lu}/u.test(words[from - 1]!.text)) from--;
  if (from > 0 && ["the", "this", "that"].includes(words[from - 1]!.key)) from--;
  return { start: words[from]!.start, end: last.end - 2 };
}
