/**
 * Demands made without a demand verb (DEMANDS, the guide's "we hope that X will …" and imperatives): a wish the
 * speaker has of an actor ("we hope [our partners] will reconsider", "we expect [Beijing] to honour …", "I would
 * like [the council] to …"), a duty laid on one ("it is up to [Washington] to …", "[the West] has a
 * responsibility to …"), and a sentence that opens with an imperative ("Stop the bombing", "Don't let them …").
 * "I hope the weather improves" asks no one; "We hope to finish" is a plan; "Look, …" and "Let me …" address no
 * one; a question asks.
 */
import type { Document } from "../pipeline/types.ts";
import { tag } from "../speakers/tagger.ts";
import { phraseFrom, type Tagged } from "./noun-phrase.ts";
import { IMPERATIVES } from "./lexicon.ts";
import { ACTORS, inQuestion, negatedAt, subjectBefore, tokenAt, type Reading, type Rule } from "./reading.ts";
import type { Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

const FIRST_PERSON = new Set(stanceWords.firstPerson);
const WISHES = new Set(stanceWords.appealWishes);
const FILLERS = new Set(stanceWords.appealFillers);
const THEN = new Set(stanceWords.appealThen);
const DUTIES = new Set(stanceWords.appealDuties);

/** The words appealAt starts from besides the speaker's own (`self`): content.ts passes any other word over. */
export const APPEAL_KEYS: ReadonlySet<string> = new Set([...FIRST_PERSON, "up", ...DUTIES]);

/** `self`: how many words at the statement's start stand for its speaker ("he hopes [Congress] can …" is his wish). */
export function appealAt(doc: Document, words: Word[], i: number, self = 0): Rule | null {
  const key = words[i]!.key;
  const speaker = FIRST_PERSON.has(key) || (self > 0 && i === self - 1);
  if (!speaker && key !== "up" && !DUTIES.has(key)) return null;
  if (inQuestion(doc.text, words[i]!)) return null;
  if (speaker) return wish(words, i);
  // "it is up to [X] to …"
  if (key === "up" && words[i + 1]?.key === "to" && ["is", "'s", "was"].includes(words[i - 1]?.key ?? "")) {
    return (tokens) => actorBefore(tokens, words[i + 2]);
  }
  // "[X] has a responsibility to …"
  if (DUTIES.has(key) && ["a", "the", "every"].includes(words[i - 1]?.key ?? "") && ["has", "have", "had", "bears", "bear"].includes(words[i - 2]?.key ?? "") && words[i + 1]?.key === "to") {
    if (negatedAt(words, i - 2)) return null;
    return (tokens) => {
      const k = tokenAt(tokens, words[i - 2]!.start);
      const subject = k >= 0 ? subjectBefore(doc, tokens, k).span : null;
      return subject ? { stance: "DEMANDS", target: subject } : null;
    };
  }
  return null;
}

/** "we hope (that) [X] will …", "we expect [X] to …": the wish's object, when it names an actor. */
function wish(words: Word[], i: number): Rule | null {
  let j = i + 1;
  while (j < words.length && j <= i + 3 && FILLERS.has(words[j]!.key)) j++;
  if (!WISHES.has(words[j]?.key ?? "") || negatedAt(words, j) || words[j + 1]?.key === "to") return null;
  const from = words[j + 1]?.key === "that" ? j + 2 : j + 1;
  const rest = words.slice(from, from + 10);
  const then = rest.findIndex((w) => THEN.has(w.key));
  if (then < 1 || rest.slice(0, then).some((w) => w.key === "," || w.key === ".")) return null;
  return (tokens) => actorBefore(tokens, words[from]);
}

/** The phrase starting at word, when its head is a name, an institution, or it opens with "our"/"their"/"all". */
function actorBefore(tokens: Tagged[], word: Word | undefined) {
  if (!word) return null;
  const k = tokenAt(tokens, word.start);
  const span = k >= 0 ? phraseFrom(tokens, k) : null;
  if (!span) return null;
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  const head = inside[inside.length - 1]!;
  const named = head.pos === "PROPN" || ACTORS.has(head.text.toLowerCase()) || inside.some((t) => /^\p{Lu}/u.test(t.text) && t.start > span.start)
    || ["our", "their", "your", "all"].includes(inside[0]!.text.toLowerCase());
  return named ? { stance: "DEMANDS" as const, target: span } : null;
}

/**
 * The word opens the statement or a sentence inside it, after a full stop that ends a word in lower case ("Rep.
 * Don Beyer" is a name after an abbreviation).
 */
function opensSentence(words: Word[], i: number): boolean {
  if (i === 0) return true;
  const previous = words[i - 1]!.key;
  if (previous === "!" || previous === ":") return true;
  return previous === "." && /^\p{Ll}{2,}/u.test(words[i - 2]?.text ?? "");
}

/**
 * "Stop the bombing", "Don't let them divide us", "Never give in": a demand on whoever is addressed. Read from the
 * tags of the sentence's first words only, and only when the first word could be a verb at all: most statements
 * open with a name or a determiner, and tagging each whole statement would cost the extractor its speed.
 */
export function imperativeAt(doc: Document, words: Word[], i: number): Reading | null {
  if (!opensSentence(words, i) || !quoted(doc, words)) return null;
  const key = words[i]!.key;
  const negative = key === "don't" || key === "never" || (key === "do" && words[i + 1]?.key === "not");
  // Two words ("brazen breach") are too few to tell a verb from a tagger's slip.
  if ((!negative && !IMPERATIVES.has(key)) || words.length - i < 3) return null;
  // An imperative opens a quoted sentence with a capital; a reported clause ("the budget include …") is no command,
  // and "Prices", "Talks" or "Reported" are no base form.
  if (!/^\p{Lu}\p{Ll}/u.test(words[i]!.text) || /(?:s|ed|ing)$/.test(key) || words[i + 1]?.key === "'s") return null;
  if (inQuestion(doc.text, words[i]!)) return null;
  const tokens = tag(doc.text, words[i]!.start, words[Math.min(words.length - 1, i + 3)]!.end);
  const t = tokens[0];
  if (!t) return null;
  if (negative) return tokens[key === "do" ? 2 : 1]?.pos === "VERB" || tokens[1]?.pos === "PART" ? { stance: "DEMANDS", target: null } : null;
  // A base-form verb with an object or a particle after it, not "Says …" nor a verb followed by a comma.
  const next = tokens[1];
  return t.pos === "VERB" && !/(?:s|ed|ing)$/.test(t.text) && next !== undefined && next.text !== "," ? { stance: "DEMANDS", target: null } : null;
}

/** Commands are quoted: a reported clause is no command, so only a statement a quote mark opens is read. */
const quoted = (doc: Document, words: Word[]) => words.length > 0 && /["“«]\s*$/u.test(doc.text.slice(Math.max(0, words[0]!.start - 2), words[0]!.start));

