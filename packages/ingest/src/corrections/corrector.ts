// Analysts' corrections: correct a statement, add one the extractor missed, revert a correction. Each is one
// transaction (the same write lock as ingest and reextract): the correction row, and the statement's row and links
// rewritten to the extractor's reading with every standing correction applied. Bad input changes nothing.
import type { Db, Prisma } from "@dictum/db";
import { countryKey } from "@dictum/geo";
import { dialectOf, sqlDate, type Dialect } from "../bulk-insert.ts";
import { insertStatements } from "../rows.ts";
import { PlaceCache } from "../places.ts";
import { SpeakerStore } from "../speakers/speaker-store.ts";
import { isBusy, takeWriteLock } from "../write-lock.ts";
import { countriesOf, type Changes, type Extracted, type SpeakerKindValue, type StatementKindValue, type StatementValues } from "./state.ts";
import { readStatements, StatementWriter, targetOf, type CurrentStatement } from "./writer.ts";

type Tx = Prisma.TransactionClient;

export type CorrectionErrorCode =
  | "NOT_FOUND" | "OFFSET_OUTSIDE_ARTICLE" | "TEXT_NOT_AT_OFFSETS" | "INVALID_COUNTRY_CODE" | "UNKNOWN_COUNTRY" | "UNKNOWN_TOPIC"
  | "INVALID_SPEAKER" | "INVALID_NOTE" | "NOTHING_TO_CORRECT" | "ALREADY_REVERTED";

/** Bad input: nothing was changed. `argument` names the input field. */
export class CorrectionError extends Error {
  override name = "CorrectionError";
  constructor(readonly code: CorrectionErrorCode, message: string, readonly argument?: string) {
    super(message);
  }
}

export interface StatementCorrectionInput {
  speakerName?: string | null;
  speakerKind?: SpeakerKindValue | null;
  kind?: StatementKindValue | null;
  /** The corrected words: with `start` and `end`, and the article's text between them. */
  text?: string | null;
  start?: number | null;
  end?: number | null;
  /** ISO 3166-1 alpha-2 codes of the countries it is about (its cities outside them go, its regions stay). */
  places?: string[] | null;
  /** Topic slugs. */
  topics?: string[] | null;
  /** Not a statement at all. */
  rejected?: boolean | null;
  note?: string | null;
}

export interface AddStatementInput {
  kind: StatementKindValue;
  start: number;
  end: number;
  text?: string | null;
  speakerName?: string | null;
  speakerKind?: SpeakerKindValue | null;
  places?: string[] | null;
  topics?: string[] | null;
  note?: string | null;
}

export interface CorrectionResult {
  statementId: number;
  correctionId: number;
}

const MAX_NOTE = 2_000;
const MAX_NAME = 300;
const shared = new WeakMap<Db, Promise<Corrector>>();

export class Corrector {
  private readonly speakers: SpeakerStore;
  private readonly places = new PlaceCache();
  private readonly topics = new Map<string, number>();
  private readonly dialect: Dialect;
  private turn: Promise<unknown> = Promise.resolve();

  private constructor(private readonly db: Db) {
    this.speakers = new SpeakerStore(db);
    this.dialect = dialectOf(db);
  }

  /** One corrector per client (its speaker index is loaded once; other writers' speakers are picked up per write). */
  static for(db: Db): Promise<Corrector> {
    let corrector = shared.get(db);
    if (!corrector) {
      corrector = (async () => {
        const c = new Corrector(db);
        await c.speakers.load();
        return c;
      })();
      shared.set(db, corrector);
      corrector.catch(() => shared.delete(db));
    }
    return corrector;
  }

  async correctStatement(statementId: number, input: StatementCorrectionInput, author: string): Promise<CorrectionResult> {
    return this.write(async (tx, writer) => {
      const current = (await readStatements(tx, [statementId])).get(statementId);
      if (!current) throw new CorrectionError("NOT_FOUND", `No statement with id ${statementId}.`, "id");
      const seen = targetOf(current);
      const changes: Changes = {};
      if (input.speakerName != null || input.speakerKind != null) {
        const name = (input.speakerName ?? seen.speaker?.name ?? "").trim();
        if (name === "" || name.length > MAX_NAME) throw new CorrectionError("INVALID_SPEAKER", name === "" ? "speakerName is empty: give the speaker's name." : `speakerName is longer than ${MAX_NAME} characters.`, "input.speakerName");
        const to = { name, kind: input.speakerKind ?? seen.speaker?.kind ?? "PERSON", id: null as number | null };
        if (!seen.speaker || seen.speaker.name !== to.name || seen.speaker.kind !== to.kind) {
          to.id = (await writer.speakerFor(to, current.article))?.id ?? null;
          changes.speaker = { from: seen.speaker, to };
        }
      }
      if (input.kind != null && input.kind !== seen.kind) changes.kind = { from: seen.kind, to: input.kind };
      if (input.text != null || input.start != null || input.end != null) {
        const span = spanIn(current.article.text, input.start, input.end, input.text);
        if (span.start !== seen.start || span.end !== seen.end) changes.text = { from: { text: seen.text, start: seen.start, end: seen.end }, to: span };
      }
      if (input.places != null) {
        const codes = await countryCodes(tx, input.places);
        const before = countriesOf(seen.places);
        if (codes.join() !== before.join()) changes.places = { from: before, to: codes };
      }
      if (input.topics != null) {
        const slugs = await topicSlugs(tx, input.topics);
        const before = seen.topics.map((t) => t.slug).sort();
        if (slugs.join() !== before.join()) changes.topics = { from: before, to: slugs };
      }
      if (input.rejected != null && input.rejected !== seen.rejected) changes.rejected = { from: seen.rejected, to: input.rejected };
      const note = cleanNote(input.note);
      if (Object.keys(changes).length === 0 && note === null) {
        throw new CorrectionError("NOTHING_TO_CORRECT", "The input changes nothing: every value given is the statement's already (give a note to record a check).", "input");
      }
      const extracted: Extracted = current.extracted ?? { ...current.values, found: true };
      const correction = await tx.statementCorrection.create({ data: { statementId, author, note, changes: JSON.stringify(changes) }, select: { id: true } });
      const updated = { ...current, corrections: [...current.corrections, { id: correction.id, changes, reverted: false }] };
      await writer.write(current, targetOf(updated, extracted), extracted);
      return { statementId, correctionId: correction.id };
    });
  }

  async addStatement(articleId: number, input: AddStatementInput, author: string): Promise<CorrectionResult> {
    return this.write(async (tx, writer) => {
      const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, text: true, publishedAt: true } });
      if (!article) throw new CorrectionError("NOT_FOUND", `No article with id ${articleId}.`, "articleId");
      const span = spanIn(article.text, input.start, input.end, input.text);
      let speaker: StatementValues["speaker"] = null;
      if (input.speakerName != null) {
        const name = input.speakerName.trim();
        if (name === "" || name.length > MAX_NAME) throw new CorrectionError("INVALID_SPEAKER", name === "" ? "speakerName is empty: give the speaker's name, or leave it out." : `speakerName is longer than ${MAX_NAME} characters.`, "input.speakerName");
        speaker = { name, kind: input.speakerKind ?? "PERSON", id: null };
      }
      const places = input.places ? (await countryCodes(tx, input.places)).map(countryKey) : [];
      const topics = input.topics ? (await topicSlugs(tx, input.topics)).map((slug) => ({ slug, score: 1 })) : [];
      const values: StatementValues = { kind: input.kind, ...span, speaker, places, topics };
      // A bare row first (the writer fills in the rest as it does for any correction): dated by its article.
      const day = article.publishedAt ? new Date(article.publishedAt.toISOString().slice(0, 10)) : null;
      const now = sqlDate(this.dialect, new Date());
      const [statementId] = await insertStatements(tx, this.dialect, [{
        articleId, speakerId: null, quotationId: null, kind: input.kind, text: span.text, start: span.start, end: span.end,
        saidOn: day ? sqlDate(this.dialect, day) : null, confidence: 1, createdAt: now, stance: "NEUTRAL",
      }]);
      const changes: Changes = { added: { to: values } };
      const correction = await tx.statementCorrection.create({ data: { statementId: statementId!, author, note: cleanNote(input.note), changes: JSON.stringify(changes) }, select: { id: true } });
      const current = (await readStatements(tx, [statementId!])).get(statementId!)!;
      const extracted: Extracted = { ...values, found: false };
      await writer.write(current, targetOf(current, extracted), extracted);
      return { statementId: statementId!, correctionId: correction.id };
    });
  }

  async revertCorrection(correctionId: number, author: string): Promise<CorrectionResult> {
    return this.write(async (tx, writer) => {
      const correction = await tx.statementCorrection.findUnique({ where: { id: correctionId }, select: { statementId: true, revertedAt: true } });
      if (!correction) throw new CorrectionError("NOT_FOUND", `No correction with id ${correctionId}.`, "id");
      if (correction.revertedAt) throw new CorrectionError("ALREADY_REVERTED", `Correction ${correctionId} was reverted on ${correction.revertedAt.toISOString()}.`, "id");
      await tx.statementCorrection.update({ where: { id: correctionId }, data: { revertedAt: new Date(), revertedBy: author } });
      const current = (await readStatements(tx, [correction.statementId])).get(correction.statementId)!;
      await writer.write(current, targetOf(current), current.extracted);
      return { statementId: correction.statementId, correctionId };
    });
  }

  /** One correction at a time per client, in a transaction that holds the write lock; retried while busy. */
  private write<T>(body: (tx: Tx, writer: StatementWriter) => Promise<T>): Promise<T> {
    const run = this.turn.then(async () => {
      for (let attempt = 0; ; attempt++) {
        let writer: StatementWriter | null = null;
        try {
          const result = await this.db.$transaction(async (tx) => {
            await takeWriteLock(tx, this.dialect);
            await this.speakers.refresh(tx);
            writer = new StatementWriter(tx, this.dialect, { places: this.places, topics: this.topics, speakers: this.speakers });
            const value = await body(tx, writer);
            await writer.finish();
            return value;
          }, { timeout: 60_000, maxWait: 60_000 });
          (writer as StatementWriter | null)?.committed();
          return result;
        } catch (error) {
          if (!(error instanceof CorrectionError)) await this.speakers.load(); // ids of the rolled-back transaction
          if (!isBusy(error) || attempt >= 5) throw error;
          await new Promise((wait) => setTimeout(wait, 25 * 2 ** attempt));
        }
      }
    });
    this.turn = run.catch(() => {});
    return run;
  }
}

/** The span [start, end) of the article, checked: inside the text, and `text` (when given) its exact words. */
function spanIn(articleText: string, start: number | null | undefined, end: number | null | undefined, text: string | null | undefined): { text: string; start: number; end: number } {
  if (start == null || end == null) throw new CorrectionError("OFFSET_OUTSIDE_ARTICLE", "Give start and end (offsets in the article text) with the words.", start == null ? "input.start" : "input.end");
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > articleText.length || start >= end) {
    throw new CorrectionError("OFFSET_OUTSIDE_ARTICLE", `[${start}, ${end}) is not a span of the article, whose text has ${articleText.length} characters.`, start < 0 || start >= end ? "input.start" : "input.end");
  }
  const words = articleText.slice(start, end);
  if (text != null && text !== words) throw new CorrectionError("TEXT_NOT_AT_OFFSETS", `The article's text at [${start}, ${end}) is ${JSON.stringify(words.slice(0, 80))}, not the text given.`, "input.text");
  return { text: words, start, end };
}

/** ISO 3166-1 alpha-2 codes, upper case, distinct, sorted; each a country of the reference geography. */
async function countryCodes(tx: Tx, values: string[]): Promise<string[]> {
  const codes = [...new Set(values.map((value) => value.trim().toUpperCase()))].sort();
  const bad = values.find((value) => !/^[A-Za-z]{2}$/.test(value.trim()));
  if (bad !== undefined) throw new CorrectionError("INVALID_COUNTRY_CODE", `"${bad}" is not an ISO 3166-1 alpha-2 country code (two letters, such as "RU").`, "input.places");
  const known = new Set((await tx.place.findMany({ where: { key: { in: codes.map(countryKey) } }, select: { key: true } })).map((p) => p.key));
  const unknown = codes.filter((code) => !known.has(countryKey(code)));
  if (unknown.length > 0) throw new CorrectionError("UNKNOWN_COUNTRY", `No country with code ${unknown.map((c) => `"${c}"`).join(", ")}.`, "input.places");
  return codes;
}

async function topicSlugs(tx: Tx, values: string[]): Promise<string[]> {
  const slugs = [...new Set(values.map((value) => value.trim()))].sort();
  const known = new Set((await tx.topic.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })).map((t) => t.slug));
  const unknown = slugs.filter((slug) => !known.has(slug));
  if (unknown.length > 0) throw new CorrectionError("UNKNOWN_TOPIC", `Unknown topic ${unknown.map((s) => `"${s}"`).join(", ")}: use slugs the topics query lists.`, "input.topics");
  return slugs;
}

function cleanNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? "";
  if (trimmed.length > MAX_NOTE) throw new CorrectionError("INVALID_NOTE", `note is longer than ${MAX_NOTE} characters.`, "input.note");
  return trimmed === "" ? null : trimmed;
}

export type { CurrentStatement };
