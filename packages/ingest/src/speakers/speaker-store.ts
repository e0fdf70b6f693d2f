// The speakers of a run: loaded from the database once, matched in memory, new ones and new aliases written in
// the batch's transaction. After a failed transaction the store reloads, so it never holds ids that were rolled back.
import type { Db, Prisma } from "@dictum/db";
import type { SpeakerRef } from "@dictum/extract";
import { bulkInsert, dialectOf, sqlDate, trusted, type Column, type Dialect } from "../bulk-insert.ts";
import { newSeen, noteSeen, type ArticleContext, type SpeakerSeen } from "./article-context.ts";
import { titleCountry } from "./bodies.ts";
import { isBareNationalTitle } from "./national-title.ts";
import { identify, isShared, SpeakerIndex, type KnownSpeaker, type SpeakerKindName } from "./speaker-index.ts";

type Tx = Prisma.TransactionClient;
type KindColumn = "PERSON" | "ORGANISATION" | "UNNAMED";

const TO_COLUMN: Record<SpeakerKindName, KindColumn> = { person: "PERSON", organisation: "ORGANISATION", unnamed: "UNNAMED" };
const SPEAKER_COLUMNS: Column[] = [
  { name: "name", pg: "text" }, { name: "key", pg: "text" }, { name: "title", pg: "text" }, { name: "kind", pg: '"SpeakerKind"' },
  { name: "countryCode", pg: "text" }, { name: "createdAt", pg: "timestamp(3)" },
];
const ALIAS_COLUMNS: Column[] = [{ name: "speakerId", pg: "int" }, { name: "alias", pg: "text" }];
const FROM_COLUMN: Record<KindColumn, SpeakerKindName> = { PERSON: "person", ORGANISATION: "organisation", UNNAMED: "unnamed" };

/** A speaker as the batch sees it: known (id > 0) or to be created in this batch. */
export interface ResolvedSpeaker {
  speaker: KnownSpeaker;
  isNew: boolean;
}

/** The speakers one batch touches; `commit` writes them inside the batch's transaction. */
export class SpeakerBatch {
  private readonly created: KnownSpeaker[] = [];
  private readonly aliases = new Map<KnownSpeaker, Set<string>>();
  private readonly renamed = new Set<KnownSpeaker>();
  /** Known speakers whose country this batch learnt ("President Trump" stored first, "US President Trump" later). */
  private readonly located = new Set<KnownSpeaker>();
  /** Article-scoped speakers of this batch, by "<article>|<key>". */
  private readonly local = new Map<string, KnownSpeaker>();

  constructor(private readonly store: SpeakerStore) {}

  /** A stored article-scoped speaker (an unnamed source without a country) of `article`: mentions of the same
   * key in that article join it rather than making another (re-extraction of a stored article). */
  seedLocal(article: string, speaker: KnownSpeaker): void {
    if (!isShared(speaker.kind, speaker.countryCode)) this.local.set(`${article}|${speaker.key}`, speaker);
  }

  /** Whether a re-extracted mention still names this stored speaker: a name stored for it, the same kind, no
   * country that contradicts its own, and no change between article-scoped and shared. */
  stillNames(speaker: KnownSpeaker, ref: SpeakerRef): boolean {
    const name = ref.name.trim();
    if (name === "" || speaker.id === 0 || !this.store.hasAliasOf(speaker.id, name)) return false;
    const title = ref.title?.trim() || null;
    const identity = identify({ name, title, kind: ref.kind, countryCode: ref.countryCode ?? (ref.kind === "person" ? titleCountry(title) : null) });
    if (identity.key === "" || identity.kind !== speaker.kind) return false;
    if (isShared(identity.kind, identity.countryCode) !== isShared(speaker.kind, speaker.countryCode)) return false;
    return identity.countryCode === null || speaker.countryCode === null || identity.countryCode === speaker.countryCode;
  }

  /**
   * The speaker for this mention; creates one (in memory until commit) when nobody known matches. `article`
   * scopes unnamed sources without a country ("the company", "a spokesman", "analysts"): they stand for someone
   * in that article's context, so each article has its own. `context` is the story, evidence for bare names.
   */
  resolve(ref: SpeakerRef, article: string, context?: ArticleContext): KnownSpeaker | null {
    const name = ref.name.trim();
    if (name === "") return null;
    const title = ref.title?.trim() || null;
    // The country the text gives: the extractor's, or a title's party, institution or one-country office
    // ("Labour MP", "Shadow Home Secretary").
    const country = ref.countryCode ?? (ref.kind === "person" ? titleCountry(title) : null);
    const mention = { name, title, kind: ref.kind, countryCode: country, context };
    // "Health Minister Veronika Skvortsova" in a story filed from Moscow or about Russia: a full name with a bare
    // national office is that country's official. Inferred, so it never keeps a mention from a known speaker; it
    // only fills the country of one that has none.
    const inferred = ref.kind === "person" && name.includes(" ") && isBareNationalTitle(title) ? context?.officialsCountry ?? null : null;
    const identity = identify(mention);
    if (identity.key === "") return null;
    const index = this.store.index;
    if (!isShared(identity.kind, identity.countryCode)) {
      const scoped = `${article}|${identity.key}`;
      let speaker = this.local.get(scoped);
      if (!speaker) {
        // Shown as a name, whichever mention came first ("said the company" or "The company said"): so a
        // re-extraction that drops the first mention leaves the speaker as a fresh ingest would have made it.
        speaker = { id: 0, name: name.charAt(0).toUpperCase() + name.slice(1), key: identity.key, kind: ref.kind, title: mention.title, countryCode: null };
        this.local.set(scoped, speaker);
        this.created.push(speaker);
        this.aliases.set(speaker, new Set([name]));
      }
      return speaker;
    }
    let speaker = index.match(mention, identity);
    if (!speaker) {
      speaker = { id: 0, name, key: identity.key, kind: identity.kind, title: mention.title, countryCode: identity.countryCode ?? inferred, seen: newSeen() };
      index.add(speaker);
      this.created.push(speaker);
    } else if (speaker.countryCode === null && (identity.countryCode ?? inferred) !== null && speaker.kind === "person") {
      // The country the first mentions did not give: a later one fills it in, for every statement of the speaker.
      speaker.countryCode = identity.countryCode ?? inferred;
      if (speaker.id !== 0) this.located.add(speaker);
    }
    if (context) noteSeen((speaker.seen ??= newSeen()), context);
    if (speaker.kind === "person" && !speaker.key.includes(" ") && identity.tokens.length > 1) {
      // A bare surname known so far, now with a first name: the speaker takes the fuller name.
      index.rename(speaker, name, identity.key);
      if (speaker.id !== 0) this.renamed.add(speaker);
    }
    if (!this.store.hasAlias(speaker, name)) {
      const set = this.aliases.get(speaker) ?? new Set();
      set.add(name);
      this.aliases.set(speaker, set);
    }
    return speaker;
  }

  /** Writes new speakers, renames and aliases; afterwards every resolved speaker has its database id. */
  async commit(tx: Tx, dialect: Dialect): Promise<void> {
    if (this.created.length > 0) {
      const now = sqlDate(dialect, new Date());
      const values = this.created.map((s) => [s.name, s.key, s.title, trusted(TO_COLUMN[s.kind]), s.countryCode, now]);
      const rows = (await bulkInsert(tx, dialect, "Speaker", SPEAKER_COLUMNS, values, ["id", "key"])) as Array<{ id: number; key: string }>;
      rows.forEach((row, i) => {
        const speaker = this.created[i]!;
        if (row.key !== speaker.key) throw new Error(`speaker rows came back out of order (${row.key} ≠ ${speaker.key})`);
        speaker.id = row.id;
      });
      this.store.noteCreated(this.created);
    }
    for (const speaker of this.renamed) await tx.speaker.update({ where: { id: speaker.id }, data: { name: speaker.name, key: speaker.key } });
    for (const speaker of this.located) await tx.speaker.update({ where: { id: speaker.id }, data: { countryCode: speaker.countryCode } });
    const aliasRows = [...this.aliases].flatMap(([speaker, names]) => [...names].map((alias) => [speaker.id, alias]));
    await bulkInsert(tx, dialect, "SpeakerAlias", ALIAS_COLUMNS, aliasRows);
  }

  /** After the transaction committed: the store remembers the aliases. */
  committed(): void {
    for (const [speaker, names] of this.aliases) for (const name of names) this.store.rememberAlias(speaker, name);
  }
}

export class SpeakerStore {
  index = new SpeakerIndex();
  private aliasSet = new Set<string>();
  /** Highest speaker id seen: speakers above it were stored by another process since. */
  private maxId = 0;
  private readonly ownIds = new Set<number>();
  /** Every speaker loaded or created, by id (the same objects the index holds). */
  private readonly byIds = new Map<number, KnownSpeaker>();

  constructor(private readonly db: Db) {}

  async load(): Promise<void> {
    this.index = new SpeakerIndex();
    this.aliasSet = new Set();
    this.maxId = 0;
    this.ownIds.clear();
    this.byIds.clear();
    await this.refresh(this.db);
  }

  /** Adds the speakers (and aliases) other writers stored since the last look; called inside each batch's
   * transaction, so concurrent ingests (CLI and API) find each other's speakers. */
  async refresh(db: Db | Tx): Promise<void> {
    const rows = await db.speaker.findMany({ where: { id: { gt: this.maxId } }, select: { id: true, name: true, key: true, kind: true, title: true, countryCode: true }, orderBy: { id: "asc" } });
    const fresh = rows.filter((row) => !this.ownIds.has(row.id));
    const seen = await this.seenOf(db, fresh.filter((row) => row.kind === "PERSON").map((row) => row.id));
    for (const row of fresh) {
      const speaker: KnownSpeaker = { ...row, kind: FROM_COLUMN[row.kind as KindColumn], seen: seen.get(row.id) ?? newSeen() };
      this.index.add(speaker);
      this.byIds.set(row.id, speaker);
    }
    const aliases = await db.speakerAlias.findMany({ where: { speakerId: { gt: this.maxId } }, select: { speakerId: true, alias: true } });
    for (const row of aliases) this.aliasSet.add(`${row.speakerId}\u0000${row.alias}`);
    if (rows.length > 0) this.maxId = rows.at(-1)!.id;
  }

  /** Where stored people were quoted (the stories' countries, publications, years): evidence for bare names,
   * rebuilt from the store so that a resumed run matches as an uninterrupted one would. */
  private async seenOf(db: Db | Tx, ids: number[]): Promise<Map<number, SpeakerSeen>> {
    const seen = new Map<number, SpeakerSeen>();
    if (ids.length === 0) return seen;
    // One row per speaker and kind of story, however many statements: SELECT DISTINCT in SQL, not in memory.
    const year = dialectOf(db) === "sqlite"
      ? `CASE WHEN typeof(a."publishedAt") = 'integer' THEN CAST(strftime('%Y', a."publishedAt" / 1000, 'unixepoch') AS INTEGER) ELSE CAST(substr(a."publishedAt", 1, 4) AS INTEGER) END`
      : `CAST(EXTRACT(YEAR FROM a."publishedAt") AS INTEGER)`;
    const rows = await db.$queryRawUnsafe<Array<{ id: number | bigint; country: string | null; source: string | null; year: number | bigint | null }>>(
      `SELECT DISTINCT st."speakerId" AS id, a."storyCountry" AS country, so."name" AS source, ${year} AS year
       FROM "Statement" st JOIN "Speaker" sp ON sp."id" = st."speakerId" JOIN "Article" a ON a."id" = st."articleId" LEFT JOIN "Source" so ON so."id" = a."sourceId"
       WHERE sp."kind" = 'PERSON' AND st."speakerId" >= ${Math.trunc(ids[0]!)} AND st."speakerId" <= ${Math.trunc(ids.at(-1)!)}`,
    );
    for (const row of rows) {
      const id = Number(row.id);
      const entry = seen.get(id) ?? newSeen();
      noteSeen(entry, { country: row.country, source: row.source, year: row.year === null ? null : Number(row.year) });
      seen.set(id, entry);
    }
    return seen;
  }

  noteCreated(speakers: KnownSpeaker[]): void {
    for (const speaker of speakers) {
      if (!speaker.id) continue;
      this.ownIds.add(speaker.id);
      this.byIds.set(speaker.id, speaker);
    }
  }

  /** The stored speaker with this id, when this store has seen it. */
  byId(id: number): KnownSpeaker | undefined {
    return this.byIds.get(id);
  }

  /** Whether `alias` is a name stored for the speaker with this id. */
  hasAliasOf(id: number, alias: string): boolean {
    return this.aliasSet.has(`${id}\u0000${alias}`);
  }

  /** Speakers deleted (left without statements): no later mention may match them. */
  forget(ids: Iterable<number>): void {
    for (const id of ids) {
      const speaker = this.byIds.get(id);
      if (speaker) this.index.remove(speaker);
      this.byIds.delete(id);
    }
  }

  batch(): SpeakerBatch {
    return new SpeakerBatch(this);
  }

  hasAlias(speaker: KnownSpeaker, alias: string): boolean {
    return speaker.id !== 0 && this.aliasSet.has(`${speaker.id}\u0000${alias}`);
  }

  rememberAlias(speaker: KnownSpeaker, alias: string): void {
    this.aliasSet.add(`${speaker.id}\u0000${alias}`);
  }
}
