// Loads the topic taxonomy (@dictum/extract `topicTaxonomy`) into Topic, by slug. Idempotent: skipped when the
// same version is loaded; topics that left the taxonomy are kept, because statements may still point at them.
import { createHash } from "node:crypto";
import type { Db } from "../client.ts";
import { loadOnce } from "./load-once.ts";

export interface TaxonomyTopic {
  slug: string;
  name: string;
  description?: string | null;
}

export interface TopicsLoad {
  version: string;
  skipped: boolean;
  topics: number;
}

const DATASET = "topics";

export async function loadTopics(db: Db, taxonomy: readonly TaxonomyTopic[]): Promise<TopicsLoad> {
  const topics = taxonomy.map(({ slug, name, description }) => ({ slug, name, description: description ?? null }));
  const version = createHash("sha256").update(JSON.stringify(topics)).digest("hex").slice(0, 16);
  const result = await loadOnce(db, DATASET, version, async (tx) => {
    const existing = new Set((await tx.topic.findMany({ select: { slug: true } })).map((topic) => topic.slug));
    await tx.topic.createMany({ data: topics.filter((topic) => !existing.has(topic.slug)) });
    for (const topic of topics.filter((t) => existing.has(t.slug))) await tx.topic.update({ where: { slug: topic.slug }, data: topic });
    return { version, skipped: false, topics: topics.length };
  });
  return result === "skipped" ? { version, skipped: true, topics: 0 } : result;
}
