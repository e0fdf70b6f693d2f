import Link from "next/link";

/** Countries and regions have their own pages (and filters); cities and areas are shown but not linked. */
export function PlaceChip({ place }: { place: { code: string; name: string; kind: string } }) {
  if (place.kind === "COUNTRY") return <Link prefetch={false} className="chip place" href={`/places/${encodeURIComponent(place.code)}`}>{place.name}</Link>;
  if (place.kind === "REGION") return <Link prefetch={false} className="chip place" href={`/places/${encodeURIComponent(place.name)}`}>{place.name}</Link>;
  return <span className="chip place" title={place.kind.toLowerCase()}>{place.name}</span>;
}
