import verbs from "../lexicons/speech-verbs.json" with { type: "json" };
import type { Cue, CueForm, Document } from "../pipeline/types.ts";
import { phraseAfter, sourceAfter } from "../speakers/phrase-after.ts";
import { phraseBefore } from "../speakers/phrase-before.ts";
import { COMPLEMENTS, complementAt } from "./complement.ts";
import { passiveAgent } from "./passive.ts";
import { punctuationCues } from "./punctuation-cues.ts";
import { subjectBefore } from "./subject-fallback.ts";
import { documentSubject, modifiedSubject } from "./modified-subject.ts";
import { asideBeforeCue } from "./aside-before-cue.ts";

const FORM = new Map<string, CueForm>();
for (const w of verbs.verbs) FORM.set(w, "verb");
for (const w of verbs.labelVerbs) FORM.set(w, "label");
for (const w of verbs.participles) FORM.set(w, "participle");
/** Forms that are speech only with an object and its complement ("blamed Y for Z", "thanked Y for Z"). */
export const COMPLEMENT_ONLY = new Set<string>();
for (const [key, forms] of Object.entries(verbs.complementVerbs)) {
  if (key.startsWith("$")) continue;
  for (const w of forms as string[]) {
    if (FORM.has(w)) continue;
    // "calling on", "calling out": a phrasal form is a participle by its first word.
    FORM.set(w, w.split(" ")[0]!.endsWith("ing") ? "participle" : "verb");
    COMPLEMENT_ONLY.add(w);
  }
}
FORM.set("according to", "according");
FORM.set("According to", "according");
FORM.set("Said", "verb");
FORM.set("Says", "verb");
const PASSIVE = new Set(verbs.passiveBefore);
/** Claim verbs: "claimed to be" reports a claim, where "said to be" reports a rumour. */
const CLAIMS = new Set(verbs.claimVerbs);
/** "is said to be", "asked not to be named": each phrase of notSpeechAfter, with an optional "not" before any word. */
const NOT_SPEECH_AFTER = new RegExp(`^\\s+(?:not\\s+)?(?:${verbs.notSpeechAfter.map((p) => p.split(" ").join("\\s+(?:not\\s+)?")).join("|")})\\b`);
/** "ended by saying C", "deflected questions before saying "..."": a gerund after these continues the clause's speaker. */
/** "added to the pressure", "adding to her lead": these forms before "to" report nothing. */
const NOT_SPEECH_BEFORE_TO = new Set(verbs.notSpeechBeforeTo);
const GERUND_AFTER = /\b(?:by|before|after|while|when|upon)\s+$/u;
const GOVERNED_PARTICIPLE = /\b(?:despite|after|amid|with|without)\s+((?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){1,4})$/u;
/** Verbs whose object is whom the speaker addressed ("told AFP", "assured investors"). */
/** Cues that take no object, so any short noun phrase after them inverted is the speaker ("..., said a war monitor."). */
const NO_OBJECT = new Set(verbs.noObjectVerbs);
const LISTENER_FIRST = new Set(verbs.listenerFirstVerbs);
/** Verbs that are speech only beside a quotation ("Limbaugh continued: "...""). */
export const QUOTE_ONLY = new Set([...verbs.quoteOnlyVerbs, ":", "—"]);
for (const w of verbs.quoteOnlyVerbs) FORM.set(w, "verb");
/** Verbs that are also nouns or adjectives ("the states", "his remarks"): reported speech only with "that". */
export const NOUN_LIKE = new Set(verbs.nounLikeVerbs);

const alternatives = [...FORM.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
// Cue words are lower case, except "According to" and a sentence-initial inverted "Said"/"Says" ("Said Ellis: ..."),
// so a title-case headline ("Obama Says Museum Will ...") or a name does not count.
const CUE = new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${alternatives})(?![\\p{L}\\p{N}'’-])`, "gu");
const NOT_BEFORE_VERB = new Set(verbs.notBeforeCue);
const AUXILIARIES = new Set(verbs.progressiveAuxiliaries);
const PROGRESSIVE = /\p{L}['’]s\s+$/u;
const PREVIOUS_WORD = /([\p{L}']+)\s*$/u;

/** Every speech cue outside quotes, with the speaker phrase around it, in text order. */
export function findCues(doc: Document): Cue[] {
  const cues: Cue[] = [];
  const { masked, sentences } = doc;
  let s = 0;
  CUE.lastIndex = doc.bodyStart;
  for (let m = CUE.exec(masked); m; m = CUE.exec(masked)) {
    const start = m.index;
    const end = start + m[0].length;
    while (s < sentences.length && sentences[s]!.end <= start) s++;
    const sentence = sentences[s];
    if (!sentence || sentence.start > start) continue;
    const word = m[0].replace(/\s+/g, " ");
    const form = FORM.get(word) ?? "verb";
    const from = Math.max(sentence.start, doc.bodyStart);
    const before = masked.slice(Math.max(from, start - 24), start);
    if ((word === "Said" || word === "Says") && /[\p{L}\p{N}]/u.test(masked.slice(from, start))) continue;
    const previous = PREVIOUS_WORD.exec(before)?.[1]?.toLowerCase();
    // "Trump is promising ...", "He’s claiming ...": a progressive form is a finite cue.
    // "is calling for", "is calling on": a phrasal cue is progressive by its first word.
    const progressive = word.split(" ")[0]!.endsWith("ing") && (PROGRESSIVE.test(before) || (previous !== undefined && AUXILIARIES.has(previous)));
    // "he was told", "is said to": passive cues do not name the speaker before them.
    // "attacks", "ordered", "cast": words that are speech only with a complement; most uses have none, so look first.
    if (COMPLEMENT_ONLY.has(word) && complementAt(masked, end, sentence.end, COMPLEMENTS.get(word)!) < 0 && !/^[\s:,]*["“«„]/.test(masked.slice(end, end + 4))) continue;
    // "a lead in pledged delegates", "the reported cases": after a determiner or preposition the word modifies a noun.
    if (previous && NOT_BEFORE_VERB.has(previous) && form !== "according") continue;
    // "271 pledged delegates", "two reported cases": after a number the word is an adjective too.
    if (form !== "according" && /(?:^|\s)(?!(?:1[89]|20)\d\d\s)\d(?:[\d,.]*\d)?\s+$/.test(before)) continue;
    // "was described by MPs and analysts as ...": a passive with an agent names its speaker after the verb.
    if (!progressive && previous && PASSIVE.has(previous)) {
      const agent = passiveAgent(masked, end, sentence.end);
      if (agent) cues.push({ start, end, form, word, sentence: s, speaker: agent, order: "passive" });
      continue;
    }
    // "is said to be", "asked not to be named": reporting what is rumoured or a wish for anonymity, not speech.
    // "The officers claimed to be seeking a bomb" is a claim all the same.
    if (!CLAIMS.has(word) && NOT_SPEECH_AFTER.test(masked.slice(end, end + 20))) continue;
    if (NOT_SPEECH_BEFORE_TO.has(word) && /^\s+to\b/.test(masked.slice(end, end + 5))) continue;
    const cue: Cue = { start, end, form, word, sentence: s, speaker: null, order: "inherited" };
    if (form === "according") {
      cue.speaker = sourceAfter(masked, end, sentence.end);
      cue.order = "according";
    } else if (form === "label" && word.endsWith("ing") && !progressive && /,\s*$/u.test(before)) {
      // "..., describing it as a destabilization campaign", "..., calling the talks a failure": like a participle,
      // the label continues the clause's speaker (left to speaker resolution: same sentence or clause subject).
    } else if (form === "participle" && !progressive) {
      // "despite Znak.com claiming C": a name a preposition governs is the participle's subject.
      const governed = GOVERNED_PARTICIPLE.exec(before);
      if (governed) {
        const name = governed[1]!.trimEnd();
        cue.speaker = { start: start - governed[1]!.length, end: start - governed[1]!.length + name.length };
        cue.order = "before";
      } else if (!/,["”’'»]?\s*$|\b(?:and|while)\s*$/u.test(before) && !GERUND_AFTER.test(before)) continue;
    } else {
      // Inverted order ("..., said Batchelder." / "Said Ellis: ...") when a short phrase after the cue ends the clause;
      // otherwise the speaker stands before the cue, possibly with an aside ("Roeher, Secretary-General of X, said").
      // "..., Sessions, an adviser to Trump, told AFP": after "told" stands the listener, never the speaker.
      const inverted = /(?:^|[,"”’'»])\s*$/.test(before) && !LISTENER_FIRST.has(word) ? phraseAfter(masked, end, sentence.end, NO_OBJECT.has(word)) : null;
      // "..."Evening Ledger," said that the council ...": an inverted speaker never opens with the complementiser.
      if (inverted && /^\s*(?:[.,;:!?]|$)/.test(masked.slice(inverted.end, inverted.end + 3)) && !/^that\s/u.test(masked.slice(inverted.start, inverted.end))) {
        cue.speaker = inverted;
        cue.order = "after";
      } else {
        cue.speaker = phraseBefore(masked, from, start);
        cue.order = "before";
        // "a source familiar with the government's thinking said": the phrase read back from the cue ("the
        // government's thinking") is inside the modifier of the real subject.
        const modified = cue.speaker ? modifiedSubject(masked, from, start) : null;
        if (modified && cue.speaker && modified.start < cue.speaker.start) cue.speaker = modified;
        // "A statement released on Monday said": the document, not "A statement released".
        const document = cue.speaker ? documentSubject(masked, from, start) : null;
        if (document && cue.speaker && document.start >= cue.speaker.start && document.end < cue.speaker.end) cue.speaker = document;
        // "Democrats — and some Republicans — say", "Proponents of the bill, however, say": the subject before the aside.
        const aside = cue.speaker ? null : asideBeforeCue(masked, from, start);
        if (aside !== null) cue.speaker = phraseBefore(masked, from, aside) ?? subjectBefore(masked, from, aside);
        // "..., noted that Trump had ...": "that" after the cue is a complementiser, not a determiner of a speaker.
        if (!cue.speaker && inverted && !/^that\s/u.test(masked.slice(inverted.start, inverted.end))) { cue.speaker = inverted; cue.order = "after"; }
        if (!cue.speaker && !(previous && /^(?:and|but)$/.test(previous))) cue.speaker = subjectBefore(masked, from, start) ?? modifiedSubject(masked, from, start) ?? documentSubject(masked, from, start);
      }
      // "Business leaders said ..., but warned ...": a coordinated cue shares the subject of the one before.
      if (!cue.speaker && previous && /^(?:and|but)$/.test(previous)) cue.order = "inherited";
      else if (!cue.speaker) continue;
    }
    if (cue.order === "according" && !cue.speaker) continue;
    cues.push(cue);
  }
  const punctuation = punctuationCues(doc, cues);
  return punctuation.length ? [...cues, ...punctuation].sort((a, b) => a.start - b.start) : cues;
}
