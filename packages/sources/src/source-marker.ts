import sources from "./sources.json" with { type: "json" };

/** Wire markers sit in the dateline, so only the start of the story is searched. */
const MARKER_WINDOW = 400;

/** The wire service a story's dateline names ("DUSHANBE, July 28. /TASS/." → "TASS"), or null. */
export function sourceFromMarker(text: string): string | null {
  const head = text.slice(0, MARKER_WINDOW);
  for (const { marker, source } of sources.markers) if (head.includes(marker)) return source;
  return null;
}
