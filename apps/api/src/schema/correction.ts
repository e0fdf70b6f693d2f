// Analysts' corrections: correctStatement, addStatement and revertCorrection (bearer token, like ingest), and what
// a statement shows of them: its history (corrections), whether a correction stands (corrected) and whether the
// extractor now agrees (correction.agreesWithExtractor). The statement's own fields already hold the corrected
// values: the Corrector writes them into the row, so every read, filter and count sees what analysts decided.
import { parseChanges, parseExtracted, standingAgreesWithExtractor, agreesWithExtractor, type Changes } from "@dictum/ingest/corrections-state";
import { builder } from "../builder.ts";
import { correctedFields, describeChanges, type CorrectionChange as Change } from "../lib/correction-view.ts";
import { authorOf, runCorrection } from "../lib/corrections.ts";
import { parseLocalId } from "../lib/ids.ts";
import { SpeakerKindEnum, StatementKindEnum } from "./enums.ts";
import { Statement } from "./statement.ts";

const CorrectionFieldEnum = builder.enumType("CorrectionField", {
  description: "What a correction changed. ADDED: the whole statement, added by hand (the extractor missed it).",
  values: ["ADDED", "SPEAKER", "KIND", "TEXT", "PLACES", "TOPICS", "REJECTED"] as const,
});

const CorrectionChange = builder.objectRef<Change>("CorrectionChange").implement({
  description: "One field a correction changed, from what to what, as text: a speaker as \"Name (KIND)\", words as \"[start, end) words\", places as ISO alpha-2 codes and topics as slugs, comma-separated; rejected as true or false.",
  fields: (t) => ({
    field: t.field({ type: CorrectionFieldEnum, resolve: (c) => c.field }),
    from: t.string({ nullable: true, description: "Null for ADDED (nothing was there) and for a statement that had no speaker.", resolve: (c) => c.from }),
    to: t.string({ nullable: true, resolve: (c) => c.to }),
  }),
});

export const StatementCorrection = builder.prismaNode("StatementCorrection", {
  id: { field: "id" },
  nullable: true,
  select: { id: true },
  description: "An analyst's correction of a statement, or a statement added by hand. Kept through re-extraction; a reverted one stays in the history and no longer applies.",
  fields: (t) => ({
    author: t.exposeString("author", { description: "Who made it: the input's author, else the X-Dictum-Author header sent with the token." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    note: t.exposeString("note", { nullable: true }),
    changes: t.field({ type: [CorrectionChange], select: { changes: true }, resolve: (c) => describeChanges(parseChanges(c.changes)) }),
    reverted: t.boolean({ select: { revertedAt: true }, resolve: (c) => c.revertedAt !== null }),
    revertedAt: t.expose("revertedAt", { type: "DateTime", nullable: true }),
    revertedBy: t.exposeString("revertedBy", { nullable: true }),
    agreesWithExtractor: t.boolean({
      description: "The extractor, as it now reads the article, gives what this correction set (re-extraction with a better extractor may come to agree).",
      select: { changes: true, statement: { select: { extracted: true } } },
      resolve: (c) => agreesWithExtractor(parseChanges(c.changes), parseExtracted(c.statement.extracted)),
    }),
    statement: t.relation("statement"),
  }),
});

interface Status {
  standing: Changes[];
  lastAt: Date;
  extracted: ReturnType<typeof parseExtracted>;
}

const CorrectionStatus = builder.objectRef<Status>("StatementCorrectionStatus").implement({
  description: "The corrections that stand on a statement, taken together.",
  fields: (t) => ({
    agreesWithExtractor: t.boolean({
      description: "The extractor's current reading gives what the standing corrections made of the statement (each field as the last correction set it).",
      resolve: (s) => standingAgreesWithExtractor(s.standing, s.extracted),
    }),
    extractorFinds: t.boolean({ description: "The extractor's current reading has this statement at all (false for one it missed, added by hand, until it finds it).", resolve: (s) => s.extracted?.found === true }),
    fields: t.field({ type: [CorrectionFieldEnum], description: "The fields the standing corrections changed.", resolve: (s) => correctedFields(s.standing) }),
    count: t.int({ description: "How many corrections stand (not reverted).", resolve: (s) => s.standing.length }),
    lastCorrectedAt: t.field({ type: "DateTime", resolve: (s) => s.lastAt }),
  }),
});

// One selection of the corrections serves corrected and correction (Pothos merges identical relation selections).
const standingSelect = { corrections: { orderBy: { id: "asc" as const }, select: { changes: true, createdAt: true, revertedAt: true } } };

builder.prismaObjectFields(Statement, (t) => ({
  rejected: t.exposeBoolean("rejected", { description: "Not a statement at all, an analyst says. Rejected statements are left out of lists, counts and facets unless a filter has includeRejected: true." }),
  corrected: t.boolean({
    description: "At least one analyst's correction stands on it (the values shown are the corrected ones).",
    select: standingSelect,
    resolve: (s) => s.corrections.some((c) => c.revertedAt === null),
  }),
  corrections: t.relation("corrections", { description: "Every correction, oldest first, reverted ones included.", query: { orderBy: { id: "asc" } } }),
  correction: t.field({
    type: CorrectionStatus,
    nullable: true,
    description: "The standing corrections taken together; null when none stands.",
    select: { extracted: true, ...standingSelect },
    resolve: (s) => {
      const standing = s.corrections.filter((c) => c.revertedAt === null);
      if (standing.length === 0) return null;
      return { standing: standing.map((c) => parseChanges(c.changes)), lastAt: standing.at(-1)!.createdAt, extracted: parseExtracted(s.extracted) };
    },
  }),
}));

const correctionInputFields = {
  speakerName: { description: "The speaker's name (a new speaker is made when no stored one matches)." },
  places: { description: "ISO 3166-1 alpha-2 codes of the countries it is about (cities outside them are dropped, regions stay)." },
  topics: { description: "Topic slugs, as the topics query lists them." },
  note: { description: "Why (free text, up to 2,000 characters)." },
  author: { description: "Who corrects; defaults to the X-Dictum-Author header, else \"analyst\"." },
} as const;

const StatementCorrectionInput = builder.inputType("StatementCorrectionInput", {
  description: "The fields to correct; each one left out stays as it is. New words need start and end (offsets in the article text); text, when given, must be the article's words there.",
  fields: (t) => ({
    speakerName: t.string({ required: false, ...correctionInputFields.speakerName }),
    speakerKind: t.field({ type: SpeakerKindEnum, required: false }),
    kind: t.field({ type: StatementKindEnum, required: false }),
    text: t.string({ required: false }),
    start: t.int({ required: false }),
    end: t.int({ required: false }),
    places: t.stringList({ required: false, ...correctionInputFields.places }),
    topics: t.stringList({ required: false, ...correctionInputFields.topics }),
    rejected: t.boolean({ required: false, description: "true: not a statement at all (hidden from lists and counts); false: restore it." }),
    note: t.string({ required: false, ...correctionInputFields.note }),
    author: t.string({ required: false, ...correctionInputFields.author }),
  }),
});

const AddStatementInput = builder.inputType("AddStatementInput", {
  description: "A statement the extractor missed: its words at [start, end) of the article text.",
  fields: (t) => ({
    kind: t.field({ type: StatementKindEnum, required: true }),
    start: t.int({ required: true }),
    end: t.int({ required: true }),
    text: t.string({ required: false, description: "The words, checked against the article's text at [start, end)." }),
    speakerName: t.string({ required: false, ...correctionInputFields.speakerName }),
    speakerKind: t.field({ type: SpeakerKindEnum, required: false, description: "PERSON when left out." }),
    places: t.stringList({ required: false, ...correctionInputFields.places }),
    topics: t.stringList({ required: false, ...correctionInputFields.topics }),
    note: t.string({ required: false, ...correctionInputFields.note }),
    author: t.string({ required: false, ...correctionInputFields.author }),
  }),
});

interface Written {
  statementId: number;
  correctionId: number;
}

const CorrectionPayload = builder.objectRef<Written>("CorrectionPayload").implement({
  description: "The statement as it now reads, and the correction that was written (or reverted).",
  fields: (t) => ({
    statement: t.prismaField({ type: "Statement", resolve: (query, w, _args, ctx) => ctx.db.statement.findUniqueOrThrow({ ...query, where: { id: w.statementId } }) }),
    correction: t.prismaField({ type: "StatementCorrection", resolve: (query, w, _args, ctx) => ctx.db.statementCorrection.findUniqueOrThrow({ ...query, where: { id: w.correctionId } }) }),
  }),
});

const TOKEN = "Needs Authorization: Bearer <DICTUM_API_TOKEN>.";

builder.mutationFields((t) => ({
  correctStatement: t.field({
    type: CorrectionPayload,
    description: `Corrects a statement (speaker, kind, words, places, topics, or rejects it). Stored as its own row, kept through re-extraction. ${TOKEN}`,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: StatementCorrectionInput, required: true }) },
    complexity: 20,
    resolve: (_root, args, ctx) => {
      const { author, ...input } = args.input;
      return runCorrection(ctx, strings(args.input), async (corrector) => corrector.correctStatement(parseLocalId(args.id, "Statement", "id"), input, authorOf(ctx, author)));
    },
  }),
  addStatement: t.field({
    type: CorrectionPayload,
    description: `Adds a statement the extractor missed. ${TOKEN}`,
    args: { articleId: t.arg.id({ required: true }), input: t.arg({ type: AddStatementInput, required: true }) },
    complexity: 20,
    resolve: (_root, args, ctx) => {
      const { author, ...input } = args.input;
      return runCorrection(ctx, strings(args.input), async (corrector) => corrector.addStatement(parseLocalId(args.articleId, "Article", "articleId"), input, authorOf(ctx, author)), { added: true });
    },
  }),
  revertCorrection: t.field({
    type: CorrectionPayload,
    description: `Stops a correction applying (it stays in the history, marked reverted): the statement shows the extractor's reading with the other corrections. Reverting an addition hides the statement. ${TOKEN}`,
    args: { id: t.arg.id({ required: true }), author: t.arg.string({ required: false, description: correctionInputFields.author.description }) },
    complexity: 20,
    resolve: (_root, args, ctx) =>
      runCorrection(ctx, { author: args.author }, async (corrector) => corrector.revertCorrection(parseLocalId(args.id, "StatementCorrection", "id"), authorOf(ctx, args.author))),
  }),
}));

/** The input's text fields, by argument name, for the NUL check. */
function strings(input: { speakerName?: string | null; text?: string | null; note?: string | null; places?: string[] | null; topics?: string[] | null; author?: string | null }): Record<string, unknown> {
  return { "input.speakerName": input.speakerName, "input.text": input.text, "input.note": input.note, "input.places": input.places, "input.topics": input.topics, "input.author": input.author };
}
