// The StatementFilter input shared by statements, timeline, placeCounts, facets and statementAdded.
import { builder } from "../builder.ts";
import { SpeakerKindEnum, StanceEnum, StatementKindEnum } from "./enums.ts";

export const StatementFilter = builder.inputType("StatementFilter", {
  description: "Conditions on statements. Different fields combine with AND; the values inside one field with OR.",
  fields: (t) => ({
    regions: t.stringList({ required: false, description: "UN M49 region or sub-region names or codes (\"Central Asia\", \"143\"), groupings (\"NATO\", \"Middle East\") or features (\"Black Sea\"). An M49 region matches statements about any place inside it; a grouping or feature matches statements that name it (and with includeMembers, statements about its members)." }),
    includeMembers: t.boolean({ required: false, description: "A grouping or feature in regions also matches statements about its member countries. Off by default." }),
    countries: t.stringList({ required: false, description: "ISO 3166-1 alpha-2 codes (\"TJ\"). A country matches statements about it or a place inside it." }),
    speakers: t.idList({ required: false, description: "Speaker ids." }),
    topics: t.stringList({ required: false, description: "Topic slugs." }),
    sources: t.stringList({ required: false, description: "Source names (\"TASS\", \"Reuters\"), case-insensitive." }),
    from: t.field({ type: "Date", required: false, description: "First day (inclusive) the statement was said on." }),
    to: t.field({ type: "Date", required: false, description: "Last day (inclusive) the statement was said on." }),
    kind: t.field({ type: StatementKindEnum, required: false }),
    dateUnknown: t.boolean({ required: false, description: "true: only statements whose date is unknown; false: only those with a known date. from and to match known dates only." }),
    speakerCountries: t.stringList({ required: false, description: "ISO 3166-1 alpha-2 codes of the speaker's affiliation country (\"Russian Defense Minister\" is RU)." }),
    speakerKinds: t.field({ type: [SpeakerKindEnum], required: false, description: "Named people, organisations, or unnamed speakers (\"a diplomat\")." }),
    saidIn: t.stringList({ required: false, description: "Where the article was filed (its dateline): country codes (\"TJ\", also matching its cities) or place keys (\"city:tj:dushanbe\")." }),
    stances: t.field({ type: [StanceEnum], required: false, description: "The statement's stance toward its targets (CRITICISES, WARNS, DEMANDS, SUPPORTS, DENIES, NEUTRAL)." }),
    targetCountries: t.stringList({ required: false, description: "ISO 3166-1 alpha-2 codes of a country the statement is aimed at: one of its targets is that country or belongs to it (\"accused Kyiv of …\" is aimed at UA)." }),
    includeRejected: t.boolean({ required: false, description: "Also statements analysts rejected (not statements at all); they are left out of every list, count and facet otherwise." }),
    minConfidence: t.float({ required: false, description: "Only statements extracted with at least this confidence, 0 to 1." }),
    search: t.string({ required: false, description: "Full-text search over the statement text, the same syntax on SQLite and PostgreSQL: every word must occur (stemmed); \"quoted words\" occur together in that order; `a or b` either one; `-word` or `-\"a phrase\"` must not occur. Apostrophes and hyphens join words (O'Brien, al-Assad) however the text writes them." }),
  }),
});
