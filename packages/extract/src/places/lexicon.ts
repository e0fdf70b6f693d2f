import { countries, regions } from "@dictum/geo";
import type { PlaceType } from "../types.ts";
import aliases from "../lexicons/places-aliases.json" with { type: "json" };
import cities from "../lexicons/places-cities.json" with { type: "json" };
import rules from "../lexicons/places-rules.json" with { type: "json" };
import { tokenize } from "./tokens.ts";

/** What a surface form names. `forms` keeps the lexicon spelling of each word for the case check. */
export type Entry =
  | {
      kind: "place"; countryCode: string; name: string; type: PlaceType; tier: Tier; nameLike: boolean; single: boolean;
      /** Other countries with a city of this name, most populous first ("Valencia": ES after VE). */
      alternatives: string[];
      /** Alternatives at least `rivalShare` the size of this city: the only ones an article's other countries can pick. */
      rivals?: string[];
      /** A national capital: the article naming another country with a town of that name does not move it. */
      capital?: boolean;
      /** A curated metonym or seat of government ("Washington", "Downing Street"): never a sports club. */
      curated?: boolean;
      /** A small town that is mostly a surname in the corpora ("Rubio"; "García", whose accent hides it from the build script's counts). */
      surname?: boolean;
    }
  | { kind: "region"; name: string; m49: string | null }
  | { kind: "block" };

/** How much context a place needs: "free" names stand alone; "cued" cities need a locative cue ("in Anapa"). */
export type Tier = "free" | "cued";

export interface Candidate { entry: Entry; forms: string[] }
export interface TrieNode { next: Map<string, TrieNode>; candidates: Candidate[] }

const newNode = (): TrieNode => ({ next: new Map(), candidates: [] });
export const root = newNode();
const nameLike = new Set(rules.nameLike);
const surnameTowns = new Set(rules.surnameTowns);

function add(surface: string, entry: Entry): void {
  const words = tokenize(surface);
  if (words.length === 0) return;
  let node = root;
  for (const word of words) {
    let child = node.next.get(word.key);
    if (!child) node.next.set(word.key, (child = newNode()));
    node = child;
  }
  // The first entry for a surface form wins: lexicon order below is the priority order.
  if (node.candidates.some((c) => c.forms.join(" ") === words.map((w) => w.text).join(" "))) return;
  node.candidates.push({ entry, forms: words.map((w) => w.text) });
}

/** `nameLike`: also a common first name or surname ("Jordan", "Chad"), so a neighbouring name makes it a person. */
const place = (countryCode: string, name: string, type: PlaceType, surface: string, tier: Tier = "free", personal = false): Extract<Entry, { kind: "place" }> =>
  ({ kind: "place", countryCode, name, type, tier, nameLike: personal || nameLike.has(surface), single: !/[\s-]/.test(surface), alternatives: [] });

/** Plurals of demonyms: "Russians", "Afghans"; not "Chineses" or "Swisses". */
const plural = (demonym: string) => (/(ese|ss|sh|ch|s|x|z)$/.test(demonym) ? null : `${demonym}s`);

// 1. Things that look like places and are not.
for (const surface of aliases.notPlaces) add(surface, { kind: "block" });

// 2. Curated country forms, then sovereign states before territories, larger before smaller ("Congolese" → CD).
const byCountry = new Map(countries.map((c) => [c.iso2, c]));
for (const [code, names] of Object.entries(aliases.countries)) {
  const name = byCountry.get(code)?.name ?? code;
  for (const surface of names) add(surface, place(code, name, "country", surface));
}
const ranked = [...countries].sort((a, b) => Number(b.sovereign) - Number(a.sovereign) || b.areaKm2 - a.areaKm2);
for (const c of ranked) add(c.name, place(c.iso2, c.name, "country", c.name));
for (const c of ranked) for (const alias of c.aliases) if (!alias.includes(",")) add(alias, place(c.iso2, c.name, "country", alias));
for (const c of ranked) {
  for (const demonym of c.demonyms) {
    if (aliases.notPlaces.includes(demonym)) continue;
    add(demonym, place(c.iso2, c.name, "country", demonym));
    const plurals = plural(demonym);
    if (plurals) add(plurals, place(c.iso2, c.name, "country", plurals));
  }
}

// 3. Metonyms, old names and sub-national regions.
for (const p of aliases.places) for (const surface of p.names) add(surface, { ...place(p.countryCode, p.name, p.type as PlaceType, surface), curated: true });
for (const [code, names] of Object.entries(aliases.subnational)) {
  for (const item of names) {
    const [surface, canonical] = item.split("=") as [string, string | undefined];
    add(surface, place(code, canonical ?? surface, "subnational", surface));
  }
}

// 4. Multi-country regions (the world itself is too vague to tag). Groupings named as themselves ("NATO") are kept:
//    they carry no M49 code, so the API lists them apart from regions. A body whose name is only an alias of another
//    grouping ("the Arab League" for the Arab world) is blocked, so no shorter place inside it is read either.
for (const surface of rules.organisations.aliases) add(surface, { kind: "block" });
for (const r of regions) {
  if (r.kind === "world") continue;
  for (const surface of [r.name, ...r.aliases]) add(surface, { kind: "region", name: r.name, m49: r.m49 });
}

// 5. Cities: capitals and big cities stand alone, mid-sized ones need a cue, small ones only serve datelines.
//    Flags from scripts/build-places-cities.ts: c = capital, w = common word, p = mostly a surname.
type Row = [string, string, number, number, number, string];
const cityEntries = new Map<string, Extract<Entry, { kind: "place" }>>();
const cityPopulation = new Map<string, number>();
for (const [name, code, , , population, flags] of cities.rows as Row[]) {
  if (flags.includes("w") || population < rules.textPopulation && !flags.includes("c")) continue;
  const key = tokenize(name).map((t) => t.key).join(" ");
  const known = cityEntries.get(key);
  if (known) {
    if (known.countryCode !== code && !known.alternatives.includes(code)) {
      known.alternatives.push(code);
      // A BBC story on a meeting in Birmingham that names American athletes is still in England.
      if (population >= rules.rivalShare * cityPopulation.get(key)!) (known.rivals ??= []).push(code);
    }
    continue;
  }
  // A capital stands alone; a city whose name the corpora mostly use as a surname ("Rubio") always needs a cue.
  const tier: Tier = flags.includes("c") || (population >= rules.majorPopulation && !flags.includes("p")) ? "free" : "cued";
  const surname = flags.includes("p") || surnameTowns.has(name);
  const entry = place(code, name, "city", name, tier, surname);
  // Only a small town gives way to a person after "in": "in Milan" stays the city in a story on AC Milan.
  if (surname && population < rules.majorPopulation) entry.surname = true;
  if (entry.kind === "place") {
    if (flags.includes("c")) entry.capital = true;
    cityEntries.set(key, entry);
    cityPopulation.set(key, population);
  }
  add(name, entry);
}

// 6. A town name English-language news uses for a smaller namesake ("Newcastle": the English city, not the larger
//    South African one): that country first, the others stay alternatives that a story naming them still picks.
for (const [surface, code] of Object.entries(rules.preferredCityCountry)) {
  const entry = cityEntries.get(tokenize(surface).map((t) => t.key).join(" "));
  if (surface.startsWith("_") || !entry || entry.countryCode === code) continue;
  entry.alternatives = [entry.countryCode, ...entry.alternatives.filter((c) => c !== code)];
  entry.rivals = entry.alternatives;
  entry.countryCode = code;
}
