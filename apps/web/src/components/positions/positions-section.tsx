// The "Positions over time" section of the speaker and topic pages: swimlanes by stance and the changes of line.
// A speaker's lanes are all their statements and their main topics; a topic's lanes are its main speakers, and its
// shifts those of these speakers in their statements on the topic.
import { query } from "@/lib/apollo/rsc-client";
import { SPEAKER_POSITIONS, TOPIC_POSITIONS, TOPIC_SHIFTS, type Lane } from "./documents";
import { ShiftList } from "./shift-list";
import { Swimlanes } from "./swimlanes";

export async function SpeakerPositions({ speakerId }: { speakerId: string }) {
  const { data, error } = await query({ query: SPEAKER_POSITIONS, variables: { id: speakerId } });
  if (error || !data?.speaker) throw error ?? new Error("The API returned no positions");
  const { positions, positionsByTopic, stanceShifts } = data.speaker;
  const lanes: Lane[] = [
    { key: "all", label: "All statements", href: null, count: positions.reduce((sum, p) => sum + p.count, 0), points: positions },
    ...positionsByTopic.map((lane) => ({ key: lane.topic?.slug ?? "none", label: lane.topic?.name ?? "No topic", href: lane.topic ? `/topics/${encodeURIComponent(lane.topic.slug)}` : null, count: lane.count, points: lane.points })),
  ];
  return (
    <section className="card positions" data-testid="positions">
      <h2>Positions over time</h2>
      <Swimlanes lanes={lanes} shiftMonths={[...new Set(stanceShifts.map((shift) => shift.start))]} title="This speaker's statements by topic and month, coloured by stance" />
      <h3>Changes of line</h3>
      <ShiftList shifts={stanceShifts} />
    </section>
  );
}

export async function TopicPositions({ slug }: { slug: string }) {
  const lanesResult = await query({ query: TOPIC_POSITIONS, variables: { topic: slug } });
  if (lanesResult.error || !lanesResult.data) throw lanesResult.error ?? new Error("The API returned no positions");
  const speakers = lanesResult.data.topicPositions;
  const shiftsResult = await query({ query: TOPIC_SHIFTS, variables: { filter: { topics: [slug], speakers: speakers.map((lane) => lane.speaker.id) } } });
  if (shiftsResult.error || !shiftsResult.data) throw shiftsResult.error ?? new Error("The API returned no stance shifts");
  const shifts = speakers.length === 0 ? [] : shiftsResult.data.stanceShifts;
  const lanes: Lane[] = speakers.map((lane) => ({ key: lane.speaker.id, label: lane.speaker.name, href: `/speakers/${encodeURIComponent(lane.speaker.id)}`, count: lane.count, points: lane.points }));
  return (
    <section className="card positions" data-testid="positions">
      <h2>Positions of its main speakers</h2>
      <Swimlanes lanes={lanes} shiftMonths={[...new Set(shifts.map((shift) => shift.start))]} title="The main speakers' statements on this topic by month, coloured by stance" />
      <h3>Changes of line</h3>
      <ShiftList shifts={shifts} showSpeaker />
    </section>
  );
}
