// Parties under their short forms ("the Tories" = "the Conservatives") and national institutions whose name does
// not carry their country ("Downing Street" → GB), from bodies.json.
import bodies from "./bodies.json" with { type: "json" };
import { foldText } from "../text-key.ts";

export interface Party {
  /** The party's identity key, the same for every form of its name. */
  key: string;
  country: string;
}

const PARTIES = new Map<string, Party>();
for (const party of bodies.parties) {
  const entry = { key: `party ${foldText(party.name)}`, country: party.country };
  for (const form of [party.name, ...party.forms]) PARTIES.set(bare(foldText(form)), entry);
}
const INSTITUTIONS = new Map(Object.entries(bodies.institutions as Record<string, string>).map(([name, code]) => [foldText(name), code]));
/** Every word run that gives a title its country: party forms, institutions, one-country offices. */
const IN_TITLE = new Map<string, string>([
  ...[...PARTIES].map(([form, party]) => [form, party.country] as [string, string]),
  ...INSTITUTIONS,
  ...Object.entries(bodies.offices as Record<string, string>).map(([name, code]) => [foldText(name), code] as [string, string]),
]);
const LONGEST = 5;

function bare(folded: string): string {
  return folded.replace(/^the /, "").replace(/ party$/, "");
}

/** The party a speaker's name is, whatever form it takes: "The Tories", "the Conservative Party" → Conservative Party. */
export function partyOf(name: string): Party | null {
  return PARTIES.get(bare(foldText(name))) ?? null;
}

/** The country of a national institution by its organisation key ("downing street" → GB). */
export function institutionCountry(key: string): string | null {
  return INSTITUTIONS.get(key) ?? null;
}

/**
 * The country a title gives through a party, an institution or an office only one country has: "Labour MP",
 * "a Republican Senator", "Home Office minister", "Shadow Home Secretary"; null when none or several disagree.
 */
export function titleCountry(title: string | null): string | null {
  if (!title) return null;
  const words = foldText(title).split(" ").filter(Boolean);
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(LONGEST, words.length - i); n >= 1; n--) {
      const code = IN_TITLE.get(words.slice(i, i + n).join(" "));
      if (code) {
        found.add(code);
        i += n - 1;
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0]! : null;
}
