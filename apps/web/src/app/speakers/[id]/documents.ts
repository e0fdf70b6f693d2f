// speaker-page.graphql, typed by the generated file beside it (scripts/codegen.ts).
import { SpeakerPageDocument, type SpeakerPageQuery } from "./speaker-page.generated";

export type Speaker = SpeakerPageQuery["speaker"];

export const SPEAKER = SpeakerPageDocument;
