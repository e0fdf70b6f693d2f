import roles from "../lexicons/speech-roles.json" with { type: "json" };
import titles from "../lexicons/speech-titles.json" with { type: "json" };
import words from "../lexicons/speech-words.json" with { type: "json" };

/** Lexicon sets, compiled once. Every lookup is lower-case. */
export const PERSON_ROLES = new Set(roles.people);
export const BODY_HEADS = new Set(roles.bodies);
export const TITLE_WORDS = new Set(titles.titles);
/** Title words that qualify an office (party, rank, place, courtesy) without naming one: "Republican", "former". */
export const QUALIFIER_TITLES = new Set(titles.qualifiers);
/** Words that make a title another office: "Deputy Governor" is not "the governor". */
export const SUBORDINATE_TITLES = new Set(titles.subordinates);
/** A place in an election race, not an office ("the candidate" may be a senator). */
export const RACE_WORDS = new Set(titles.races);
/** Each party word to its party ("gop" and "republican" are one). */
export const PARTY_OF = new Map<string, number>(titles.parties.flatMap((words, id) => words.map((w) => [w, id] as [string, number])));
/** Null-prototype, so a word like "constructor" or "toString" is no pronoun. */
export const PRONOUNS: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, words.pronouns);
export const NON_NAMES = new Set(words.capitalisedNonNames);
export const BETWEEN_SUBJECT_AND_VERB = new Set(words.betweenSubjectAndVerb);
export const DETERMINERS = new Set(words.determiners);
/** Nouns that a determiner may open but that never speak ("the weekend said" is not a speaker). */
export const NOT_SPEAKER_HEADS = new Set(words.notSpeakerHeads);
/** Prepositions that tie a place or firm to a role noun ("a source in the Defense Ministry"). */
export const TIE = new Set(words.tiePrepositions);
/** Small words inside names and titles ("Secretary of State", "Ludwig van Beethoven"). */
export const CONNECTORS = new Set([...words.titleConnectors, ...words.nameParticles, ...words.nameArticles]);
/** Particles a mention's name may start with ("Charles de Gaulle", "Leonardo di Caprio"). */
export const NAME_PARTICLES = new Set([...words.nameParticles, ...words.nameArticles, ...words.moreNameParticles]);
/** Particles dropped from the end of a run of name words ("Ludwig van" → "Ludwig"). */
export const TRAILING_PARTICLES = new Set(words.nameParticles);
export const FUNCTION_WORDS = new Set(words.functionWords);
export const MEDIA_HEADS = new Set(words.mediaHeads);
export const HEAD_PREPOSITIONS = new Set(words.headPrepositions);
/** Institutions that stand for their state in a title ("Kremlin spokesman" → RU). */
/** Left out when a description is matched to a name. */
export const MATCH_STOP_WORDS = new Set(words.matchStopWords);
/** Heads of a description that is an institution in its own right, whoever spoke before. */
export const INSTITUTION_HEADS = new Set(words.institutionHeads);
export const INSTITUTION_COUNTRIES: Record<string, string> = words.institutionCountries;

/** "officials" → "official", "witnesses" → "witness": enough for matching role nouns. */
export function singular(word: string): string {
  if (word.endsWith("men") && word.length > 4) return word.slice(0, -3) + "man";
  if (word === "people") return "person";
  if (word.endsWith("ies") && word.length > 4) return word.slice(0, -3) + "y";
  if (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches")) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && word.length > 3) return word.slice(0, -1);
  return word;
}

export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_ROLES.has(w) || PERSON_ROLES.has(singular(w));
}

/** "al-Sadr", "el-Sisi", "ad-Din": an Arabic article joined to a capitalised name is part of a name. */
const JOINED_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an|ul)-\p{Lu}/u;

export function isCapitalised(word: string): boolean {
  const c = word[0];
  return c !== undefined && (c !== c.toLowerCase() || JOINED_ARTICLE.test(word));
}
