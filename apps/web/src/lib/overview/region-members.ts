// The member countries of the regions in the filter, as the API defines them (UN M49 areas and groupings such as
// "Middle East"), so the map outlines exactly what the region filter matches.
import { query } from "@/lib/apollo/rsc-client";
import { REGION_MEMBERS } from "./documents";

/** ISO alpha-2 codes of every country in any of the regions (given by name or code); unknown regions add none. */
export async function regionMemberCodes(regions: string[]): Promise<string[]> {
  const results = await Promise.all(
    regions.map(async (region) => {
      const { data } = await query({ query: REGION_MEMBERS, variables: { search: region } });
      const wanted = region.toLowerCase();
      const match = data?.places.edges.find(({ node }) => node.name.toLowerCase() === wanted || node.code.toLowerCase() === wanted);
      return match?.node.countries.map((country) => country.code) ?? [];
    }),
  );
  return [...new Set(results.flat())];
}
