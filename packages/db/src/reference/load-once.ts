// Runs a reference-data load once per data version: skipped when ReferenceData already records `version`,
// otherwise done in one transaction that records it. Two processes loading the same new database at once (npm
// start and an ingest run) may collide on unique keys; the loser finds the winner's version and skips.
import type { Db } from "../client.ts";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function loadOnce<T>(db: Db, name: string, version: string, load: (tx: Tx) => Promise<T>): Promise<T | "skipped"> {
  const isLoaded = async () => (await db.referenceData.findUnique({ where: { name } }))?.version === version;
  if (await isLoaded()) return "skipped";
  try {
    return await db.$transaction(async (tx) => {
      const result = await load(tx);
      await tx.referenceData.upsert({ where: { name }, create: { name, version }, update: { version, loadedAt: new Date() } });
      return result;
    }, { timeout: 120_000, maxWait: 30_000 });
  } catch (error) {
    if (await isLoaded()) return "skipped";
    throw error;
  }
}
