// Ids of the shared rows a batch refers to — sources, topics, quotations — found or created inside its transaction.
import type { Prisma } from "@dictum/db";
import { bulkInsert, sqlDate, trusted, type Dialect } from "./bulk-insert.ts";
import { QUOTATION_COLUMNS } from "./rows.ts";

type Tx = Prisma.TransactionClient;

/** Source ids for the batch's source names (created when new); `known` is the run's cache. */
export async function resolveSources(tx: Tx, names: string[], known: Map<string, number>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const missing = [...new Set(names)].filter((name) => !known.has(name));
  for (const name of names) if (known.has(name)) ids.set(name, known.get(name)!);
  if (missing.length === 0) return ids;
  for (const row of await tx.source.findMany({ where: { name: { in: missing } }, select: { id: true, name: true } })) ids.set(row.name, row.id);
  const create = missing.filter((name) => !ids.has(name));
  if (create.length > 0) {
    for (const row of await tx.source.createManyAndReturn({ data: create.map((name) => ({ name })), select: { id: true, name: true } })) ids.set(row.name, row.id);
  }
  return ids;
}

/** Ids of topics the cache lacks (`wanted`: slug → name), created when the taxonomy has no such slug. */
export async function resolveTopics(tx: Tx, wanted: Map<string, string>): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  if (wanted.size === 0) return ids;
  for (const row of await tx.topic.findMany({ where: { slug: { in: [...wanted.keys()] } }, select: { id: true, slug: true } })) ids.set(row.slug, row.id);
  const create = [...wanted].filter(([slug]) => !ids.has(slug));
  if (create.length > 0) {
    const rows = await tx.topic.createManyAndReturn({ data: create.map(([slug, name]) => ({ slug, name })), select: { id: true, slug: true } });
    for (const row of rows) ids.set(row.slug, row.id);
  }
  return ids;
}

/** One Quotation per fingerprint; an earlier statement moves its firstSaidOn back (unknown dates are no evidence). */
export async function resolveQuotations(tx: Tx, dialect: Dialect, statements: Array<{ saidOn: Date | null; fingerprint: string }>): Promise<Map<string, number>> {
  const earliest = new Map<string, Date | null>();
  for (const { saidOn, fingerprint } of statements) {
    const known = earliest.get(fingerprint);
    if (!earliest.has(fingerprint) || (saidOn && (!known || saidOn < known))) earliest.set(fingerprint, saidOn);
  }
  const ids = new Map<string, number>();
  if (earliest.size === 0) return ids;
  const existing = await tx.quotation.findMany({ where: { fingerprint: { in: [...earliest.keys()] } }, select: { id: true, fingerprint: true, firstSaidOn: true } });
  for (const row of existing) {
    ids.set(row.fingerprint, row.id);
    const date = earliest.get(row.fingerprint);
    if (date && (!row.firstSaidOn || date < row.firstSaidOn)) await tx.quotation.update({ where: { id: row.id }, data: { firstSaidOn: date } });
  }
  const create = [...earliest].filter(([fingerprint]) => !ids.has(fingerprint));
  if (create.length > 0) {
    const values = create.map(([fingerprint, firstSaidOn]) => [trusted(fingerprint), firstSaidOn ? sqlDate(dialect, firstSaidOn) : null]);
    const rows = (await bulkInsert(tx, dialect, "Quotation", QUOTATION_COLUMNS, values, ["id", "fingerprint"])) as Array<{ id: number; fingerprint: string }>;
    for (const row of rows) ids.set(row.fingerprint, row.id);
  }
  return ids;
}
