import groupingData from "./data/groupings.json" with { type: "json" };
import m49 from "./data/m49.json" with { type: "json" };
import type { Region, RegionKind } from "./types.ts";
import { m49Key } from "./keys.ts";

interface Area { m49: string; name: string; kind: string; parent: string | null; members?: string[] }
const areas = m49.areas as Area[];
const m49Aliases = groupingData.m49Aliases as Record<string, string[] | undefined>;

/** Members at any depth: an area's own members plus those of every area below it. */
function membersOf(code: string): string[] {
  const own = areas.find((a) => a.m49 === code)?.members ?? [];
  const below = areas.filter((a) => a.parent === code).flatMap((a) => membersOf(a.m49));
  return [...own, ...below];
}

const sorted = (codes: string[]) => [...new Set(codes)].sort();

const m49Regions: Region[] = areas.map((area) => ({
  key: m49Key(area.m49),
  m49: area.m49,
  name: area.name,
  kind: area.kind as RegionKind,
  parentM49: area.parent,
  members: sorted(membersOf(area.m49)),
  aliases: (m49Aliases[area.m49] ?? []).filter((alias) => alias !== area.name),
}));

const groupings: Region[] = groupingData.groupings.map((g) => ({
  key: `group:${g.key}`,
  m49: null,
  name: g.name,
  kind: "grouping",
  parentM49: null,
  members: sorted(g.members),
  aliases: g.aliases.filter((alias) => alias !== g.name),
}));

export const regions: Region[] = [...m49Regions, ...groupings];
