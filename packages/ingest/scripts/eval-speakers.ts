// npm run eval:speakers — the speakers a new user's store holds after ingesting whole corpora: the TASS,
// Wikinews and BBC samples (about 2,500 articles, no gold) go through the real ingest path into a throwaway SQLite
// database, and the store is measured:
// - speakers per 1,000 statements (fewer = better merging, as long as the next figures hold);
// - the share of speakers whose name fails the fragment check (packages/extract/src/speakers/name-quality.ts),
//   with the worst offenders by statements;
// - names stored as several speakers (the same folded name more than once), and bare surnames beside a full name;
// - the share of person speakers with an affiliation country, and of officials with a national title.
// Targets (issue 10): fragments ≤ 0.5 %, duplicates ≤ 1 % of speakers, country for ≥ 80 % of national officials.
// The shared folder is ../shared from the repository root, or DICTUM_SHARED_DIR; other corpora as arguments.
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createPrismaClient } from "@dictum/db";
import { createTestDatabase } from "@dictum/db/testing";
import { nameFault } from "@dictum/extract/name-quality";
import { ingestPaths } from "../src/index.ts";
import { isNationalTitle } from "../src/speakers/national-title.ts";
import { foldText } from "../src/text-key.ts";
import { referenceData } from "../src/reference-data.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const shared = process.env.DICTUM_SHARED_DIR ?? resolve(repoRoot, "../shared");
const corpora = process.argv.length > 2 ? process.argv.slice(2) : [
  "corpus/tass-2024-sample/tass-2024-sample.jsonl",
  "corpus/wikinews-2019-2020/wikinews-2019-2020.jsonl",
  "corpus/bbc-news-2004-2005/bbc-news-2004-2005.jsonl",
].map((p) => join(shared, p));
for (const path of corpora) {
  if (!existsSync(path)) {
    console.error(`eval:speakers: ${path} not found (set DICTUM_SHARED_DIR)`);
    process.exit(2);
  }
}

const pct = (n: number, d: number) => (d === 0 ? "n/a" : `${((100 * n) / d).toFixed(2)} %`);

const database = await createTestDatabase("sqlite", { migrate: true, reference: referenceData() });
const db = createPrismaClient(database.url);
try {
  await ingestPaths(corpora, { db, progress: "none", out: process.stderr });
  const speakers = await db.speaker.findMany({ select: { id: true, name: true, kind: true, title: true, countryCode: true, _count: { select: { statements: true } } } });
  // EVAL_SPEAKERS_DUMP=<file>: every speaker as a JSON line, to read the store as a user would.
  if (process.env.EVAL_SPEAKERS_DUMP) writeFileSync(process.env.EVAL_SPEAKERS_DUMP, speakers.map((s) => JSON.stringify({ ...s, statements: s._count.statements, _count: undefined })).join("\n") + "\n");
  const statements = await db.statement.count();
  const withSpeaker = await db.statement.count({ where: { speakerId: { not: null } } });
  const kind = (k: string) => k.toLowerCase() as "person" | "organisation" | "unnamed";

  const faults = speakers.map((s) => ({ s, fault: nameFault(s.name, kind(s.kind) === "organisation" ? "organisation" : kind(s.kind)) })).filter((x) => x.fault);
  // Unnamed sources without a country ("the company", "analysts") are one speaker per article by design.
  const shared = speakers.filter((s) => s.kind !== "UNNAMED" || s.countryCode);
  const byName = new Map<string, typeof speakers>();
  for (const s of shared) {
    const key = `${s.kind}|${foldText(s.name).replace(/^the /, "")}`;
    byName.set(key, [...(byName.get(key) ?? []), s]);
  }
  const duplicated = [...byName].filter(([, list]) => list.length > 1);
  const extra = duplicated.reduce((n, [, list]) => n + list.length - 1, 0);
  const people = speakers.filter((s) => s.kind === "PERSON");
  const fullSurnames = new Set(people.filter((s) => s.name.includes(" ")).map((s) => foldText(s.name).split(" ").at(-1)));
  const bareBesideFull = people.filter((s) => !s.name.includes(" ") && fullSurnames.has(foldText(s.name)));
  // Officials with a national title: the ingester's own definition (src/speakers/national-title.ts).
  const officials = people.filter((s) => isNationalTitle(s.title));

  console.log(`eval:speakers: ${statements} statements (${withSpeaker} with a speaker), ${speakers.length} speakers`);
  console.log(`  speakers per 1,000 statements   ${((1000 * speakers.length) / Math.max(1, statements)).toFixed(1)}`);
  console.log(`  names failing the check         ${faults.length} = ${pct(faults.length, speakers.length)} (target ≤ 0.5 %)`);
  const byFault = new Map<string, number>();
  for (const f of faults) byFault.set(f.fault!, (byFault.get(f.fault!) ?? 0) + 1);
  console.log(`    by fault: ${[...byFault].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(", ") || "none"}`);
  const top = faults.sort((a, b) => b.s._count.statements - a.s._count.statements).slice(0, 15);
  for (const { s, fault } of top) console.log(`    ${String(s._count.statements).padStart(4)}  ${JSON.stringify(s.name)} (${s.kind.toLowerCase()}, ${fault})`);
  console.log(`  names stored as several speakers ${duplicated.length} names, ${extra} extra speakers = ${pct(extra, speakers.length)} (target ≤ 1 %; ${speakers.length - shared.length} article-scoped unnamed sources not counted)`);
  for (const [, list] of duplicated.sort((a, b) => b[1].length - a[1].length).slice(0, 8)) {
    console.log(`    ${list.length} × ${JSON.stringify(list[0]!.name)} (${list.map((s) => s.countryCode ?? "-").join(", ")})`);
  }
  console.log(`  bare surnames beside a full name ${bareBesideFull.length} (${bareBesideFull.slice(0, 8).map((s) => s.name).join(", ")})`);
  console.log(`  person speakers with a country  ${pct(people.filter((s) => s.countryCode).length, people.length)} of ${people.length}`);
  console.log(`  officials with a national title ${pct(officials.filter((s) => s.countryCode).length, officials.length)} with a country, of ${officials.length} (target ≥ 80 %)`);
  const missing = officials.filter((s) => !s.countryCode).slice(0, 8);
  if (missing.length) console.log(`    without: ${missing.map((s) => `${s.name} (${s.title})`).join("; ")}`);
} finally {
  await db.$disconnect();
  await database.drop();
}
