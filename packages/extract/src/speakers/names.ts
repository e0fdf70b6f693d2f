import { BODY_HEADS, NON_NAMES, TITLE_WORDS, TRAILING_PARTICLES, isCapitalised, isRoleNoun } from "./lexicon.ts";
import { isCountryWord } from "./affiliation.ts";
import { isDemonym } from "./mention.ts";
import { keepsDot } from "./tokens.ts";
import { indexAcronyms } from "./acronyms.ts";
import { isPlaceName } from "./place-name.ts";

export interface KnownName {
  name: string;
  /** The title written before the name where it appears in full ("Russian Defense Minister"). */
  title: string | null;
}

export interface NameIndex {
  /** Fullest name by last word, so "Shoigu" finds "Sergey Shoigu". */
  byLast: Map<string, KnownName>;
  /** People named outside quotes, in text order, for pronouns with no earlier speaker; start is the name's own (its title left out). */
  mentions: { start: number; name: KnownName }[];
  /**
   * The person a name written in the article means: a full name the person of the same first and last word (never
   * another person sharing the surname), a bare surname the one its full form names most often.
   */
  fullNameOf(name: string): KnownName | undefined;
  /** Acronyms spelled out in the article: "FSB" → "the Federal Security Service". */
  acronyms: Map<string, string>;
}

interface Person { known: KnownName; count: number }

/**
 * Two full names with one last word are one person when one's words end the other ("Donald Trump", "Republican
 * Donald Trump") or their first words agree ("Donald J. Trump"; an initial "H." agrees with "Hillary").
 */
export function samePerson(a: string, b: string): boolean {
  const x = a.toLowerCase().split(/\s+/);
  const y = b.toLowerCase().split(/\s+/);
  if (x[x.length - 1] !== y[y.length - 1]) return false;
  if (x.length === 1 || y.length === 1) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.every((w, i) => long[long.length - short.length + i] === w)) return true;
  const [p, q] = [x[0]!, y[0]!];
  return p === q || (/^\p{L}\.$/u.test(p) && q.startsWith(p[0]!)) || (/^\p{L}\.$/u.test(q) && p.startsWith(q[0]!));
}

/** Particles inside a name never end one ("Ban de ..." is a name and the start of a phrase). */
const TIED_TO_TITLE = /\b(?:of|the|for)\s+$/;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}'’.-]*|(?:al|el)-\p{Lu}[\p{L}'’.-]*|de|van|von|bin|al|da|del|der))*/gu;

/**
 * Person names in the article (quotes masked out): the longest capitalised run ending in each last word, titles
 * stripped, and where each person is mentioned. Built lazily, once per article.
 */
export function indexNames(masked: string): NameIndex {
  const runs: Run[] = [];
  CAPITALISED_RUN.lastIndex = 0;
  for (let m = CAPITALISED_RUN.exec(masked); m; m = CAPITALISED_RUN.exec(masked)) {
    for (const piece of possessivePieces(m[0].replace(/[.,]$/, ""), m.index)) addRun(runs, masked, piece);
  }
  // "Ivana Trump" and "Donald Trump" are two people: full names sharing a last word are grouped by their first
  // words, and each run keeps its own person.
  const people = new Map<string, Person[]>();
  const personOf = new Map<Run, Person>();
  for (const r of runs) {
    if (r.words.length < 2) continue;
    const key = r.words[r.words.length - 1]!.toLowerCase();
    const group = people.get(key) ?? [];
    if (!group.length) people.set(key, group);
    const name = r.words.join(" ");
    let person = group.find((p) => samePerson(p.known.name, name));
    if (!person) group.push((person = { known: { name, title: r.title }, count: 0 }));
    else if (name.length > person.known.name.length) person.known = { name, title: r.title ?? person.known.title };
    else if (!person.known.title && r.title) person.known.title = r.title;
    person.count++;
    personOf.set(r, person);
  }
  // A bare surname means the person its full form names most often (the longer name on a tie).
  const byLast = new Map<string, KnownName>();
  for (const [key, group] of people) {
    byLast.set(key, group.reduce((a, b) => (b.count > a.count || (b.count === a.count && b.known.name.length > a.known.name.length) ? b : a)).known);
  }
  const mentions: NameIndex["mentions"] = [];
  for (const r of runs) {
    // "Tiegen was troubled by Clinton's handling": the owner of a possessive is seldom who "she" means next.
    const known = r.possessive ? undefined : personOf.get(r)?.known ?? byLast.get(r.words[r.words.length - 1]!.toLowerCase());
    if (known) mentions.push({ start: r.start, name: known });
  }
  const fullNameOf = (name: string): KnownName | undefined => {
    const words = name.split(/\s+/);
    const key = words[words.length - 1]!.toLowerCase();
    if (words.length < 2) return byLast.get(key);
    return people.get(key)?.find((p) => samePerson(p.known.name, name))?.known;
  };
  let acronyms: Map<string, string> | null = null;
  // Spelled-out acronyms are a pass over the whole text that only a speaker written as an acronym asks for.
  return { byLast, mentions, fullNameOf, get acronyms() { return (acronyms ??= indexAcronyms(masked)); } };
}

/**
 * "Prime Minister Oleksiy Honcharuk's offer", "Trump's White House": a possessive ends a name, so the run is read
 * as the pieces before and after each possessive word (its "'s" dropped).
 */
interface Run { start: number; words: string[]; title: string | null; possessive: boolean }
interface Piece { text: string; start: number; possessive: boolean }

function possessivePieces(run: string, at: number): Piece[] {
  const pieces: Piece[] = [];
  // "Pedro Mendes' shot": after a final s the possessive is the apostrophe alone.
  const re = /['’]s(?=[ \u00a0]|$)|(?<=s)['’](?=[ \u00a0]|$)/gu;
  let from = 0;
  for (let m = re.exec(run); m; m = re.exec(run)) {
    pieces.push({ text: run.slice(from, m.index), start: at + from, possessive: true });
    from = m.index + m[0].length;
    while (from < run.length && /[ \u00a0]/.test(run[from]!)) from++;
  }
  if (from < run.length) pieces.push({ text: run.slice(from), start: at + from, possessive: false });
  return pieces.filter((p) => p.text.length > 0);
}

/** One capitalised run (a possessive piece of one): its name words, title and where the name starts. */
function addRun(runs: Run[], masked: string, piece: Piece): void {
  const { text: run, start: at } = piece;
  // Where each word of the run starts (words are separated by spaces and no-break spaces).
  const offsets: number[] = [];
  for (let i = 0; i < run.length; i++) if (!isRunSpace(run.charCodeAt(i)) && (i === 0 || isRunSpace(run.charCodeAt(i - 1)))) offsets.push(at + i);
  const all = run.split(/[ \u00a0]+/);
  const words = withinSentence(all);
  // words = all[from, …): kept in step so the name's own offset is known.
  let from = all.length - words.length;
  const start = offsets[from]!;
  while (words.length > 1 && TRAILING_PARTICLES.has(words[words.length - 1]!)) words.pop();
  // "Like Donald Trump", "Even Lindsey Graham": a capitalised function word opening a sentence is no title.
  while (words.length > 1 && NON_NAMES.has(words[0]!.toLowerCase())) { words.shift(); from++; }
  // "Crediting Turkey for its help, he said": a participle opening a sentence is no first name.
  if (words.length > 1 && PARTICIPLE.test(words[0]!) && SENTENCE_START.test(masked.slice(Math.max(0, offsets[from]! - 4), offsets[from]!))) { words.shift(); from++; }
  // "aerospace group EADS Philippe Camus", "drugmaker GSK Andrew Witty": an acronym in capitals before a name of two
  // words or more is the body the person works for, not a first name.
  while (words.length > 2 && /^\p{Lu}{2,}$/u.test(words[0]!) && /\p{Ll}/u.test(words[1]!)) { words.shift(); from++; }
  // Read the name from the right: it stops at a title word, or at a word a connector ties to the title
  // ("Chancellor of the Exchequer Nigel Lawson" → "Nigel Lawson").
  let first = words.length - 1;
  while (first > 0 && !isTitleWord(words[first - 1]!)) first--;
  if (first === 0 && words.length > 1 && TIED_TO_TITLE.test(masked.slice(Math.max(0, start - 5), start))) first = 1;
  const nameWords = words.slice(first);
  // "St Paul Votes To Condemn Donald Trump's ...": before a possessive only a first name, an initial and a surname
  // are read, as a title-case headline runs on into it.
  const cut = piece.possessive && nameWords.length > 2 ? nameWords.length - (/^\p{Lu}\.$/u.test(nameWords[nameWords.length - 2]!) ? 3 : 2) : 0;
  nameWords.splice(0, cut);
  if (!isPersonName(nameWords)) return;
  const written = first > 0 ? words.slice(0, first).join(" ") : null;
  const title = written ?? roleBefore(masked, start);
  runs.push({ start: offsets[from + first + cut]!, words: nameWords, title, possessive: piece.possessive });
}

const PARTICIPLE = /^\p{Lu}\p{Ll}{3,}ing$/u;
const SENTENCE_START = /(?:^|[.!?]["”’)]?\s+|\n\s*)$/;
const isRunSpace = (code: number) => code === 0x20 || code === 0xa0;

const WORDS_BEFORE = /((?:[\p{L}-]+[ \u00a0]+){1,3})$/u;

/**
 * "police chief Dana Brooks", "defence lawyer John Gleeson": a lower-case role noun right before a name is its
 * title, with the title words or capitalised words before it ("Police chief").
 */
function roleBefore(masked: string, start: number): string | null {
  const before = masked.slice(Math.max(0, start - 40), start);
  // Asked for every person name: most have no role noun before them, which the last word alone tells.
  const tail = lastWordOf(before);
  if (tail === null || (tail !== undefined && !(/^\p{Ll}/u.test(tail) && isRoleNoun(tail)))) return null;
  const words = WORDS_BEFORE.exec(before)?.[1]?.trim().split(/[ \u00a0]+/) ?? [];
  const last = words[words.length - 1];
  if (!last || !/^\p{Ll}/u.test(last) || !isRoleNoun(last)) return null;
  let k = words.length - 1;
  while (k > 0 && (isCapitalised(words[k - 1]!) || TITLE_WORDS.has(words[k - 1]!.toLowerCase()) || isRoleNoun(words[k - 1]!))) k--;
  return words.slice(k).join(" ");
}

/**
 * The last word WORDS_BEFORE would read in text (letters and hyphens before the trailing spaces), null when it
 * reads none, undefined when a character outside ASCII leaves it to the regex.
 */
function lastWordOf(text: string): string | null | undefined {
  let end = text.length;
  while (end > 0 && isRunSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return null; // the regex needs a space at the end
  let start = end;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    if (c >= 128) return undefined;
    if (!(c === 45 || ((c | 0x20) >= 97 && (c | 0x20) <= 122))) break;
  }
  return start < end ? text.slice(start, end) : null;
}

/** A capitalised run stops at a sentence end ("Benghazi. Bob"): the words after the last full stop. */
function withinSentence(words: string[]): string[] {
  for (let i = words.length - 2; i >= 0; i--) if (words[i]!.endsWith(".") && !keepsDot(words[i]!)) return words.slice(i + 1);
  return words;
}

function isPersonName(words: string[]): boolean {
  if (!words.length || words.length > 4) return false;
  const last = words[words.length - 1]!.toLowerCase();
  // "DEIR AL-ZOR, Syria (Reuters)": a run in capitals is a dateline or a heading, not a person.
  if (words.every((w) => !/\p{Ll}/u.test(w))) return false;
  if (BODY_HEADS.has(last) || NON_NAMES.has(last) || isCountryWord(words.join(" ")) || isPlaceName(words.join(" "))) return false;
  return !words.some((w) => isTitleWord(w) || /\.(?:com|org)$/.test(w));
}

function isTitleWord(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || NON_NAMES.has(w) || isRoleNoun(w) || isDemonym(word) || w.endsWith("'s") || w.endsWith("’s");
}
