// The raw writes of re-extraction, inside its transaction: one statement's changed columns, link pairs dropped,
// vanished statements deleted, and the articles' own extracted fields with the version that made them.
import type { Prisma } from "@dictum/db";
import type { ArticleExtraction } from "@dictum/extract";
import { Trusted, type Dialect } from "../bulk-insert.ts";
import { datelineNeeds } from "../places.ts";
import type { StoredArticle } from "./stored.ts";

type Tx = Prisma.TransactionClient;

/** Sets `columns` of one statement (numbers and trusted dates inline, text as parameters). */
export async function updateStatement(tx: Tx, dialect: Dialect, id: number, columns: Record<string, unknown>): Promise<void> {
  const params: unknown[] = [];
  const sets = Object.entries(columns).map(([name, value]) => {
    if (value === null) return `"${name}" = NULL`;
    if (typeof value === "number") return `"${name}" = ${value}`;
    if (value instanceof Trusted) return `"${name}" = '${value.value}'${dialect === "postgresql" ? "::timestamp(3)" : ""}`;
    params.push(value);
    return `"${name}" = ${dialect === "sqlite" ? "?" : `$${params.length}::text`}`;
  });
  await tx.$executeRawUnsafe(`UPDATE "Statement" SET ${sets.join(", ")} WHERE "id" = ${id}`, ...params);
}

/** Deletes links by (statementId, `column`) pairs, 500 pairs per DELETE. */
export async function dropLinks(tx: Tx, table: string, column: string, pairs: Array<[number, number]>): Promise<void> {
  for (let from = 0; from < pairs.length; from += 500) {
    const chunk = pairs.slice(from, from + 500);
    const condition = chunk.map(([statementId, id]) => `("statementId" = ${statementId} AND "${column}" = ${id})`).join(" OR ");
    await tx.$executeRawUnsafe(`DELETE FROM "${table}" WHERE ${condition}`);
  }
}

/** Vanished statements go with their links (the triggers keep the keys, counts and search index). */
export async function deleteStatements(tx: Tx, removedIds: number[]): Promise<void> {
  if (removedIds.length === 0) return;
  const ids = removedIds.join(", ");
  await tx.$executeRawUnsafe(`DELETE FROM "StatementPlace" WHERE "statementId" IN (${ids})`);
  await tx.$executeRawUnsafe(`DELETE FROM "StatementTopic" WHERE "statementId" IN (${ids})`);
  await tx.$executeRawUnsafe(`DELETE FROM "Statement" WHERE "id" IN (${ids})`);
}

/** The article's own extracted fields (dateline, language, story country) and the version that made them. */
export async function updateArticles(tx: Tx, versions: { extractorVersion: string; taxonomyVersion: string | null }, items: Array<{ article: StoredArticle; extraction: ArticleExtraction; country: string | null; placeId: (key: string) => number | undefined }>): Promise<void> {
  const unchanged: number[] = [];
  for (const { article, extraction, country, placeId } of items) {
    const dateline = extraction.dateline;
    const datelineKey = dateline ? datelineNeeds(dateline)[0]?.key : undefined;
    const datelinePlaceId = datelineKey ? placeId(datelineKey) ?? null : null;
    const fields = { datelineName: dateline?.name ?? null, datelinePlaceId, language: extraction.language || "en", storyCountry: country };
    if (fields.datelineName === article.datelineName && fields.datelinePlaceId === article.datelinePlaceId && fields.language === article.language && fields.storyCountry === article.storyCountry) {
      unchanged.push(article.id);
    } else {
      await tx.article.update({ where: { id: article.id }, data: { ...fields, ...versions } });
    }
  }
  if (unchanged.length > 0) await tx.article.updateMany({ where: { id: { in: unchanged } }, data: versions });
}
