// Who criticises whom: statements per (speaker's country → target's country, stance), over the shared filter. A
// statement aimed at two countries counts once toward each; one aimed twice at the same country, once. A filter on
// targetCountries keeps only those columns (a statement aimed at the US and Ukraine, filtered to the US, counts
// toward the US alone). So every count is exactly the statements the filter lists with `speakerCountries: [from],
// targetCountries: [to], stances: [stance]` put in.
import type { Db, Provider } from "@dictum/db";
import { join, raw, sql } from "./sql.ts";
import type { ResolvedFilter, Stance } from "./statement-filter.ts";
import { visibleCounts } from "./visible.ts";

export interface RelationCount {
  from: string;
  to: string;
  stance: Stance;
  count: number;
}

export async function relationCounts(db: Db, provider: Provider, filter: ResolvedFilter, limit: number): Promise<RelationCount[]> {
  const stance = provider === "postgresql" ? raw(`s."stance"::text`) : raw(`s."stance"`);
  const columns = filter.targetCountries ? sql`t."countryCode" IN (${filter.targetCountries.length ? join(filter.targetCountries) : sql`NULL`})` : sql`t."countryCode" IS NOT NULL`;
  // COUNT(DISTINCT) subtracts too: a rejected statement's rows are in both counts, and only there.
  const counts = visibleCounts(provider, filter, ["from", "to", "stance"], (from, where) => sql`SELECT sp."countryCode" AS "from", t."countryCode" AS "to", ${stance} AS "stance", COUNT(DISTINCT s."id") AS "n"
    FROM ${from.statements} ${from.join} "StatementTarget" t ON t."statementId" = s."id" JOIN "Speaker" sp ON sp."id" = s."speakerId"
    WHERE ${columns} AND sp."countryCode" IS NOT NULL AND s."stance" <> 'NEUTRAL' AND ${where}
    GROUP BY 1, 2, 3`);
  const rows = await db.$queryRaw<Record<string, unknown>[]>(sql`SELECT * FROM (${counts}) c ORDER BY "n" DESC, "from", "to", "stance" LIMIT ${limit}`);
  return rows.map((row) => ({ from: String(row.from), to: String(row.to), stance: String(row.stance) as Stance, count: Number(row.n) }));
}
