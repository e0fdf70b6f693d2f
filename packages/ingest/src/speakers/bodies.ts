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
