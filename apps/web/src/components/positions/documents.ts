// The positions operations (speaker-positions, topic-positions and topic-shifts .graphql), typed by the generated
// files beside them (scripts/codegen.ts), and the shapes the swimlanes and the shift list read.
import { SpeakerPositionsDocument, type SpeakerPositionsQuery } from "./speaker-positions.generated";
import { TopicPositionsDocument } from "./topic-positions.generated";
import { TopicShiftsDocument, type TopicShiftsQuery } from "./topic-shifts.generated";

export const SPEAKER_POSITIONS = SpeakerPositionsDocument;
export const TOPIC_POSITIONS = TopicPositionsDocument;
export const TOPIC_SHIFTS = TopicShiftsDocument;

export type PositionPoint = NonNullable<SpeakerPositionsQuery["speaker"]>["positions"][number];
export type StanceShift = TopicShiftsQuery["stanceShifts"][number];

/** One swimlane: a label (a topic or a speaker, linked), its statement count and its points. */
export interface Lane {
  key: string;
  label: string;
  href: string | null;
  count: number;
  points: PositionPoint[];
}
