/**
 * The object of a stance cue, whom the stance is aimed at: "accused [Kyiv] of …", "urged [both sides] to …",
 * "warned [Washington] against …", "thanked [the police] for …", "called [the stabbing] 'an act of …'". The gold guide
 * has the object inside an object-form statement's text ("both sides to return to talks"), so it is read between
 * the cue and the statement, or else from the statement's first words up to the complement.
 */
import type { Document } from "../pipeline/types.ts";
import { antecedent, objectBeforeParticiple, personInSentence } from "./antecedent.ts";
import { sentenceAt, type Governing, type Span } from "./cue.ts";
import { isPronoun, phraseEndingAt, phraseFrom, tagSpan } from "./noun-phrase.ts";
import { appositionEnd, wordsOf, type Word } from "./words.ts";
import stanceWords from "../lexicons/stance-words.json" with { type: "json" };

/** Words that end an object and open the cue's complement, by the cue's stance: "accused Y of", "warned Y against". */
const COMPLEMENTS: Record<string, Set<string>> = {
  CRITICISES: new Set(["of", "for", "over", "as", "on", "about", "after"]),
  WARNS: new Set(["against", "of", "about", "over", "that", "not", "with", "to"]),
  DEMANDS: new Set(["to", "not"]),
  SUPPORTS: new Set(["for", "as", "on", "over", "after"]),
  DENIES: new Set(),
  NEUTRAL: new Set(["as", "a", "an"]),
};
/** An object is a noun phrase: a finite verb inside means the words are a clause ("warned her government was …"). */
const VERBS = new Set(stanceWords.objectVerbs);
const STOPS = new Set([",", ";", ":", ".", "!", "?", "(", ")", "—", "–", '"', "“", "”", "«", "»"]);
/** An object is a short noun phrase ("the rebels", "Mr. Yanukovych", "all the presidents and prime ministers of the world"). */
const MAX_WORDS = 8;
/** Label cues end their object at the quoted label or its article ("called the talks 'lousy'", "called it a sham"). */
const LABEL_END = new Set(stanceWords.objectLabelEnd);
const RELATIVE = new Set(["who", "whom", "whose"]);
const PREPOSITIONS = new Set(stanceWords.objectPrepositions);
/** Cues whose bare object is whom they aim at ("slammed [Trump]"); "threatened [sanctions]" names what is threatened. */
const ALONE = new Set(["CRITICISES", "SUPPORTS"]);

/** A cue's object; `resolved` when it stands for a pronoun ("called it …"), a guess a phrase in the words beats. */
export function cueObject(doc: Document, cue: Governing, span: Span): (Span & { resolved?: boolean }) | null {
  if (!cue.takesObject || cue.negated || cue.position !== "before") return null;
  const passive = cue.label ? passiveSubject(doc, cue) : undefined;
  if (passive !== undefined) return passive;
  let between = wordsOf(doc.masked, cue.end, span.start).filter((w) => !isQuoteMark(w));
  // "warned the United States that …": a warning's addressee stands before its "that".
  if (cue.stance === "WARNS" && between.length > 1 && between[between.length - 1]!.key === "that") between = between.slice(0, -1);
  if (between.some((w) => w.key === "that" || w.key === ":" || w.key === ",")) return null;
  const complements = COMPLEMENTS[cue.stance]!;
  const opening = between.length ? null : wordsOf(doc.text, span.start, Math.min(span.end, span.start + 200));
  const named = !cue.label && opening ? apposition(opening, COMPLEMENTS[cue.stance]!) : null;
  if (named) return named;
  // "replacement workers that the union has blamed [for the trouble]": the object stands before the cue.
  const opens = wordsOf(doc.text, span.start, Math.min(span.end, span.start + 20))[0]?.key ?? "";
  const before = between.length || !PREPOSITIONS.has(opens) ? null : relativeObject(doc, cue);
  if (before) return before;
  const found = between.length ? phrase(between, complements, cue.label, true) : phrase(opening!, complements, cue.label, false, ALONE.has(cue.stance));
  // "criticised [his] handling of …": an act of "his"/"her" aims at whom the possessive stands for; "urged his
  // parishioners" at the parishioners.
  const first = found ? wordsOf(doc.text, found.start, found.end) : [];
  if (first.length > 1 && (first[0]!.key === "his" || first[0]!.key === "her") && namesAnAct(first)) {
    const owner = { start: first[0]!.start, end: first[0]!.end };
    return personInSentence(doc, owner, cue.start) ?? antecedent(doc, owner, sentenceAt(doc, cue.start)?.start ?? cue.start);
  }
  // "called it 'a non-starter'": the object is what "it" stands for; "him", "them" are left unresolved.
  if (!found || !isPronoun(doc.text.slice(found.start, found.end))) return found;
  const resolved = objectBeforeParticiple(doc, found, cue) ?? personInSentence(doc, found, cue.start) ?? antecedent(doc, found, sentenceAt(doc, cue.start)?.start ?? cue.start);
  return resolved ? { ...resolved, resolved: true } : null;
}

const AUTHORED = new Set(stanceWords.targetsAuthored);
/** "his handling of the crisis", "her remarks": the phrase's head (before any "of") is an act, not a person. */
function namesAnAct(words: Word[]): boolean {
  const of = words.findIndex((w, k) => k > 0 && w.key === "of");
  const head = words[(of > 0 ? of : words.length) - 1]!.key;
  return AUTHORED.has(head) || head.endsWith("ing");
}

const PASSIVE = new Set(stanceWords.objectPassive);
/**
 * "The budget presented by the Chancellor was described by MPs as …": a passive label cue judges its subject, the
 * phrase opening its sentence; undefined when the cue is not passive, null when it has no subject to read.
 */
function passiveSubject(doc: Document, cue: Governing): Span | null | undefined {
  const sentence = sentenceAt(doc, cue.start);
  const from = Math.max(sentence?.start ?? 0, doc.bodyStart <= cue.start ? doc.bodyStart : 0);
  const before = wordsOf(doc.masked, from, cue.start);
  const aux = before.length - (before[before.length - 1]?.key.endsWith("ly") ? 2 : 1);
  if (!PASSIVE.has(before[aux]?.key ?? "") || aux < 1) return undefined;
  const tokens = tagSpan(doc.text, { start: before[0]!.start, end: before[aux]!.start });
  return tokens.length ? phraseFrom(tokens, 0) : null;
}

export { CLAIMS, claimant } from "./claimant.ts";

/**
 * The object at the start of words: up to the cue's complement ("both sides [to] …"), a label's quoted words, or
 * (between cue and statement, `whole`) the end; a verb or a clause mark before that means there is none.
 */
function phrase(words: Word[], complements: Set<string>, label: boolean, whole: boolean, alone = false): Span | null {
  const taken: Word[] = [];
  for (const [k, w] of words.entries()) {
    // "endorsed [eight candidates] “who embody …”": a relative clause, quoted or not, ends the object.
    if (taken.length && (RELATIVE.has(w.key) || (isQuoteMark(w) && RELATIVE.has(words[k + 1]?.key ?? "")))) {
      return taken.length <= MAX_WORDS ? spanOf(actorOf(taken)) : null;
    }
    if (isQuoteMark(w) && label) break;
    if (STOPS.has(w.key) && !(w.key === "," && !label && taken.length && isListComma(words, taken.length))) break;
    // Between a label cue and its quoted label only the quote ends the object ("called the statement by the
    // British minister 'a provocation'"); "called it a sham" ends at the article.
    if (taken.length && (complements.has(w.key) || (label && LABEL_END.has(w.key) && !(whole && w.key === "the")))) {
      // "urged creation of a task force [to be headed] by …": what is to be done, not whom it is asked of.
      if (w.key === "to" && words[k + 1]?.key === "be" && /(?:ed|en)$/.test(words[k + 2]?.key ?? "")) return null;
      return taken.length <= MAX_WORDS ? spanOf(actorOf(taken)) : null;
    }
    if (VERBS.has(w.key)) return null;
    // "threatened to impose …", "threatened at last week's meeting to …": a complement word or a preposition
    // with nothing before it opens the complement or an adverbial, not an object.
    if (!taken.length && (complements.has(w.key) || PREPOSITIONS.has(w.key))) return null;
    taken.push(w);
    if (taken.length > MAX_WORDS) return null;
  }
  // Between cue and statement the object may run to the statement ("warned Washington" + "against …" inside it);
  // a statement that is a short noun phrase and nothing else is the object itself ("slammed [Trump]",
  // "praised [Obama's presidency]").
  return taken.length && (whole || (alone && taken.length === words.length)) ? spanOf(actorOf(taken)) : null;
}

/**
 * "asked Trump's nominee to be attorney general, Senator Jeff Sessions, to recuse himself", "her eldest son, Prince
 * Charles, to lay a wreath": a name in apposition, followed within a few words by the cue's complement, is whom
 * the object names.
 */
function apposition(words: Word[], complements: Set<string>): Span | null {
  for (let k = 1; k < Math.min(words.length, 14); k++) {
    if (STOPS.has(words[k]!.key) && words[k]!.key !== ",") return null;
    const close = appositionEnd(words, k);
    if (close < 0) continue;
    if (words.slice(close + 1, close + 5).some((w) => complements.has(w.key))) return spanOf(words.slice(k + 1, close));
  }
  return null;
}

/**
 * "the replacement workers [that] the union has blamed for …", "Malong, [whom] U.N. investigators accused of …": a
 * relative pronoun a few words before the cue, with the cue's subject between, follows the cue's object.
 */
function relativeObject(doc: Document, cue: Governing): Span | null {
  const sentence = sentenceAt(doc, cue.start);
  const words = wordsOf(doc.masked, Math.max(sentence?.start ?? 0, cue.start - 200), cue.start);
  const rel = words.map((w) => w.key).lastIndexOf("whom") >= 0 ? words.map((w) => w.key).lastIndexOf("whom") : words.map((w) => w.key).lastIndexOf("that");
  if (rel < 1 || words.length - rel - 1 < 1 || words.length - rel - 1 > 6) return null;
  if (words.slice(rel + 1).some((w) => STOPS.has(w.key) || w.key === "that")) return null;
  let end = rel;
  if (words[end - 1]?.key === ",") end--;
  const tokens = tagSpan(doc.text, { start: words[Math.max(0, end - 6)]!.start, end: words[end - 1]!.end });
  const found = phraseEndingAt(tokens, tokens.length);
  return found && !isPronoun(doc.text.slice(found.start, found.end)) ? found : null;
}

/** A comma inside a list of objects ("the police, security and emergency services staff for …"). */
function isListComma(words: Word[], at: number): boolean {
  const rest = words.slice(at + 1, at + MAX_WORDS);
  return rest.some((w) => w.key === "and" || w.key === "or");
}

/** "the statement by the British minister" aims at the minister, "Theresa May's deal" at Theresa May. */
function actorOf(words: Word[]): Word[] {
  const by = words.findIndex((w, k) => k > 0 && w.key === "by");
  return trimPossessor(by > 0 && by < words.length - 1 ? words.slice(by + 1) : words);
}

/** "Theresa May's proposed Brexit deal" aims at Theresa May: an act with a named author names its actor. */
function trimPossessor(words: Word[]): Word[] {
  const i = words.findIndex((w) => /['’]s$/.test(w.text) && w.key !== "it's" && w.key !== "that's");
  if (i < 0) return words;
  const owner = words.slice(0, i + 1);
  const last = owner[owner.length - 1]!;
  return [...owner.slice(0, -1), { ...last, text: last.text.slice(0, -2), key: last.key.slice(0, -2), end: last.end - 2 }];
}

const spanOf = (words: Word[]): Span | null => (words.length ? { start: words[0]!.start, end: words[words.length - 1]!.end } : null);
const isQuoteMark = (w: Word) => w.key === '"' || w.key === "“" || w.key === "”" || w.key === "«" || w.key === "»" || w.key === "'" || w.key === "‘" || w.key === "’" || w.key.startsWith("_");
