import type { SpeakerKind } from "../types.ts";
import { isCountryWord } from "./affiliation.ts";
import { isPlaceName } from "./place-name.ts";
import documents from "../lexicons/speech-documents.json" with { type: "json" };
import nameWords from "../lexicons/speech-names.json" with { type: "json" };
import { BODY_HEADS, DETERMINERS, HEAD_PREPOSITIONS, MEDIA_HEADS, NAME_PARTICLES, PRONOUNS, TITLE_WORDS, isCapitalised, isRoleNoun, singular } from "./lexicon.ts";
import { BoundedCache } from "./bounded-cache.ts";

/** What a speaker phrase says about its speaker, before coreference. */
export interface Mention {
  /** "pronoun" and "description" ("the minister") refer back to someone named earlier. */
  form: "pronoun" | "name" | "description" | "body" | "group";
  kind: SpeakerKind;
  name: string;
  title: string | null;
  pronoun: string | null;
}

const COURTESY_TITLES = new Set(nameWords.courtesyTitles);
const isCourtesyTitle = (w: string) => COURTESY_TITLES.has(w.toLowerCase().replace(/\.$/, ""));
const ASIDE_CLAUSE = new RegExp(`^(?:\\p{Ll}+ing|${nameWords.asideClauseStarts.join("|")})\\b`, "u");
const INDEFINITE = /^(?:a|an|one|another|some|several|many|two|three|four|five|few|most|other|others|\d+)$/i;
const LED_BY = /^(?:led|headed|run|chaired|founded)\s+by\s+/i;

/**
 * The head word of a lower-case description, lower-cased: its last word, or the role noun before its first
 * preposition ("the director at the firm" → "director", "the spokesman for the ministry" → "spokesman").
 */
export function descriptionHead(words: string[]): string {
  for (let i = 2; i < words.length - 1; i++) {
    const before = words[i - 1]!.toLowerCase();
    if (HEAD_PREPOSITIONS.has(words[i]!.toLowerCase()) && isRoleNoun(before) && !BODY_HEADS.has(before)) return before;
  }
  return words[words.length - 1]!.toLowerCase().replace(/[().]/g, "");
}

// Speaker phrases repeat ("he", "the ministry", a surname), in an article and across a corpus, and a mention depends
// on its phrase alone: each is read once. Mentions are never modified (they are flat values), so one can be shared.
const mentions = new BoundedCache<Mention>();

/** "Russian Defense Minister Sergey Shoigu" → name "Sergey Shoigu", title "Russian Defense Minister". */
export function parseMention(phrase: string): Mention {
  // Frozen: a caller that modified a shared one would throw.
  return mentions.get(phrase, () => Object.freeze(readMention(phrase)));
}

function readMention(phrase: string): Mention {
  const text = phrase.trim().replace(/\s+/g, " ");
  const lower = text.toLowerCase();
  const pronoun = PRONOUNS[lower];
  if (pronoun !== undefined) return { form: "pronoun", kind: "person", name: text, title: null, pronoun };
  const owner = ownerOf(text);
  if (owner) return parseMention(owner);
  const comma = text.indexOf(", ");
  if (comma > 0) {
    // Apposition: "Dmitry Peskov, the Kremlin spokesman" or "the mayor of London, Sadiq Khan".
    const a = parseMention(text.slice(0, comma));
    const rest = text.slice(comma + 2);
    // "The chancellor, speaking during a tour of Africa", "The Port Authority, which runs the bridge": an aside
    // opening on a participle, a preposition or a relative pronoun is a clause about the speaker, not a name.
    if (ASIDE_CLAUSE.test(rest)) return a;
    const b = parseMention(rest);
    const [name, role] = a.form === "name" ? [a, b] : [b, a];
    const relative = /^(?:who|whose|which|whom|where)\b/i.test(role.name);
    if (name.form === "name") return { ...name, title: name.title ?? (relative ? null : role.name) };
  }
  const words = text.split(" ");
  // "Mr. Prince", "Mr King", "Dr. Bishop": after a courtesy title a title word is a surname.
  if (words.length >= 2 && isCourtesyTitle(words[0]!) && words.slice(1).every((w) => isCapitalised(w) && !BODY_HEADS.has(w.toLowerCase()))) {
    return { form: "name", kind: "person", name: words.slice(1).join(" "), title: words[0]!, pronoun: null };
  }
  const last = words[words.length - 1]!;
  const lastLower = last.toLowerCase().replace(/[().]/g, "");
  const determined = DETERMINERS.has(words[0]!.toLowerCase());
  // "a source in the Defense Ministry", "two senior officials": an indefinite phrase is an unnamed source.
  if (INDEFINITE.test(words[0]!)) return { form: "group", kind: "unnamed", name: text, title: null, pronoun: null };
  if (!isCapitalised(last.replace(/^[("'“‘]+/, ""))) {
    // "the minister", "the Russian defense chief", "the newspaper": a definite singular description refers back.
    // "the director at the firm": a role noun before a preposition heads the phrase.
    const headLower = descriptionHead(words);
    const head = singular(headLower);
    // "Chelyabinsk's governor", "Russia's top diplomat": a place's possessive determines the description too.
    if ((words[0]!.toLowerCase() === "the" || placePossessive(words[0]!)) && head === headLower) {
      const kind: SpeakerKind = BODY_HEADS.has(head) || MEDIA_HEADS.has(head) ? "organisation" : "person";
      // "the Bild newspaper", "the Rheinische Post newspaper": a body noun after a name is that named body, not a
      // description of the last one; a country word or place before it ("the Russian agency") still describes.
      if (kind === "organisation" && namesBody(words.slice(1, -1))) return { form: "body", kind, name: text, title: null, pronoun: null };
      return { form: "description", kind, name: text, title: kind === "person" ? text : null, pronoun: null };
    }
    return { form: "group", kind: "unnamed", name: text, title: null, pronoun: null };
  }
  const open = text.lastIndexOf(" (");
  if (last.endsWith(")") && open > 0) {
    // "Sen. Ted Cruz (R-Texas)": a parenthesis after a person's name is an affiliation, after a body its acronym.
    const before = parseMention(text.slice(0, open));
    if (before.form === "name") return { ...before, title: [before.title, text.slice(open + 1)].filter(Boolean).join(" ") };
  }
  // "Lead author Sally Wasef of Australia's Griffith University", "Lucy Fischer of The Times", "George Kimbrell of
  // the Center for Food Safety", "Laura Chen at the World Bank": a person's name before "of", "from" or "at" and a
  // body is the person; the body is whom they work for.
  const of = words.findIndex((w, k) => k >= 2 && EMPLOYER_PREPOSITIONS.has(w));
  if (of >= 2 && of < words.length - 1 && (BODY_HEADS.has(lastLower) || isBodyName(words.slice(of + 1)) || (words[of] === "from" && isPlace(words.slice(of + 1))))) {
    const person = parseMention(words.slice(0, of).join(" "));
    if (person.form === "name" && person.kind === "person" && (person.name.includes(" ") || person.title)) {
      return { ...person, title: [person.title, words.slice(of).join(" ")].filter(Boolean).join(" ") };
    }
  }
  if (BODY_HEADS.has(lastLower) || /\.(?:com|org|net|ru)$/i.test(last) || last.endsWith(")")) {
    return { form: "body", kind: "organisation", name: text, title: null, pronoun: null };
  }
  // "the country's vice president Jose Alencar", "the firm's chief executive John Dale": a lower-case role right
  // before a capitalised name is that name's title, whatever the words before the role.
  if (determined && !isCapitalised(words[1] ?? "")) return titledName(words) ?? { form: "group", kind: "unnamed", name: text, title: null, pronoun: null };
  // "the President", "the Prime Minister": an office with no name refers back to its holder.
  if (words[0]!.toLowerCase() === "the" && words.length > 1 && words.slice(1).every((w) => TITLE_WORDS.has(w.toLowerCase()))) {
    return { form: "description", kind: "person", name: text, title: text, pronoun: null };
  }
  // "The U.N. Special Representative", "the German Chancellor": the + capitalised modifiers + an office refers back
  // to the holder the article named, as "the President" does; an office is no organisation.
  if (determined && words.length >= 3 && isOfficeOfCountry(words.slice(1))) {
    return { form: "description", kind: "person", name: text, title: text, pronoun: null };
  }
  if (determined) return { form: "body", kind: "organisation", name: text, title: null, pronoun: null };
  const place = placeTail(words);
  if (place > 0) {
    // "Senator Bernie Sanders of Vermont": the place after the name says where the person is from.
    const person = parseMention(words.slice(0, place).join(" "));
    if (person.form === "name") return { ...person, title: [person.title, words.slice(place).join(" ")].filter(Boolean).join(" ") };
  } else if (place === -2) {
    return { form: "body", kind: "organisation", name: text, title: null, pronoun: null };
  } else if (place === -3) {
    return { form: "description", kind: "person", name: text, title: text, pronoun: null };
  }
  // Name = the longest run of capitalised, non-title words at the end; everything before it is the title.
  let first = words.length - 1;
  while (first > 0) {
    const w = words[first - 1]!;
    const wl = w.toLowerCase();
    if (NAME_PARTICLES.has(wl) && first - 1 > 0) { first--; continue; }
    // "Chancellor of the Exchequer Nigel Lawson": a word a connector ties to the title belongs to it.
    if (first >= 2 && /^(?:of|the|for)$/i.test(words[first - 2]!)) break;
    if (!isCapitalised(w) || TITLE_WORDS.has(wl) || isRoleNoun(wl) || isDemonym(w) || w.endsWith("'s") || w.endsWith("’s")) break;
    first--;
  }
  const nameWords = words.slice(first);
  // "Lawyers for the United States", "Officials of the Slovak Republic": a place closing the phrase is whom the
  // speaker works for, not a name; the phrase is an unnamed source (a role noun heads it) or a body.
  if (first > 0 && isPlaceTail(words, first)) {
    const role = words.slice(0, first).some((w) => isRoleNoun(w.toLowerCase()) && !TITLE_WORDS.has(w.toLowerCase()) && !BODY_HEADS.has(w.toLowerCase()));
    return role ? { form: "group", kind: "unnamed", name: text, title: null, pronoun: null } : { form: "body", kind: "organisation", name: text, title: null, pronoun: null };
  }
  // "Peter King", "Stephen Bishop": a role word after a first name is a surname.
  const surname = nameWords.length > 1 && !TITLE_WORDS.has(nameWords[nameWords.length - 2]!.toLowerCase());
  if (TITLE_WORDS.has(nameWords[0]!.toLowerCase()) || (isRoleNoun(lastLower) && !surname)) {
    if (/s$/.test(lastLower) && isRoleNoun(singular(lastLower))) return { form: "group", kind: "unnamed", name: text, title: null, pronoun: null };
    return { form: "description", kind: "person", name: text, title: text, pronoun: null };
  }
  const titleWords = words.slice(0, first);
  // "UK Coal", "British Steel": a country word before a single capitalised word names a company, not a person.
  if (nameWords.length === 1 && titleWords.length > 0 && titleWords.every((w) => isDemonym(w))) {
    return { form: "body", kind: "organisation", name: text, title: null, pronoun: null };
  }
  const title = titleWords.length ? titleWords.join(" ").replace(LED_BY, "") : null;
  return { form: "name", kind: "person", name: nameWords.join(" "), title, pronoun: null };
}

const EMPLOYER_PREPOSITIONS = new Set(["of", "from", "at"]);
const BODY_NAME_LINKS = new Set(["for", "of", "and", "&", "on", "the"]);

const isPlace = (words: string[]) => words.every((w) => isCapitalised(w)) && (isPlaceName(words.join(" ")) || isCountryWord(words.join(" ")));

/** "the Center for Food Safety", "the Red Cross": "the" and a capitalised name (small links inside it), no place. */
function isBodyName(words: string[]): boolean {
  if (words.length < 2 || words[0] !== "the" || !isCapitalised(words[1]!)) return false;
  const name = words.slice(1);
  if (!name.every((w) => isCapitalised(w) || BODY_NAME_LINKS.has(w)) || !isCapitalised(name[name.length - 1]!)) return false;
  const joined = name.join(" ");
  return !isPlaceName(joined) && !isCountryWord(joined);
}

/** The capitalised name of two to four words that closes the phrase after a lower-case role noun; else null. */
function titledName(words: string[]): Mention | null {
  let first = words.length;
  while (first > 1 && isCapitalised(words[first - 1]!) && !TITLE_WORDS.has(words[first - 1]!.toLowerCase()) && !/['’]s$/.test(words[first - 1]!)) first--;
  const name = words.slice(first);
  const role = words[first - 1]!;
  if (name.length < 2 || name.length > 4 || !/^\p{Ll}/u.test(role) || !isRoleNoun(role) || BODY_HEADS.has(role.toLowerCase())) return null;
  if (isPlaceName(name.join(" ")) || isCountryWord(name.join(" "))) return null;
  return { form: "name", kind: "person", name: name.join(" "), title: words.slice(0, first).join(" "), pronoun: null };
}

/**
 * Where "of <Place>" follows a person's name ("Marco Rubio of Florida"), the index of "of"; else -1. A title or a
 * body before "of" makes it one name ("Secretary of State"); -2 says it names a body ("Federal Reserve Bank of New
 * York"), -3 an office ("Prime Minister of Britain"); a lone word before it is one name too.
 */
function placeTail(words: string[]): number {
  const of = words.lastIndexOf("of");
  if (of < 2 || of > words.length - 2 || words.length - of > 4) return -1;
  const before = words[of - 1]!;
  const lower = before.toLowerCase();
  if (BODY_HEADS.has(lower) && isCapitalised(before)) return -2;
  const previous = words[of - 2]!;
  if (!isCapitalised(before) || !isCapitalised(previous)) return -1;
  // "Prime Minister of Britain" is an office; "Peter T. King of New York" a surname that is also a title word.
  // "U.S. Secretary of State Rex Tillerson": a name after the office's own words makes it a title, not an office.
  if (isTitleOrRole(before) && isTitleOrRole(previous)) return words.length - of > 3 && !isPlaceName(words.slice(of + 1).join(" ")) ? -1 : -3;
  // "Igor Matovic of the Slovak Republic": "the" may open the place.
  const place = words.slice(of + 1);
  if (place[0]?.toLowerCase() === "the" && place.length > 1) place.shift();
  // "Palm Beach County Supervisor of Elections Susan Bucher": three capitalised words after "of" that are no known
  // place end in the person's name; the words before it are the title.
  if (place.length >= 3 && !isPlaceName(place.join(" ")) && !isCountryWord(place.join(" "))) return -1;
  return place.every((w) => isCapitalised(w)) ? of : -1;
}

const isTitleOrRole = (w: string) => TITLE_WORDS.has(w.toLowerCase()) || isRoleNoun(w.toLowerCase());

/** The capitalised words from `first` on, with the words before them back to "of"/"for"/"the", name a place. */
function isPlaceTail(words: string[], first: number): boolean {
  let start = first;
  while (start > 0 && isCapitalised(words[start - 1]!) && !/^(?:of|for|the)$/i.test(words[start - 1]!)) start--;
  if (start === 0 || !/^(?:of|for|the|at|from|in)$/i.test(words[start - 1]!)) return false;
  const place = words.slice(start).join(" ");
  return isPlaceName(place) || isCountryWord(place);
}

const DOCUMENTS = new Set(documents.heads);
const POSSESSIVE_PRONOUN = /^(its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)$/iu;
const OWNER_PRONOUN: Record<string, string> = { its: "it", their: "they", his: "he", her: "she" };
const DOCUMENT_FROM = /^(?:(?:a|an|the)\s+)?(?:[\p{L}\p{N}.-]+\s+){0,3}?(\p{Ll}+)\s+(?:from|by)\s+((?:the\s+)?\p{Lu}[^,]*|the\s+[^,]+)$/u;
const OWNER_TAIL = new RegExp(`\\s+(?:to|that|which|who|${documents.participles.join("|")})\\b.*$`, "u");
const POSSESSED = /^((?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,5}\p{Lu}[\p{L}\p{N}.&-]*|the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)['’]s\s+((?:[\p{L}-]+\s+){0,3}?)([\p{L}-]+)(?:\s+(?:\p{Ll}+ed|on|of|in|from|for|by|about)\b.*)?$/u;

/**
 * "the WHO's situation report", "the ministry's website", "Gallup's latest poll": a document or channel speaks for
 * its owner, so the speaker is the phrase before the possessive. Null when the phrase is not of that form.
 */
function ownerOf(text: string): string | null {
  // "according to its estimate", "in their statement": a possessive pronoun's document speaks for whom it means.
  const pronoun = POSSESSIVE_PRONOUN.exec(text);
  if (pronoun && DOCUMENTS.has(pronoun[2]!.toLowerCase())) return OWNER_PRONOUN[pronoun[1]!.toLowerCase()]!;
  // "A statement from the city council", "figures from the Bank of England": a document from or by someone speaks
  // for them; a place after "from" is where it came from ("a report from Moscow"), not who wrote it.
  const from = DOCUMENT_FROM.exec(text);
  if (from && DOCUMENTS.has(from[1]!.toLowerCase())) {
    // "… from the inspector general to be released Thursday": the owner ends before a verb or a clause.
    const owner = from[2]!.replace(OWNER_TAIL, "");
    const bare = owner.replace(/^the\s+/i, "");
    // A capitalised owner read as an office ("Bloomberg New Energy Finance") is a name the lexicon misreads.
    const misread = bare === owner && parseMention(owner).form === "description";
    // "reports from the country", "accounts from the scene": a lower-case owner is a body or a role, or no owner.
    const last = owner.slice(owner.lastIndexOf(" ") + 1);
    const who = isCapitalised(last) || BODY_HEADS.has(last) || isRoleNoun(last);
    if (who && !isPlaceName(bare) && !isCountryWord(bare) && !misread) return owner;
  }
  const m = POSSESSED.exec(text);
  if (!m || !DOCUMENTS.has(m[3]!.toLowerCase())) return null;
  return m[1]!;
}

/**
 * "Russian President", "U.N. Special Representative", "German Chancellor": an office (a title word that is a role)
 * after modifiers that are country words, dotted abbreviations or title words, at least one naming the country or
 * body. "Wisconsin Republican", "Islamic State" or "Organization for Economic Cooperation" are none.
 */
function isOfficeOfCountry(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  if (!TITLE_WORDS.has(last) || !isRoleNoun(last) || BODY_HEADS.has(last) || MEDIA_HEADS.has(last)) return false;
  const modifiers = words.slice(0, -1);
  const origin = (w: string) => isDemonym(w) || /^(?:\p{Lu}\.){2,}$/u.test(w);
  return modifiers.some(origin) && modifiers.every((w) => origin(w) || (isCapitalised(w) && TITLE_WORDS.has(w.toLowerCase())));
}

/** "Russia's", "Chelyabinsk’s": the possessive of a country or place name. */
function placePossessive(word: string): boolean {
  const m = /^(\p{Lu}[\p{L}.-]*)['’]s$/u.exec(word);
  return m !== null && (isCountryWord(m[1]!) || isPlaceName(m[1]!));
}

/** "Russian", "Chinese", "Russia": words of origin belong to a title, not a name. */
/** Capitalised words before a body noun that are a name, not a country word or a place ("Bild", "Rheinische Post"). */
function namesBody(modifiers: string[]): boolean {
  const capitalised = modifiers.filter((w) => isCapitalised(w));
  return capitalised.length > 0 && capitalised.length === modifiers.length && !capitalised.some((w) => isDemonym(w)) && !isPlaceName(capitalised.join(" "));
}

export function isDemonym(word: string): boolean {
  return isCountryWord(word);
}
