/**
 * The speaker's own act named in the words: a stance cue with "I" or "we" as its subject ("we condemn [the
 * attack]", "I urge [all parties] to …", "I request [the presidents] to …", "we thank [the police]"), or with the
 * words that open a reported statement and stand for the speaker (clause-subject.ts: "the ministry said it
 * condemned [the attack]", "the foreign secretary said the Mexican government would press [the U.S.] to …"). Its stance is the cue's, aimed at its object. And a demand made as a noun: "we made a plea to [the
 * governor]", "an appeal to [all sides]" (the cue nouns of lexicons/stance.json). Negated, it is none (negated
 * support is opposition); in a question, a demand asks.
 */
import { CUE_NOUNS, CUES, CUES_WITH_TO } from "./lexicon.ts";
import { phraseFrom, type Tagged } from "./noun-phrase.ts";
import { actorOnly, authorAfter, inQuestion, negatedAt, tokenAt, type Rule } from "./reading.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

const FIRST_PERSON = new Set(stanceWords.firstPerson);

/** Between the subject and the verb: "we strongly condemn", "I would like to thank", "we must urge". */
const BETWEEN = new Set(stanceWords.ownActBetween);
const DETERMINERS = new Set(stanceWords.ownActDeterminers);
const SAID_FORMS = new Set(stanceWords.ownActSaidForms);

/**
 * The words ownActAt starts from besides the speaker's own (`self`): content.ts passes any other word over. The
 * cue nouns have no prefix entries; were one added, every word would be tried.
 */
export const OWN_ACT_KEYS: ReadonlySet<string> | null = (() => {
  const nouns = CUE_NOUNS.openingWords();
  return nouns ? new Set([...FIRST_PERSON, ...nouns]) : null;
})();

/** `self`: how many of the words at the start stand for the speaker ("it", "the Mexican government"; 0 for none). */
export function ownActAt(text: string, words: Word[], i: number, self: number): Rule | null {
  const key = words[i]!.key;
  if (!FIRST_PERSON.has(key) && !(self > 0 && i === self - 1)) return cueNounAt(text, words, i);
  let j = i + 1;
  while (j < words.length && j <= i + 4 && BETWEEN.has(words[j]!.key)) j++;
  const hit = CUES.at(words, j);
  if (!hit) return null;
  let entry = hit.value;
  const withTo = CUES_WITH_TO.get(words.slice(j, hit.end).map((w) => w.key).join(" "));
  const rest = words.slice(hit.end);
  if (withTo && toFollows(rest)) entry = withTo;
  // "I told them …" reports; "we told [the council] to act" demands.
  else if (SAID_FORMS.has(words[j]!.key)) return null;
  if (entry.stance === "NEUTRAL") return null;
  const negated = negatedAt(words, j);
  if (negated && entry.stance !== "SUPPORTS") return null;
  if (entry.stance === "DEMANDS" && inQuestion(text, words[j]!)) return null;
  const stance = negated ? "CRITICISES" : entry.stance;
  // "I request [the presidents] to …": a demand whose object is followed by "to" is aimed at that object.
  const aimed = entry.takesObject || negated || (entry.stance === "DEMANDS" && toFollows(rest));
  return (tokens) => ({ stance, target: aimed && rest[0] ? objectAt(tokens, rest[0]) : null });
}

/** "made a plea to [the governor]", "a call on [all sides]": a demand noun after a determiner, "to"/"on" and an actor. */
function cueNounAt(text: string, words: Word[], i: number): Rule | null {
  const hit = CUE_NOUNS.at(words, i);
  if (!hit || hit.value !== "DEMANDS" || !DETERMINERS.has(words[i - 1]?.key ?? "")) return null;
  if ((words[hit.end]?.key !== "to" && words[hit.end]?.key !== "on") || negatedAt(words, i - 1) || words[i - 2]?.key === "no" || inQuestion(text, words[i]!)) return null;
  const after = words.slice(hit.end + 1);
  // "a call to action", "an appeal to reason": the words after "to" must open a phrase that names someone.
  if (!after[0] || !(DETERMINERS.has(after[0].key) || after[0].key === "all" || after[0].key === "both" || /^\p{Lu}/u.test(after[0].text))) return null;
  return (tokens) => {
    const target = objectAt(tokens, after[0]!);
    return target ? { stance: "DEMANDS", target } : null;
  };
}

/** The noun phrase that starts at a word: "[all the presidents of the world] to …", "[the police] for …". */
function objectAt(tokens: Tagged[], word: Word) {
  const k = tokenAt(tokens, word.start);
  const object = k >= 0 ? actorOnly(tokens, phraseFrom(tokens, k)) : null;
  // "we condemn the statements made by [X]": an act's named author.
  return object ? authorAfter(tokens, object) ?? object : null;
}

/** "asked the court to …": an object of up to eleven words ("all the member states of the union"), then "to". */
function toFollows(rest: Word[]): boolean {
  const to = rest.slice(0, 12).findIndex((w) => w.key === "to");
  return to > 0 && !rest.slice(0, to).some((w) => w.key === "," || w.key === "that");
}
